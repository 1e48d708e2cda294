# date: construction, validation, ordinals, weekdays, ISO calendar, arithmetic, formatting.
from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


d = date(2024, 3, 5)
print(d, repr(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
print(date.min, date.max, date.resolution, repr(date.min))
print(d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), d.isoformat(), d.ctime())
ic = d.isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], len(ic), tuple(ic), ic == (2024, 10, 2))
print(d.timetuple())
print(date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal(), date(1970, 1, 1).toordinal())
for n in [1, 2, 59, 60, 365, 366, 719163, 730120, 738000, 3652059]:
    x = date.fromordinal(n)
    print(n, x, x.toordinal() == n, x.weekday())
for y in [1, 4, 100, 1900, 2000, 2004, 2020, 2021, 2022, 2026, 9999]:
    for m, dd in [(1, 1), (1, 3), (12, 28), (12, 31)]:
        x = date(y, m, dd)
        print(x, x.isocalendar(), date.fromisocalendar(*x.isocalendar()) == x, end='; ')
    print()
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1), date.fromisocalendar(1, 1, 1))
print(d.replace(year=2025), d.replace(month=12, day=31), d.replace())
print(d + timedelta(days=30), d - timedelta(days=65), timedelta(1) + d, d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d + timedelta(hours=47), d - timedelta(hours=1), d + timedelta(seconds=-1))
print(d == date(2024, 3, 5), d != date(2024, 3, 5), d < date(2024, 3, 6), d >= date(2025, 1, 1), d == '2024-03-05')
print(sorted([date(2024, 1, 2), date(2023, 5, 5), date(2024, 1, 1)]))
print(hash(d) == hash(date(2024, 3, 5)), {d: 1}[date(2024, 3, 5)], len({d, date(2024, 3, 5), date(2024, 3, 6)}))
print(date(2024, 2, 29), date(2000, 2, 29), date(5, 1, 1), repr(date(5, 1, 1)), str(date(12, 1, 1)))
print(date.fromisoformat('2024-03-05'), date.fromisoformat('20240305'), date.fromisoformat('2024-W10-2'),
      date.fromisoformat('2024W102'), date.fromisoformat('2024W10'), date.fromisoformat('2024-W10'))
print(format(d), format(d, '%d/%m/%Y'), '{:%A %d %B %Y}'.format(d), f'{d:%j}', f'{d}')
print(d.strftime('%Y-%m-%d %H:%M:%S %f %a %A %b %B %j %U %W %w %y %p %I %c %x %X %% [%z] [%Z]'))
print(date.fromtimestamp(0), date.fromtimestamp(86400 * 365.25 * 30), date.fromtimestamp(-86400))
print(type(d).__name__, type(d).__module__, type(d).__qualname__, isinstance(d, date), issubclass(datetime.datetime, date))
print(date(year=2020, month=1, day=2), date(2020, day=3, month=4))

for args in [(2024, 13, 1), (2024, 0, 1), (0, 1, 1), (10000, 1, 1), (2023, 2, 29), (2024, 4, 31), (2024, 1, 0),
             ('a', 1, 1), (2024.0, 1, 1), (2024, None, 1), ()]:
    show('date%r' % (args,), lambda: date(*args))
show('one arg', lambda: date(2024))
show('fromordinal0', lambda: date.fromordinal(0))
show('fromordinal big', lambda: date.fromordinal(3652060))
show('fromordinal float', lambda: date.fromordinal(1.0))
show('week54', lambda: date.fromisocalendar(2024, 54, 1))
show('week53', lambda: date.fromisocalendar(2024, 53, 1))
show('day8', lambda: date.fromisocalendar(2024, 1, 8))
show('year10000', lambda: date.fromisocalendar(10000, 1, 1))
show('year0', lambda: date.fromisocalendar(0, 1, 1))
for s in ['2024-13-01', '2024-01', '2024-0101', ' 2024-01-01', '2024-01-01 ', '2024/01/01', '0000-01-01',
          '2024-W54-1', '2024-W01-8', '20240101xx', '2024-02-30', '']:
    show('iso %r' % s, lambda: date.fromisoformat(s))
show('iso int', lambda: date.fromisoformat(20240101))
show('overflow+', lambda: date.max + timedelta(1))
show('overflow-', lambda: date.min - timedelta(1))
show('add int', lambda: d + 1)
show('sub int', lambda: d - 1)
show('lt int', lambda: d < 1)
show('add date', lambda: d + d)
show('strftime int', lambda: d.strftime(5))
show('format int', lambda: format(d, 5))
show('readonly', lambda: setattr(d, 'year', 1))
show('newattr', lambda: setattr(d, 'foo', 1))
show('noattr', lambda: d.foo)
show('replace bad', lambda: d.replace(month=13))
