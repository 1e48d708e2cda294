# Uncaught NameError from a misspelled name
total = 0
for i in range(3):
    total += i
    print("total", total)
print(grand_total_of_everything)
