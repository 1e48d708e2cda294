# list slicing, slice assignment and deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[0:0] = [-2, -1]
print(b)
b[len(b):] = [100, 101]
print(b)
b[1:3] = []
print(b)
b[:] = "abc"
print(b)
b[1:2] = range(3)
print(b)
c = list(range(10))
c[::2] = "ABCDE"
print(c)
c[1::3] = [None] * 3
print(c)
for target, value in [(slice(None, None, 2), [1, 2]), (slice(0, 6, 2), [1, 2, 3, 4]), (slice(None, None, -1), [])]:
    d = list(range(6))
    try:
        d[target] = value
        print(d)
    except ValueError as e:
        print("ValueError:", e)
e = list(range(10))
del e[::2]
print(e)
del e[1:3]
print(e)
del e[-1]
print(e)
del e[:]
print(e)
f = [1, 2, 3]
f[5:10] = [4]
print(f)
f[-100:1] = [0]
print(f)
g = [1, 2, 3, 4]
g[3:1] = ["ins"]
print(g)
try:
    g[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
h = [0, 1, 2, 3, 4, 5]
h[::-2] = "xyz"
print(h)
print(a[slice(1, 8, 3)], a[slice(5)], slice(1, 8, 3), slice(5), slice(None, None, -1))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
