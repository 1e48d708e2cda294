// The datetime module: behaviour, CPython's error messages, the clock and limits.
// (Byte-exact comparisons with CPython live in test/conformance/stdlib_datetime_*.py.)
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../core/index.js';
import { failure, limitKind, runIn as run } from './script.js';

describe('datetime', () => {
  it('imports with no host setup and exposes the CPython names', () => {
    expect(run(`
import datetime
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC is datetime.timezone.utc)
print(sorted(n for n in ('date', 'time', 'datetime', 'timedelta', 'tzinfo', 'timezone') if hasattr(datetime, n)))
print(datetime.date, datetime.datetime.__mro__[1], datetime.timezone.__mro__[1])
`)).toBe("1 9999 True\n['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo']\n"
      + "<class 'datetime.date'> <class 'datetime.date'> <class 'datetime.tzinfo'>\n");
  });

  it('repr and str read like CPython', () => {
    expect(run(`
from datetime import *
print(repr(datetime(2024, 1, 2, 3, 4, 5)), repr(timedelta(days=1, seconds=3600)), str(timedelta(seconds=-1)))
print(repr(date(2024, 1, 2)), repr(time(1, 2, 3, 4, timezone.utc)), repr(timezone(timedelta(hours=-5), 'EST')))
print(datetime(2024, 1, 2, 3, 4, 5, 600), time(9, 30), timedelta(2, 5, 7))
`)).toBe('datetime.datetime(2024, 1, 2, 3, 4, 5) datetime.timedelta(days=1, seconds=3600) -1 day, 23:59:59\n'
      + "datetime.date(2024, 1, 2) datetime.time(1, 2, 3, 4, tzinfo=datetime.timezone.utc) datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST')\n"
      + '2024-01-02 03:04:05.000600 09:30:00 2 days, 0:00:05.000007\n');
  });

  it('does arithmetic across types', () => {
    expect(run(`
from datetime import *
a = datetime(2024, 2, 28, 23, 30)
print(a + timedelta(hours=1), a - datetime(2024, 1, 1), date(2024, 3, 1) - date(2023, 3, 1))
print(timedelta(hours=1) * 2.5, timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // 7, -timedelta(1) % timedelta(hours=5))
print(abs(timedelta(-1)), divmod(timedelta(hours=25), timedelta(days=1)))
`)).toBe('2024-02-29 00:30:00 58 days, 23:30:00 366 days, 0:00:00\n'
      + '2:30:00 24.0 3:25:42.857142 1:00:00\n1 day, 0:00:00 (1, datetime.timedelta(seconds=3600))\n');
  });

  it('raises CPython errors for bad values and types', () => {
    expect(failure('import datetime\ndatetime.date(2024, 13, 1)')).toBe('ValueError: month must be in 1..12');
    expect(failure('import datetime\ndatetime.date(2023, 2, 29)')).toBe('ValueError: day is out of range for month');
    expect(failure('import datetime\ndatetime.datetime(2024, 1, 1, 24)')).toBe('ValueError: hour must be in 0..23');
    expect(failure('import datetime\ndatetime.date("2024", 1, 1)')).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(failure('import datetime\ndatetime.date()')).toBe("TypeError: function missing required argument 'year' (pos 1)");
    expect(failure('import datetime\ndatetime.date(2024, 1, 1) + 1')).toBe("TypeError: unsupported operand type(s) for +: 'datetime.date' and 'int'");
    expect(failure('import datetime\ndatetime.timedelta(1) < 1')).toBe("TypeError: '<' not supported between instances of 'datetime.timedelta' and 'int'");
    expect(failure('import datetime\ndatetime.timedelta(days=10**9)')).toBe('OverflowError: days=1000000000; must have magnitude <= 999999999');
    expect(failure('import datetime\ndatetime.date.max + datetime.timedelta(1)')).toBe('OverflowError: date value out of range');
    expect(failure('import datetime\ndatetime.timezone(datetime.timedelta(1))')).toBe(
      'ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).');
    expect(failure('import datetime\ndatetime.datetime.fromisoformat("2024-01-01T25:00")')).toBe('ValueError: hour must be in 0..23');
    expect(failure('import datetime\ndatetime.datetime.fromisoformat("2024-01-01 T")')).toBe("ValueError: Invalid isoformat string: '2024-01-01 T'");
    expect(failure('import datetime\ndatetime.datetime.strptime("2024-02-30", "%Y-%m-%d")')).toBe('ValueError: day is out of range for month');
    expect(failure('import datetime\ndatetime.datetime.strptime("x", "%Y")')).toBe("ValueError: time data 'x' does not match format '%Y'");
    expect(failure('import datetime\ndatetime.datetime.strptime("2024", "%Q")')).toBe("ValueError: 'Q' is a bad directive in format '%Q'");
  });

  it('keeps naive and aware datetimes apart', () => {
    expect(run(`
from datetime import *
naive = datetime(2024, 1, 1)
aware = naive.replace(tzinfo=timezone.utc)
print(naive == aware, naive != aware)
for f in (lambda: naive < aware, lambda: aware - naive, lambda: naive < date(2024, 1, 1)):
    try:
        f()
    except TypeError as e:
        print(e)
`)).toBe("False True\ncan't compare offset-naive and offset-aware datetimes\n"
      + "can't subtract offset-naive and offset-aware datetimes\ncan't compare datetime.datetime to datetime.date\n");
  });

  it('makes values immutable and hashable', () => {
    expect(run(`
from datetime import *
d = datetime(2024, 5, 6, 7, 8)
for attempt in (lambda: setattr(d, 'year', 1), lambda: setattr(d, 'hour', 1), lambda: setattr(d, 'x', 1), lambda: setattr(timedelta(1), 'days', 2)):
    try:
        attempt()
    except AttributeError as e:
        print(e)
print(len({d, datetime(2024, 5, 6, 7, 8), d.replace(tzinfo=timezone.utc)}), hash(timedelta(1)) == hash(timedelta(hours=24)))
`)).toBe("attribute 'year' of 'datetime.date' objects is not writable\nattribute 'hour' of 'datetime.datetime' objects is not writable\n"
      + "'datetime.datetime' object has no attribute 'x'\nreadonly attribute\n2 True\n");
  });

  it('supports subclasses, which keep their type through arithmetic', () => {
    expect(run(`
from datetime import *
class Day(date):
    def next(self):
        return self + timedelta(1)
d = Day(2024, 12, 31).next()
print(type(d).__name__, d, repr(d), Day.today().__class__.__name__)
class Moment(datetime):
    pass
m = Moment.fromisoformat('2024-01-01T10:00')
print(type(m + timedelta(1)).__name__, type(m - m).__name__, repr(m.replace(minute=5)))
`)).toBe('Day 2025-01-01 Day(2025, 1, 1) Day\nMoment timedelta Moment(2024, 1, 1, 10, 5)\n');
  });

  it('reads the clock from the interpreter environment (UTC local zone)', () => {
    const interp = new Interpreter({ deterministic: true });
    expect(run(`
import datetime, time
print(datetime.datetime.now(), datetime.datetime.utcnow(), datetime.date.today())
print(datetime.datetime.now(datetime.timezone.utc), datetime.datetime.today())
time.sleep(90.5)
print(datetime.datetime.now(), datetime.datetime.now().timestamp(), datetime.datetime.fromtimestamp(0))
print(datetime.datetime(2024, 1, 1).astimezone(), datetime.datetime(2024, 1, 1).timestamp())
`, interp)).toBe('2000-01-01 00:00:00 2000-01-01 00:00:00 2000-01-01\n2000-01-01 00:00:00+00:00 2000-01-01 00:00:00\n'
      + '2000-01-01 00:01:30.500000 946684890.5 1970-01-01 00:00:00\n2024-01-01 00:00:00+00:00 1704067200.0\n');
    const epoch = Date.UTC(2024, 6, 4, 12, 30, 15, 250);
    expect(run('import datetime\nprint(repr(datetime.datetime.now()))', new Interpreter({ deterministic: { epochMs: epoch } })))
      .toBe('datetime.datetime(2024, 7, 4, 12, 30, 15, 250000)\n');
  });

  it('live clock is close to the host clock', () => {
    const out = run('import datetime\nprint(datetime.datetime.now(datetime.timezone.utc).timestamp())');
    expect(Math.abs(Number(out) * 1000 - Date.now())).toBeLessThan(5000);
  });

  it('strftime and strptime round trip', () => {
    expect(run(`
from datetime import datetime, timezone, timedelta
d = datetime(2024, 3, 5, 13, 4, 5, 6789, timezone(timedelta(hours=5, minutes=30), 'IST'))
fmt = '%a %d %b %Y %H:%M:%S.%f %z %Z %j %U %W %I%p %-d/%-m %G-W%V-%u'
text = d.strftime(fmt)
print(text)
back = datetime.strptime(d.strftime('%Y-%m-%dT%H:%M:%S.%f%z'), '%Y-%m-%dT%H:%M:%S.%f%z')
print(back == d, back.utcoffset(), f'{d:%c}')
`)).toBe('Tue 05 Mar 2024 13:04:05.006789 +0530 IST 065 09 10 01PM 5/3 2024-W10-2\nTrue 5:30:00 Tue Mar  5 13:04:05 2024\n');
  });

  it('bounds strftime output and strptime input', () => {
    const limits = { maxValueBytes: 100_000 };
    expect(limitKind("import datetime\ndatetime.date(2024, 1, 1).strftime('%1000Y' * 200)", limits)).toBe('size');
    expect(failure("import datetime\ndatetime.datetime.strptime('1' * 20000, '%Y')")).toMatch(/^ValueError: time data '1111.*is too long$/);
    expect(run("import datetime\nprint(len(datetime.date(2024, 1, 1).strftime('%5000Y')))")).toBe('1024\n');
  });

  it('charges its work to the instruction budget', () => {
    expect(limitKind(`
import datetime
d = datetime.datetime(2024, 1, 1)
while True:
    d += datetime.timedelta(seconds=1)
`, { maxOps: 200_000 })).toBe('budget');
  });

  it('module state belongs to one interpreter', () => {
    const a = new Interpreter();
    const b = new Interpreter();
    run('import datetime\ndatetime.date.custom = 1', a);
    expect(run('import datetime\nprint(hasattr(datetime.date, "custom"))', b)).toBe('False\n');
    expect(run('import datetime\nprint(datetime.date.custom)', a)).toBe('1\n');
  });

  it('has docstrings for help()', () => {
    expect(run(`
import datetime
print(datetime.__doc__.splitlines()[0])
print(datetime.datetime.isoformat.__doc__.splitlines()[0])
print(datetime.timedelta.total_seconds.__doc__)
`)).toBe('Concrete date/time and related types.\n[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\nTotal seconds in the duration.\n');
  });
});
