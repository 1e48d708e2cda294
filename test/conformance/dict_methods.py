# dict methods
d = {"a": 1, "b": 2}
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "default"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
print(d)
d.update([("a", 100), ("z", 0)])
print(d)
d.update(a=-1)
print(d)
d.update()
print(d)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
print(d.clear(), d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    {}.update([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    {}.update(["abc"])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1,)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
try:
    dict({}, {})
except TypeError as e:
    print("TypeError:", e)
stack = {"one": 1, "two": 2, "three": 3}
while stack:
    print(stack.popitem())
g = {"k": [1]}
h = g.copy()
h["k"].append(2)
print(g)
print({"a": 1}.get("a", 0) + 1, {}.get(1), {}.setdefault("x", []) is not None)
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())), list(reversed({"a": 1, "b": 2}.values())))
