# time: gmtime/localtime (UTC), struct_time, mktime, asctime/ctime, strftime/strptime, constants.
import time


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(time.timezone, time.altzone, time.daylight, time.tzname)
for secs in [0, 1, -1, -1.5, 1.999, 86399, 951782400, 1709643845, 2147483648, 1e10, -62135596800, 253402300799, True]:
    t = time.gmtime(secs)
    print(secs, t, t.tm_zone, t.tm_gmtoff, time.localtime(secs) == t, time.localtime(secs).tm_zone)
t = time.gmtime(1709643845)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[2:5], len(t), tuple(t), list(t)[:3], t == tuple(t), t.index(2024), t.count(5))
print(type(t).__name__, type(t).__module__, isinstance(t, tuple), t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
y, mo, d, *rest = t
print(y, mo, d, rest)
st = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 8))
print(st, st.tm_zone, st.tm_gmtoff)
st = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 8, 'ABC', 3600))
print(st, st.tm_zone, st.tm_gmtoff, len(st))
print(time.mktime(t), time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2024, 13, 1, 0, 0, 0, 0, 1, 0)),
      time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 1)), time.mktime((2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.mktime((-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime(t), '|', time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)), '|', time.ctime(0), '|', time.ctime(1e10), '|', time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %c %x %X %Z %z %%', t))
print(repr(time.strftime('%c|%x|%X|%p|%I|%j|%U|%W|%y|%a|%A|%b|%B|%h|%e|%D|%T|%F|%R|%r|%C|%g|%G|%V|%u|%w|%k|%l|%P|%n|%t|%s', (2024, 3, 5, 13, 4, 5, 1, 65, 0))))
print(repr(time.strftime('%-d|%_d|%05d|%^a|%#b|%10Y|%-H|%E|%O|%Od|%Ey|%+|%f|%', (2024, 3, 5, 13, 4, 5, 1, 65, 0))))
print(repr(time.strftime('%Z|%z', (2024, 1, 1, 0, 0, 0, 0, 1, 0))), repr(time.strftime('%Z|%z', (2024, 1, 1, 0, 0, 0, 0, 1, 1))),
      repr(time.strftime('%Z|%z', (2024, 1, 1, 0, 0, 0, 0, 1, -1))), repr(time.strftime('%Z|%z', time.gmtime(0))))
print(repr(time.strftime('%Y|%y|%G|%C', (5, 1, 1, 0, 0, 0, 0, 1, 0))), repr(time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0))))
print(repr(time.strftime('%a %j', (2024, 1, 1, 0, 0, 0, 7, 1, 0))), repr(time.strftime('%a', (2024, 1, 1, 0, 0, 0, -1, 1, 0))))
print(time.strptime('2024-03-05 13:04:05', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Tue Mar  5 13:04:05 2024'))
print(time.strptime('2024 +0530', '%Y %z'), time.strptime('2024 +0530', '%Y %z').tm_gmtoff)
print(time.strptime('2024 UTC', '%Y %Z'), time.strptime('2024 UTC', '%Y %Z').tm_zone, time.strptime('2024', '%Y').tm_zone)
print(time.strptime('Feb 29', '%b %d'), time.strptime('12 pm', '%I %p'), time.strptime('', ''))
for args in [('2024', '%q'), ('x', '%Y'), ('2024x', '%Y'), ('2024', '%Y%'), (5, '%Y'), ('5', 5), ('2024-02-30', '%Y-%m-%d')]:
    show('strptime%r' % (args,), lambda: time.strptime(*args))
for tt in [(2024, 1, 1, 0, 0, 0, 0, 1), (2024, 13, 1, 0, 0, 0, 0, 1, 0), 'abc', (2024, 1, 1, 0, 0, 0, 0, 1, 0, 0),
           ('a', 1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
           (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 61, 0, 1, 0),
           (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1, 0, 0, 0, 0, -1, 0),
           (2024.0, 1, 1, 0, 0, 0, 0, 1, 0), [2024, 1, 1, 0, 0, 0, 0, 1, 0]]:
    show('strftime %r' % (tt,), lambda: time.strftime('%Y-%m-%d %H:%M:%S', tt))
    show('mktime %r' % (tt,), lambda: time.mktime(tt))
    show('asctime %r' % (tt,), lambda: time.asctime(tt))
show('gmtime str', lambda: time.gmtime('x'))
show('gmtime nan', lambda: time.gmtime(float('nan')))
show('gmtime huge', lambda: time.gmtime(1e20))
show('strftime int', lambda: time.strftime(5))
show('strftime none', lambda: time.strftime())
show('strftime null', lambda: time.strftime('a\x00b'))
show('struct short', lambda: time.struct_time((1, 2)))
show('struct long', lambda: time.struct_time(range(12)))
show('struct int', lambda: time.struct_time(5))
show('struct set', lambda: setattr(t, 'tm_year', 1))
show('struct index', lambda: t[9])
show('sleep neg', lambda: time.sleep(-1))
show('sleep str', lambda: time.sleep('x'))
show('sleep nan', lambda: time.sleep(float('nan')))
show('sleep none', lambda: time.sleep())
show('time arg', lambda: time.time(1))
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__, type(time.perf_counter_ns()).__name__)
a = time.monotonic()
time.sleep(0)
time.sleep(0.001)
print(time.monotonic() >= a, time.perf_counter() >= 0, time.process_time() >= 0, time.time_ns() > 1600000000 * 10 ** 9)
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable)
