# list operators, comparisons, index errors, recursive repr
print([1, 2] + [3], [0] * 3, 2 * ["a"], [] * 5, [1] * -1, [[0]] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] != [2, 1])
print([1, [2, 3]] == [1, [2, 3]], [1.0] == [1], [1, 2] <= [1, 2], ["a", 1] < ["b", "x"])
try:
    print([1, 2] < [1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] * 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
l = [1, 2, 3]
for i in [3, -4, 10]:
    try:
        print(l[i])
    except IndexError as e:
        print("IndexError:", e)
    try:
        l[i] = 0
    except IndexError as e:
        print("IndexError:", e)
    try:
        del l[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    l["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    l[1.0] = 5
except TypeError as e:
    print("TypeError:", e)
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r)
r2 = [[]]
r2[0].append(r2)
print(r2)
dd = {"self": None}
dd["self"] = dd
print(dd, [dd])
l += (4, 5)
print(l)
l += "ab"
print(l)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1, "j": 2}), list(x * 2 for x in [1, 2]))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
print(len([1, [2, 3]]), [1, 2, 3][True], max([3, 1, 2]), sum([[1], [2]], []))
print(list.__name__, type([]).__name__, isinstance([], list), [].__class__ is list)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
