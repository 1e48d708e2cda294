# int() of floats truncates toward zero; float/int conversions
for f in [3.7, -3.7, 0.5, -0.5, 2.0, -0.0, 1e20, 1.5e300 / 1e280, 123456789.999]:
    print(f, int(f))
print(int(1e308))
print(int(2.0 ** 80), 2 ** 80 == int(2.0 ** 80))
for v in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(int(True), int(False))
print(round(3.7), round(-3.7), type(round(3.7)).__name__)
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2), float(-2 ** 63))
print(float(10 ** 22), float(10 ** 23))
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(2 ** 1000 / 2 ** 999)
