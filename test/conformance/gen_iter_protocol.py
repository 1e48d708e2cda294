# iter(), next(), StopIteration, iter(callable, sentinel)
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
values = [3, 2, 1, 0, 5]
pos = [0]
def read():
    v = values[pos[0]]
    pos[0] += 1
    print("read", v)
    return v
print(list(iter(read, 0)))
print(list(iter(iter([1, 2]))))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
s = "ab"
si = iter(s)
print(next(si), list(si))
d = {"a": 1, "b": 2}
print(list(iter(d)), list(iter(d.values())), list(iter(d.items())))
r = reversed([1, 2, 3])
print(next(r), list(r))
e = enumerate("ab", 1)
print(next(e), list(e))
z = zip([1], [2])
print(next(z), next(z, "zip done"))
m = map(str, [1])
print(next(m), next(m, "map done"))
f = filter(None, [0, 1])
print(next(f), next(f, "filter done"))
