# timezone and user tzinfo subclasses: offsets, names, fromutc with DST, astimezone, errors.
from datetime import datetime, time, timedelta, timezone, tzinfo
import datetime as dtmod


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), 'Z0'), timezone(timedelta(hours=1)),
           timezone(timedelta(hours=-5), 'EST'), timezone(timedelta(minutes=-90)), timezone(timedelta(seconds=30)),
           timezone(-timedelta(hours=4, seconds=30, microseconds=1)), timezone.min, timezone.max, dtmod.UTC]:
    print(repr(tz), '|', str(tz), '|', tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, timezone.utc == timezone(timedelta(0), 'X'), dtmod.UTC is timezone.utc)
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'A'), hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'B')))
print(timezone(timedelta(hours=1)) != timezone(timedelta(hours=2)), timezone.utc == 0)
print(isinstance(timezone.utc, tzinfo), type(timezone.utc).__name__)
dt = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
plus3 = timezone(timedelta(hours=3))
print(plus3.fromutc(dt.replace(tzinfo=plus3)))
show('tz int', lambda: timezone(5))
show('tz day', lambda: timezone(timedelta(1)))
show('tz -day', lambda: timezone(-timedelta(1)))
show('tz name int', lambda: timezone(timedelta(0), 5))
show('tz none', lambda: timezone())
show('utcoffset int', lambda: timezone.utc.utcoffset(5))
show('tzname int', lambda: timezone.utc.tzname(5))
show('fromutc wrong', lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))
show('fromutc int', lambda: timezone.utc.fromutc(5))
show('base utcoffset', lambda: tzinfo().utcoffset(None))
show('base tzname', lambda: tzinfo().tzname(None))
show('base dst', lambda: tzinfo().dst(None))
show('base fromutc', lambda: tzinfo().fromutc(datetime(2024, 1, 1, tzinfo=tzinfo())))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.offset = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return 'Fixed(%r)' % self.name


class USEastern(tzinfo):
    """A toy DST rule: summer time from the second Sunday of March to the first Sunday of November, 2:00."""

    def _transitions(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 1)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._transitions(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end:
            return timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1):
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'USEastern()'


f = Fixed(330, 'IST')
x = datetime(2024, 5, 1, 10, 0, tzinfo=f)
print(repr(x), x, x.utcoffset(), x.tzname(), x.dst(), x.timetuple().tm_isdst, x.strftime('%H:%M %z %Z'))
print(x.astimezone(timezone.utc), x.astimezone(Fixed(-60, 'M1')), x == x.astimezone(timezone.utc))
print(f.fromutc(datetime(2024, 5, 1, 4, 30, tzinfo=f)))
east = USEastern()
for month, day, hour in [(1, 15, 12), (3, 10, 1), (3, 10, 3), (7, 4, 12), (11, 3, 0), (11, 3, 5), (11, 3, 6), (11, 3, 7)]:
    utc = datetime(2024, month, day, hour, tzinfo=timezone.utc)
    local = utc.astimezone(east)
    print(utc, '->', local, local.tzname(), local.fold, local.dst(), local.timetuple().tm_isdst)
print(datetime(2024, 7, 4, 12, tzinfo=east).astimezone(timezone.utc), datetime(2024, 11, 3, 1, 30, tzinfo=east, fold=1).utcoffset())
a = datetime(2024, 11, 3, 1, 30, tzinfo=east)
b = a.replace(fold=1)
print(a == b, a.utcoffset(), b.utcoffset(), a.astimezone(timezone.utc), b.astimezone(timezone.utc))
print(a == a.astimezone(timezone.utc), b == b.astimezone(timezone.utc))
print(time(12, tzinfo=f).utcoffset(), time(12, tzinfo=f).isoformat(), time(12, tzinfo=f) == time(6, 30, tzinfo=timezone.utc))


class BadOffset(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    def dst(self, dt):
        return self.value

    def tzname(self, dt):
        return self.value


for value in [5, timedelta(days=1), timedelta(hours=-24), 'x', None]:
    bad = datetime(2024, 1, 1, tzinfo=BadOffset(value))
    show('utcoffset %r' % (value,), lambda: bad.utcoffset())
    show('dst %r' % (value,), lambda: bad.dst())
    show('tzname %r' % (value,), lambda: bad.tzname())
show('naive tz arg', lambda: datetime(2024, 1, 1, tzinfo=5))
show('time tz arg', lambda: time(1, tzinfo='UTC'))
show('subclass timezone', lambda: type('T', (timezone,), {}))
