/**
 * The format-spec mini-language (`format(x, spec)`, f-strings, `str.format`)
 * for int, float and str, ported from CPython's Python/formatter_unicode.c:
 *
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * Parsing, the number layout (sign, prefix, padding, grouping with zero
 * padding) and every error message follow CPython 3.11. Parsed specs are
 * cached, so the common short specs of f-strings in loops cost a Map lookup.
 */
import { overflowError, valueError } from './exceptions.js';
import { intToDecimal, type Int } from './int.js';
import {
  decimalValue, doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, floatRepr, MAX_STRING_LENGTH, memoryError, repeatStr,
} from './floatrepr.js';

/** A parsed format spec; defaults are already resolved for the kind of object formatted. */
export interface FormatSpec {
  /** One code point. */
  fill: string;
  /** '<', '>', '^' or '='. */
  align: string;
  /** '+', '-', ' ' or '' (none given). */
  sign: string;
  /** The `z` flag (negative zero to positive). */
  z: boolean;
  /** The `#` flag. */
  alt: boolean;
  /** -1 when not given. */
  width: number;
  /** ',', '_' or ''. */
  grouping: string;
  /** -1 when not given. */
  precision: number;
  /** The presentation type (one code point), or '' for floats with no type. */
  type: string;
}

/** Which object's defaults apply: int (type 'd', right-aligned), float (no type, right), str ('s', left). */
export type SpecKind = 'int' | 'float' | 'str';

const PY_SSIZE_T_MAX = '9223372036854775807';
const INT_MAX = 2147483647;

// ---------------------------------------------------------------------------
// Code-point helpers

/** Number of code points in `s`. */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first `n` code points of `s`. */
export function cpPrefix(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
  }
  return s.slice(0, i);
}

/** The code point at UTF-16 index `i` as a string (1 or 2 units). */
function cpAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return s.slice(i, i + 2);
  }
  return s[i];
}

/** How CPython shows a presentation type in error messages ('d', or '\x1f600' outside 33..127). */
export function typeCodeText(type: string): string {
  const c = type.codePointAt(0)!;
  return c > 32 && c < 128 ? type : '\\x' + c.toString(16);
}

// ---------------------------------------------------------------------------
// Parsing

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/**
 * Reads a run of decimal digits (any Unicode decimal digits, like CPython).
 * Returns [value, nextPos, digitCount]; raises "Too many decimal digits in
 * format string" above PY_SSIZE_T_MAX.
 */
function readInteger(spec: string, pos: number): [number, number, number] {
  let i = pos;
  let ascii = '';
  let count = 0;
  while (i < spec.length) {
    const c = spec.charCodeAt(i);
    let d: number;
    let w = 1;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c < 128) break;
    else {
      const cp = spec.codePointAt(i)!;
      d = decimalValue(cp);
      if (d < 0) break;
      w = cp > 0xffff ? 2 : 1;
    }
    if (!(d === 0 && ascii === '')) ascii += String.fromCharCode(48 + d);
    i += w;
    count++;
  }
  if (ascii.length > 19 || (ascii.length === 19 && ascii > PY_SSIZE_T_MAX)) {
    throw valueError('Too many decimal digits in format string');
  }
  return [ascii === '' ? 0 : Number(ascii), i, count];
}

function parseSpec(spec: string, kind: SpecKind, typeName: string): FormatSpec {
  const defaultAlign = kind === 'str' ? '<' : '>';
  const end = spec.length;
  let pos = 0;
  let fill = ' ';
  let align = defaultAlign;
  let fillSpecified = false;
  let alignSpecified = false;
  const first = end > 0 ? cpAt(spec, 0) : '';
  if (end - first.length >= 1 && isAlign(spec[first.length])) {
    fill = first;
    align = spec[first.length];
    fillSpecified = alignSpecified = true;
    pos = first.length + 1;
  } else if (end >= 1 && isAlign(spec[0])) {
    align = spec[0];
    alignSpecified = true;
    pos = 1;
  }
  let sign = '';
  const s0 = spec[pos];
  if (s0 === '+' || s0 === '-' || s0 === ' ') {
    sign = s0;
    pos++;
  }
  let z = false;
  if (spec[pos] === 'z') {
    z = true;
    pos++;
  }
  let alt = false;
  if (spec[pos] === '#') {
    alt = true;
    pos++;
  }
  if (!fillSpecified && spec[pos] === '0') {
    fill = '0';
    if (!alignSpecified && defaultAlign === '>') align = '=';
    pos++;
  }
  let [width, next, count] = readInteger(spec, pos);
  pos = next;
  if (count === 0) width = -1;
  let grouping = '';
  if (spec[pos] === ',') {
    grouping = ',';
    pos++;
  }
  if (spec[pos] === '_') {
    if (grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (spec[pos] === ',' && grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  let precision = -1;
  if (spec[pos] === '.') {
    pos++;
    [precision, next, count] = readInteger(spec, pos);
    pos = next;
    if (count === 0) throw valueError('Format specifier missing precision');
  }
  let type = kind === 'int' ? 'd' : kind === 'str' ? 's' : '';
  if (pos < end) {
    const t = cpAt(spec, pos);
    if (pos + t.length < end) {
      throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    }
    type = t;
  }
  if (grouping !== '') {
    const allowed = type === 'd' || type === 'e' || type === 'f' || type === 'g' || type === 'E' || type === 'G'
      || type === '%' || type === 'F' || type === ''
      // Underscores (every four digits) are allowed in bin/oct/hex.
      || (grouping === '_' && (type === 'b' || type === 'o' || type === 'x' || type === 'X'));
    if (!allowed) throw valueError(`Cannot specify '${grouping}' with '${typeCodeText(type)}'.`);
  }
  return { fill, align, sign, z, alt, width, grouping, precision, type };
}

const caches: Record<SpecKind, Map<string, FormatSpec>> = { int: new Map(), float: new Map(), str: new Map() };
const CACHE_LIMIT = 512;

/**
 * Parses a format spec like CPython for an object of the given kind
 * (`typeName` is only used in error messages). Raises CPython's ValueErrors.
 * The result is shared (cached): do not mutate it.
 */
export function parseFormatSpec(spec: string, kind: SpecKind = 'float', typeName: string = kind): FormatSpec {
  const cache = caches[kind];
  let f = cache.get(spec);
  if (f === undefined) {
    f = parseSpec(spec, kind, typeName);
    if (spec.length <= 40) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(spec, f);
    }
  }
  return f;
}

/**
 * The width plus precision a spec asks for (0 when it has neither, or when it
 * cannot be parsed: formatting then raises the proper error). Lets the
 * interpreter refuse e.g. f'{1:>1000000000}' before any string is built.
 */
export function formatSpecWidth(spec: string): number {
  if (spec.length === 0) return 0;
  try {
    const f = parseSpec(spec, 'float', '');
    return (f.width > 0 ? f.width : 0) + (f.precision > 0 ? f.precision : 0);
  } catch {
    return 0;
  }
}

function unknownCode(type: string, typeName: string) {
  return valueError(`Unknown format code '${typeCodeText(type)}' for object of type '${typeName}'`);
}

// ---------------------------------------------------------------------------
// Number layout (calc_number_widths + fill_number)

/**
 * Inserts `sep` every `size` digits from the right (size 0: no grouping),
 * padding with zeros up to `minWidth` characters like CPython's
 * _PyUnicode_InsertThousandsGrouping (so zero padding is grouped too).
 */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  let min = minWidth > 0 ? minWidth : 0;
  if (min > MAX_STRING_LENGTH) throw memoryError();
  if (size === 0) return min > digits.length ? '0'.repeat(min - digits.length) + digits : digits;
  let remaining = digits.length;
  if (min <= remaining) {
    // No zero padding: plain groups from the right.
    if (remaining <= size) return digits;
    const head = remaining % size || size;
    let out = digits.slice(0, head);
    for (let i = head; i < remaining; i += size) out += sep + digits.slice(i, i + size);
    return out;
  }
  let pos = remaining;
  const parts: string[] = [];
  for (;;) {
    const len = Math.min(size, Math.max(remaining, min, 1));
    const nChars = Math.min(remaining, len);
    const nZeros = len - nChars;
    const chunk = digits.slice(pos - nChars, pos);
    parts.push(nZeros > 0 ? '0'.repeat(nZeros) + chunk : chunk);
    pos -= nChars;
    remaining -= nChars;
    min -= len;
    if (remaining <= 0 && min <= 0) break;
    min -= sep.length;
  }
  parts.reverse();
  return parts.join(sep);
}

/**
 * Lays out a number: [lpad][sign][prefix][spad][grouped digits][rest][rpad].
 * `rest` (decimal point, fraction, exponent, '%', or the 'c' character) is
 * copied as is and counts `restLen` code points.
 */
function layoutNumber(
  f: FormatSpec, neg: boolean, prefix: string, digits: string, rest: string, restLen: number, sep: string, groupSize: number,
): string {
  const sign = f.sign === '+' ? (neg ? '-' : '+') : f.sign === ' ' ? (neg ? '-' : ' ') : neg ? '-' : '';
  const nonDigits = sign.length + prefix.length + restLen;
  const width = f.width;
  const minWidth = f.fill === '0' && f.align === '=' ? width - nonDigits : 0;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, sep, groupSize);
  const pad = width - (nonDigits + grouped.length);
  if (pad <= 0) return sign + prefix + grouped + rest;
  switch (f.align) {
    case '<':
      return sign + prefix + grouped + rest + repeatStr(f.fill, pad);
    case '^': {
      const left = Math.floor(pad / 2);
      return repeatStr(f.fill, left) + sign + prefix + grouped + rest + repeatStr(f.fill, pad - left);
    }
    case '=':
      return sign + prefix + repeatStr(f.fill, pad) + grouped + rest;
    default:
      return repeatStr(f.fill, pad) + sign + prefix + grouped + rest;
  }
}

// ---------------------------------------------------------------------------
// int

/**
 * `format(x, spec)` for an int (`int.__format__`). A JS boolean formats as a
 * bool (`format(True, '')` is 'True', `format(True, 'd')` is '1'). An empty
 * spec gives str(x) for exact ints; int subclasses with their own __str__ are
 * the caller's. `typeName` is used in error messages.
 */
export function formatInt(x: Int | boolean, spec: string, typeName?: string): string {
  if (typeof x === 'boolean') {
    if (spec === '') return x ? 'True' : 'False';
    return formatInt(x ? 1 : 0, spec, typeName ?? 'bool');
  }
  if (spec === '' || spec === 'd') return intToDecimal(x);
  const f = parseFormatSpec(spec, 'int', typeName ?? 'int');
  return formatIntSpec(x, f, typeName ?? 'int');
}

/** `int.__format__` with an already parsed spec (see `parseFormatSpec(spec, 'int')`). */
export function formatIntSpec(x: Int, f: FormatSpec, typeName = 'int'): string {
  const type = f.type;
  switch (type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const v = typeof x === 'number' ? x : Number(x);
      if (!Number.isFinite(v)) throw overflowError('int too large to convert to float');
      return formatFloatSpec(v, f);
    }
    default:
      throw unknownCode(type, typeName);
  }
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.z) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof x === 'bigint' && (x >= 2n ** 63n || x < -(2n ** 63n))) {
      throw overflowError('Python int too large to convert to C long');
    }
    if (x < 0 || x > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', String.fromCodePoint(Number(x)), 1, '', 0);
  }
  const neg = x < 0;
  let digits: string;
  let prefix = '';
  let groupSize = 3;
  if (type === 'd' || type === 'n') {
    digits = intToDecimal(x);
    if (neg) digits = digits.slice(1);
  } else {
    const base = type === 'b' ? 2 : type === 'o' ? 8 : 16;
    digits = typeof x === 'number' ? Math.abs(x).toString(base) : (x < 0n ? -x : x).toString(base);
    if (f.alt) prefix = type === 'b' ? '0b' : type === 'o' ? '0o' : '0x';
    if (type === 'X') {
      digits = digits.toUpperCase();
      prefix = prefix.toUpperCase();
    }
    groupSize = 4;
  }
  // Fast path: nothing to pad or group.
  if (f.width <= 0 && f.grouping === '' && f.sign !== '+' && f.sign !== ' ') return (neg ? '-' : '') + prefix + digits;
  const sep = type === 'n' ? '' : f.grouping;
  return layoutNumber(f, neg, prefix, digits, '', 0, sep, sep === '' ? 0 : groupSize);
}

// ---------------------------------------------------------------------------
// float

/**
 * `format(x, spec)` for a float (`float.__format__`); an empty spec gives
 * repr(x). `typeName` is used in error messages.
 */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, 'float', typeName);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(x, f);
    default:
      throw unknownCode(f.type, typeName);
  }
}

/** Port of format_float_internal (the type is known to be a float type). */
function formatFloatSpec(x: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) throw valueError('precision too big');
  let flags = 0;
  if (f.alt) flags |= DTSF_ALT;
  if (f.z) flags |= DTSF_NO_NEG_0;
  let type = f.type;
  let defaultPrecision = 6;
  if (type === '') {
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  } else if (type === 'n') type = 'g';
  let val = x;
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf = doubleToString(val, type, precision, flags);
  if (pct) buf += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.grouping === '') return buf;
  let i = 0;
  const neg = buf.charCodeAt(0) === 45;
  if (neg) i = 1;
  let j = i;
  while (j < buf.length) {
    const c = buf.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  const digits = buf.slice(i, j);
  const rest = buf.slice(j);
  const sep = f.type === 'n' ? '' : f.grouping;
  return layoutNumber(f, neg, '', digits, rest, rest.length, sep, sep === '' ? 0 : 3);
}

// ---------------------------------------------------------------------------
// str

/** `format(s, spec)` for a str (`str.__format__`). `typeName` is used in error messages. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, 'str', typeName);
  if (f.type !== 's') throw unknownCode(f.type, typeName);
  if (f.sign !== '') {
    throw valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.z) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alt) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  const width = f.width;
  const precision = f.precision;
  // Lengths count code points; s.length is an upper bound of that.
  if (width <= 0 && (precision === -1 || precision >= s.length)) return s;
  let len = cpLength(s);
  if ((width === -1 || width <= len) && (precision === -1 || precision >= len)) return s;
  let str = s;
  if (precision >= 0 && len >= precision) {
    str = cpPrefix(s, precision);
    len = precision;
  }
  const pad = width - len;
  if (pad <= 0) return str;
  if (f.align === '>') return repeatStr(f.fill, pad) + str;
  if (f.align === '^') {
    const left = Math.floor(pad / 2);
    return repeatStr(f.fill, left) + str + repeatStr(f.fill, pad - left);
  }
  return str + repeatStr(f.fill, pad);
}
