# Format spec mini-language for ints
specs = ["", "d", "5", "<5", ">5", "^5", "=5", "*^7", "0=6", "05", "+", "-", " ", "+5", " 5", "+05", "b", "#b", "o", "#o",
         "x", "#x", "X", "#X", "#010x", "c", "n", ",", "_", ",d", "_b", "_x", "#_x", "12,", "012,", "e", ".2e", "E", "f",
         ".3f", "g", "G", "%", ".1%", "+,", "x<8", "-^+9", "#08b", "#8o", "=+8"]
for n in [0, 42, -42, 1234567, 97]:
    row = []
    for spec in specs:
        try:
            row.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            row.append("!" + type(e).__name__ + ": " + str(e))
    print(n, "|".join(row))
print(format(2 ** 70, ","), format(-2 ** 70, "_x"), format(255, "08_b"), format(12345678, "_o"))
print(format(10 ** 20, "e"), format(10 ** 20, ".3g"), format(123, "010,"), format(-1234, "010,"))
print(f"{65:c}{0x1F600:c}", format(True, "d"), format(True, "x"), format(False, "5"))
