# KeyError repr, unhashable keys, | and |= merging
d = {"a": 1}
try:
    d["x"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args, str(e))
for key in [1, (1, 2), None, "", "quote'", 2.5, ("a",)]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, "|", repr(e))
for key in [[1], {}, {1}, bytearray(b"x")]:
    try:
        d[key] = 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(key in d)
    except TypeError as e:
        print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print("TypeError:", e)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    del a["nope"]
except KeyError as e:
    print("KeyError:", e)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m, m.get("zz"), "zz" in m)
print({**a, "x": "override"}, {"x": "first", **a})
