# math: float inspection and manipulation, rounding to int, sums and norms.
import math

for x in [0.0, -0.0, 1.0, -8.0, 0.1, 1e300, 5e-324, 2.5, 1e-310, math.inf, 10 ** 300]:
    print('frexp', x, math.frexp(x))
for x, i in [(0.5, 2), (1, 10), (0.75, -1074), (1.0, -1075), (1.0, 1023), (3, -2), (-0.0, 5), (1.5, 10 ** 20 * 0 + 7)]:
    print('ldexp', x, i, math.ldexp(x, i))
for x in [3.75, -3.75, 0.0, -0.0, 1e20, 7, -2.5, math.inf, -math.inf]:
    print('modf', x, math.modf(x))

for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-0.0, 1), (1, math.inf), (10, 0.1), (1e300, 3)]:
    print('fmod', x, y, math.fmod(x, y))
for x, y in [(7, 2), (5, 2), (-5, 2), (4.5, 1), (5.5, 1), (10, 3), (1, -0.5), (-0.0, 1), (3, math.inf), (1e300, 7)]:
    print('remainder', x, y, math.remainder(x, y))
for x, y in [(1, -0.0), (-3, 2), (2.5, -1), (0.0, -1), (math.inf, -1)]:
    print('copysign', x, y, math.copysign(x, y))

for x, y in [(1, 2), (1, 0), (0, 1), (0, -1), (-1, -2), (1e308, math.inf), (5e-324, 0), (1, 1)]:
    print('nextafter', x, y, math.nextafter(x, y))
for x in [1, 0, -1, 1e300, 5e-324, 2 ** 52, 0.1, math.inf, 1.7976931348623157e308]:
    print('ulp', x, math.ulp(x))

for x in [2.5, -2.5, 3.0, -0.5, 0.5, 1e20, -1e-20, 7, -7, True]:
    print('round', x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(1e300) == 10 ** 300, math.ceil(1e300) - 10 ** 300)

class Num:
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __trunc__(self):
        return 'trunc'
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
class F:
    def __float__(self):
        return 2.25
print(math.floor(F()), math.ceil(F()), math.sqrt(F()), math.isfinite(F()))
class MyFloat(float):
    pass
print(math.floor(MyFloat(2.5)), math.sqrt(MyFloat(16)), math.frexp(MyFloat(8)))

print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12),
      math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan),
      math.isclose(a=2, b=2.0000000001))
print(math.isfinite(1), math.isfinite(math.inf), math.isnan(0.0), math.isinf(-math.inf), math.isinf(1e308 * 10))

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum(range(10)), math.fsum(x / 7 for x in range(100)), math.fsum([]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -1]), math.fsum([math.nan]), math.fsum([-0.0, -0.0]))

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(1, 1, 1, 1))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-200, 1e-200), math.hypot(math.inf, math.nan))
print(math.hypot(0.1, 0.2), math.hypot(*range(10)), math.hypot(2.5, -6.25, 0.5))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1.5,), (-2.5,)), math.dist([], []))
print(math.dist(iter([0.1, 0.2]), (0.4, 0.6)), math.dist(range(5), range(5, 0, -1)))
