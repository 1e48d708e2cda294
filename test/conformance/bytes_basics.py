# bytes: indexing gives ints, slicing, repr, operators
b = b"Hello\x00\xff"
print(b, len(b), b[0], b[-1], b[5], type(b[0]).__name__)
print(b[0:5], b[:1], b[-2:], b[::-1], b[::2], b[100:], type(b[0:1]).__name__)
print(list(b), tuple(b"ab"), [x for x in b"xyz"])
print(b"ab" + b"cd", b"ab" * 3, 2 * b"-", b"" * 5)
print(b"a" < b"b", b"ab" < b"abc", b"abc" == b"abc", b"a" == "a", b"\x00" < b"\x01", b"Z" < b"a")
print(97 in b"abc", b"bc" in b"abc", b"" in b"abc", 300 in b"abc" if False else "skip")
for bad in [lambda: b"a" + "b", lambda: "b" + b"a", lambda: b"abc"[10], lambda: b"abc".__setitem__(0, 1), lambda: 256 in b"a", lambda: "a" in b"abc"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(repr(b"\t\n\r\x0b\x0c"), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(bytes(range(0x7b, 0x82))))
print(bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(5)), bytes(b"copy"), bytes("é", "utf-8"), bytes())
for arg in [[256], [-1], ["a"], 1.5, -1, "str", [1.0]]:
    try:
        print(bytes(arg))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(hash(b"x") == hash(b"x"), {b"k": 1}[b"k"], b"abc".__len__())
print(str(b"ab"), bytes.fromhex("41 42 ff"), bytes.fromhex(""), b"\xde\xad".hex(), b"abc".hex("-"), b"abcd".hex(":", 2))
try:
    bytes.fromhex("4g")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("414")
except ValueError as e:
    print("ValueError:", e)
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02"))
