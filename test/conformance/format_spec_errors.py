# Errors from the format spec mini-language
cases = [
    (1.5, "d"), (1, "s"), ("s", "d"), ("s", "f"), ("s", "+"), ("s", " "), ("s", "#"), ("s", ","), ("s", "_"),
    ("s", "=5"), ("s", "05") , (1, ".2d"), (1, ".2x"), (1, "#c"), (1, "+c"), (1, ",c"), (1, ",x"), (1, ",b"),
    (1, "_c"), (1.5, "_x"), (1.5, "c"), (1, ",_"), (1, "_,"), (1, "z"), (1, "zd"), ("s", "z"), (1, "5.5.5"),
    (1, "<<<"), (1, "=>"), (1.5, "b"), (1.5, ",d"), (1, "xx"), (1, ".0"), (1.5, ".f"), ("x", ".5d"), (1, "-+"),
    (-1, "c"), (0x110000, "c"), (1, "999999999999999999999"),
]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), "->", repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(spec), "->", type(e).__name__ + ":", e)
