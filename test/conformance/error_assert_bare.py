# Uncaught AssertionError without message: stderr ends with just the type
def check(n):
    assert n >= 0
    return n * 2
print(check(1))
print(check(0))
print(check(-1))
