# dict basics: insertion order, key equality, views
d = {"b": 2, "a": 1, "c": 3}
print(d, list(d), len(d))
d["a"] = 10
d["z"] = 26
print(d)
del d["b"]
d["b"] = 20
print(d)
print({1: "a", 1.0: "b", True: "c"}, {True: 1, 1: 2}, {0: "x", 0.0: "y", False: "z", -0.0: "w"})
print({(1, 2): "t", (1, 2.0): "u"}, {"1": 1, 1: 2})
print(d["a"], d.get("a"), d.get("missing"), d.get("missing", "dflt"), "a" in d, 10 in d, "zz" not in d)
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": 1}, k2=2))
print(dict([("a", 1), ("a", 2)]), dict({1: 2}.items()), dict(((1, 2), [3, 4])), dict(["ab", "cd"]))
e = {}
e[None] = "none"
e[1.5] = "float"
e[frozenset({1})] = "fs"
e[(None,)] = "tuple"
e[""] = "empty"
print(e, e[frozenset([1])])
print({"x": [1, {"y": (2, "z")}], "w": {}} , {1: {2: {3: {}}}})
print({k: v for k, v in [("a", 1), ("b", 2)]} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]), dict.fromkeys(range(2), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
