# bytearray: mutable bytes
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 90)
ba.remove(ord("E"))
print(ba, ba.count(b"l"), ba.find(b"l"), ba.index(b"o"))
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba), bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
for bad in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").append(-1), lambda: bytearray(b"")[0],
            lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").__setitem__(0, b"x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = bytearray(b"abc")
print(x == b"abc", b"abc" == x, x + b"d", b"d" + x, type(b"d" + x).__name__, bytes(x), x.decode(), x.upper(), x.hex())
x += b"de"
print(x, x.startswith(b"ab"), x.split(b"c"), x.replace(b"a", b"A"), repr(x), str(x))
try:
    hash(x)
except TypeError as e:
    print("TypeError:", e)
y = bytearray(b"0123456789")
y[::2] = b"abcde"
print(y)
del y[::3]
print(y)
y[2:5] = []
print(y)
try:
    y[::2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
print(y)
