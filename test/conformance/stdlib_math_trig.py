# math: trigonometric and hyperbolic functions on grids of typical values.
import math

angles = [0, 0.1, 0.2, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 10, 100, -1, -0.3]
for x in angles:
    print('trig', x, math.sin(x), math.cos(x), math.tan(x))

for deg in range(0, 361, 15):
    r = math.radians(deg)
    print('deg', deg, math.sin(r), math.cos(r))

for k in range(1, 13):
    x = math.pi / k
    print('pi/%d' % k, math.sin(x), math.cos(x), math.tan(x))

ratios = [-1, -0.75, -0.5, -0.1, 0, 0.1, 0.3, 0.5, 0.7, 0.9, 1]
for x in ratios:
    print('inverse', x, math.asin(x), math.acos(x), math.atan(x))
for x in [2, 5, 10, 100, 1e10, -3]:
    print('atan', x, math.atan(x))

points = [(1, 1), (1, -1), (-1, 1), (-1, -1), (0, 1), (1, 0), (0, -1), (-1, 0), (3, 4), (0.5, 2), (-2.5, 0.1)]
for y, x in points:
    print('atan2', y, x, math.atan2(y, x))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0))
print(math.atan2(math.inf, math.inf), math.atan2(-math.inf, -math.inf), math.atan2(1, math.inf), math.atan2(1, -math.inf))

for x in [0, 0.1, 0.5, 1, 2, 3, 5, 10, 20, -1, -2.5]:
    print('hyp', x, math.sinh(x), math.cosh(x), math.tanh(x))
for x in [0, 0.5, 1, 2, 10, 1000, -3]:
    print('asinh', x, math.asinh(x))
for x in [1, 1.5, 2, 10, 1000]:
    print('acosh', x, math.acosh(x))
for x in [0, 0.1, 0.5, 0.9, -0.5, 0.999]:
    print('atanh', x, math.atanh(x))

# Large arguments are reduced exactly.
for x in [1e6, 1e10, 1e22, 1e100, 1e300, 2.0 ** 60]:
    print('big', x, math.sin(x), math.cos(x))
