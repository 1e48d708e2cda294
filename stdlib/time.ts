/**
 * The `time` module, and `_time`: the native part shared with `datetime` and
 * `calendar` (clocks, `sleep`, the C-locale `strftime` formatter and the
 * `strptime` parser).
 *
 * The sandbox has no access to the host's time zone: the local time zone is
 * always UTC (`localtime() == gmtime()`, `timezone == 0`, `tzname ==
 * ('UTC', 'UTC')`). Clocks come from the interpreter's environment, so a
 * deterministic interpreter sees a fixed clock that only `sleep` advances.
 */
import type { ModuleContext, ModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { argSpec, noArgs, parseArgs } from '../core/runtime/args.js';
import { PyBuiltin } from '../core/runtime/function.js';
import type { Value } from '../core/runtime/object.js';
import { PyClass, PyInstance } from '../core/runtime/object.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { PyFloat, PyTuple, tuple } from '../core/runtime/values.js';
import { None } from '../core/runtime/types.js';
import { overflowError, typeError, valueError } from '../core/runtime/exceptions.js';
import { normBig } from '../core/runtime/int.js';
import { typeName } from '../core/runtime/ops.js';
import { strRepr } from '../core/runtime/str.js';

// ------------------------------------------------------------------ calendar arithmetic

const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Proleptic Gregorian ordinal (0001-01-01 is day 1), as `date.toordinal()`. Works for any year. */
export function toOrdinal(y: number, m: number, d: number): number {
  const py = y - 1;
  const before = py * 365 + Math.floor(py / 4) - Math.floor(py / 100) + Math.floor(py / 400);
  return before + DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0) + d;
}

/** Inverse of `toOrdinal`: [year, month, day]. */
export function fromOrdinal(n: number): [number, number, number] {
  // Shift to days since 0000-03-01 so leap days fall at the end of each 400-year cycle.
  const z = n + 305;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** Ordinal of 1970-01-01. */
const EPOCH_ORDINAL = 719163;

// ------------------------------------------------------------------ strftime

/** A broken-down time as strftime reads it (C's `struct tm`, Python numbering). */
export interface BrokenDownTime {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Monday is 0. */
  weekday: number;
  /** Day of the year, 1-based. */
  yday: number;
  /** null outside datetime (then `%f` is left as is, like the C library does). */
  microsecond: number | null;
  /** Text for `%Z`. */
  zone: string;
  /** Text for `%z`. */
  offset: string;
}

function pad(n: number, width: number, fill: string): string {
  const neg = n < 0;
  const s = String(Math.abs(n));
  const body = s.length >= width - (neg ? 1 : 0) ? s : fill.repeat(width - (neg ? 1 : 0) - s.length) + s;
  return neg ? '-' + body : body;
}

/** The ISO 8601 week-based year and week, computed from yday/weekday as the C library does. */
function isoWeek(tm: BrokenDownTime): [number, number] {
  const yday = tm.yday - 1;
  const wdaySun = (tm.weekday + 1) % 7;
  // Days since the Monday of ISO week 1 (which contains the year's first Thursday).
  const weekDays = (yd: number) => yd - ((yd - wdaySun + 4 + 378) % 7) + 3;
  let year = tm.year;
  let days = weekDays(yday);
  if (days < 0) {
    year--;
    days = weekDays(yday + (isLeap(year) ? 366 : 365));
  } else {
    const next = weekDays(yday - (isLeap(year) ? 366 : 365));
    if (next >= 0) {
      year++;
      days = next;
    }
  }
  return [year, Math.floor(days / 7) + 1];
}

/** Seconds since the epoch for a UTC broken-down time (any field may be out of range). */
function timegm(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const days = toOrdinal(y, m, 1) + day - 1 - EPOCH_ORDINAL;
  return days * 86400 + hour * 3600 + minute * 60 + second;
}

type Conversion = { value: number; width: number } | { text: string };

/** One conversion of the C locale; null for an unknown directive (kept literally). */
function convert(tm: BrokenDownTime, c: string): Conversion | null {
  const num = (value: number, width: number) => ({ value, width });
  const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  switch (c) {
    case 'a': return { text: DAY_NAMES[tm.weekday].slice(0, 3) };
    case 'A': return { text: DAY_NAMES[tm.weekday] };
    case 'b': case 'h': return { text: MONTH_NAMES[tm.month - 1].slice(0, 3) };
    case 'B': return { text: MONTH_NAMES[tm.month - 1] };
    case 'c': return { text: formatTime(tm, '%a %b %e %H:%M:%S %Y') };
    case 'C': return num(Math.floor(tm.year / 100), 1); // years are not padded by the C library
    case 'd': return num(tm.day, 2);
    case 'D': case 'x': return { text: formatTime(tm, '%m/%d/%y') };
    case 'e': return { text: pad(tm.day, 2, ' ') };
    case 'F': return { text: formatTime(tm, '%Y-%m-%d') };
    case 'G': return num(isoWeek(tm)[0], 1);
    case 'g': return num(((isoWeek(tm)[0] % 100) + 100) % 100, 2);
    case 'H': return num(tm.hour, 2);
    case 'I': return num(hour12, 2);
    case 'j': return num(tm.yday, 3);
    case 'k': return { text: pad(tm.hour, 2, ' ') };
    case 'l': return { text: pad(hour12, 2, ' ') };
    case 'm': return num(tm.month, 2);
    case 'M': return num(tm.minute, 2);
    case 'n': return { text: '\n' };
    case 'p': return { text: tm.hour < 12 ? 'AM' : 'PM' };
    case 'P': return { text: tm.hour < 12 ? 'am' : 'pm' };
    case 'r': return { text: formatTime(tm, '%I:%M:%S %p') };
    case 'R': return { text: formatTime(tm, '%H:%M') };
    case 's': return num(timegm(tm.year, tm.month, tm.day, tm.hour, tm.minute, tm.second), 1);
    case 'S': return num(tm.second, 2);
    case 't': return { text: '\t' };
    case 'T': case 'X': return { text: formatTime(tm, '%H:%M:%S') };
    case 'u': return num(tm.weekday + 1, 1);
    case 'U': return num(Math.floor((tm.yday - 1 + 7 - ((tm.weekday + 1) % 7)) / 7), 2);
    case 'V': return num(isoWeek(tm)[1], 2);
    case 'w': return num((tm.weekday + 1) % 7, 1);
    case 'W': return num(Math.floor((tm.yday - 1 + 7 - tm.weekday) / 7), 2);
    case 'y': return num(((tm.year % 100) + 100) % 100, 2);
    case 'Y': return num(tm.year, 1);
    case 'z': return { text: tm.offset };
    case 'Z': return { text: tm.zone };
    case '%': return { text: '%' };
  }
  return null;
}

/** Applies the GNU flags (`-`, `_`, `0`, `^`, `#`) and field width to one conversion. */
function applyFlags(conv: Conversion, c: string, flags: string, width: number): string {
  if ('text' in conv) {
    let s = conv.text;
    if (flags.includes('^')) s = s.toUpperCase();
    else if (flags.includes('#')) s = c === 'p' || c === 'Z' ? s.toLowerCase() : s.toUpperCase();
    return s.length < width ? (flags.includes('0') ? '0' : ' ').repeat(width - s.length) + s : s;
  }
  if (flags.includes('-')) return String(conv.value);
  const fill = flags.includes('_') ? ' ' : '0';
  return pad(conv.value, Math.max(width, conv.width), fill);
}

/**
 * strftime in the C locale, with the GNU extensions (`%-d`, `%e`, `%F`, ...).
 * Unknown directives are copied as they are, like the C library does.
 */
export function formatTime(tm: BrokenDownTime, fmt: string, checkSize?: (length: number) => void): string {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    // Each directive adds at most ~1 KB (widths are capped), so checking here bounds the result.
    if (checkSize !== undefined && out.length > 65536) checkSize(out.length);
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    let j = pct + 1;
    // datetime handles %f, %z and %Z itself before the C library sees the format.
    if (tm.microsecond !== null && j < fmt.length && 'fzZ'.includes(fmt[j])) {
      out += fmt[j] === 'f' ? pad(tm.microsecond, 6, '0') : fmt[j] === 'z' ? tm.offset : tm.zone;
      i = j + 1;
      continue;
    }
    let flags = '';
    while (j < fmt.length && '-_0^#'.includes(fmt[j])) flags += fmt[j++];
    let digits = '';
    while (j < fmt.length && fmt[j] >= '0' && fmt[j] <= '9') digits += fmt[j++];
    let modifier = '';
    if (j < fmt.length && (fmt[j] === 'E' || fmt[j] === 'O')) modifier = fmt[j++];
    if (j >= fmt.length) {
      out += fmt.slice(pct);
      break;
    }
    const c = fmt[j];
    const conv = (modifier === 'E' && !'cCxXyY'.includes(c)) || (modifier === 'O' && !'deHIMmSUuVWwy'.includes(c)) ? null : convert(tm, c);
    out += conv === null ? fmt.slice(pct, j + 1) : applyFlags(conv, c, flags, digits === '' ? 0 : Math.min(Number(digits), 1024));
    i = j + 1;
  }
  return out;
}

// ------------------------------------------------------------------ strptime

const LOWER_DAYS = DAY_NAMES.map((d) => d.toLowerCase());
const LOWER_MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

function alternatives(words: string[]): string {
  return '(' + [...words].sort((a, b) => b.length - a.length).join('|') + ')';
}

/** The pattern each directive matches (C locale), as CPython's `_strptime` accepts. */
const DIRECTIVE_PATTERNS: Record<string, string> = {
  d: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(\\d{1,6})',
  H: '(2[0-3]|[0-1]\\d|\\d)',
  I: '(1[0-2]|0[1-9]|[1-9])',
  G: '(\\d\\d\\d\\d)',
  j: '(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(1[0-2]|0[1-9]|[1-9])',
  M: '([0-5]\\d|\\d)',
  S: '(6[0-1]|[0-5]\\d|\\d)',
  U: '(5[0-3]|[0-4]\\d|\\d)',
  w: '([0-6])',
  u: '([1-7])',
  V: '(5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  y: '(\\d\\d)',
  Y: '(\\d\\d\\d\\d)',
  z: '([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)',
  A: alternatives(LOWER_DAYS),
  a: alternatives(LOWER_DAYS.map((d) => d.slice(0, 3))),
  B: alternatives(LOWER_MONTHS),
  b: alternatives(LOWER_MONTHS.map((m) => m.slice(0, 3))),
  p: '(am|pm)',
  Z: '(utc|gmt)',
};
DIRECTIVE_PATTERNS.W = DIRECTIVE_PATTERNS.U;

/** Composite directives of the C locale, expanded before matching. */
const COMPOSITES: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles a strptime format into a regex and the directive captured by each group. */
function compileFormat(format: string): { regex: RegExp; directives: string[] } {
  const directives: string[] = [];
  let source = '';
  const emit = (fmt: string, depth: number): void => {
    let i = 0;
    while (i < fmt.length) {
      const ch = fmt[i];
      if (ch !== '%') {
        if (/\s/.test(ch)) {
          while (i < fmt.length && /\s/.test(fmt[i])) i++;
          source += '\\s+';
          continue;
        }
        source += escapeRegex(ch);
        i++;
        continue;
      }
      if (i + 1 >= fmt.length) throw valueError(`stray % in format '${format}'`);
      const d = fmt[i + 1];
      i += 2;
      if (d === '%') source += '%';
      else if (d in COMPOSITES && depth === 0) emit(COMPOSITES[d], 1);
      else if (d in DIRECTIVE_PATTERNS) {
        // CPython's regex refuses a repeated group name (it raises re.error there).
        const previous = directives.indexOf(d);
        if (previous >= 0) throw valueError(`redefinition of group name '${d}' as group ${directives.length + 1}; was group ${previous + 1}`);
        directives.push(d);
        source += DIRECTIVE_PATTERNS[d];
      } else {
        throw valueError(`'${d}' is a bad directive in format '${format}'`);
      }
    }
  };
  emit(format, 0);
  return { regex: new RegExp('^(?:' + source + ')', 'iu'), directives };
}

/** What strptime found: the fields of a struct_time plus the parts datetime needs. */
interface ParsedTime {
  year: number; month: number; day: number; hour: number; minute: number; second: number;
  weekday: number; julian: number; isdst: number;
  tzname: string | null; gmtoff: number | null; gmtoffFraction: number; fraction: number;
}

/** Parses a `%z` text ('Z', '+0530', '-05:30:15.5') into seconds and microseconds. */
function parseOffset(z: string): [number, number] {
  if (z === 'Z' || z === 'z') return [0, 0];
  let body = z.slice(1);
  if (body.length > 2 && body[2] === ':') {
    if (body.length > 5 && body[5] !== ':') throw valueError(`Inconsistent use of : in ${z}`);
    body = body.replace(/:/g, '');
  }
  const hours = Number(body.slice(0, 2));
  const minutes = Number(body.slice(2, 4));
  const seconds = Number(body.slice(4, 6) || '0');
  const fracText = body.slice(7);
  const fraction = fracText === '' ? 0 : Number(fracText.padEnd(6, '0'));
  const sign = z[0] === '-' ? -1 : 1;
  return [sign * ((hours * 60 + minutes) * 60 + seconds), sign * fraction];
}

/** Julian day from a %U/%W week number and weekday (may be <= 0: a day of the previous year). */
function julianFromWeek(year: number, week: number, weekday: number, mondayFirst: boolean): number {
  let firstWeekday = (toOrdinal(year, 1, 1) + 6) % 7;
  let day = weekday;
  if (!mondayFirst) {
    firstWeekday = (firstWeekday + 1) % 7;
    day = (day + 1) % 7;
  }
  if (week === 0) return 1 + day - firstWeekday;
  const week0Length = (7 - firstWeekday) % 7;
  return 1 + week0Length + 7 * (week - 1) + day;
}

/** [year, julian] from an ISO year, week and weekday (1..7). */
function julianFromIsoWeek(isoYear: number, isoWeekNo: number, isoWeekday: number): [number, number] {
  const jan4Weekday = ((toOrdinal(isoYear, 1, 4) + 6) % 7) + 1;
  let julian = isoWeekNo * 7 + isoWeekday - (jan4Weekday + 3);
  let year = isoYear;
  if (julian < 1) {
    julian += toOrdinal(year, 1, 1);
    year -= 1;
    julian -= toOrdinal(year, 1, 1);
  }
  return [year, julian];
}

const MAX_STRPTIME_INPUT = 10_000;

/** CPython's strptime: matches `data` against `format` and fills in the missing fields. */
export function parseTime(rt: Runtime, data: string, format: string): ParsedTime {
  rt.charge(data.length + format.length);
  if (data.length > MAX_STRPTIME_INPUT || format.length > MAX_STRPTIME_INPUT) {
    throw valueError(`time data ${strRepr(data.slice(0, 50))}... is too long`);
  }
  const { regex, directives } = compileFormat(format);
  const m = regex.exec(data);
  if (m === null || directives.some((d, k) => d === 'z' && m[k + 1] === 'z')) {
    throw valueError(`time data ${strRepr(data)} does not match format ${strRepr(format)}`);
  }
  if (m[0].length !== data.length) throw valueError(`unconverted data remains: ${data.slice(m[0].length)}`);
  const found = new Map<string, string>();
  directives.forEach((d, k) => found.set(d, m[k + 1]));
  return fillFields(found);
}

function fillFields(found: Map<string, string>): ParsedTime {
  let year: number | null = null;
  let month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0;
  let weekday: number | null = null, julian: number | null = null;
  let weekOfYear: number | null = null, mondayFirst = false;
  let isoYear: number | null = null, isoWeekNo: number | null = null;
  let isdst = -1, tzname: string | null = null, gmtoff: number | null = null, gmtoffFraction = 0;
  for (const [d, text] of found) {
    const n = Number(text);
    switch (d) {
      case 'y': year = n + (n <= 68 ? 2000 : 1900); break;
      case 'Y': year = n; break;
      case 'G': isoYear = n; break;
      case 'm': month = n; break;
      case 'B': month = LOWER_MONTHS.indexOf(text.toLowerCase()) + 1; break;
      case 'b': month = LOWER_MONTHS.findIndex((x) => x.slice(0, 3) === text.toLowerCase()) + 1; break;
      case 'd': day = Number(text.trim()); break;
      case 'H': hour = n; break;
      case 'I': {
        const pm = (found.get('p') ?? '').toLowerCase() === 'pm';
        hour = pm ? (n === 12 ? 12 : n + 12) : n === 12 ? 0 : n;
        break;
      }
      case 'M': minute = n; break;
      case 'S': second = n; break;
      case 'f': fraction = Number(text.padEnd(6, '0')); break;
      case 'A': weekday = LOWER_DAYS.indexOf(text.toLowerCase()); break;
      case 'a': weekday = LOWER_DAYS.findIndex((x) => x.slice(0, 3) === text.toLowerCase()); break;
      case 'w': weekday = n === 0 ? 6 : n - 1; break;
      case 'u': weekday = n - 1; break;
      case 'j': julian = n; break;
      case 'U': case 'W': weekOfYear = n; mondayFirst = d === 'W'; break;
      case 'V': isoWeekNo = n; break;
      case 'z': [gmtoff, gmtoffFraction] = parseOffset(text); break;
      case 'Z': tzname = text; isdst = 0; break;
    }
  }
  if (year === null && isoYear !== null) {
    if (isoWeekNo === null || weekday === null) {
      throw valueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    if (julian !== null) {
      throw valueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
    }
  } else if (isoWeekNo !== null) {
    if (year === null || weekday === null) {
      throw valueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    throw valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
  }
  // Without a year, Feb 29 is computed in a leap year and reported as 1900.
  const leapYearFix = year === null && month === 2 && day === 29;
  let y = year ?? (leapYearFix ? 1904 : 1900);
  if (julian === null && weekday !== null) {
    if (weekOfYear !== null) julian = julianFromWeek(y, weekOfYear, weekday, mondayFirst);
    else if (isoYear !== null && isoWeekNo !== null) [y, julian] = julianFromIsoWeek(isoYear, isoWeekNo, weekday + 1);
    if (julian !== null && julian <= 0) {
      y -= 1;
      julian += isLeap(y) ? 366 : 365;
    }
  }
  if (julian === null) {
    if (day > daysInMonth(y, month)) throw valueError('day is out of range for month');
    julian = toOrdinal(y, month, day) - toOrdinal(y, 1, 1) + 1;
  } else {
    [y, month, day] = fromOrdinal(julian - 1 + toOrdinal(y, 1, 1));
  }
  weekday ??= (toOrdinal(y, month, day) + 6) % 7;
  if (leapYearFix) y = 1900;
  return { year: y, month, day, hour, minute, second, weekday, julian, isdst, tzname, gmtoff, gmtoffFraction, fraction };
}

// ------------------------------------------------------------------ argument helpers

/** A Python int argument as a JS number (CPython's "cannot be interpreted as an integer"). */
function intArg(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') throw overflowError('Python int too large to convert to C int');
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

function strArg(fname: string, n: number, v: Value): string {
  if (typeof v !== 'string') throw typeError(`${fname}() argument ${n} must be str, not ${typeName(v)}`);
  return v;
}

/** Seconds as a JS number from an int or float argument (NaN refused like CPython). */
function secondsArg(v: Value): number {
  let s: number;
  if (typeof v === 'number') s = v;
  else if (typeof v === 'boolean') s = v ? 1 : 0;
  else if (v instanceof PyFloat) s = v.v;
  else if (typeof v === 'bigint') throw overflowError('timestamp out of range for platform time_t');
  else throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (Number.isNaN(s)) throw valueError('Invalid value NaN (not a number)');
  if (!Number.isFinite(s) || Math.abs(s) > 9.2e18) throw overflowError('timestamp out of range for platform time_t');
  return s;
}

/** The nine broken-down fields of a UTC timestamp (struct_time order, without zone). */
function utcFields(secs: number): number[] {
  const whole = Math.floor(secs);
  const days = Math.floor(whole / 86400);
  const rem = whole - days * 86400;
  const [y, m, d] = fromOrdinal(days + EPOCH_ORDINAL);
  if (y > 2147483647 + 1900 || y < -2147483648 + 1900) throw overflowError('timestamp out of range for platform time_t');
  const yday = toOrdinal(y, m, d) - toOrdinal(y, 1, 1) + 1;
  return [y, m, d, Math.floor(rem / 3600), Math.floor((rem % 3600) / 60), rem % 60, (days + EPOCH_ORDINAL + 6) % 7, yday, 0];
}

// ------------------------------------------------------------------ the native module

function nsInt(ms: number): Value {
  return normBig(BigInt(Math.round(ms * 1000)) * 1000n);
}

/** A function of no arguments, with CPython's `time.time() takes no arguments (1 given)`. */
function clockFunction(name: string, impl: (rt: Runtime, a: Value[]) => Value, doc: string): PyBuiltin {
  return new PyBuiltin(name, (rt, args, kw) => {
    noArgs(`time.${name}`, args, kw, 0);
    return impl(rt, []);
  }, null, doc, 'time');
}

/** time.sleep: refuses a sleep that would outlast the run's deadline (ends the run instead). */
function sleep(rt: Runtime, ctx: ModuleContext, secsValue: Value): Value {
  let secs: number;
  if (typeof secsValue === 'number' || typeof secsValue === 'boolean') secs = Number(secsValue);
  else if (secsValue instanceof PyFloat) secs = secsValue.v;
  else if (typeof secsValue === 'bigint') throw overflowError('timestamp too large to convert to C _PyTime_t');
  else throw typeError(`'${typeName(secsValue)}' object cannot be interpreted as an integer`);
  if (Number.isNaN(secs)) throw valueError('Invalid value NaN (not a number)');
  if (secs < 0) throw valueError('sleep length must be non-negative');
  if (!Number.isFinite(secs) || secs > 9.2e9) throw overflowError('timestamp too large to convert to C _PyTime_t');
  rt.checkpoint();
  const ms = secs * 1000;
  const { deadline } = rt.limits;
  if (deadline !== Infinity && Date.now() + ms > deadline) {
    // The run could not finish anyway: end it now rather than block until the deadline.
    rt.halt('deadline', 'time limit exceeded (time.sleep would pass the deadline)');
  }
  ctx.env.sleep(ms);
  return None;
}

/** `_fill(obj, names, *values)`: one native call instead of an `object.__setattr__` per field. */
function fillAttributes(args: Value[]): Value {
  const [obj, names] = args;
  if (!(obj instanceof PyInstance) || !obj.cls.instanceDict || !(names instanceof PyTuple) || names.items.length !== args.length - 2) {
    throw typeError('_fill(obj, names, *values): an object with a __dict__ and one value per name');
  }
  names.items.forEach((name, i) => {
    if (typeof name !== 'string') throw typeError('_fill(): attribute names must be str');
    obj.dict.set(name, args[i + 2]);
  });
  return None;
}

/** Wraps a struct of fields for Python: a plain tuple the Python layer turns into struct_time. */
function parsedTuple(p: ParsedTime): Value {
  return tuple([
    p.year, p.month, p.day, p.hour, p.minute, p.second, p.weekday, p.julian, p.isdst,
    p.tzname ?? None, p.gmtoff ?? None, p.gmtoffFraction, p.fraction,
  ]);
}

function buildNative(ctx: ModuleContext): Map<string, Value> {
  const m = new Map<string, Value>();
  const fn = (name: string, params: string[], impl: (rt: Runtime, a: Value[]) => Value, doc: string) => {
    m.set(name, params.length === 0 ? clockFunction(name, impl, doc) : nativeFunction('time', name, params, impl, doc));
  };
  const nowMs = () => ctx.env.now();
  const monoMs = () => ctx.env.monotonic();
  fn('time', [], () => new PyFloat(nowMs() / 1000), 'time() -> floating point number\n\nReturn the current time in seconds since the Epoch.');
  fn('time_ns', [], () => nsInt(nowMs()), 'time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch.');
  fn('monotonic', [], () => new PyFloat(monoMs() / 1000), 'monotonic() -> float\n\nMonotonic clock, cannot go backward.');
  fn('monotonic_ns', [], () => nsInt(monoMs()), 'monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds.');
  fn('perf_counter', [], () => new PyFloat(monoMs() / 1000), 'perf_counter() -> float\n\nPerformance counter for benchmarking.');
  fn('perf_counter_ns', [], () => nsInt(monoMs()), 'perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds.');
  fn('process_time', [], () => new PyFloat(monoMs() / 1000), 'process_time() -> float\n\nProcess time for profiling. The sandbox has no CPU clock: this is the monotonic clock.');
  fn('process_time_ns', [], () => nsInt(monoMs()), 'process_time_ns() -> int\n\nProcess time for profiling as nanoseconds (the monotonic clock in the sandbox).');
  fn('thread_time', [], () => new PyFloat(monoMs() / 1000), 'thread_time() -> float\n\nThread time for profiling (the monotonic clock in the sandbox).');
  fn('thread_time_ns', [], () => nsInt(monoMs()), 'thread_time_ns() -> int\n\nThread time for profiling as nanoseconds (the monotonic clock in the sandbox).');
  const sleepSpec = argSpec('time.sleep', ['secs', '/']);
  m.set('sleep', new PyBuiltin('sleep', (rt, args, kw) => sleep(rt, ctx, parseArgs(sleepSpec, args, kw)[0]), null,
    'sleep(seconds)\n\nDelay execution for a given number of seconds. The argument may be a floating point number for subsecond precision.\nA sleep that would outlast the run\'s time limit ends the run.', 'time'));
  fn('_utc_fields', ['secs', '/'], (_rt, [s]) => tuple(utcFields(secondsArg(s))), 'The struct_time fields of a UTC timestamp.');
  fn('_timegm', ['year', 'month', 'day', 'hour', 'minute', 'second', '/'], (_rt, a) => {
    const [y, mo, d, h, mi, s] = a.map(intArg);
    const secs = timegm(y, mo, d, h, mi, s);
    if (!Number.isSafeInteger(secs) || Math.abs(y) > 2147483647) throw overflowError('mktime argument out of range');
    return secs;
  }, 'Seconds since the epoch of a UTC broken-down time (fields may be out of range).');
  fn('_format', ['format', 'fields', 'microsecond', 'zone', 'offset', '/'], (rt, [f, fields, us, zone, offset]) => {
    let fmt = strArg('strftime', 1, f);
    if (fmt.includes('\0')) {
      // time.strftime refuses a NUL; datetime's strftime stops at it (the C library sees a shorter string).
      if (us === None) throw valueError('embedded null character');
      fmt = fmt.slice(0, fmt.indexOf('\0'));
    }
    rt.charge(fmt.length);
    if (!(fields instanceof PyTuple) || fields.items.length !== 8 || typeof zone !== 'string' || typeof offset !== 'string') {
      throw typeError('_format(format, fields, microsecond, zone, offset): fields must be a tuple of 8 ints, zone and offset str');
    }
    const [year, month, day, hour, minute, second, weekday, yday] = fields.items.map(intArg);
    if (month < 1 || month > 12 || weekday < 0 || weekday > 6) throw valueError('_format(): month or weekday out of range');
    const tm: BrokenDownTime = {
      year, month, day, hour, minute, second, weekday, yday,
      microsecond: us === None ? null : intArg(us), zone, offset,
    };
    const out = formatTime(tm, fmt, (n) => rt.checkValueSize(n * 2, 'strftime result'));
    rt.checkValueSize(out.length * 2, 'strftime result');
    rt.allocate(out.length * 2);
    return out;
  }, 'strftime in the C locale: fields are (year, month, day, hour, minute, second, weekday, yday).');
  fn('_parse', ['string', 'format', '/'], (rt, [data, format]) => {
    [data, format].forEach((v, i) => {
      if (typeof v !== 'string') throw typeError(`strptime() argument ${i} must be str, not <class '${typeName(v)}'>`);
    });
    return parsedTuple(parseTime(rt, data, format));
  }, 'strptime: (year, month, day, hour, minute, second, weekday, julian, isdst, tzname, gmtoff, gmtoff_fraction, fraction).');
  fn('_from_ordinal', ['n', '/'], (_rt, [n]) => {
    const ordinal = intArg(n);
    if (Math.abs(ordinal) > 1e12) throw overflowError('ordinal out of range');
    return tuple(fromOrdinal(ordinal));
  }, 'The (year, month, day) of a proleptic Gregorian ordinal.');
  fn('_to_ordinal', ['year', 'month', 'day', '/'], (_rt, [y, mo, d]) => {
    const month = intArg(mo);
    const [year, day] = [intArg(y), intArg(d)];
    if (month < 1 || month > 12) throw valueError('month must be in 1..12');
    if (Math.abs(year) > 1e9 || Math.abs(day) > 1e12) throw overflowError('date out of range');
    return toOrdinal(year, month, day);
  }, 'The proleptic Gregorian ordinal of a date.');
  fn('_type_name', ['obj', '/'], (_rt, [o]) => typeName(o), "The name error messages give the object's type (C's tp_name).");
  m.set('_fill', new PyBuiltin('_fill', (_rt, args) => fillAttributes(args), null,
    '_fill(obj, names, *values): sets instance attributes without going through __setattr__ (the constructors of immutable types).', 'time'));
  fn('_set_type_name', ['cls', 'name', '/'], (_rt, [cls, name]) => {
    // Builtin types are shared by every interpreter: only classes created by Python code may be renamed.
    if (!(cls instanceof PyClass) || cls.builtin || typeof name !== 'string') throw typeError('_set_type_name(cls, name): cls must be a class defined in Python');
    cls.tpName = name;
    return None;
  }, 'Sets the name a class shows in error messages (its C tp_name).');
  return m;
}

const TIME_SOURCE = String.raw`"""This module provides various functions to manipulate time values.

There are two standard representations of time.  One is the number
of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer
or a floating point number (to represent fractions of seconds).
The other representation is a tuple of 9 integers (struct_time).

In the sandbox the local time zone is always UTC: localtime() equals
gmtime(), timezone and altzone are 0 and tzname is ('UTC', 'UTC').
Clocks come from the host; a deterministic interpreter has a fixed clock
that only sleep() advances.
"""
import _time
from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter,
                   perf_counter_ns, process_time, process_time_ns, thread_time,
                   thread_time_ns, sleep)

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


def _field(index, doc):
    return property(lambda self: tuple.__getitem__(self, index), doc=doc)


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
    accepted by asctime(), mktime() and strftime().  May be considered as a
    sequence of 9 integers."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if len(items) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(items))
        if len(items) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(items))
        self = tuple.__new__(cls, items[:9])
        extra = items[9:] + (None,) * (11 - len(items))
        object.__setattr__(self, '_zone', extra[0])
        object.__setattr__(self, '_gmtoff', extra[1])
        return self

    def __setattr__(self, name, value):
        if name in _FIELDS or name in ('tm_zone', 'tm_gmtoff'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    tm_year = _field(0, 'year, for example, 1993')
    tm_mon = _field(1, 'month of year, range [1, 12]')
    tm_mday = _field(2, 'day of month, range [1, 31]')
    tm_hour = _field(3, 'hours, range [0, 23]')
    tm_min = _field(4, 'minutes, range [0, 59]')
    tm_sec = _field(5, 'seconds, range [0, 61])')
    tm_wday = _field(6, 'day of week, range [0, 6], Monday is 0')
    tm_yday = _field(7, 'day of year, range [1, 366]')
    tm_isdst = _field(8, '1 if summer time is in effect, 0 if not, and -1 if unknown')

    @property
    def tm_zone(self):
        """abbreviation of timezone name"""
        return self._zone

    @property
    def tm_gmtoff(self):
        """offset from UTC in seconds"""
        return self._gmtoff

    def __repr__(self):
        parts = ', '.join('%s=%r' % (name, value) for name, value in zip(_FIELDS, self))
        return 'time.struct_time(' + parts + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))


_time._set_type_name(struct_time, 'time.struct_time')


def _struct(fields, zone, gmtoff):
    return struct_time(tuple(fields) + (zone, gmtoff))


def _seconds(secs):
    return time() if secs is None else secs


def gmtime(seconds=None):
    """gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,
                          tm_sec, tm_wday, tm_yday, tm_isdst)

Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.
GMT).  When 'seconds' is not passed in, convert the current time instead.

If the platform supports the tm_gmtoff and tm_zone, they are available as
attributes only."""
    return _struct(_time._utc_fields(_seconds(seconds)), 'GMT', 0)


def localtime(seconds=None):
    """localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,
                          tm_sec,tm_wday,tm_yday,tm_isdst)

Convert seconds since the Epoch to a time tuple expressing local time.
When 'seconds' is not passed in, convert the current time instead.
The sandbox's local time zone is UTC."""
    return _struct(_time._utc_fields(_seconds(seconds)), 'UTC', 0)


def _checked_tuple(fname, t):
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % fname)
    return [_time_int(x) for x in t]


def _time_int(x):
    """A field of a time tuple, read as a C int."""
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    if x > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    if x < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    return int(x)


def _normalized_tm(fname, t):
    """Checks a time tuple's ranges like C's checktm and fills in zeros."""
    if t is None:
        t = localtime()
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _checked_tuple(fname, t)
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    if wday < -1:
        raise ValueError('day of week out of range')
    wday = wday % 7
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    return t, [year, mon, mday, hour, minute, sec, wday, yday, isdst]


def _zone_texts(t, isdst):
    zone = getattr(t, 'tm_zone', None)
    if isdst < 0 and zone is None:
        return '', ''
    if zone is None:
        zone = tzname[1 if isdst > 0 else 0]
    return zone, '+0000'


_NO_FORMAT = object()


def strftime(format=_NO_FORMAT, t=None):
    """strftime(format[, tuple]) -> string

Convert a time tuple to a string according to a format specification.
See the library reference manual for formatting codes. When the time tuple
is not present, current time as returned by localtime() is used.
Formatting follows the C locale; GNU extensions such as %-d and %e work."""
    if format is _NO_FORMAT:
        raise TypeError('strftime() takes at least 1 argument (0 given)')
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    t, fields = _normalized_tm('strftime', t)
    zone, offset = _zone_texts(t, fields[8])
    return _time._format(format, tuple(fields[:8]), None, zone, offset)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """strptime(string, format) -> struct_time

Parse a string to a time tuple according to a format specification.
See the library reference manual for formatting codes (same as
strftime())."""
    found = _time._parse(string, format)
    return struct_time(found[:11])


def mktime(t):
    """mktime(tuple) -> floating point number

Convert a time tuple in local time to seconds since the Epoch.
The sandbox's local time zone is UTC, so this is the inverse of gmtime()."""
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _checked_tuple('mktime', t)
    secs = _time._timegm(year, mon, mday, hour, minute, sec)
    if isdst > 0:
        secs -= 3600
    return float(secs)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    """asctime([tuple]) -> string

Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.
When the time tuple is not present, current time as returned by localtime()
is used."""
    t, f = _normalized_tm('asctime', t)
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[f[6]], _MONTHS[f[1] - 1], f[2], f[3], f[4], f[5], f[0])


def ctime(seconds=None):
    """ctime(seconds) -> string

Convert a time in seconds since the Epoch to a string in local time.
This is equivalent to asctime(localtime(seconds)). When the time tuple is
not present, current time as returned by localtime() is used."""
    return asctime(localtime(seconds))


def get_clock_info(name):
    """get_clock_info(name: str) -> dict

Get information of the specified clock (a namespace-like dict here)."""
    infos = {
        'time': ('clock_gettime(CLOCK_REALTIME)', True, False, 1e-09),
        'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', False, True, 1e-09),
        'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', False, True, 1e-09),
        'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', False, True, 1e-09),
        'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', False, True, 1e-09),
    }
    if name not in infos:
        raise ValueError('unknown clock')
    impl, adjustable, monotonic_, resolution = infos[name]
    return _ClockInfo(impl, adjustable, monotonic_, resolution)


class _ClockInfo:
    def __init__(self, implementation, adjustable, monotonic, resolution):
        self.implementation = implementation
        self.adjustable = adjustable
        self.monotonic = monotonic
        self.resolution = resolution

    def __repr__(self):
        return 'namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)' % (
            self.implementation, self.monotonic, self.adjustable, self.resolution)


del _field
`;

export const modules: ModuleDef[] = [
  { name: '_time', summary: 'Native helpers of time and datetime: clocks, strftime, strptime.', build: buildNative },
  { name: 'time', summary: 'Time access and conversions (the local time zone is UTC in the sandbox).', source: TIME_SOURCE },
];
