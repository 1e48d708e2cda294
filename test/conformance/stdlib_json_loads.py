# json.loads: values, whitespace, numbers, strings and the hooks.
import json

docs = [
    '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}',
    '  \n\t[1, 2.5, -3, -0, -0.0, 1e3, 1E-2, 2.5e+2, 12345678901234567890123]\r\n',
    '"plain"', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u2713\\ud83d\\ude00"',
    '"\\ud800 lone"', '"\\uDC00 low"', '"caf\u00e9 \u2713"', "[]", "{}", "[[[]]]", '{"": ""}',
    "NaN", "Infinity", "-Infinity", "[NaN, Infinity, -Infinity]", "0", "-0", "123", "1.5",
    '{"dup": 1, "dup": 2}', '{"a" : 1 , "b" :2}',
]
for d in docs:
    v = json.loads(d)
    print(repr(d), "->", repr(v), type(v).__name__)

# Integer and float results keep their types.
print([type(x).__name__ for x in json.loads("[1, 1.0, 1e2, -5, 1E400, -1e400]")])
print(json.loads("[1E400, -1e400]"))

# Hooks.
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": {"y": 1}}', object_pairs_hook=lambda p: ("pairs", p), object_hook=lambda d: "never"))
print(json.loads("[1, 2.50, 3e1]", parse_float=lambda s: "float:" + s, parse_int=lambda s: "int:" + s))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda s: "const:" + s))
print(json.loads("[10, 2.5]", parse_int=float, parse_float=str))
print(json.loads('"tab\there"', strict=False), repr(json.loads('"nl\nx"', strict=False)))

# Bytes input: the encoding is detected like CPython.
for b in [b'{"k": [1]}', '["\u00e9"]'.encode("utf-8-sig"), '["x"]'.encode("utf-16"),
          '["x"]'.encode("utf-16-le"), '["x"]'.encode("utf-16-be"), '["x"]'.encode("utf-32"),
          '["x"]'.encode("utf-32-le"), '["x"]'.encode("utf-32-be"), b"1", b"12", bytearray(b"[true]")]:
    print(b, "->", json.loads(b))
for b in [b"\x00\x001", b"1\x00", b"\x001"]:
    print(b, "->", json.detect_encoding(b))

# Round trips.
data = {"list": [1, 2.5, "three", None, True], "nested": {"deep": [[{"x": []}]]}, "uni": "é😀"}
for kw in [{}, {"indent": 2}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"sort_keys": True}]:
    text = json.dumps(data, **kw)
    print(kw, json.loads(text) == data)

# JSONDecoder.raw_decode and decode.
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx[1, 2]yy', 2))
print(dec.decode("  [1]  "), dec.raw_decode('"\U0001F600" tail'))
print(dec.strict, dec.object_hook, dec.object_pairs_hook, dec.parse_float, dec.parse_int)
