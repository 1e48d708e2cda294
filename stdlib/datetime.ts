/**
 * The `datetime` module: date, time, datetime, timedelta, tzinfo and
 * timezone with CPython 3.11's behaviour (constructors, arithmetic,
 * comparisons, str/repr, isoformat/fromisoformat, strftime/strptime).
 *
 * Written in Python (run in its own namespace on import) on top of `_time`
 * (stdlib/time.ts), which provides the clock, ordinal arithmetic, the C-locale
 * strftime formatter and the strptime parser. The sandbox's local time zone
 * is UTC: naive datetimes are UTC for timestamp()/astimezone(), and now(),
 * today() and fromtimestamp() give UTC wall-clock times from the
 * interpreter's clock (fixed in deterministic mode).
 */
import type { ModuleDef } from '../core/modules.js';

const DATETIME_SOURCE = String.raw`"""Concrete date/time and related types.

Classes: date, time, datetime, timedelta, tzinfo and timezone, as in
CPython.  In the sandbox the local time zone is always UTC: naive
datetimes are taken as UTC by timestamp() and astimezone(), and
fromtimestamp()/now()/today() give UTC wall-clock times.  The clock comes
from the host (a deterministic interpreter has a fixed clock).
"""
import _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400000000
_EPOCH_ORDINAL = 719163        # date(1970, 1, 1).toordinal()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_ABBRS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_ABBRS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                'Sep', 'Oct', 'Nov', 'Dec')

_type_name = _time._type_name
_to_ordinal = _time._to_ordinal
_from_ordinal = _time._from_ordinal
_setattr = object.__setattr__
_fill = _time._fill


class _Missing:
    def __repr__(self):
        return '<missing>'


_MISSING = _Missing()

# The instance attributes each type's constructor fills in.
_TD_SLOTS = ('_days', '_seconds', '_microseconds', '_hashcode')
_DATE_SLOTS = ('_year', '_month', '_day', '_hashcode')
_TIME_SLOTS = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')
_DATETIME_SLOTS = ('_year', '_month', '_day', '_hour', '_minute', '_second', '_microsecond',
                   '_tzinfo', '_fold', '_hashcode')


# ---------------------------------------------------------------- helpers

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _as_int(value):
    """An int argument as CPython's C code reads it (through __index__)."""
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(value))
    return index(value)


def _required(value, name, pos):
    if value is _MISSING:
        raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
    return _as_int(value)


def _check_date_fields(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time_fields(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _type_name(tz))


def _check_offset(what, offset):
    """Validates what tzinfo.utcoffset()/dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (what, _type_name(offset)))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _type_name(name))
    return name


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _round_half_even_div(a, b):
    """a / b for ints, rounded half to even (b != 0)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if b > 0:
        if twice > b or (twice == b and q % 2 == 1):
            q += 1
    elif twice < b or (twice == b and q % 2 == 1):
        q += 1
    return q


def _c_round(x):
    """C's round(): halves away from zero."""
    whole = float(int(x))
    diff = x - whole
    if diff >= 0.5:
        whole += 1.0
    elif diff <= -0.5:
        whole -= 1.0
    return whole


def _format_offset(offset, sep):
    """'+HH:MM[:SS[.ffffff]]' (sep=':') or '+HHMM[SS[.ffffff]]' (sep='')."""
    if offset is None:
        return ''
    us = offset._to_microseconds()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    seconds, us = divmod(us, _US_PER_SECOND)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if seconds or us:
        text += '%s%02d' % (sep, seconds)
        if us:
            text += '.%06d' % us
    return text


def _format_clock(hour, minute, second, us, timespec):
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument %s must be str, not %s" % (_TIMESPEC_POS, _type_name(timespec)))
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hour
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, us)
    raise ValueError('Unknown timespec value')


_TIMESPEC_POS = 2


def _strftime(obj, fmt, fields, microsecond, tz):
    """Formats with the C-locale formatter; %f, %z and %Z come from the object."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % _type_name(fmt))
    zone = offset = ''
    if tz is not None:
        if '%Z' in fmt:
            zone = _call_tzname(tz, obj if isinstance(obj, datetime) else None) or ''
        if '%z' in fmt:
            offset = _format_offset(obj.utcoffset(), '')
    return _time._format(fmt, fields, microsecond, zone, offset)


def _format_method(self, fmt):
    if not isinstance(fmt, str):
        raise TypeError('format() argument 2 must be str, not %s' % _type_name(fmt))
    if fmt:
        return self.strftime(fmt)
    return str(self)


def _check_str_arg(fname, value):
    if not isinstance(value, str):
        raise TypeError('%s: argument must be str' % fname)


def _readonly_setattr(self, name, value, fields, base):
    if type(self) is base or name in fields:
        _no_attribute(self, name, fields, base)
    _setattr(self, name, value)


def _no_attribute(self, name, fields, base):
    if name in fields:
        if base is timedelta:
            raise AttributeError('readonly attribute')
        owner = date if name in _DATE_FIELDS else base
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (name, _type_name_of_class(owner)))
    raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))


def _type_name_of_class(cls):
    return 'datetime.' + cls.__name__


def _new_like(cls, base, args, fold=0):
    """An instance of cls (a subclass calls its own constructor, like CPython)."""
    if cls is base:
        return base._create(cls, *args, fold) if base is not date else base._create(cls, *args)
    if fold:
        return cls(*args, fold=fold)
    return cls(*args)


# ---------------------------------------------------------------- timedelta

_TD_FACTORS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000),
               ('minutes', 60000000), ('hours', 3600000000), ('days', 86400000000),
               ('weeks', 604800000000))


def _td_component(name, value):
    if isinstance(value, (int, float)):
        return value
    raise TypeError('unsupported type for timedelta %s component: %s' % (name, _type_name(value)))


def _td_from_us(cls, us):
    days, rem = divmod(us, _US_PER_DAY)
    seconds, micro = divmod(rem, _US_PER_SECOND)
    return timedelta._create(cls, days, seconds, micro)


def _td_from_parts(days, seconds, us):
    """A timedelta from unnormalized parts (kept in small ints when possible)."""
    if not 0 <= us < _US_PER_SECOND:
        carry, us = divmod(us, _US_PER_SECOND)
        seconds += carry
    if not 0 <= seconds < 86400:
        carry, seconds = divmod(seconds, 86400)
        days += carry
    return timedelta._create(timedelta, days, seconds, us)


def _check_td_days(days):
    if days > 2147483647 or days < -2147483648:
        raise OverflowError('Python int too large to convert to C int')
    if days > _MAX_DELTA_DAYS or days < -_MAX_DELTA_DAYS:
        raise OverflowError('days=%d; must have magnitude <= %d' % (days, _MAX_DELTA_DAYS))


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        values = (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        if type(days) is int and type(seconds) is int and type(microseconds) is int \
                and milliseconds == 0 and minutes == 0 and hours == 0 and weeks == 0 \
                and type(milliseconds) is int and type(minutes) is int \
                and type(hours) is int and type(weeks) is int:
            return _td_from_us(cls, (days * 86400 + seconds) * _US_PER_SECOND + microseconds)
        total = 0
        leftover = 0.0
        for (name, factor), value in zip(_TD_FACTORS, values):
            value = _td_component(name, value)
            if isinstance(value, int):
                total += int(value) * factor
                continue
            whole = int(value)
            total += whole * factor
            frac = value - float(whole)
            if frac == 0.0:
                continue
            scaled = frac * float(factor)
            whole_scaled = int(scaled)
            total += whole_scaled
            leftover += scaled - float(whole_scaled)
        if leftover != 0.0:
            rounded = _c_round(leftover)
            if abs(rounded - leftover) == 0.5:
                odd = total % 2
                rounded = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(rounded)
        return _td_from_us(cls, total)

    @staticmethod
    def _create(cls, days, seconds, microseconds):
        _check_td_days(days)
        self = object.__new__(cls)
        _fill(self, _TD_SLOTS, days, seconds, microseconds, -1)
        return self

    def __setattr__(self, name, value):
        _readonly_setattr(self, name, value, _TD_FIELDS, timedelta)

    def __delattr__(self, name):
        _no_attribute(self, name, _TD_FIELDS, timedelta)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(self), ', '.join(parts) if parts else '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_parts(self._days + other._days, self._seconds + other._seconds,
                                  self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_parts(self._days - other._days, self._seconds - other._seconds,
                                  self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _td_from_parts(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return timedelta._create(timedelta, self._days, self._seconds, self._microseconds)

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, self._to_microseconds() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(timedelta, _round_half_even_div(self._to_microseconds() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            other_us = other._to_microseconds()
            if other_us == 0:
                raise ZeroDivisionError('division by zero')
            return us / other_us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(timedelta, _round_half_even_div(us, other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(timedelta, _round_half_even_div(den * us, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            other_us = other._to_microseconds()
            if other_us == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._to_microseconds() // other_us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(timedelta, self._to_microseconds() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            other_us = other._to_microseconds()
            if other_us == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return _td_from_us(timedelta, self._to_microseconds() % other_us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            other_us = other._to_microseconds()
            if other_us == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_microseconds(), other_us)
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            _setattr(self, '_hashcode', hash(self._key()))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._key())


_TD_FIELDS = ('days', 'seconds', 'microseconds')
_ONE_DAY = timedelta(1)
_ZERO = timedelta(0)
timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = timedelta(0, 0, 1)


# ---------------------------------------------------------------- date

class date:
    """date(year, month, day) --> date object"""

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        year = _required(year, 'year', 1)
        month = _required(month, 'month', 2)
        day = _required(day, 'day', 3)
        _check_date_fields(year, month, day)
        return date._create(cls, year, month, day)

    @staticmethod
    def _create(cls, year, month, day):
        self = object.__new__(cls)
        _fill(self, _DATE_SLOTS, year, month, day, -1)
        return self

    def __setattr__(self, name, value):
        _readonly_setattr(self, name, value, _DATE_FIELDS, date)

    def __delattr__(self, name):
        _no_attribute(self, name, _DATE_FIELDS, date)

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    # -- alternate constructors

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time (UTC in the sandbox)."""
        secs, _us = _split_timestamp(t)
        fields = _utc_fields(secs)
        return _new_like(cls, date, fields[:3])

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _from_ordinal(n)[0])
        return _new_like(cls, date, _from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        _check_str_arg('fromisoformat', date_string)
        ymd = None
        if len(date_string) in (7, 8, 10):
            ymd = _parse_iso_date(date_string)
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return _new_like(cls, date, _checked_ymd(*ymd))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        return _new_like(cls, date, _iso_to_ymd_checked(_as_int(year), _as_int(week), _as_int(day)))

    # -- formatting

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        weekday = (_to_ordinal(self._year, self._month, self._day) + 6) % 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_ABBRS[weekday], _MONTH_ABBRS[self._month - 1],
                                            self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple()[:8], 0, None)

    def __format__(self, fmt):
        return _format_method(self, fmt)

    # -- queries

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (_to_ordinal(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (_to_ordinal(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        week1 = _iso_week1_monday(year)
        today = _to_ordinal(year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # -- comparisons and hashing

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            _setattr(self, '_hashcode', hash(self._date_key()))
        return self._hashcode

    # -- arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = _to_ordinal(self._year, self._month, self._day) + other._days
            if 0 < n <= _MAXORDINAL:
                return _new_like(type(self), date, _from_ordinal(n))
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            days = self.toordinal() - other.toordinal()
            return timedelta._create(timedelta, days, 0, 0)
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._date_key())


_DATE_FIELDS = ('year', 'month', 'day')
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _iso_week1_monday(year):
    """Ordinal of the Monday starting ISO week 1 of the year."""
    jan1 = _to_ordinal(year, 1, 1)
    monday = jan1 - (jan1 + 6) % 7
    if (jan1 + 6) % 7 > 3:
        monday += 7
    return monday


def _iso_to_ymd(year, week, day):
    """(year, month, day) of an ISO calendar date, or an error text."""
    if not MINYEAR <= year <= MAXYEAR:
        return 'Year is out of range: %d' % year
    if not 0 < week < 53:
        last_week_long = False
        if week == 53:
            jan1_weekday = (_to_ordinal(year, 1, 1) + 6) % 7
            last_week_long = jan1_weekday == 3 or (jan1_weekday == 2 and _is_leap(year))
        if not last_week_long:
            return 'Invalid week: %d' % week
    if not 0 < day < 8:
        return 'Invalid day: %d (range is [1, 7])' % day
    return _from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + (day - 1))


def _iso_to_ymd_checked(year, week, day):
    result = _iso_to_ymd(year, week, day)
    if isinstance(result, str):
        raise ValueError(result)
    return _checked_ymd(*result)


def _checked_ymd(year, month, day):
    _check_date_fields(year, month, day)
    return (year, month, day)


class IsoCalendarDate(tuple):
    """The result of date.isocalendar(): (year, week, weekday) with named fields."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        """ISO year"""
        return self[0]

    @property
    def week(self):
        """ISO week number (1-53)"""
        return self[1]

    @property
    def weekday(self):
        """ISO weekday (1 = Monday ... 7 = Sunday)"""
        return self[2]

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_type_name(self), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


# ---------------------------------------------------------------- ISO 8601 parsing

def _digits(text, start, count):
    """The int written by exactly count ASCII digits at start, else None."""
    if start + count > len(text):
        return None
    value = 0
    for i in range(start, start + count):
        c = text[i]
        if not '0' <= c <= '9':
            return None
        value = value * 10 + (ord(c) - 48)
    return value


def _parse_iso_date(text):
    """(year, month, day) of the date part, or None; range checks are left to the caller."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    pos = 4
    extended = pos < len(text) and text[pos] == '-'
    if extended:
        pos += 1
    if pos < len(text) and text[pos] == 'W':
        week = _digits(text, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        day = 1
        if pos < len(text):
            if extended:
                if text[pos] != '-':
                    return None
                pos += 1
            day = _digits(text, pos, 1)
            if day is None:
                return None
        result = _iso_to_ymd(year, week, day)
        return None if isinstance(result, str) else result
    month = _digits(text, pos, 2)
    if month is None:
        return None
    pos += 2
    if extended:
        if pos >= len(text) or text[pos] != '-':
            return None
        pos += 1
    day = _digits(text, pos, 2)
    if day is None:
        return None
    return (year, month, day)


def _iso_separator_position(text):
    """Where the date part of an ISO datetime string ends (-1 when it cannot)."""
    n = len(text)
    if n == 7:
        return 7
    c4 = text[4] if n > 4 else ''
    if c4 == '-':
        if n > 5 and text[5] == 'W':
            if n < 8:
                return -1
            if n > 8 and text[8] == '-':
                if n == 9:
                    return -1
                if n > 10 and '0' <= text[10] <= '9':
                    return 8
                return 10
            return 8
        return 10
    if c4 == 'W':
        idx = 7
        while idx < n and '0' <= text[idx] <= '9':
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _parse_clock(text, start, end):
    """[HH[:?MM[:?SS[{.,}ffffff]]]] starting at text[start], the component ending at end.

Returns (hour, minute, second, microsecond, trailing) or None; trailing is
True when something other than the end of the string follows (CPython's
parser reads the same way, including its leniencies)."""
    n = len(text)
    values = [0, 0, 0]
    pos = start
    separated = True
    for i in range(3):
        value = _digits(text, pos, 2)
        if value is None:
            return None
        values[i] = value
        pos += 2
        c = text[pos] if pos < n else ''
        pos += 1
        if i == 0:
            separated = c == ':'
        if pos >= end:
            return (values[0], values[1], values[2], 0, c != '')
        if separated and c == ':':
            continue
        if c == '.' or c == ',':
            break
        if separated:
            return None
        pos -= 1
    count = min(end - pos, 6)
    us = _digits(text, pos, count)
    if us is None:
        return None
    us *= 10 ** (6 - count)
    pos += count
    while pos < n and '0' <= text[pos] <= '9':
        pos += 1
    return (values[0], values[1], values[2], us, pos < n)


def _parse_iso_time(text, start):
    """Time and optional UTC offset from text[start:]: (h, m, s, us, tz) or None."""
    n = len(text)
    tz_pos = start
    while tz_pos < n and text[tz_pos] not in 'Z+-':
        tz_pos += 1
    clock = _parse_clock(text, start, tz_pos)
    if clock is None:
        return None
    if tz_pos == n:
        if clock[4]:
            return None
        return clock[:4] + (None,)
    if text[tz_pos] == 'Z':
        if tz_pos + 1 != n:
            return None
        return clock[:4] + (timezone.utc,)
    sign = -1 if text[tz_pos] == '-' else 1
    offset = _parse_clock(text, tz_pos + 1, n)
    if offset is None or offset[4]:
        return None
    seconds = sign * (offset[0] * 3600 + offset[1] * 60 + offset[2])
    micro = sign * offset[3]
    if seconds == 0 and micro == 0:
        return clock[:4] + (timezone.utc,)
    return clock[:4] + (timezone(timedelta(seconds=seconds, microseconds=micro)),)


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset = _check_offset('utcoffset', self.utcoffset(dt))
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _check_offset('dst', self.dst(dt))
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        standard = offset - dst
        if standard:
            dt = dt + standard
            dst = _check_offset('dst', dt.dst())
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, '__dict__', None) or None)


# ---------------------------------------------------------------- timezone

_TIMEZONE_CREATING = []


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    def __new__(cls, offset=_MISSING, name=_MISSING):
        if offset is _MISSING:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % _type_name(offset))
        if name is _MISSING:
            if not offset:
                return timezone.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % _type_name(name))
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        return timezone._create(offset, name)

    @staticmethod
    def _create(offset, name):
        self = object.__new__(timezone)
        _fill(self, ('_offset', '_name'), offset, name)
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __setattr__(self, name, value):
        raise AttributeError("'datetime.timezone' object has no attribute '%s'" % name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, what, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (what, _type_name(dt)))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_arg('utcoffset', dt)
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_arg('tzname', dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def dst(self, dt):
        """Return None."""
        self._check_arg('dst', dt)
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (timezone, self.__getinitargs__())


timezone.utc = timezone._create(_ZERO, None)
timezone.min = timezone._create(timedelta(hours=-23, minutes=-59), None)
timezone.max = timezone._create(timedelta(hours=23, minutes=59), None)
UTC = timezone.utc
_LOCAL_ZONE = timezone._create(_ZERO, 'UTC')


# ---------------------------------------------------------------- time

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour = _as_int(hour)
        minute = _as_int(minute)
        second = _as_int(second)
        microsecond = _as_int(microsecond)
        fold = _as_int(fold)
        _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return time._create(cls, hour, minute, second, microsecond, tzinfo, fold)

    @staticmethod
    def _create(cls, hour, minute, second, microsecond, tz, fold):
        self = object.__new__(cls)
        _fill(self, _TIME_SLOTS, hour, minute, second, microsecond, tz, fold, -1)
        return self

    def __setattr__(self, name, value):
        _readonly_setattr(self, name, value, _TIME_FIELDS, time)

    def __delattr__(self, name):
        _no_attribute(self, name, _TIME_FIELDS, time)

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        """fold (0 or 1): which of two equal wall times is meant"""
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        _check_str_arg('fromisoformat', time_string)
        start = 1 if time_string[:1] == 'T' else 0
        parsed = _parse_iso_time(time_string, start) if len(time_string) > start else None
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        return cls(*parsed)

    # -- time zone

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    # -- formatting

    def __repr__(self):
        if self._microsecond:
            text = '%s(%d, %d, %d, %d)' % (_type_name(self), self._hour, self._minute,
                                           self._second, self._microsecond)
        elif self._second:
            text = '%s(%d, %d, %d)' % (_type_name(self), self._hour, self._minute, self._second)
        else:
            text = '%s(%d, %d)' % (_type_name(self), self._hour, self._minute)
        if self._fold:
            text = text[:-1] + ', fold=1)'
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        return text

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'."""
        text = _format_clock(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        fields = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1)
        return _strftime(self, format, fields, self._microsecond, self._tzinfo)

    def __format__(self, fmt):
        return _format_method(self, fmt)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    # -- comparisons and hashing

    def _compare(self, other, allow_mixed):
        if self._tzinfo is other._tzinfo:
            my_off = other_off = None
        else:
            my_off = self.utcoffset()
            other_off = other.utcoffset()
        if my_off == other_off:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if my_off is None or other_off is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        mine = self._hour * 3600 + self._minute * 60 + self._second - my_off // timedelta(seconds=1)
        theirs = other._hour * 3600 + other._minute * 60 + other._second - other_off // timedelta(seconds=1)
        return _cmp((mine, self._microsecond), (theirs, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset() if not self._fold else self.replace(fold=0).utcoffset()
            if offset is None:
                code = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                code = hash((seconds - offset // timedelta(seconds=1), self._microsecond))
            _setattr(self, '_hashcode', code)
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)
        if self._fold:
            return (_time_with_fold, (type(self),) + args)
        return (type(self), args)


def _time_with_fold(cls, *args):
    return cls(*args, fold=1)


_TIME_FIELDS = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounding half to even like CPython."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if t in (float('inf'), float('-inf')) or abs(t) > 9.2e18:
            raise OverflowError('timestamp out of range for platform time_t')
        whole = float(int(t))
        us = round((t - whole) * 1e6)
        secs = int(whole)
        if us >= 1000000:
            secs += 1
            us -= 1000000
        elif us < 0:
            secs -= 1
            us += 1000000
        return secs, us
    if isinstance(t, int):
        return int(t), 0
    index = getattr(type(t), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(t))
    return index(t), 0


def _utc_fields(secs):
    """(year, month, day, hour, minute, second) of whole UTC seconds since the epoch."""
    days, rem = divmod(secs, 86400)
    ordinal = days + _EPOCH_ORDINAL
    if not 0 < ordinal <= _MAXORDINAL:
        if abs(secs) > 67767976233316800:
            raise OverflowError('timestamp out of range for platform time_t')
        raise ValueError('year %d is out of range' % _from_ordinal(ordinal)[0])
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    return _from_ordinal(ordinal) + (hour, minute, second)


_struct_time = []


def _build_struct_time(year, month, day, hour, minute, second, dst):
    if not _struct_time:
        import time as time_module
        _struct_time.append(time_module.struct_time)
    ordinal = _to_ordinal(year, month, day)
    yday = ordinal - _to_ordinal(year, 1, 1) + 1
    return _struct_time[0]((year, month, day, hour, minute, second, (ordinal + 6) % 7, yday, dst))


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints."""

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if not (type(year) is int and type(month) is int and type(day) is int and type(hour) is int
                and type(minute) is int and type(second) is int and type(microsecond) is int
                and type(fold) is int):
            year = _required(year, 'year', 1)
            month = _required(month, 'month', 2)
            day = _required(day, 'day', 3)
            hour = _as_int(hour)
            minute = _as_int(minute)
            second = _as_int(second)
            microsecond = _as_int(microsecond)
            fold = _as_int(fold)
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        return datetime._create(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    @staticmethod
    def _create(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
        self = object.__new__(cls)
        _fill(self, _DATETIME_SLOTS, year, month, day, hour, minute, second, microsecond, tz, fold, -1)
        return self

    def __setattr__(self, name, value):
        _readonly_setattr(self, name, value, _DATETIME_FIELDS, datetime)

    def __delattr__(self, name):
        _no_attribute(self, name, _DATETIME_FIELDS, datetime)

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        """fold (0 or 1): which of two equal wall times is meant"""
        return self._fold

    # -- alternate constructors

    @classmethod
    def _from_utc_seconds(cls, secs, us, tz, local=False):
        fields = _utc_fields(secs)
        if local and secs - 86400 < -62135596800:
            # CPython probes the local zone a day earlier to detect a fold.
            raise ValueError('year 0 is out of range')
        if tz is None:
            return _new_like(cls, datetime, fields + (us, None))
        result = _new_like(cls, datetime, fields + (us, tz))
        return tz.fromutc(result)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        return cls._from_utc_seconds(secs, us, tz, tz is None)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _split_timestamp(t)
        return cls._from_utc_seconds(secs, us, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone (UTC in the sandbox)."""
        _check_tzinfo(tz)
        secs, us = divmod(_time.time_ns() // 1000, _US_PER_SECOND)
        return cls._from_utc_seconds(secs, us, tz, tz is None)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        secs, us = divmod(_time.time_ns() // 1000, _US_PER_SECOND)
        return cls._from_utc_seconds(secs, us, None)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        secs, us = divmod(_time.time_ns() // 1000, _US_PER_SECOND)
        return cls._from_utc_seconds(secs, us, None)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _from_ordinal(n)[0])
        return _new_like(cls, datetime, _from_ordinal(n) + (0, 0, 0, 0, None))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        ymd = _iso_to_ymd_checked(_as_int(year), _as_int(week), _as_int(day))
        return _new_like(cls, datetime, ymd + (0, 0, 0, 0, None))

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % _type_name(date))
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % _type_name(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        _check_str_arg('fromisoformat', date_string)
        parsed = _parse_iso_datetime(date_string)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        ymd, clock = parsed
        return cls(*(ymd + clock))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        for position, arg in ((1, date_string), (2, format)):
            if not isinstance(arg, str):
                raise TypeError('strptime() argument %d must be str, not %s' % (position, _type_name(arg)))
        found = _time._parse(date_string, format)
        year, month, day, hour, minute, second = found[:6]
        tzname, gmtoff, gmtoff_fraction, fraction = found[9:]
        args = (year, month, day, hour, minute, second, fraction)
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            if tzname:
                tz = timezone(delta, tzname)
            else:
                tz = timezone(delta)
            args += (tz,)
        return cls(*args)

    # -- parts

    def date(self):
        """Return date object with same year, month and day."""
        return date._create(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_class._create(_time_class, self._hour, self._minute, self._second,
                                   self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_class._create(_time_class, self._hour, self._minute, self._second,
                                   self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    # -- time zone

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = _LOCAL_ZONE
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % _type_name(tz))
        mytz = self._tzinfo
        if mytz is None:
            self._local_seconds()
            offset = _ZERO
        else:
            if mytz is tz:
                return self
            offset = self.utcoffset()
            if offset is None:
                offset = _ZERO
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # -- conversions

    def _seconds_since_epoch(self):
        days = _to_ordinal(self._year, self._month, self._day) - _EPOCH_ORDINAL
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_seconds(self):
        """Seconds since the epoch of a naive (local, i.e. UTC) time.

CPython probes the local zone a day before (fold=0) or after (fold=1) the
time, which fails on the first and last day of the supported range."""
        ordinal = _to_ordinal(self._year, self._month, self._day)
        if ordinal == 1 and not self._fold:
            raise ValueError('year 0 is out of range')
        if ordinal == _MAXORDINAL and self._fold:
            raise ValueError('year 10000 is out of range')
        return self._seconds_since_epoch()

    def _seconds_in_day(self):
        return self._hour * 3600 + self._minute * 60 + self._second

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        return _build_struct_time(moment.year, moment.month, moment.day, moment.hour,
                                  moment.minute, moment.second, 0)

    # -- formatting

    def __repr__(self):
        name = _type_name(self)
        if self._microsecond:
            text = '%s(%d, %d, %d, %d, %d, %d, %d)' % (name, self._year, self._month, self._day,
                                                       self._hour, self._minute, self._second,
                                                       self._microsecond)
        elif self._second:
            text = '%s(%d, %d, %d, %d, %d, %d)' % (name, self._year, self._month, self._day,
                                                   self._hour, self._minute, self._second)
        else:
            text = '%s(%d, %d, %d, %d, %d)' % (name, self._year, self._month, self._day,
                                               self._hour, self._minute)
        if self._fold:
            text = text[:-1] + ', fold=1)'
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        return text

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % _type_name(sep))
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _format_clock(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        """Return ctime() style string."""
        weekday = (_to_ordinal(self._year, self._month, self._day) + 6) % 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_ABBRS[weekday], _MONTH_ABBRS[self._month - 1],
                                                  self._day, self._hour, self._minute,
                                                  self._second, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        ordinal = _to_ordinal(self._year, self._month, self._day)
        fields = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                  (ordinal + 6) % 7, ordinal - _to_ordinal(self._year, 1, 1) + 1)
        return _strftime(self, format, fields, self._microsecond, self._tzinfo)

    # -- comparisons and hashing

    def _naive_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _compare(self, other, allow_mixed):
        mytz = self._tzinfo
        ottz = other._tzinfo
        my_off = other_off = None
        if mytz is ottz:
            base = True
        else:
            my_off = self.utcoffset()
            other_off = other.utcoffset()
            if allow_mixed:
                if my_off != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if other_off != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base = my_off == other_off
        if base:
            return _cmp(self._naive_key(), other._naive_key())
        if my_off is None or other_off is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff._days < 0:
            return -1
        return 1 if diff else 0

    def _comparable(self, other, op):
        """True when other is a datetime; False (NotImplemented) for unrelated types."""
        if isinstance(other, datetime):
            return True
        if isinstance(other, date) and op not in ('==', '!='):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other, '<'):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other, '<='):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other, '>'):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other, '>='):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            moment = self.replace(fold=0) if self._fold else self
            offset = moment.utcoffset()
            if offset is None:
                code = hash(self._naive_key())
            else:
                days = _to_ordinal(self._year, self._month, self._day)
                code = hash(timedelta(days, self._seconds_in_day(), self._microsecond) - offset)
            _setattr(self, '_hashcode', code)
        return self._hashcode

    # -- arithmetic

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        # Days, seconds and microseconds are added separately to stay in small ints.
        us = self._microsecond + other._microseconds
        rem = self._hour * 3600 + self._minute * 60 + self._second + other._seconds
        if us >= _US_PER_SECOND:
            us -= _US_PER_SECOND
            rem += 1
        days = _to_ordinal(self._year, self._month, self._day) + other._days
        if rem >= 86400:
            rem -= 86400
            days += 1
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        hour, rem = divmod(rem, 3600)
        minute, second = divmod(rem, 60)
        return _new_like(type(self), datetime,
                         _from_ordinal(days) + (hour, minute, second, us, self._tzinfo))

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days = _to_ordinal(self._year, self._month, self._day) - _to_ordinal(other._year, other._month, other._day)
        seconds = self._seconds_in_day() - other._seconds_in_day()
        us = self._microsecond - other._microsecond
        if self._tzinfo is not other._tzinfo:
            my_off = self.utcoffset()
            other_off = other.utcoffset()
            if (my_off is None) != (other_off is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if my_off is not None:
                days += other_off._days - my_off._days
                seconds += other_off._seconds - my_off._seconds
                us += other_off._microseconds - my_off._microseconds
        return _td_from_parts(days, seconds, us)

    def __reduce__(self):
        args = self._naive_key() + (self._tzinfo,)
        if self._fold:
            return (_time_with_fold, (type(self),) + args)
        return (type(self), args)


_DATETIME_FIELDS = ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond',
                    'tzinfo', 'fold')
_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _parse_iso_datetime(text):
    """((y, m, d), (h, mi, s, us, tz)) of an ISO datetime string, or None."""
    if len(text) < 7:
        return None
    end = _iso_separator_position(text)
    if end < 0:
        return None
    ymd = _parse_iso_date(text[:end])
    if ymd is None:
        return None
    if end >= len(text):
        return ymd, (0, 0, 0, 0, None)
    if end + 1 >= len(text):
        return None
    clock = _parse_iso_time(text, end + 1)
    if clock is None:
        return None
    return ymd, clock


for _cls, _name in ((date, 'date'), (time, 'time'), (datetime, 'datetime'),
                    (timedelta, 'timedelta'), (tzinfo, 'tzinfo'), (timezone, 'timezone'),
                    (IsoCalendarDate, 'IsoCalendarDate')):
    _time._set_type_name(_cls, 'datetime.' + _name)
del _cls, _name
`;

export const modules: ModuleDef[] = [
  { name: 'datetime', summary: 'Basic date and time types (the local time zone is UTC in the sandbox).', source: DATETIME_SOURCE },
];
