# float() parsing and its errors
good = ["1.5", " 1.5 ", "\t-2.25\n", "1_0.5", "1e3", "1E-3", ".5", "5.", "+.5e+1", "-0", "0x10" if False else "16",
        "inf", "-inf", "+inf", "infinity", "-Infinity", "-iNF", "INFINITY", "nan", "NaN", "-nan", "+NAN",
        "1_000_000.000_1", "00012", "1e500", "-1e500", "1e-500", "  7  ", "١٫٥" if False else "3.25", "٣"]
for s in good:
    print(repr(s), repr(float(s)))
bad = ["x", "", " ", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "inf inity", "nanx", "0x10", "1,5", "- 1", "++1",
       "infinit", "1e5.0", "..5", "1.5f", "١٫٥"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
for v in [None, [1.5], "1.5".encode()]:
    try:
        print(float(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(float(), float(True), float(3), float(-0.0), float(2 ** 60))
