# Uncaught TypeError from mixing str and int
count = 3
print("count: " + str(count))
print("count: " + count)
