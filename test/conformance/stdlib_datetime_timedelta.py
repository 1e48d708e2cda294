# timedelta: construction and normalization, str/repr, arithmetic, comparisons, errors.
from datetime import timedelta


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(repr(timedelta()), repr(timedelta(1)), repr(timedelta(0, 1)), repr(timedelta(0, 0, 1)))
print(repr(timedelta(days=1, seconds=3600)), repr(timedelta(hours=25)), repr(timedelta(weeks=2, days=-1)))
print(repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)), repr(timedelta(milliseconds=1500)))
for args in [(1.5,), (0, 1.25), (0, 0, 0.5), (0, 0, 1.5), (0, 0, 2.5), (0, 0, -0.5), (0, 0, -1.5),
             (0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1), (-0.0000001,), (1e-7, 1e-5), (0, 1e-6 / 2)]:
    print(args, repr(timedelta(*args)))
print(repr(timedelta(days=1, hours=-1.5, microseconds=0.5)))
print(repr(timedelta(seconds=0.0000015)), repr(timedelta(days=0.1, hours=0.1, minutes=0.1, weeks=0.1)))
print(repr(timedelta(True, False)), repr(timedelta(minutes=90.5)))

for td in [timedelta(0), timedelta(1), timedelta(2), timedelta(-1), timedelta(-2, 5), timedelta(seconds=59.5),
           timedelta(-1, 1), timedelta(2, 0, 500000), -timedelta(microseconds=1), timedelta(999999999),
           timedelta(hours=100)]:
    print(str(td), '|', repr(td), '|', td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))

a = timedelta(days=1, hours=2)
b = timedelta(minutes=30)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(a))
print(a * 2, 2 * a, a * -1, a * 0.5, 0.25 * a, a * 1.1, a / 3, a / 7.0, a / b, a // b, a % b, divmod(a, b))
print(a // 3, timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2, timedelta(microseconds=-5) // 2)
print(timedelta(seconds=1) * 2.5, timedelta(1) * 0.1, timedelta(1) / 3, timedelta(seconds=7) % timedelta(seconds=-2))
print(divmod(timedelta(seconds=-7), timedelta(seconds=2)), timedelta(seconds=10) / timedelta(seconds=4))
print(a == timedelta(hours=26), a != b, a < b, a > b, a <= a, a >= b, a == 5, a != 'x')
print(sorted([a, b, timedelta(0), -b]))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), hash(timedelta(0, 1, 2)) == hash((0, 1, 2)))
print({timedelta(1): 'one'}[timedelta(hours=24)])
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta(days=1).total_seconds(), timedelta(microseconds=1).total_seconds(), timedelta.max.total_seconds())
print(sum([timedelta(hours=1), timedelta(minutes=30)], timedelta()))

td = timedelta(1)
show('div0', lambda: td / 0)
show('floordiv0', lambda: td // 0)
show('mod0', lambda: td % timedelta(0))
show('divtd0', lambda: td / timedelta(0))
show('floordivtd0', lambda: td // timedelta(0))
show('divmod0', lambda: divmod(td, timedelta(0)))
show('divfloat0', lambda: td / 0.0)
show('mulinf', lambda: td * float('inf'))
show('mulnan', lambda: td * float('nan'))
show('divstr', lambda: td / 'x')
show('addint', lambda: td + 1)
show('rsubint', lambda: 1 - td)
show('ltint', lambda: td < 1)
show('modint', lambda: td % 2)
show('floordivfloat', lambda: td // 2.0)
show('strtype', lambda: timedelta(days='x'))
show('listtype', lambda: timedelta(seconds=[]))
show('huge', lambda: timedelta(days=1e10))
show('toolarge', lambda: timedelta(days=10 ** 9))
show('inf', lambda: timedelta(days=float('inf')))
show('nan', lambda: timedelta(days=float('nan')))
show('max+1', lambda: timedelta.max + td)
show('min-1', lambda: timedelta.min - td)
show('maxmul', lambda: timedelta.max * 2)
show('neg min', lambda: -timedelta.min)
show('readonly', lambda: setattr(td, 'days', 3))
show('newattr', lambda: setattr(td, 'foo', 3))
show('noattr', lambda: td.foo)
