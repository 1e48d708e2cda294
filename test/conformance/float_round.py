# round(): banker's rounding, ndigits, types
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(1e20, -5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7, 2), round(7, 0), round(-7, -5), type(round(7, 2)).__name__, type(round(7.0, 0)).__name__)
print(round(0.1 + 0.2, 10), round(1e-20, 5), round(-0.4), round(-0.0, 1), round(0.0))
print(round(2 ** 70 + 0.0), round(123456789012345678, -10))
print(round(5e-324, 400), round(1.5, 400), round(1.23456, 20))
for v in [float('inf'), float('nan')]:
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(round(float('inf'), 2), round(float('nan'), 2))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
print(round(True), round(False, 3))
for x in [0.5, 1.25, 2.5, 10.05, 0.45]:
    print(x, [round(x, d) for d in range(0, 3)])
