# Shifts and bitwise operations, incl. negatives and big ints
print(1 << 0, 1 << 1, 1 << 64, 1 << 100, 5 << 3)
print(1024 >> 3, 1 >> 1, 1 >> 100, (1 << 100) >> 99)
print(-1 >> 1, -1 >> 100, -8 >> 1, -9 >> 1, -1 << 10, -5 << 2)
print(-(1 << 100) >> 50, -(1 << 100) >> 200)
for expr in ["1 << -1", "1 >> -1", "-1 << -1"]:
    a, op, b = expr.split()
    try:
        print(int(a) << int(b) if op == '<<' else int(a) >> int(b))
    except ValueError as e:
        print("ValueError:", e)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~0, ~-1)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3, -5 | -3, -5 ^ -3)
print(-1 & 0xFF, -256 & 0xFF, -255 & 0xFF, 0xF0 | -1)
big = (1 << 100) - 1
print(big & 0xFFFF, big ^ (1 << 99), -big & 0xFF, ~big)
print((1 << 200) | 1, ((1 << 200) | 1) & 3)
print(bin(-5 & 0xF), bin(~0b1010), hex(-1 & (2 ** 64 - 1)))
print(True << 3, False >> 1, True & 3, True | 2)
try:
    print(1 << (1 << 100))
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    print(1.0 << 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 & 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError:", e)
