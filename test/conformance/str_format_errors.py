# str.format errors
tests = [
    ("{} {}", (1,), {}),
    ("{1}", (1,), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {0}", (1, 2), {}),
    ("{name}", (), {}),
    ("{0[5]}", ([1],), {}),
    ("{0[x]}", ({"y": 1},), {}),
    ("{0.missing}", (1,), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!x}", (1,), {}),
    ("{:d}", ("s",), {}),
    ("{:q}", (1,), {}),
    ("{:10.2q}", (1.5,), {}),
    ("{0:{1}}", (1, "<<"), {}),
    ("{!}", (1,), {}),
    ("{0:}", (), {}),
    ("{:,s}", ("x",), {}),
    ("{:=10}", ("x",), {}),
    ("{a}{b}", (), {"a": 1}),
]
for fmt, args, kwargs in tests:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)
print("{0[0]}".format({0: "int key"}), "{0[a]}".format({"a": "str key"}))
try:
    "{0[0]}".format({"0": "x"})
except KeyError as e:
    print("KeyError:", e)
print("{}".format_map if False else "ok", "{x}".format_map({"x": 5}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} has {count} items".format_map(Default(name="box")))
try:
    "{y}".format_map({"x": 1})
except KeyError as e:
    print("KeyError:", e)
