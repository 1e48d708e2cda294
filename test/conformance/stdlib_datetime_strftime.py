# strftime (C locale, GNU extensions), isoformat/fromisoformat round trips and strptime.
from datetime import datetime, date, time, timedelta, timezone


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


directives = 'aAbBcdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%'
samples = [datetime(2024, 3, 5, 13, 4, 5, 6789), datetime(2023, 1, 1), datetime(2020, 12, 31, 23, 59, 59),
           datetime(2021, 1, 3, 0, 0, 1), datetime(1, 1, 1), datetime(999, 7, 4, 12), datetime(9999, 12, 31, 11, 30),
           datetime(2024, 6, 15, 7, 8, 9, 0, timezone(timedelta(hours=5, minutes=30), 'IST')),
           datetime(2024, 6, 15, 7, 8, 9, 1, timezone(-timedelta(hours=3, seconds=5, microseconds=7)))]
for dt in samples:
    print(repr(dt))
    print('  ' + ' '.join('%' + c + '=' + repr(dt.strftime('%' + c)) for c in directives))
print(repr(datetime(2024, 3, 5, 1, 2, 3).strftime('%-d|%-m|%-H|%-I|%-j|%_d|%_H|%05d|%^a|%^B|%#b|%10Y|%-y|%E|%O|%Od|%Ey|%q|%+|%')))
print(repr(date(2024, 3, 5).strftime('%H:%M:%S.%f %z %Z')), repr(time(1, 2, 3, 4).strftime('%Y %j %a %f')))
print(repr(datetime(2024, 1, 1).strftime('')), repr(datetime(2024, 1, 1).strftime('no directives')), repr(datetime(2024, 1, 1).strftime('%%Y %%%Y')))
for year in range(2015, 2027):
    d = date(year, 1, 1)
    print(year, d.strftime('%G-W%V-%u %g %U %W %a'), date(year, 12, 31).strftime('%G-W%V-%u %U %W %j'))
show('null', lambda: datetime(2024, 1, 1).strftime('a\x00b'))

for dt in samples:
    for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
        text = dt.isoformat(timespec=spec)
        print(text, dt.isoformat(' ', spec) == text.replace('T', ' ', 1), end='  ')
    print()
    assert datetime.fromisoformat(dt.isoformat()) == dt
for s in ['2024-01-01T12', '2024-01-01T1230', '2024-01-01T12:30', '2024-01-01 12:30:45.123', '2024-01-01x12:30:45,123456789',
          '2024-01-01T12:30:45.1234567+05:30', '2024-01-01T12:30Z', '2024-01-01T12:30z', '2024-01-01T12:30+0530',
          '2024-01-01T12:30-05', '2024-01-01T12:30+05:30:15.5', '2024-01-01T24:00', '2024-01-01T12:', '2024-01-01T12:3',
          '2024-01-01T', '20240101T123045', '2024W01T10', '2024W011T10', '2024-W01T10', '2024-W01-1T10', '2024-W01-10:00',
          '2024-01-01T12:30+24:00', '2024-01-01T12:30:60', '2024-01-01T12:30+05:3', '2024-01-01T12.5', '2024-01-01T12:30.5',
          '2024-01-01T12:30:45.', '2024-01-01T1230:45', '2024-01-01T12:3045', '2024', '', '2024-01-01T12:30+05:30x',
          '2024-01-01T12:30Zx', '2024-01-01T12:+05:00', '2024-01-01T12:30:45:123', '2024-01-01T12:30:45.123456x+01:00',
          '2024-01-01', '20240101', '2024-W01', '2024W01', '2024W011', '2024-W01-1', '2024-13-01T00:00', '2024-01-01T00:00-00:00']:
    show('fromiso %r' % s, lambda: datetime.fromisoformat(s))
show('fromiso int', lambda: datetime.fromisoformat(5))

cases = [('2024-03-05 13:04:05', '%Y-%m-%d %H:%M:%S'), ('5/3/24', '%d/%m/%y'), ('5/3/69', '%d/%m/%y'), ('5/3/68', '%d/%m/%y'),
         ('Tue Mar  5 13:04:05 2024', '%c'), ('03/05/24', '%x'), ('13:04:05', '%X'), ('2024-03-05T13:04:05.123', '%Y-%m-%dT%H:%M:%S.%f'),
         ('12 am', '%I %p'), ('12 PM', '%I %p'), ('1 pm', '%I %p'), ('tuesday MARCH 5 2024', '%A %B %d %Y'),
         ('2024 065', '%Y %j'), ('2023 366', '%Y %j'), ('2024 10 2', '%Y %U %w'), ('2024 0 0', '%Y %W %w'), ('2024 1 1', '%Y %W %w'),
         ('2024 1 1', '%G %V %u'), ('2020 53 7', '%G %V %u'), ('2024 +0530', '%Y %z'), ('2024 -05:30:15.5', '%Y %z'),
         ('2024 Z', '%Y %z'), ('2024 UTC', '%Y %Z'), ('2024 gmt', '%Y %Z'), ('2024 +0100 UTC', '%Y %z %Z'), ('  2024', '%Y'),
         ('2024   3', '%Y %m'), ('Feb 29', '%b %d'), ('Feb 29 2024', '%b %d %Y'), ('100%', '%Y%%'), ('2024.03', '%Y.%m'),
         ('2024-02-30', '%Y-%m-%d'), ('2024-03-05x', '%Y-%m-%d'), ('2024', '%q'), ('2024', '%Y%'), ('x', '%Y'), ('24', '%Y'),
         ('2024 1', '%G %V'), ('2024 1 1', '%Y %V %u'), ('2024 1 1', '%G %j %u'), ('2024 +05:3', '%Y %z'), ('2024 +05:3015', '%Y %z'),
         ('2024 z', '%Y %z'), ('', ''), ('99', '%f'), ('1234567', '%f')]
for text, fmt in cases:
    show('strptime %r %r' % (text, fmt), lambda: datetime.strptime(text, fmt))
show('strptime int', lambda: datetime.strptime(2024, '%Y'))
show('strptime fmt int', lambda: datetime.strptime('2024', 5))
