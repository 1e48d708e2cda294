# bytes methods
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxaxx".strip(b"x"), b.upper(), b.lower(), b.swapcase(), b.title())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"".split())
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x", bytearray(b"y"))))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    b"-".join([b"a", 1])
except TypeError as e:
    print("TypeError:", e)
print(b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")), b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108))
print(b"hello".index(b"e"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"", 1))
try:
    b"hello".index(b"z")
except ValueError as e:
    print("ValueError:", e)
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"x".decode("ascii"))
print(b"hello world".partition(b" "), b"a.b.c".rpartition(b"."), b"abc".center(7, b"*"), b"7".zfill(3), b"ab".ljust(4), b"ab".rjust(4, b"."))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"\xe9".isalpha())
print(b"Hello".capitalize(), b"a\tb".expandtabs(4), b"l1\nl2\r\n".splitlines(), b"l1\nl2".splitlines(True))
print(b"www.x.com".removeprefix(b"www."), b"f.py".removesuffix(b".py"), b"abc".translate(None, b"b"))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), len(t))
try:
    b"abc".startswith("a")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".decode("utf-8").encode("ascii").decode("nope")
except LookupError as e:
    print("LookupError:", e)
