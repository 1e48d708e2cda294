# enumerate (start) and zip (strict)
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)), list(enumerate([], 5)))
for i, ch in enumerate("xy", 10):
    print(i, ch)
print(list(enumerate(range(3), 2 ** 70)))
print(list(zip("abc", [1, 2, 3])), list(zip("abcd", range(2))), list(zip()), list(zip([1, 2])), list(zip("a", "b", "c")))
print(dict(zip(["k1", "k2"], [10, 20])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2, 3], [1]), ([1], [1, 2]), ([1, 2], [3, 4], [5]), ([1], [2], [3, 4])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
z = zip([1, 2, 3], "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
def g():
    for i in range(5):
        print("  g yields", i)
        yield i
print(list(zip(g(), "ab")))
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate([1], "1")
except TypeError as e:
    print("TypeError:", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
