# int(str) of plain decimal digits takes a direct path; every other form
# (signs, spaces, underscores, other scripts' digits, long inputs) and every
# error must behave as before.
for s in ["0", "7", "00012", "000000000000000", "999999999999999", "123456789012345",
          "1234567890123456", "9007199254740993", "+5", "-0", " 42 ", "1_000", "\u0661\u0662\u0663",
          "\uff11\uff12", "0" * 40 + "9"]:
    print(repr(s), int(s))
for s in ["", " ", "12a", "1__0", "_1", "1_", "٣x", "0x10", "1.5", "-", "12 3"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
print(int("0x10", 16), int("777", 8), int("z", 36), int("0b101", 0), int("010", 8))
