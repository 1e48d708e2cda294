# bytearray: more methods and mutation through slices
ba = bytearray(b"Hello, World")
print(ba.lower(), ba.upper(), ba.find(b"o"), ba.rfind(b"o"), ba.count(b"l"), ba.startswith(b"Hell"), ba.endswith(b"d"))
print(ba.split(b", "), ba.replace(b"l", b"L", 2), ba.strip(b"Hd"), ba.partition(b","), ba.hex(" "))
ba[0:5] = b"Howdy"
print(ba)
ba[-5:] = b"Earth!!"
print(ba, len(ba))
ba[:] = b""
print(ba, len(ba))
ba.extend(range(65, 70))
print(ba, ba.decode("ascii"), ba[1], ba[-1:])
ba *= 2
print(ba)
print(bytearray.fromhex("de ad be ef"), bytearray(b"abc").zfill(6), bytearray(b"a,b").split(b","))
del ba[::2]
print(ba)
ba.reverse()
print(ba, ba.index(b"C"), ba.pop(1), ba)
copy = ba.copy()
copy.append(0)
print(ba, copy, ba == copy[:-1])
ba2 = bytearray(b"xyz")
view_list = list(ba2)
ba2[0] = ord("X")
print(ba2, view_list, bytes(ba2), ba2.isupper(), ba2.isalpha())
try:
    ba2.extend("str")
except TypeError as e:
    print("TypeError:", e)
try:
    ba2[0] = "a"
except TypeError as e:
    print("TypeError:", e)
try:
    ba2.index(b"q")
except ValueError as e:
    print("ValueError:", e)
print(bytearray(b"abc") + bytearray(b"d"), bytearray(b"ab") < b"ac", b"ab" in bytearray(b"cab"), 98 in bytearray(b"b"))
