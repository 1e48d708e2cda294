# time objects: construction, formatting, comparisons with offsets, replace, errors.
from datetime import time, timedelta, timezone


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(1, 2, 3, 400000),
          time(23, 59, 59, 999999, timezone.utc), time(12, tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST')),
          time(5, fold=1), time(0, 0, 0, 0, timezone(-timedelta(seconds=1)))]:
    print(repr(t), '|', t, '|', t.isoformat(), '|', t.utcoffset(), t.tzname(), t.dst(), bool(t))
t = time(13, 4, 5, 123456)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(13).isoformat(timespec=spec))
print(t.strftime('%H:%M:%S.%f %I %p %Y-%m-%d %j %a [%z] [%Z]'), format(t, '%H%M'), format(t), f'{t:%S}')
print(time(1, tzinfo=timezone.utc).strftime('%z %Z'), time(1, tzinfo=timezone(timedelta(hours=-3))).strftime('%z|%Z'))
print(t.replace(hour=1), t.replace(tzinfo=timezone.utc), repr(t.replace(fold=1)), t.replace(microsecond=0))
print(time.min, time.max, time.resolution)
a = time(12, tzinfo=timezone.utc)
b = time(14, tzinfo=timezone(timedelta(hours=2)))
c = time(12)
print(a == b, a < b, a <= b, hash(a) == hash(b), a == c, a != c, c == time(12), hash(c) == hash(time(12)))
print(time(1) < time(2), time(1, 30) > time(1, 29, 59, 999999), sorted([time(3), time(1), time(2)]))
show('naive<aware', lambda: c < a)
show('time<int', lambda: c < 5)
for s in ['12', 'T12:30', '12:30:45.5+01:00', '1230', '123045', '12:30:45.123456Z', '25:00', 'x', '12:30:45.1234567',
          '12:30:45,5', '12:30-05:30', '12:', '', 'T', '12:30:45.', '12:3', '12:30+05:30:15.25']:
    show('iso %r' % s, lambda: time.fromisoformat(s))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (-1,), ('1',), (0, 0, 0, 0, 5)]:
    show('time%r' % (args,), lambda: time(*args))
show('fold', lambda: time(fold=2))
show('timespec', lambda: t.isoformat('days'))
show('setattr', lambda: setattr(t, 'minute', 5))
show('add', lambda: t + timedelta(1))
