# dict views: dynamic, set operations, repr
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["d"] = 4
print(k, len(k), len(v), len(it), "d" in k, 4 in v, ("d", 4) in it, ("d", 5) in it)
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 0)}), type(k & set()).__name__, k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
print(k.isdisjoint({"x"}), k.isdisjoint(["b"]), {"b", "c", "d"} == k, k & ["b", "c"] == {"b", "c"})
print(repr({}.keys()), repr({}.values()), repr({}.items()), {1: [2]}.items())
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
print(v == v, d.values() == d.values(), sorted(d.values()))
for key in d:
    print(key, d[key])
for key, val in d.items():
    print(key, "=", val)
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d2 = {"x": 1, "y": 2}
for key in list(d2):
    d2[key + key] = d2.pop(key)
print(d2)
d3 = {"x": 1}
for key in d3:
    d3[key] = 2
print(d3)
print(list(iter({"p": 1, "q": 2})), next(iter({"only": 1}.items())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
