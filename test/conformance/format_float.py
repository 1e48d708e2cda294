# Format spec mini-language for floats
specs = ["", "f", ".0f", ".1f", ".2f", "10.3f", "<10.2f", "^10.1f", "=+10.2f", "010.2f", "+.1f", " .1f", "e", ".2e", "E",
         ".0e", "g", ".3g", ".10g", "G", "#g", "#.0f", "%", ".1%", ",.2f", "_.1f", ",", ".2", ".10", "n", "z.1f", "z.0f", "F"]
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000012345, 1e16, 123456789012345678.0, 2.5, 0.05, -0.04,
        1e-7, 1e21, float("inf"), float("-inf"), float("nan")]
for v in vals:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append("!" + str(e))
    print(repr(v), "|".join(row))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"), format(1.005, ".2f"))
print(format(1e300 * 10, "010"), format(float("nan"), "+08.2f"), format(float("inf"), "^9"), format(1.0, "08"))
print(format(123.456, "e"), format(123.456, ".0e"), format(0.1, ".17g"), format(0.1, ".20f"))
print(format(1.0, "g"), format(1e-5, "g"), format(1e-4, "g"), format(123456.0, "g"), format(1234567.0, "g"))
print(format(100.0, ".2g"), format(100.0, "#.2g"), format(1.0, ".0%"), format(-0.0, "z"))
