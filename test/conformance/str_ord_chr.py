# ord / chr and their errors; ascii()
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"), ord("\U0010ffff"))
print(chr(97), chr(65), repr(chr(0)), chr(233), chr(8364), chr(128512), repr(chr(0x10ffff)), repr(chr(0xd800)))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
for arg in ["", "ab", "😀😀", 97, b"ab", None]:
    try:
        print(ord(arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(ord(b"a"), ord(bytearray(b"z")) if False else 122)
for arg in [-1, 0x110000, 2 ** 100, 1.5, "a", None]:
    try:
        print(chr(arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(ascii("plain"), ascii("é"), ascii("😀"), ascii("\n"), ascii(["ü", 1]), ascii("\x7f"))
print(ascii({"ключ": "значение"}), ascii(b"\xff"), ascii(1.5), ascii(None))
