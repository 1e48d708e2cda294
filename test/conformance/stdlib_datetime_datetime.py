# datetime: construction, parts, arithmetic, naive/aware comparisons, timestamps, combine, astimezone.
from datetime import datetime, date, time, timedelta, timezone


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
for x in [datetime(2024, 1, 2), datetime(2024, 1, 2, 3), datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, fold=1),
          datetime(2024, 1, 2, 3, 4, 5, 6, timezone.utc), datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=-5), 'EST'), fold=1)]:
    print(repr(x), '|', x, '|', x.isoformat(), '|', x.ctime())
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.max))
print(dt.date(), dt.time(), dt.timetz(), repr(dt.date()), repr(dt.time()))
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), dt.timetuple(), dt.utctimetuple())
print(dt.replace(year=2000, second=0), dt.replace(tzinfo=timezone.utc), dt.replace(microsecond=7, fold=1).__repr__())

a = datetime(2024, 3, 10, 12, 30)
b = datetime(2024, 3, 8, 18, 45, 10, 250000)
print(a - b, b - a, a + timedelta(days=1, hours=13), a - timedelta(weeks=10), timedelta(minutes=90) + a)
print(a + timedelta(microseconds=-1), a - timedelta(microseconds=1) == a + timedelta(microseconds=-1))
print(a == b, a != b, a < b, a > b, a <= a, sorted([a, b]) == [b, a], max(a, b))
print(hash(a) == hash(datetime(2024, 3, 10, 12, 30)), {a: 1}[datetime(2024, 3, 10, 12, 30)])

utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
x = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
y = datetime(2024, 6, 1, 14, 0, tzinfo=plus2)
print(x == y, x - y, hash(x) == hash(y), x < y, y.utcoffset(), y.tzname(), y.dst(), x.tzname())
print(y.astimezone(utc), x.astimezone(plus2), y.astimezone(plus2) is y, x.astimezone())
print(datetime(2024, 1, 1).astimezone(), repr(datetime(2024, 1, 1).astimezone(plus2)))
print(y.utctimetuple(), y.timetuple())
naive = datetime(2024, 6, 1, 12, 0)
print(naive == x, naive != x)
show('naive<aware', lambda: naive < x)
show('naive-aware', lambda: naive - x)
show('dt<date', lambda: naive < date(2024, 6, 1))
show('date<dt', lambda: date(2024, 6, 1) < naive)
print(naive == date(2024, 6, 1), date(2024, 6, 1) == naive, naive != date(2024, 6, 1))
show('dt-date', lambda: naive - date(2024, 6, 1))
show('date-dt', lambda: date(2024, 6, 1) - naive)
show('dt+dt', lambda: naive + naive)

print(datetime(1970, 1, 1).timestamp(), datetime(2024, 1, 1, 1, 2, 3, 4).timestamp(), x.timestamp(), y.timestamp())
print(datetime(1969, 12, 31, 23, 59, 59, 500000).timestamp(), datetime(1, 1, 2).timestamp())
for t in [0, 1, -1, 1.5, -1.5, 0.0000005, 0.0000015, 1.9999999, 1e9, 1709643845.123456, -62135596800, 253402300799]:
    print(t, repr(datetime.utcfromtimestamp(t)), datetime.fromtimestamp(t, utc), date.fromtimestamp(t))
    show('  local', lambda: datetime.fromtimestamp(t))
show('ts9999 fold', lambda: datetime(9999, 12, 31, 23, fold=1).timestamp())
print(datetime(9999, 12, 31, 23).timestamp(), datetime(9999, 12, 30, 23, fold=1).timestamp())
show('astimezone year1', lambda: datetime(1, 1, 1).astimezone())
print(datetime.fromtimestamp(0, plus2), datetime.fromtimestamp(86400 * 200, timezone(timedelta(hours=-3, minutes=-30))))
show('ts big', lambda: datetime.fromtimestamp(1e12))
show('ts str', lambda: datetime.fromtimestamp('x'))
show('ts nan', lambda: datetime.fromtimestamp(float('nan')))
show('ts inf', lambda: datetime.fromtimestamp(float('inf')))
show('ts tz', lambda: datetime.fromtimestamp(0, 5))
show('ts year1', lambda: datetime(1, 1, 1).timestamp())

print(datetime.combine(date(2024, 1, 1), time(1, 2, 3)), repr(datetime.combine(date(2024, 1, 1), time(1, tzinfo=utc))))
print(repr(datetime.combine(date(2024, 1, 1), time(1, tzinfo=utc), tzinfo=None)), datetime.combine(dt, time(9)))
print(repr(datetime.combine(date(2024, 1, 1), time(1, fold=1), plus2)))
show('combine1', lambda: datetime.combine(5, time()))
show('combine2', lambda: datetime.combine(date(2024, 1, 1), 5))
print(datetime.fromordinal(738000), datetime.fromisocalendar(2024, 10, 2), repr(datetime.fromordinal(1)))

for args in [(2024, 13, 1), (2024, 2, 30), (2024, 1, 1, 24), (2024, 1, 1, 0, 60), (2024, 1, 1, 0, 0, 60),
             (2024, 1, 1, 0, 0, 0, 1000000), (2024, 1, 1, 0, 0, 0, 0, 5), (2024, 1, 1.5), ()]:
    show('datetime%r' % (args,), lambda: datetime(*args))
show('fold2', lambda: datetime(2024, 1, 1, fold=2))
show('max+', lambda: datetime.max + timedelta(microseconds=1))
show('min-', lambda: datetime.min - timedelta(microseconds=1))
show('astz bad', lambda: naive.astimezone(5))
show('setattr', lambda: setattr(naive, 'hour', 1))
show('setattr year', lambda: setattr(naive, 'year', 1))
show('iso sep', lambda: naive.isoformat(sep='xx'))
show('iso sep int', lambda: naive.isoformat(sep=5))
show('iso timespec', lambda: naive.isoformat(timespec='x'))
show('iso timespec int', lambda: naive.isoformat(timespec=5))
