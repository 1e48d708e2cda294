// The time module: clocks from the environment, sleep within the deadline,
// struct_time, UTC local time, strftime/strptime and CPython's errors.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../core/index.js';
import { failure, limitKindIn, runIn as run } from './script.js';

describe('time', () => {
  it('has a fixed clock in deterministic mode that only sleep advances', () => {
    const interp = new Interpreter({ deterministic: true });
    expect(run(`
import time
t0, m0 = time.time(), time.monotonic()
print(t0, time.time_ns(), m0, time.perf_counter_ns())
time.sleep(2.5)
time.sleep(0)
print(time.time() - t0, time.monotonic() - m0, time.process_time() >= 0)
print(time.ctime(), '|', time.asctime(), '|', time.strftime('%Y-%m-%d %H:%M:%S %Z'))
print(time.localtime())
`, interp)).toBe('946684800.0 946684800000000000 0.0 0\n2.5 2.5 True\n'
      + 'Sat Jan  1 00:00:02 2000 | Sat Jan  1 00:00:02 2000 | 2000-01-01 00:00:02 UTC\n'
      + 'time.struct_time(tm_year=2000, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=2, tm_wday=5, tm_yday=1, tm_isdst=0)\n');
  });

  it('live clocks follow the host', () => {
    const out = run('import time\nprint(time.time())\nprint(time.time_ns() // 10**6)');
    const [secs, ms] = out.trim().split('\n').map(Number);
    expect(Math.abs(secs * 1000 - Date.now())).toBeLessThan(5000);
    expect(Math.abs(ms - Date.now())).toBeLessThan(5000);
    const started = Date.now();
    run('import time\ntime.sleep(0.05)');
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it('sleeping past the deadline ends the run with the deadline limit', () => {
    const started = Date.now();
    expect(limitKindIn('import time\ntime.sleep(30)', new Interpreter({ limits: { timeoutMs: 200 } }))).toBe('deadline');
    expect(Date.now() - started).toBeLessThan(3000);
    // The halt cannot be caught by the script.
    const interp = new Interpreter({ limits: { timeoutMs: 200 }, deterministic: true });
    expect(limitKindIn('import time\ntry:\n    time.sleep(10)\nexcept BaseException:\n    print("caught")\n', interp)).toBe('deadline');
    expect(interp.takeOutput()).toBe('');
    // A sleep within the deadline is fine.
    expect(run('import time\ntime.sleep(0.01)\nprint("ok")', new Interpreter({ limits: { timeoutMs: 5000 } }))).toBe('ok\n');
  });

  it('rejects bad sleep arguments like CPython', () => {
    expect(failure('import time\ntime.sleep(-1)')).toBe('ValueError: sleep length must be non-negative');
    expect(failure('import time\ntime.sleep("1")')).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(failure('import time\ntime.sleep(float("nan"))')).toBe('ValueError: Invalid value NaN (not a number)');
    expect(failure('import time\ntime.sleep()')).toBe('TypeError: time.sleep() takes exactly one argument (0 given)');
    expect(failure('import time\ntime.time(1)')).toBe('TypeError: time.time() takes no arguments (1 given)');
  });

  it('struct_time is a tuple with named fields; local time is UTC', () => {
    expect(run(`
import time
t = time.gmtime(1709643845.9)
print(t)
print(t.tm_year, t[1], t[-1], len(t), t[:3], t.tm_zone, time.localtime(1709643845).tm_zone, time.timezone, time.tzname)
print(time.mktime(t), time.mktime(time.localtime(86400)), time.localtime(0) == time.gmtime(0))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 8, 'X', 60)).tm_gmtoff, type(t).__name__, isinstance(t, tuple))
`)).toBe('time.struct_time(tm_year=2024, tm_mon=3, tm_mday=5, tm_hour=13, tm_min=4, tm_sec=5, tm_wday=1, tm_yday=65, tm_isdst=0)\n'
      + "2024 3 0 9 (2024, 3, 5) GMT UTC 0 ('UTC', 'UTC')\n1709643845.0 86400.0 True\n60 struct_time True\n");
  });

  it('strftime and strptime use the C locale', () => {
    expect(run(`
import time
print(time.strftime('%A %d %B %Y %I:%M %p %j %-d %e|', (2024, 3, 5, 13, 4, 5, 1, 65, 0)))
print(time.strptime('5 March 2024 1:04 pm', '%d %B %Y %I:%M %p')[:8])
`)).toBe('Tuesday 05 March 2024 01:04 PM 065 5  5|\n(2024, 3, 5, 13, 4, 0, 1, 65)\n');
    expect(failure("import time\ntime.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))")).toBe('ValueError: month out of range');
    expect(failure("import time\ntime.strftime('%Y', [2024, 1, 1, 0, 0, 0, 0, 1, 0])")).toBe('TypeError: Tuple or struct_time argument required');
    expect(failure("import time\ntime.strftime('%Y', (2024, 1))")).toBe('TypeError: strftime(): illegal time tuple argument');
    expect(failure("import time\ntime.strptime('2024', '%Y%')")).toBe("ValueError: stray % in format '%Y%'");
    expect(failure("import time\ntime.strptime('2024 12', '%Y')")).toBe('ValueError: unconverted data remains:  12');
    expect(failure('import time\ntime.strptime(2024)')).toBe("TypeError: strptime() argument 0 must be str, not <class 'int'>");
    expect(failure('import time\ntime.gmtime(1e20)')).toBe('OverflowError: timestamp out of range for platform time_t');
  });

  it('private helpers refuse hostile arguments with Python errors', () => {
    expect(run(`
import _time
calls = [
    lambda: _time._format('%Y', 5, None, '', ''), lambda: _time._format('%Y', (1, 13, 1, 0, 0, 0, 0, 1), None, '', ''),
    lambda: _time._to_ordinal(10**12, 1, 1), lambda: _time._from_ordinal(10**15), lambda: _time._fill(object(), ('a',), 1),
    lambda: _time._fill(int, ('a',), 1), lambda: _time._set_type_name(int, 'x'), lambda: _time._utc_fields(10**30),
    lambda: _time._timegm(2**40, 1, 1, 0, 0, 0), lambda: _time._parse(None, None),
]
for call in calls:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__)
print(int.__name__)
`)).toBe('TypeError\nValueError\nOverflowError\nOverflowError\nTypeError\nTypeError\nTypeError\nOverflowError\nOverflowError\nTypeError\nint\n');
    expect(failure('import time\ntime.mktime((2**40, 1, 1, 0, 0, 0, 0, 1, 0))')).toBe('OverflowError: signed integer is greater than maximum');
  });

  it('charges long strptime inputs', () => {
    expect(limitKindIn("import time\nwhile True:\n    time.strptime('x' * 5000 + '2024', 'x' * 5000 + '%Y')\n", new Interpreter({ limits: { maxOps: 100_000 } })))
      .toBe('budget');
  });
});
