# range: laziness, len, indexing, slicing, repr, containment
r = range(10)
print(r, range(1, 10, 2), range(5, 0, -1), range(0), range(-3, 3), range(0, 10, 3))
print(len(r), len(range(1, 10, 2)), len(range(10, 0)), len(range(10, 0, -3)), len(range(-5, 5, 4)))
print(r[0], r[-1], r[3], range(1, 10, 2)[2], range(10, 0, -3)[-1])
print(r[2:5], r[::2], r[::-1], r[-3:], range(1, 10, 2)[1:3], range(0, 20, 3)[::2], r[5:2], r[100:])
print(list(range(5, 0, -2)), list(range(-3)), list(range(2, 3)), list(reversed(range(4))), list(range(0, -10, -4)))
print(3 in r, 10 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), -1 in range(0, -10, -1), 3.0 in r, "3" in r)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 2) == range(1, 11, 2), r == list(r))
print(r.start, r.stop, r.step, range(1, 10, 2).index(5), range(1, 10, 2).count(5), range(3).count(4))
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
for args in [(1, 2, 0), (1.5,), ("a",), (), (1, 2, 3, 4)]:
    try:
        print(range(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r[1] = 5
except TypeError as e:
    print("TypeError:", e)
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[-1], 10 ** 19 in big, big[10 ** 19 : 10 ** 19 + 2])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
it = iter(range(3))
print(next(it), next(it), list(it), list(it))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(-1, 0)))
for i in range(3, 0, -1):
    print(i, end=" ")
print()
print(range(True, 3), range(0, 3)[True], list(range(0, 10, 3)[::-1]))
