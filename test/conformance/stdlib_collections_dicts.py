# collections: defaultdict, OrderedDict and ChainMap.
from collections import ChainMap, OrderedDict, defaultdict


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


d = defaultdict(list)
d["a"].append(1)
d["b"]
print(d, d.default_factory, len(d))
d2 = defaultdict(int, {"x": 1}, y=2)
d2["z"] += 5
print(d2, d2.copy(), type(d2.copy()).__name__, d2 | {"w": 0})
e = defaultdict()
print(e)
show('show("e[\'q\']", lambda: e["q"])', lambda: show("e['q']", lambda: e["q"]))
show('defaultdict(1)', lambda: defaultdict(1))
show('defaultdict(list).get("nothing")', lambda: defaultdict(list).get("nothing"))
show('"k" in defaultdict(list)', lambda: "k" in defaultdict(list))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(dict(nested["a"]), "a" in nested)
groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(dict(groups))
o = OrderedDict()
o["b"] = 1; o["a"] = 2; o["c"] = 3
print(o, o.keys(), o.values(), o.items())
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
print(o.popitem(), o.popitem(last=False), o)
show('OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)', lambda: OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
show('OrderedDict(a=1, b=2) == dict(b=2, a=1)', lambda: OrderedDict(a=1, b=2) == dict(b=2, a=1))
show('OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1)', lambda: OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
show('OrderedDict().popitem()', lambda: OrderedDict().popitem())
show('OrderedDict(a=1).move_to_end("nope")', lambda: OrderedDict(a=1).move_to_end("nope"))
show('list(reversed(OrderedDict(a=1, b=2)))', lambda: list(reversed(OrderedDict(a=1, b=2))))
show('list(reversed(OrderedDict(a=1, b=2).items()))', lambda: list(reversed(OrderedDict(a=1, b=2).items())))
show('OrderedDict.fromkeys("ab", 0)', lambda: OrderedDict.fromkeys("ab", 0))
show('OrderedDict()', lambda: OrderedDict())
show('OrderedDict(a=1) | {"b": 2}', lambda: OrderedDict(a=1) | {"b": 2})
show('OrderedDict([("x", 1)]).copy()', lambda: OrderedDict([("x", 1)]).copy())
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), list(cm), cm.get("z"), "b" in cm, dict(cm))
cm["c"] = 4
print(cm.maps)
del cm["a"]
print(cm.maps)
show('show("del cm[\'b\']", lambda: cm.__delitem__("b"))', lambda: show("del cm['b']", lambda: cm.__delitem__("b")))
show('show("cm[\'zz\']", lambda: cm["zz"])', lambda: show("cm['zz']", lambda: cm["zz"]))
ch = cm.new_child()
ch["x"] = 1
print(ch, ch.parents, cm.new_child({"q": 1}))
print(ChainMap(), bool(ChainMap({})), cm.copy(), cm.pop("c"), cm)
show('show("ChainMap().popitem()", lambda: ChainMap().popitem())', lambda: show("ChainMap().popitem()", lambda: ChainMap().popitem()))
defaults = {"color": "red", "user": "guest"}
env = {"user": "ann"}
settings = ChainMap({}, env, defaults)
print(settings["color"], settings["user"], sorted(settings))
