# Everyday script: roman numerals and base conversions
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = []
    for value, sym in PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>4} = {r:<12} -> {from_roman(r)}")
for bad in [0, 4000, -1]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    from_roman("XIZ")
except KeyError as e:
    print("KeyError:", e)
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = DIGITS[r] + out
    return sign + out
for n in [0, 5, 255, -255, 2 ** 64, 123456789]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    checks = [int(s, b) == n for s, b in zip(row, (2, 8, 16, 36))]
    print(n, row, all(checks))
print(to_base(255, 16) == format(255, "x"), to_base(-8, 8) == oct(-8).replace("0o", ""))
