# An uncaught raise from a function called in a module-level loop (the raise
# returns to the generated caller, which throws): the run fails with it.
def check(i):
    if i == 2:
        raise ValueError("item " + str(i) + " is bad")
    return i


total = 0
for i in range(5):
    total += check(i)
    print("ok", i)
