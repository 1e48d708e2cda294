# itertools: islice (and what it consumes), groupby (keys, invalidated groups), tee.
from itertools import count, groupby, islice, tee


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('list(islice("abcdefg", 3))', lambda: list(islice("abcdefg", 3)))
show('list(islice("abcdefg", 2, 5))', lambda: list(islice("abcdefg", 2, 5)))
show('list(islice("abcdefg", 1, None, 2))', lambda: list(islice("abcdefg", 1, None, 2)))
show('list(islice("abcdefg", None))', lambda: list(islice("abcdefg", None)))
show('list(islice(range(10), 2, 8, 3))', lambda: list(islice(range(10), 2, 8, 3)))
show('list(islice(count(), 3, 12, 4))', lambda: list(islice(count(), 3, 12, 4)))
show('list(islice([1, 2], 5, 10))', lambda: list(islice([1, 2], 5, 10)))
show('list(islice([1, 2, 3], 0))', lambda: list(islice([1, 2, 3], 0)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 9, 5)), next(it))
show('[(k, list(g)) for k, g in groupby("aaabbcaa")]', lambda: [(k, list(g)) for k, g in groupby("aaabbcaa")])
show('[(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)]', lambda: [(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
show('[k for k, g in groupby("aabbbc")]', lambda: [k for k, g in groupby("aabbbc")])
show('[(k, len(list(g))) for k, g in groupby(sorted("mississippi"))]', lambda: [(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
show('list(groupby([]))', lambda: list(groupby([])))
show('[(k, list(g)) for k, g in groupby([1, 1.0, True, 2])]', lambda: [(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
g = groupby("aabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
k3, g3 = next(g)
print(k3, next(g3), list(g3), next(g, 'end'))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
a, b = tee(iter(range(5)))
print(next(a), next(a), next(b), list(a), list(b))
c, = tee(iter([1, 2]), 1)
print(list(c))
print(tee([1], 0))
x = iter([1, 2, 3, 4])
p, q = tee(x)
print(next(p), next(x), list(q), list(p))
p, q, r = tee("abc", 3)
print(list(p), list(q), list(r))
u, v = tee(range(3))
w, = tee(u, 1)
print(next(u), list(w), list(v))
