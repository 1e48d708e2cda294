# JSONEncoder / JSONDecoder subclasses, cls=, and dump/load with file-like objects.
import json
import io


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def point_hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


data = {"points": [Point(1, 2), Point(-3, 4.5)], "ids": {3, 1, 2}, "name": "shape"}
text = json.dumps(data, cls=PointEncoder)
print(text)
print(json.dumps(data, cls=PointEncoder, indent=2, sort_keys=True))
print(json.loads(text, object_hook=point_hook))
print(PointEncoder().encode(Point(0, 0)), PointEncoder(indent=1).encode([Point(5, 6)]))
try:
    json.dumps({"x": object()}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)

# Encoder attributes.
enc = json.JSONEncoder(sort_keys=True, indent=3)
print(enc.sort_keys, enc.indent, enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan)
print(repr(enc.item_separator), repr(enc.key_separator))
print(repr(json.JSONEncoder.item_separator), repr(json.JSONEncoder.key_separator))
enc2 = json.JSONEncoder(separators=(",", ":"), indent=2)
print(repr(enc2.item_separator), repr(enc2.key_separator), enc2.encode({"a": [1, 2]}))
print(json.JSONEncoder().encode("text"), json.JSONEncoder(ensure_ascii=False).encode("é"))
print("".join(json.JSONEncoder().iterencode({"a": 1})), json.JSONEncoder().iterencode([1], _one_shot=True))


class UpperEncoder(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"k": "v"}, cls=UpperEncoder))


class Extra(json.JSONEncoder):
    def __init__(self, *, tag="?", **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return self.tag + type(o).__name__


print(json.dumps([object(), 1], cls=Extra, tag="obj:"))


# Decoder subclasses.
class TupleDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=tuple, **kw)


print(json.loads('{"a": {"b": 1}, "c": [1, {"d": 2}]}', cls=TupleDecoder))


class Strict(json.JSONDecoder):
    def decode(self, s):
        result = super().decode(s)
        if not isinstance(result, dict):
            raise ValueError("top level must be an object")
        return result


print(json.loads('{"ok": 1}', cls=Strict))
try:
    json.loads("[1]", cls=Strict)
except ValueError as e:
    print("ValueError:", e)
print(json.loads("[1, 2]", cls=json.JSONDecoder, parse_int=lambda s: int(s) * 10))

# dump / load with StringIO.
buf = io.StringIO()
json.dump({"b": [1, 2], "a": None}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
buf = io.StringIO('{"pairs": [1, 2]}')
print(json.load(buf, object_pairs_hook=list))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
json.dump([1, "two"], c)
print("".join(c.parts))


class Source:
    def read(self):
        return '{"from": "read()"}'


print(json.load(Source()))
try:
    json.dump([1], object())
except AttributeError as e:
    print("AttributeError:", e)
print(json.__all__)
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.encoder.encode_basestring_ascii('é"'), json.encoder.encode_basestring('é"'))
print(json.decoder.scanstring('"abc" x', 1), json.decoder.scanstring('ab\\n"', 0))
