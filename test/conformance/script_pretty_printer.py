# Everyday script: a small pretty printer for nested data (JSON-like)
def dumps(obj, indent=2, level=0):
    pad = " " * (indent * level)
    inner = " " * (indent * (level + 1))
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            if ch == '"':
                out += '\\"'
            elif ch == "\\":
                out += "\\\\"
            elif ch == "\n":
                out += "\\n"
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                out += f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else "".join(f"\\u{u:04x}" for u in surrogates(ord(ch)))
            else:
                out += ch
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [inner + dumps(v, indent, level + 1) for v in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(f"{inner}{dumps(k)}: {dumps(v, indent, level + 1)}")
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
def surrogates(cp):
    cp -= 0x10000
    return [0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)]
doc = {
    "name": "Sandling",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.1 + 0.2,
    "big": 2 ** 70,
    "quote": 'say "hi"\nbye\\',
    "unicode": "é😀",
    "empty": {"list": [], "dict": {}},
    "nested": [{"a": 1}, [True, None]],
}
print(dumps(doc))
print(dumps([1, (2, 3)], indent=0))
for bad in [{1: "x"}, {"s": {1, 2}}, [object]]:
    try:
        dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
