# calendar: leap years, month ranges, weekday arithmetic, the Calendar iterators and errors.
import calendar
import datetime

print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(len(calendar.month_name), list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.day_name), list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_name[-1], calendar.month_name[1:13:5], calendar.day_name[0:7:2], calendar.day_abbr[-1])
for y in [1, 4, 100, 400, 1900, 2000, 2023, 2024, 2100]:
    print(y, calendar.isleap(y), calendar.monthrange(y, 2), calendar.monthrange(y, 12), calendar.weekday(y, 1, 1))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(2000, 2001), calendar.leapdays(1, 10000))
print(calendar.weekday(10000, 1, 1), calendar.weekday(-3, 1, 1), calendar.weekday(2024, 3, 5))
print(calendar.timegm((2024, 3, 5, 13, 4, 5, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(calendar.timegm(datetime.datetime(2024, 3, 5, 13, 4, 5).utctimetuple()), calendar.timegm((2024, 1, 32, 25, 61, 61)))
print(calendar.monthcalendar(2024, 9))
print(calendar.monthcalendar(2021, 2))
c = calendar.Calendar()
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c.setfirstweekday(8)
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c = calendar.Calendar(6)
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:10])
print(list(c.itermonthdays3(2024, 1))[:3], list(c.itermonthdays3(2024, 12))[-3:])
print(list(calendar.Calendar(3).itermonthdays4(2024, 2))[:9])
print(list(c.itermonthdates(2024, 2))[:3], list(c.itermonthdates(2024, 2))[-1])
print(c.monthdatescalendar(2024, 2)[0])
print(c.monthdays2calendar(2024, 2)[-1])
print(c.monthdayscalendar(2024, 2))
print(c.yeardayscalendar(2024, 4)[0][1])
print(len(c.yeardatescalendar(2024)), len(c.yeardatescalendar(2024, 5)), [len(row) for row in c.yeardays2calendar(2024, 5)])
print(c.yeardays2calendar(2024, 12)[0][11][-1])
print(list(calendar.Calendar().itermonthdays3(1, 1))[:2], list(calendar.Calendar().itermonthdays3(9999, 12))[-3:])
for f in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0), lambda: calendar.setfirstweekday(7),
          lambda: calendar.setfirstweekday(-1), lambda: calendar.month_name[13], lambda: calendar.weekday(2024, 2, 30),
          lambda: list(calendar.Calendar().itermonthdates(1, 1)), lambda: list(calendar.Calendar().itermonthdates(9999, 12)),
          lambda: calendar.month(2024, 13), lambda: calendar.TextCalendar().formatmonthname(2024, 13, 10)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e, isinstance(e, ValueError))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print('month attr', e.month, isinstance(e, calendar.error))
try:
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print('weekday attr', e.weekday)
