# Loops and comprehensions over a dict, its keys(), values() and items():
# original key objects (True, 1.0) come back as inserted, and changing the
# dict's size while iterating raises in every form.
d = {True: "t", 2.0: "two", "s": 3, (1, 2): "tuple"}
print([k for k in d], [v for v in d.values()], [kv for kv in d.items()])
print(list(d), list(d.keys()), list(d.values()))
for k in d:
    print("key", repr(k))
for v in d.values():
    print("value", repr(v))
for k, v in d.items():
    print("item", repr(k), repr(v))
print({k: v for k, v in d.items() if k != "s"}, sum(1 for _ in d.values()))


def grow_in_loop(kind):
    e = {"a": 1, "b": 2}
    try:
        if kind == "keys":
            for k in e:
                e[k + "x"] = 0
        elif kind == "values":
            for v in e.values():
                e["new" + str(v)] = v
        elif kind == "comp-keys":
            [e.setdefault(k * 2, 0) for k in e]
        elif kind == "comp-values":
            [e.pop("a") for v in e.values()]
        else:
            for k, v in e.items():
                del e[k]
    except RuntimeError as err:
        return kind + ": " + str(err)
    return kind + ": no error " + str(e)


for kind in ["keys", "values", "comp-keys", "comp-values", "items"]:
    print(grow_in_loop(kind))

# Replacing values while iterating keys is allowed.
f = {"x": 1, "y": 2}
for k in f:
    f[k] = f[k] * 10
print(f, [v * 2 for v in f.values()])


# Inside a function (the JavaScript tier): items() pairs and whole items, with
# original keys, and a value replaced ahead of the loop is seen updated.
def walk_items(g):
    seen = []
    for k, v in g.items():
        if k == "first":
            g["later"] = "updated"
        seen.append((k, v))
    for kv in g.items():
        seen.append(kv)
    return seen


print(walk_items({"first": 1, True: "t", 3.0: "three", "later": "old"}))


# Loops over .items()/.keys()/.values() of things that are not exact dicts call
# the method as written.
class Loud(dict):
    def items(self):
        print("Loud.items called")
        return [("overridden", 1)]

    def keys(self):
        return ["k1", "k2"]


class Pairs:
    def items(self):
        return iter([("p", 1), ("q", 2)])

    def values(self):
        yield from (10, 20)


def view_loops(obj):
    out = []
    for k, v in obj.items():
        out.append((k, v))
    try:
        for k in obj.keys():
            out.append(k)
    except AttributeError as e:
        out.append(str(e))
    for v in obj.values():
        out.append(v)
    return out


from collections import OrderedDict, defaultdict

print(view_loops(Loud(a=1)))
print(view_loops(Pairs()))
print(view_loops(OrderedDict([("x", 1), ("y", 2)])))
dd = defaultdict(list)
dd["z"].append(1)
print(view_loops(dd))
print(view_loops({"plain": 0}))


def grow_keys_view(e):
    try:
        for k in e.keys():
            e[k + "!"] = 1
    except RuntimeError as err:
        return str(err)


print(grow_keys_view({"a": 1}))
