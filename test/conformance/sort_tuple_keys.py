# Sorting by tuple keys whose positions hold only ints or only strs takes a
# native comparison: order, stability (also with reverse=True) and every
# fallback (other lengths, bools, floats, big ints, mixed types) must match.
data = [(i * 7919) % 1009 for i in range(400)]

pairs = [(x % 7, x % 5, x) for x in data]
print(sorted(pairs)[:5], sorted(pairs)[-5:])
print(sorted(pairs, reverse=True)[:5])

# Stability: equal keys keep their input order, forwards and reversed.
tagged = [(x % 3, "tag" + str(i)) for i, x in enumerate(data[:30])]
print(sorted(tagged, key=lambda t: (t[0],)))
print(sorted(tagged, key=lambda t: (t[0],), reverse=True))
print(sorted(range(20), key=lambda v: (v % 4, -(v % 3))))
print(sorted(range(20), key=lambda v: (v % 4, -(v % 3)), reverse=True))

words = ["pear", "apple", "fig", "kiwi", "banana", "date", "plum", "cherry"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (w[-1], -len(w)), reverse=True))
L = [(w[0], len(w)) for w in words]
L.sort()
print(L)

# Fallbacks: keys the native comparison must not take.
print(sorted([(1, 2), (1,), (0, 5, 1), (1, 1)]))
print(sorted([(True, 1), (0, 2), (1, 0), (False, 3)]))
print(sorted([(1.5, "a"), (1, "b"), (0.5, "c")]))
print(sorted([(2 ** 70, 1), (2 ** 70 - 1, 2), (-(2 ** 70), 3)]))
print(sorted([("b", 1), ("a", 2), ("\ud83d", 0), ("\U0001f600", 1)]))
print(sorted([(-1, -2), (-1, -3), (-2, 0)], reverse=True))
try:
    sorted([(1, "a"), ("b", 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)

# Int keys packed into one number per row (ties keep input order), and keys
# too wide to pack (the comparison path): the same order either way.
rows = [((i * 37) % 11 - 5, -((i * 13) % 7), i) for i in range(2000)]
a = sorted(rows, key=lambda r: (r[0], r[1]))
b = sorted(rows, key=lambda r: (r[0], r[1]), reverse=True)
print(a[:6], a[-3:], b[:6], b[-3:])
wide = [((i * 7919) % 13 * 10 ** 12, (i * 31) % 1000 * 10 ** 9, i) for i in range(500)]
c = sorted(wide, key=lambda r: (r[0], r[1]))
print(c[:3], c[-2:], sorted(wide, key=lambda r: (r[0], r[1]), reverse=True)[:2])
print(sorted([(5,), (-2,), (5,), (0,)]), sorted([(2 ** 52, 1), (-(2 ** 52), 2), (0, 0)]))
