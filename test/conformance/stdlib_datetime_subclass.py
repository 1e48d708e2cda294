# Subclasses of date, datetime, time and timedelta; copies via __reduce__; everyday use.
from datetime import date, datetime, time, timedelta, timezone


class MyDate(date):
    def __new__(cls, year, month, day, label='none'):
        self = super().__new__(cls, year, month, day)
        self.label = label
        return self

    def describe(self):
        return '%s (%s)' % (self.isoformat(), self.label)


class Stamp(datetime):
    def __str__(self):
        return self.strftime('%Y%m%d-%H%M%S')


class Clock(time):
    pass


class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


d = MyDate(2024, 3, 5, 'launch')
print(repr(d), d, d.describe(), d.label, type(d).__name__, isinstance(d, date))
print(repr(d + timedelta(1)), type(d + timedelta(1)).__name__, repr(d - timedelta(1)), type(d - d).__name__)
print(repr(d.replace(day=9)), repr(MyDate.fromordinal(738000)), repr(MyDate.fromisoformat('2024-01-02')), repr(MyDate.fromisocalendar(2024, 1, 1)))
print(d == date(2024, 3, 5), hash(d) == hash(date(2024, 3, 5)), d < date(2025, 1, 1))
d.extra = 5
print(d.extra)
try:
    d.year = 1
except AttributeError as e:
    print('AttributeError:', e)

s = Stamp(2024, 3, 5, 13, 4, 5)
print(repr(s), s, s.isoformat(), repr(s + timedelta(hours=1)), str(s + timedelta(hours=1)))
print(repr(Stamp.fromisoformat('2024-01-02T03:04:05')), repr(Stamp.strptime('2024', '%Y')), repr(Stamp.fromtimestamp(0, timezone.utc)))
print(repr(Stamp.combine(date(2024, 1, 1), time(5))), repr(s.replace(hour=0)), repr(s.astimezone(timezone.utc)))
print(type(s - s).__name__, type(s.date()).__name__, type(s.time()).__name__, repr(Stamp.fromordinal(1)))
c = Clock(1, 2, 3)
print(repr(c), c, repr(c.replace(hour=5)), repr(Clock.fromisoformat('10:11')))
sp = Span(hours=36)
print(repr(sp), sp, sp.hours(), repr(sp + sp), type(sp * 2).__name__, type(-sp).__name__, repr(abs(sp)))

print(repr(timedelta(1, 2, 3).__reduce__()))

# Everyday use: ages, durations, schedules.
born = date(1990, 7, 15)
today = date(2024, 3, 5)
age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print('age', age, 'days alive', (today - born).days)
start = datetime(2024, 3, 5, 9, 0)
slots = [start + timedelta(minutes=45 * i) for i in range(6)]
print([t.strftime('%H:%M') for t in slots])
deadline = datetime(2024, 3, 31, 23, 59, 59)
left = deadline - start
print(left, left.days, left.seconds // 3600, round(left.total_seconds() / 86400, 2))
weekdays = sum(1 for i in range((deadline.date() - start.date()).days + 1) if (start.date() + timedelta(i)).weekday() < 5)
print('weekdays left', weekdays)
log = ['2024-03-05 10:00:01', '2024-03-05 09:59:00', '2024-03-04 23:00:00']
print(sorted(datetime.strptime(x, '%Y-%m-%d %H:%M:%S') for x in log))
print(max(log, key=lambda x: datetime.fromisoformat(x)))
