# unpacking: basic, nested, starred, errors
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "hi"
print(p, q)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = "abcde"
print(head, mid, tail)
h, *m, t = [1, 2]
print(h, m, t)
*everything, = (1, 2)
print(everything)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
i = j = k = 0
print(i, j, k)
lst = [0, 0]
i, lst[i] = 1, 9
print(i, lst)
cases = [
    lambda: [(a, b, c) for a, b, c in [(1, 2)]],
    lambda: [(a, b) for a, b in [(1, 2, 3)]],
    lambda: [(a, b) for a, b in [1]],
    lambda: [(a, *b, c) for a, *b, c in [(1,)]],
    lambda: [(a, b) for a, b in ["abc"]],
    lambda: [(a, b) for a, b in [{1: 2}]],
    lambda: [(a, b, c) for a, b, c in [range(2)]],
    lambda: [(a, b) for a, b in [iter([1, 2, 3])]],
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c, d = 1, 2
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
print([*range(3), *"ab"], (*[1], 2), {*(), 3}, {**{"a": 1}, "b": 2})
def gen():
    print("gen start")
    yield 1
    print("gen mid")
    yield 2
    print("gen end")
u, v = gen()
print(u, v)
