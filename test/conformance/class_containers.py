# container protocol: __len__ __bool__ __iter__ __next__ __contains__ __getitem__ __setitem__ __delitem__
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]
    def __setitem__(self, i, v):
        print("  setitem", i, v)
        self.items[i] = v
    def __delitem__(self, i):
        print("  delitem", i)
        del self.items[i]
b = Bag("a", "b", "c")
print(len(b), bool(b), bool(Bag()), b[0], b[-1], b[0:2])
b[1] = "B"
del b[0]
print(b.items)
print("iterate via __getitem__:", list(b))
print("contains via __getitem__:", "c" in b)
print(sorted(Bag(3, 1, 2)), max(Bag(4, 9)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print("  __iter__")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)))
a, b2, c = Countdown(3)
print(a, b2, c)
class Evens:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 3 in e, "x" not in e)
try:
    iter(e)
except TypeError as ex:
    print("TypeError:", ex)
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("  __bool__")
        return self.v
print(bool(Truthy(True)), not Truthy(False), "yes" if Truthy(True) else "no", Truthy(False) or "fallback")
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), "empty" if not LenOnly() else "full")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as ex:
    print("TypeError:", ex)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as ex:
    print("ValueError:", ex)
class FloatLen:
    def __len__(self): return 1.5
try:
    len(FloatLen())
except TypeError as ex:
    print("TypeError:", ex)
class Grid:
    def __init__(self): self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get(key, ".")
    def __setitem__(self, key, v): self.cells[key] = v
g = Grid()
g[0, 1] = "X"
g[(2, 2)] = "O"
print("".join(g[0, c] for c in range(3)), g[2, 2], g[5, 5])
class Sliceable:
    def __getitem__(self, k):
        return repr(k)
s = Sliceable()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s["key"], s[:, None])
class NotIterable:
    pass
for op in [lambda: len(NotIterable()), lambda: NotIterable()[0], lambda: list(NotIterable()), lambda: 1 in NotIterable()]:
    try:
        op()
    except TypeError as ex:
        print("TypeError:", ex)
class IterOnlyOnce:
    def __iter__(self):
        return iter([1, 2])
print(list(IterOnlyOnce()), 2 in IterOnlyOnce(), list(reversed([*IterOnlyOnce()])))
class BadIter:
    def __iter__(self):
        return 5
try:
    for _ in BadIter():
        pass
except TypeError as ex:
    print("TypeError:", ex)
