# json error messages, positions and exception types, as CPython reports them.
import json


def attempt(f, *args, **kwargs):
    try:
        print("ok:", repr(f(*args, **kwargs)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e)


bad_docs = [
    "", " ", "x", "[", "[1", "[1,", "[1,]", "[1 2]", "{", '{"a"', '{"a":', '{"a":1', '{"a":1,}',
    '{"a" 1}', "{1: 2}", "{'a': 1}", '{"a":1 "b":2}', "1 2", "[1] x", "01", "1.", "-", "-x", "1e",
    "1.5e+", "nul", "tru", "fals", "nan", "inf", "-Inf", '"abc', '"a\\', '"\\x"', '"\\u12"',
    '"\\u12zz"', '"ab\\u1234', '"\\ud834\\uzzzz"', '"\\ud834\\x"', '"a\nb"', '"\x00"', '"\\\x01"',
    "\ufeff[]", "\n\n  [1,\n  2 x]", "[1,\n\t2,\n]", '["\U0001F600", x]', "[" * 3 + "]" * 2,
]
for doc in bad_docs:
    print(repr(doc), end=" => ")
    attempt(json.loads, doc)

# JSONDecodeError is a ValueError with extra attributes.
try:
    json.loads('{"key": value}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args)
    print(e.msg, e.doc, e.pos, e.lineno, e.colno)
    print(type(e).__module__, [c.__name__ for c in type(e).__mro__])
    cls, args = e.__reduce__()
    print(cls.__name__, args)
e = json.JSONDecodeError("Custom", "line1\nline2\nline3", 9)
print(e, "|", e.lineno, e.colno)
attempt(json.JSONDecodeError, "only msg")

# Decoder input types and bytes.
attempt(json.loads, 42)
attempt(json.loads, None)
attempt(json.loads, ["[]"])
attempt(json.loads, b'"\xff"')
attempt(json.loads, b"")
attempt(json.JSONDecoder().decode, 5)
attempt(json.JSONDecoder().raw_decode, "[1]", -1)
attempt(json.JSONDecoder().raw_decode, " [1]")
attempt(json.JSONDecoder().raw_decode, "[1]", 10)
attempt(json.loads, "1" * 5000)

# Encoder errors.
attempt(json.dumps, object())
attempt(json.dumps, [1, {2, 3}])
attempt(json.dumps, {"k": b"bytes"}, indent=2)
attempt(json.dumps, {(1, 2): 3})
attempt(json.dumps, {(1, 2): 3}, indent=1)
attempt(json.dumps, {"a": object(), (1, 2): 3})
attempt(json.dumps, {1: "x", "a": "y"}, sort_keys=True)
attempt(json.dumps, float("nan"), allow_nan=False)
attempt(json.dumps, [float("inf")], allow_nan=False, indent=1)
attempt(json.dumps, {float("-inf"): 1}, allow_nan=False)
attempt(json.dumps, 10 ** 5000)
attempt(json.dumps, [1], indent=2.5)
attempt(json.dumps, {"a": 1}, separators=";")
attempt(json.dumps, {"a": 1}, separators=(1, 2))
attempt(json.dumps, object(), default=5)
attempt(json.dumps, object(), default=lambda o: o)
attempt(json.dumps, 1, bogus=True)
attempt(json.dumps, 1, 2)
attempt(json.dumps)
attempt(json.loads, "1", bogus=True)
attempt(json.loads, "1", object_hook=5)
attempt(json.loads, "{}", object_hook=5)
attempt(json.loads, "[1.5]", parse_float=None)


def failing_default(o):
    raise ValueError("no way for " + type(o).__name__)


attempt(json.dumps, [1, object()], default=failing_default)

# Cycles.
loop = []
loop.append(loop)
attempt(json.dumps, loop)
attempt(json.dumps, loop, indent=2)
d = {}
d["self"] = d
attempt(json.dumps, d)
attempt(json.dumps, {"a": [d]})
