# Uncaught AssertionError with a formatted message
def mean(xs):
    assert xs, "mean() of empty data"
    return sum(xs) / len(xs)
print(mean([1, 2, 3, 4]))
print(mean([2.5]))
values = []
print(mean(values))
