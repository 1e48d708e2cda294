# tuple comparisons and sorting records
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), (2,) > (1, 100), () == (), (1, "a") < (1, "b"))
print((1, 2) == (1.0, 2.0), (1, [2]) == (1, [2]), (0, 0) <= (0, 0), max((1, "z"), (2, "a")), min([(3, 1), (1, 3)]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, "a") < (2, 3), (1, None) == (1, None))
try:
    (1, None) < (1, None)
except TypeError as e:
    print("TypeError:", e)
people = [("Smith", "Ann", 31), ("Jones", "Bob", 25), ("Smith", "Al", 31), ("Adams", "Cy", 40)]
print(sorted(people))
print(sorted(people, key=lambda p: (-p[2], p[0], p[1])))
print(sorted(people, key=lambda p: p[1:]))
pairs = [(2, "b"), (1, "b"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
print(sorted([(1, 2), (1,), (0, 5, 5), ()]))
nan = float("nan")
print((nan,) == (nan,), (1, nan) < (1, nan), (nan, 1) < (nan, 2))
a = [1, 2]
print((a,) == (a,), (a, 1) < (a, 2))
print(sorted(zip("cab", [3, 1, 2])), list(map(tuple, sorted([[2, 1], [1, 2]]))))
