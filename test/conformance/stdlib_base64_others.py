# base64: Base32 (standard, hex, casefold, map01), Base16, Ascii85 (adobe, foldspaces, wrapcol), Base85.
import base64

for s in [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'hello world', b'\x00\xff']:
    e32 = base64.b32encode(s)
    eh = base64.b32hexencode(s)
    e16 = base64.b16encode(s)
    print(s, e32, base64.b32decode(e32) == s, eh, base64.b32hexdecode(eh) == s, e16, base64.b16decode(e16) == s)
print(base64.b32decode('nbswy3dp', casefold=True), base64.b32decode(b'NBSWY3D1', map01=b'L'), base64.b32decode(b'0BSWY3DP', map01='I'))
print(base64.b32hexdecode(b'd1imor3f', casefold=True), base64.b16decode('01ab', casefold=True), base64.b16decode(b'01AB'))
for args in [(b'NBSWY3D',), (b'NBSWY3D=',), (b'NBSWY3==',), (b'NBS=====',), (b'========',), (b'nbswy3dp',), (b'NBSWY3D1',), (b'N1======',)]:
    try:
        print(args, base64.b32decode(*args))
    except Exception as e:
        print(args, type(e).__module__, type(e).__name__ + ":", e)
for text in [b'01A', b'01ab', b'0G', b'']:
    try:
        print(text, base64.b16decode(text))
    except Exception as e:
        print(text, type(e).__name__ + ":", e)
for s in [b'', b'h', b'hello world', b'\x00\x00\x00\x00', b'\x00\x00\x00\x00abc', b'    ', b'\xff\xff\xff\xff']:
    a = base64.a85encode(s)
    b = base64.b85encode(s)
    print(s, a, base64.a85decode(a) == s, b, base64.b85decode(b) == s)
print(base64.a85encode(b'\x00\x00\x00\x00abc', foldspaces=True, wrapcol=5, pad=True, adobe=True))
print(base64.a85encode(b'    x', foldspaces=True), base64.a85encode(b'hello', pad=True), base64.a85encode(b'hello world', wrapcol=4))
print(base64.a85encode(b'hi', adobe=True, wrapcol=3), base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85decode(b'BOu!rD]j7BEbo7~>', adobe=True))
print(base64.a85decode(b'z'), base64.a85decode(b'y', foldspaces=True), base64.a85decode('BO u!\nrD'), base64.a85decode(b'BOu!r_D', ignorechars=b'_'))
print(base64.b85encode(b'hello', pad=True), base64.b85decode(b'Xk~0{Zy<MXa%^M'), base64.b85decode('|NsC0'))
for f, arg in [(base64.a85decode, b'xx'), (base64.a85decode, b'Bz'), (base64.a85decode, b'BOu!rD]j7BEbo7'), (base64.b85decode, b'Xk~0{Zy<MXa%^\x00'), (base64.b85decode, b'~~~~~'), (base64.a85decode, b's8W-"')]:
    try:
        print(f.__name__, f(arg))
    except Exception as e:
        print(f.__name__, type(e).__name__ + ":", e)
try:
    base64.a85decode(arg, adobe=True)
except ValueError as e:
    print(type(e).__name__ + ":", e)
