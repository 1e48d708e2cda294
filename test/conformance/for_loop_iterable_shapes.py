# For loops whose iterable's syntax suggests a shape (range(...), .items()
# and friends) but whose value is something else, and the usual shapes.
def shadowed():
    range = lambda n: ["r%d" % i for i in range(n)] if False else list("abc")[:n]
    return [x for x in range(2)] + [x for x in __builtins_range(3)]


__builtins_range = range
print(shadowed())


class Pairs:
    def items(self):
        return [("one", 1), ("two", 2)]

    def keys(self):
        return iter("kz")

    def values(self):
        return (v for v in (10, 20))


p = Pairs()
for k, v in p.items():
    print(k, v)
for k in p.keys():
    print(k)
for v in p.values():
    print(v)

d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
for k in d:
    print(k)
for k in d.keys():
    print(k)
for v in d.values():
    print(v)
for kv in d.items():
    print(kv)
for x in range(10, 0, -3):
    print(x)
for x in range(2 ** 70, 2 ** 70 + 2):
    print(x)
for c in "hé😀":
    print(c)
for x in {3}:
    print(x)
for x in (1, 2):
    print(x)
for i, x in enumerate(["p", "q"]):
    print(i, x)
total = 0
for x in range(5):
    total += x
else:
    print("else", total)
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k, v in d.items():
        del d["a"]
except RuntimeError as e:
    print(type(e).__name__, e)
