# int() parsing
cases = [
    ("42",), ("-42",), ("+7",), ("  12  ",), ("\t\n 8 \n",), ("1_000",), ("0",), ("-0",), ("000",),
    ("ff", 16), ("FF", 16), ("0xff", 16), ("0XFF", 0), ("0o17", 0), ("0b101", 0), ("0b101", 2),
    ("z", 36), ("Zz", 36), ("101", 2), ("777", 8), ("12", 3), ("0x_ff", 16), ("1_2_3", 0),
    ("10", 0), (" -0x10 ", 0), ("0", 0), ("00", 0), ("٣", ), ("１２", ),
]
for args in cases:
    print(repr(args[0]), args[1:] , int(*args))
bad = [
    ("",), (" ",), ("abc",), ("1.5",), ("1e3",), ("12a",), ("1__0",), ("_1",), ("1_",), ("0x",),
    ("08", 0), ("010", 0), ("2", 2), ("g", 16), ("0b2", 0), ("- 1",), ("++1",), ("1 2",),
    ("12", 1), ("12", 37), ("12", -1), ("x" * 5,), ("0o8", 8),
]
for args in bad:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError:", e)
for v in [None, [1], {}, b"12"]:
    try:
        print(int(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(), int(True), int(b"12" .decode()), int(bytearray(b"34")) if False else 34)
print(int("  -1_000_000  "), int("0" * 50 + "1"))
