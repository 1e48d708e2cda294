# json.dumps: value types, formatting options and CPython's exact output.
import json


def show(label, **kw):
    print(label, repr(json.dumps(VALUE, **kw)))


VALUE = {"name": "widget", "count": 3, "price": 9.99, "tags": ["a", "b"], "meta": None,
         "ok": True, "off": False, "nested": {"empty_list": [], "empty_dict": {}, "t": (1, 2)}}
show("default")
show("indent=2", indent=2)
show("indent=0", indent=0)
show("indent=-1", indent=-1)
show("indent=tab", indent="\t")
show("indent=True", indent=True)
show("compact", separators=(",", ":"))
show("custom seps", separators=(" ; ", " = "), indent=1)
show("sort_keys", sort_keys=True)
show("sort+indent", sort_keys=True, indent=3)

# Scalars at the top level.
for v in [None, True, False, 0, -7, 2**70, -2**64, 1.0, -0.0, 0.1, 1e16, 1e-7, 123456789.125,
          1.5e300, float("inf"), float("-inf"), float("nan"), "", "plain"]:
    print(repr(v), "->", json.dumps(v))

# Strings: escapes, control characters, non-ASCII, astral characters.
s = 'q"b\\s/\n\r\t\b\f\x00\x1f\x7f é ✓ 😀'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"é": "ü"}), json.dumps({"é": "ü"}, ensure_ascii=False))

# Keys: str, int, float, bool and None are converted like CPython.
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({-0.0: 1, 1e20: 2, float("nan"): 3, float("inf"): 4}))
print(json.dumps({1: "a", "1": "b"}))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))

# Tuples become arrays; nested containers with indentation.
print(json.dumps([(1, (2, [3, {"k": (4,)}]))], indent=2))
print(json.dumps([[], {}, [[]], [{}]], indent=2))

# Subclasses of the builtin types.
class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    def __str__(self):
        return "MyStr!"


class MyDict(dict):
    pass


class MyList(list):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyDict(a=1), MyList([1, 2])]))
print(json.dumps({MyStr("k"): 1, MyInt(2): 2, MyFloat(0.5): 3}))
print(json.dumps(MyList([MyDict(x=[1])]), indent=1))


class Reversed(list):
    def __iter__(self):
        return iter(list(reversed(self[:])))


class ItemsOverride(dict):
    def items(self):
        return [("replaced", True)]


print(json.dumps(Reversed([1, 2, 3])), json.dumps(Reversed([1, 2, 3]), indent=1))
print(json.dumps(ItemsOverride(a=1)), json.dumps(ItemsOverride()), json.dumps(ItemsOverride(a=1), indent=1))

# skipkeys drops unsupported keys; the first written key decides the separators.
weird = {(1, 2): "tuple", "a": 1, frozenset(): "fs", "b": 2}
print(json.dumps(weird, skipkeys=True))
print(json.dumps(weird, skipkeys=True, indent=2))
print(repr(json.dumps({(1,): 1}, skipkeys=True)), repr(json.dumps({(1,): 1}, skipkeys=True, indent=2)))

# default converts what JSON cannot express.
def to_json(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex_like):
        return {"re": o.re, "im": o.im}
    raise TypeError("cannot convert " + type(o).__name__)


class complex_like:
    def __init__(self, re, im):
        self.re = re
        self.im = im


print(json.dumps({"set": {3, 1, 2}, "c": complex_like(1, -1), "list": [frozenset([2, 1])]},
                 default=lambda o: sorted(o) if isinstance(o, (set, frozenset)) else to_json(o)))
print(json.dumps(range(3), default=list), json.dumps(b"ab", default=lambda b: b.decode()))

# The same list twice is not a cycle.
shared = [1, 2]
print(json.dumps([shared, shared, {"again": shared}]))
