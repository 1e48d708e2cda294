// The calendar module: text output, iterators and errors.
// (Byte-exact comparisons with CPython live in test/conformance/stdlib_calendar_*.py.)
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../core/index.js';
import { failure, limitKind, runIn as run } from './script.js';

describe('calendar', () => {
  it('prints a month like cal', () => {
    expect(run('import calendar\ncalendar.prmonth(2024, 2)')).toBe(
      '   February 2024\nMo Tu We Th Fr Sa Su\n          1  2  3  4\n 5  6  7  8  9 10 11\n'
      + '12 13 14 15 16 17 18\n19 20 21 22 23 24 25\n26 27 28 29\n');
    expect(run('import calendar\nprint(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 9), end="")')).toBe(
      '   September 2024\nSu Mo Tu We Th Fr Sa\n 1  2  3  4  5  6  7\n 8  9 10 11 12 13 14\n'
      + '15 16 17 18 19 20 21\n22 23 24 25 26 27 28\n29 30\n');
  });

  it('formats a whole year', () => {
    const out = run('import calendar\nprint(calendar.calendar(2024), end="")');
    const lines = out.split('\n');
    expect(lines[0]).toBe('                                  2024');
    expect(lines[2]).toBe('      January                   February                   March');
    expect(lines.length).toBe(36);
  });

  it('answers date questions', () => {
    expect(run(`
import calendar
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2))
print(calendar.weekday(2024, 3, 5), calendar.timegm((2024, 3, 5, 13, 4, 5)), calendar.monthcalendar(2024, 2)[0])
print(list(calendar.month_abbr)[1:4], calendar.day_name[6], len(calendar.day_abbr))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), next(iter(c.itermonthdates(2024, 3))), list(c.itermonthdays2(2024, 3))[:6])
`)).toBe('True False 7 (3, 29)\n1 1709643845 [0, 0, 0, 1, 2, 3, 4]\n'
      + "['Jan', 'Feb', 'Mar'] Sunday 7\n[6, 0, 1, 2, 3, 4, 5] 2024-02-25 [(0, 6), (0, 0), (0, 1), (0, 2), (0, 3), (1, 4)]\n");
  });

  it('raises its own ValueError subclasses', () => {
    expect(failure('import calendar\ncalendar.monthrange(2024, 13)')).toBe('calendar.IllegalMonthError: bad month number 13; must be 1-12');
    expect(failure('import calendar\ncalendar.setfirstweekday(7)')).toBe('calendar.IllegalWeekdayError: bad weekday number 7; must be 0 (Monday) to 6 (Sunday)');
    expect(run('import calendar\ntry:\n    calendar.month(2024, 0)\nexcept ValueError as e:\n    print(type(e).__name__, e.month)'))
      .toBe('IllegalMonthError 0\n');
    expect(failure('import calendar\nlist(calendar.Calendar().itermonthdates(9999, 12))')).toBe('ValueError: year 10000 is out of range');
  });

  it('setfirstweekday affects the module functions of this interpreter only', () => {
    const a = new Interpreter();
    run('import calendar\ncalendar.setfirstweekday(calendar.SUNDAY)', a);
    expect(run('import calendar\nprint(calendar.firstweekday(), calendar.weekheader(2))', a)).toBe('6 Su Mo Tu We Th Fr Sa\n');
    expect(run('import calendar\nprint(calendar.firstweekday())')).toBe('0\n');
  });

  it('runs within the instruction budget', () => {
    expect(limitKind('import calendar\nfor y in range(1, 10000):\n    calendar.calendar(y)\n', { maxOps: 50_000 })).toBe('budget');
  });
});
