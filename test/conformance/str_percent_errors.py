# printf-style formatting errors
cases = [
    ("%s %s", ("a",)),
    ("%s", ("a", "b")),
    ("%d", ("x",)),
    ("%d", (None,)),
    ("%f", ("1.5",)),
    ("%x", (1.5,)),
    ("%c", ("ab",)),
    ("%c", (-1,)),
    ("%c", (0x110000,)),
    ("%z", (1,)),
    ("%(a)s", ("x",)),
    ("%(a)s", ({"b": 1},)),
    ("%", ()),
    ("%s", ()),
    ("abc", ("x",)),
    ("%d %d", (1, 2, 3)),
    ("%*d", ("x", 1)),
    ("%i", ([],)),
    ("%o", (2.0,)),
]
for fmt, args in cases:
    try:
        if len(args) == 1 and not isinstance(args[0], tuple):
            print(repr(fmt), "->", repr(fmt % args[0]))
        else:
            print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)
try:
    print("%s" % ())
except TypeError as e:
    print("TypeError:", e)
try:
    print("x" % 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x" % [1])
except TypeError as e:
    print("TypeError:", e)
print("x" % {"a": 1}, "x" % [] if False else "skip")
try:
    print(5 % "x")
except TypeError as e:
    print("TypeError:", e)
