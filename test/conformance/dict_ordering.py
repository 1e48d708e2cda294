# dict ordering rules: insertion order, update keeps position, delete+reinsert moves to end
d = {}
for k in "dbca":
    d[k] = ord(k)
print(list(d))
d["b"] = 0
print(list(d.items()))
del d["d"]
d["d"] = 1
print(list(d))
d.update({"a": 5, "e": 6})
print(d)
print(d.popitem(), d.popitem(), list(d))
print({"x": 1, "y": 2} == {"y": 2, "x": 1}, list({"x": 1, "y": 2}) == list({"y": 2, "x": 1}))
e = dict.fromkeys("hello")
print(list(e), "".join(e))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged)
m2 = {"b": 0}
m2.update(a=1)
m2.setdefault("c", 2)
m2.setdefault("b", 99)
print(m2)
f = {i: i for i in range(5)}
for k in [1, 3]:
    f.pop(k)
f[1] = "back"
print(f)
print(list(reversed(f)), list(reversed(f.items()))[:2])
g = dict(zip("cab", range(3)))
print(g, sorted(g), dict(sorted(g.items())), dict(sorted(g.items(), key=lambda kv: kv[1], reverse=True)))
h = {1: "a", 2: "b"}
h[1.0] = "float key keeps original key object"
print(h)
h[True] = "True as well"
print(h)
