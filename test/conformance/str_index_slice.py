# Indexing and slicing by code points, incl. astral characters
s = "Hello, World"
print(s[0], s[-1], s[4], s[-5], len(s))
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[:], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-1], s[-1:-6:-2], s[2:8:0] if False else "")
print(s[5:2], s[3:3], repr(s[12:]), s[1:100:4])
e = "a😀b🎉c"
print(len(e), e[1], e[3], e[-1], e[1:4], e[::-1], e[::2])
print(len("😀"), len("é"), len("e\u0301"), len("👨‍👩‍👧"), len("\U0001F600\U0001F601"))
print([c for c in "x😀y"], list("日本語"), "日本語"[1])
print(ord(e[1]), hex(ord(e[3])), e.index("b"), e.find("c"), e.find("🎉"))
for i in [12, -13, 100]:
    try:
        print(s[i])
    except IndexError as ex:
        print("IndexError:", ex)
try:
    s[0] = 'h'
except TypeError as ex:
    print("TypeError:", ex)
try:
    print(s["a"])
except TypeError as ex:
    print("TypeError:", ex)
try:
    print(s[1.5])
except TypeError as ex:
    print("TypeError:", ex)
try:
    print(s[::0])
except ValueError as ex:
    print("ValueError:", ex)
try:
    del s[0]
except TypeError as ex:
    print("TypeError:", ex)
print(s[True], s[slice(1, 3)], s[slice(None, None, -4)])
print(""[:5], repr(""[::-1]))
