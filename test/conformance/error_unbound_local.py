# Uncaught UnboundLocalError
counter = 10
def bump():
    print("bumping")
    counter += 1
    return counter
print(counter)
bump()
