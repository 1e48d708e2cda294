# math: constants, roots, exponentials and logarithms for ints and floats.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))
print(repr(math.sqrt), math.sqrt.__name__, math.__name__)

values = [0, 1, 2, 3, 0.5, 0.1, 0.25, 1.5, 2.5, 7, 10, 12.75, 100, 1000, 1e-10, 1e10, 123456789, 0.999, 1.001]
for x in values:
    print('sqrt', x, math.sqrt(x))
for x in values:
    if x > 700:
        continue
    print('exp', x, math.exp(x), math.exp(-x), math.expm1(x), math.exp2(x))
for x in values[1:]:
    print('log', x, math.log(x), math.log2(x), math.log10(x), math.log1p(x))
for x in [2, 3, 10, 0.5, 7.5]:
    print('log base', x, math.log(100, x), math.log(8, x), math.log(x, 2), math.log(x, 10))

# Exact results for powers of two and ten.
print([math.log2(2 ** k) for k in range(-3, 12)])
print([math.log10(10 ** k) for k in range(0, 16)])
print(math.log(1024, 2), math.log(1000, 10), math.log(math.e), math.log(1))

# Huge ints are fine for logarithms (they never become floats).
big = 10 ** 400
print(math.log(big), math.log10(big), math.log2(big), math.log(big, 10), math.log2(2 ** 5000))
print(math.log(3 ** 1000), math.log10(7 ** 2000))

# cube roots, powers
for x in [8, 27, 64, 125, 2, 3, 10, -8, -27, 0.001, 1e30, -0.0]:
    print('cbrt', x, math.cbrt(x))
for x, y in [(2, 10), (2, 0.5), (10, -2), (1.5, 2.5), (9, 0.5), (-2, 3), (-2, 4), (0, 0), (2, -1074), (7, 1 / 3), (1.0001, 10000)]:
    print('pow', x, y, math.pow(x, y))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), math.fabs(True))
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(45), math.radians(1))
