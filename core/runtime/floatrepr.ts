/**
 * Floats to and from text, exactly as CPython does it: `repr(float)`, the
 * correctly rounded digit generation behind every float format
 * (`doubleToString`, a port of `PyOS_double_to_string`), `float(str)` parsing,
 * `float.hex`/`float.fromhex`, `round(x, n)` and `float.as_integer_ratio`.
 *
 * Digits come from JS's own conversions where those are exact (shortest
 * round-trip digits from `String(x)`, `toFixed`/`toExponential`, which V8
 * rounds correctly except that exact ties go away from zero); exact ties and
 * everything outside those functions' ranges use the exact decimal expansion of
 * the double computed with BigInt, then round half-even like CPython's dtoa.
 */
import { makeException, MemoryErrorType, overflowError, valueError } from './exceptions.js';
import { normBig, type Int } from './int.js';

// ---------------------------------------------------------------------------
// Bits of a double

const scratch = new DataView(new ArrayBuffer(8));

/** A positive finite double as `m * 2**e` with `m` an odd integer below 2**53. */
function decompose(ax: number): { m: number; e: number } {
  scratch.setFloat64(0, ax);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (biased === 0) e = -1074;
  else {
    m += 4503599627370496; // 2**52
    e = biased - 1075;
  }
  // Strip trailing zero bits (m < 2**53 so float arithmetic is exact).
  if (m !== 0) {
    while (m % 65536 === 0) {
      m /= 65536;
      e += 16;
    }
    while (m % 2 === 0) {
      m /= 2;
      e += 1;
    }
  }
  return { m, e };
}

/** Digits (no leading or trailing zeros) and decimal-point position: value = 0.DIGITS * 10**decpt. */
export interface Digits {
  digits: string;
  decpt: number;
}

const pow5Cache: bigint[] = [];

function pow5(k: number): bigint {
  let p = pow5Cache[k];
  if (p === undefined) {
    p = 5n ** BigInt(k);
    if (k <= 1100) pow5Cache[k] = p;
  }
  return p;
}

/** The exact decimal expansion of a positive finite double. */
function exactDigits(ax: number): Digits {
  const { m, e } = decompose(ax);
  if (e >= 0) {
    let s = (BigInt(m) << BigInt(e)).toString();
    const decpt = s.length;
    let end = s.length;
    while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
    if (end !== s.length) s = s.slice(0, end);
    return { digits: s, decpt };
  }
  // m odd, e < 0: m * 2**e = m * 5**-e / 10**-e, and m * 5**-e ends in 5.
  const s = (BigInt(m) * pow5(-e)).toString();
  return { digits: s, decpt: s.length + e };
}

/**
 * Rounds exact digits to `keep` leading digits, half-even (the input has no
 * trailing zeros, so anything after a 5 makes it strictly above half).
 * The result has no trailing zeros; it is empty (value 0) when everything is
 * rounded away, in which case `decpt` is `zeroDecpt`.
 */
function roundDigits(d: Digits, keep: number, zeroDecpt: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', decpt: zeroDecpt };
  const c = digits.charCodeAt(keep);
  let up: boolean;
  if (c > 53) up = true;
  else if (c < 53) up = false;
  else if (keep + 1 < digits.length) up = true;
  else up = keep > 0 && (digits.charCodeAt(keep - 1) & 1) === 1;
  let end = keep;
  if (!up) {
    while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
    if (end === 0) return { digits: '', decpt: zeroDecpt };
    return { digits: digits.slice(0, end), decpt };
  }
  // Round up: drop trailing 9s and bump the last kept digit.
  while (end > 0 && digits.charCodeAt(end - 1) === 57) end--;
  if (end === 0) return { digits: '1', decpt: decpt + 1 };
  return { digits: digits.slice(0, end - 1) + String.fromCharCode(digits.charCodeAt(end - 1) + 1), decpt };
}

/** Digits of a JS-formatted non-negative number string ("123.45", "1.5e-7", "0.000"). */
function digitsOfJs(s: string): Digits {
  let exp = 0;
  let mant = s;
  const ei = s.indexOf('e');
  if (ei >= 0) {
    exp = +s.slice(ei + 1);
    mant = s.slice(0, ei);
  }
  const dot = mant.indexOf('.');
  let intLen = mant.length;
  if (dot >= 0) {
    intLen = dot;
    mant = mant.slice(0, dot) + mant.slice(dot + 1);
  }
  let start = 0;
  while (start < mant.length && mant.charCodeAt(start) === 48) start++;
  let end = mant.length;
  while (end > start && mant.charCodeAt(end - 1) === 48) end--;
  if (start === end) return { digits: '', decpt: 0 };
  return { digits: mant.slice(start, end), decpt: intLen - start + exp };
}

/** Shortest digits that round-trip (dtoa mode 0). */
function shortestDigits(ax: number): Digits {
  return digitsOfJs(String(ax));
}

/** `n >= 1` significant digits, correctly rounded half-even (dtoa mode 2). */
function significantDigits(ax: number, n: number): Digits {
  if (n <= 100) {
    // One more digit than needed, correctly rounded by JS. Unless that digit
    // is a 5 (a possible tie, or a value just below/above one), rounding the
    // string at it gives the correctly rounded n digits.
    const s = ax.toExponential(n);
    const ei = s.indexOf('e');
    const last = s.charCodeAt(ei - 1);
    if (last !== 53) {
      let exp = +s.slice(ei + 1);
      let digits = s[0] + s.slice(2, ei - 1);
      let end = digits.length;
      if (last > 53) {
        while (end > 0 && digits.charCodeAt(end - 1) === 57) end--;
        if (end === 0) {
          digits = '1';
          exp++;
          end = 1;
        } else digits = digits.slice(0, end - 1) + String.fromCharCode(digits.charCodeAt(end - 1) + 1);
      }
      end = digits.length;
      while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
      return { digits: end === digits.length ? digits : digits.slice(0, end), decpt: exp + 1 };
    }
  }
  const d = exactDigits(ax);
  return roundDigits(d, n, 0);
}

/** Digits rounded to `n` places after the point, half-even (dtoa mode 3); `n` may be negative. */
function fixedDigits(ax: number, n: number): Digits {
  if (n >= 0 && n <= 100 && ax < 1e21 && !isFixedTie(ax, n)) {
    const r = digitsOfJs(ax.toFixed(n));
    if (r.digits === '') r.decpt = -n;
    return r;
  }
  const d = exactDigits(ax);
  return roundDigits(d, d.decpt + n, -n);
}

/**
 * True when `ax` lies exactly halfway between two multiples of 10**-n, which
 * happens iff its lowest set bit is 2**-(n+1) (scaling by powers of two is exact).
 */
function isFixedTie(ax: number, n: number): boolean {
  const t = ax * 2 ** (n + 1);
  return Number.isInteger(t) && !Number.isInteger(t / 2);
}

// ---------------------------------------------------------------------------
// repr(float)

/** `repr(x)` / `str(x)` for a float, exactly like CPython. */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (ax === Infinity) return x > 0 ? 'inf' : '-inf';
  const { digits, decpt } = shortestDigits(ax);
  const exp = decpt - 1;
  const mant = digits.length === 1 ? digits : digits[0] + '.' + digits.slice(1);
  const ae = exp < 0 ? -exp : exp;
  return (x < 0 ? '-' : '') + mant + (exp < 0 ? 'e-' : 'e+') + (ae < 10 ? '0' : '') + ae;
}

// ---------------------------------------------------------------------------
// PyOS_double_to_string

/** `doubleToString` flags (CPython's Py_DTSF_*). */
export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

/** Largest string Sandling builds for a format (V8's string length limit). */
export const MAX_STRING_LENGTH = 536870888;

export function memoryError() {
  return makeException(MemoryErrorType);
}

/** `s.repeat(n)` that raises MemoryError instead of a JS RangeError. */
export function repeatStr(s: string, n: number): string {
  if (n <= 0) return '';
  if (n * s.length > MAX_STRING_LENGTH) throw memoryError();
  return s.repeat(n);
}

/**
 * Port of CPython's `PyOS_double_to_string(val, code, precision, flags)`:
 * `code` is one of e E f F g G r ('r' = repr, precision must be 0).
 * Returns e.g. "-1.5e+03", "inf", "NAN".
 */
export function doubleToString(val: number, code: string, precision: number, flags: number): string {
  let fc: string;
  let mode: number;
  switch (code) {
    case 'e':
    case 'E':
      fc = 'e';
      mode = 2;
      precision++;
      break;
    case 'f':
    case 'F':
      fc = 'f';
      mode = 3;
      break;
    case 'g':
    case 'G':
      fc = 'g';
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case 'r':
      fc = 'r';
      mode = 0;
      break;
    default:
      throw new Error(`doubleToString: bad format code ${code}`);
  }
  const upper = code !== fc;
  const alwaysSign = (flags & DTSF_SIGN) !== 0;
  if (val !== val) return (alwaysSign ? '+' : '') + (upper ? 'NAN' : 'nan');
  let neg = val < 0 || (val === 0 && 1 / val < 0);
  const ax = neg ? -val : val;
  if (ax === Infinity) return (neg ? '-' : alwaysSign ? '+' : '') + (upper ? 'INF' : 'inf');
  const alt = (flags & DTSF_ALT) !== 0;

  // Fast path: fixed notation straight from toFixed when it is exact.
  if (fc === 'f' && precision <= 100 && ax < 1e21 && !isFixedTie(ax, precision)) {
    let s = ax.toFixed(precision);
    if (alt && precision === 0) s += '.';
    if (neg && (flags & DTSF_NO_NEG_0) !== 0 && isZeroText(s)) neg = false;
    return neg ? '-' + s : alwaysSign ? '+' + s : s;
  }

  let d: Digits;
  if (ax === 0) d = { digits: '0', decpt: 1 };
  else if (mode === 0) d = shortestDigits(ax);
  else if (mode === 2) d = significantDigits(ax, precision);
  else d = fixedDigits(ax, precision);
  const digits = d.digits;
  let decpt = d.decpt;
  const dlen = digits.length;
  if (neg && (flags & DTSF_NO_NEG_0) !== 0 && (dlen === 0 || (dlen === 1 && digits === '0'))) neg = false;

  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  let useExp = false;
  let vEnd = dlen;
  let exp = 0;
  switch (fc) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default: // 'r'
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  if (vEnd - vStart > MAX_STRING_LENGTH) throw memoryError();

  let out = neg ? '-' : alwaysSign ? '+' : '';
  if (decpt <= 0) out += '0.' + '0'.repeat(-decpt);
  if (decpt > 0 && decpt <= dlen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (dlen < decpt) out += '0'.repeat(decpt - dlen) + '.' + '0'.repeat(vEnd - decpt);
  else if (vEnd > dlen) out += '0'.repeat(vEnd - dlen);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return out;
}

function isZeroText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 48 && c !== 46) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// round(x, n) and as_integer_ratio

/**
 * `round(x, ndigits)` for a float with an int `ndigits`: correctly rounded
 * half-even on the exact value, like CPython (the one-argument form, which
 * returns an int, is the caller's). Raises OverflowError when the rounded
 * value is too large ("rounded value too large to represent").
 */
export function roundFloat(x: number, ndigits: number | bigint): number {
  if (!Number.isFinite(x)) return x;
  // CPython clips ndigits to a Py_ssize_t; anything beyond +-323/308 behaves the same.
  const n = typeof ndigits === 'bigint' ? (ndigits > 400n ? 400 : ndigits < -400n ? -400 : Number(ndigits)) : ndigits;
  if (n > 323) return x;
  if (n < -308) return 0 * x;
  if (x === 0) return x;
  const neg = x < 0;
  const ax = neg ? -x : x;
  let r: number;
  if (n >= 0 && n <= 100 && ax < 1e21 && !isFixedTie(ax, n)) {
    r = Number(ax.toFixed(n));
  } else {
    const d = fixedDigits(ax, n);
    r = d.digits === '' ? 0 : Number(d.digits + 'e' + (d.decpt - d.digits.length));
  }
  if (r === Infinity) throw overflowError('rounded value too large to represent');
  return neg ? -r : r;
}

/** `float.as_integer_ratio()`: the exact value as a normalized (numerator, denominator) pair. */
export function floatAsIntegerRatio(x: number): [Int, Int] {
  if (x !== x) throw valueError('cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  const neg = x < 0;
  const { m, e } = decompose(neg ? -x : x);
  const sm = neg ? -m : m;
  if (e >= 0) {
    const v = sm * 2 ** e;
    if (Number.isSafeInteger(v)) return [v, 1];
    return [normBig(BigInt(sm) << BigInt(e)), 1];
  }
  const den = -e <= 52 ? 2 ** -e : normBig(1n << BigInt(-e));
  return [sm, den];
}

// ---------------------------------------------------------------------------
// float(str)

const PY_NONASCII_SPACE = /^[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The digit value of a Unicode decimal digit (CPython's Py_UNICODE_TODECIMAL),
 * or -1. Decimal digits are encoded in contiguous runs of ten starting at zero.
 */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return -1;
  if (!DECIMAL_DIGIT.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * `float(text)` parsing like CPython: surrounding whitespace, a sign, `_`
 * between digits, `inf`/`infinity`/`nan` in any case, Unicode decimal digits.
 * Hex is not accepted (that is `float.fromhex`). Returns null when the text is
 * not a float literal; the caller raises
 * "could not convert string to float: <repr of text>".
 */
export function parseFloatLiteral(text: string): number | null {
  let s = text;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 127) {
      s = asciiFloatText(s);
      break;
    }
  }
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  if (start !== 0 || end !== s.length) s = s.slice(start, end);
  if (s.includes('_')) {
    let out = '';
    let prev = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 95) {
        if (!(prev >= 48 && prev <= 57)) return null;
      } else {
        if (prev === 95 && !(c >= 48 && c <= 57)) return null;
        out += s[i];
      }
      prev = c;
    }
    if (prev === 95) return null;
    s = out;
  }
  if (!FLOAT_SYNTAX.test(s)) return null;
  const c0 = s.charCodeAt(0);
  const body = c0 === 43 || c0 === 45 ? s.slice(1) : s;
  const b0 = body.charCodeAt(0) | 0x20;
  if (b0 === 105) return c0 === 45 ? -Infinity : Infinity; // inf / infinity
  if (b0 === 110) return NaN;
  return Number(s);
}

/** CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII digits and spaces to ASCII. */
function asciiFloatText(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (PY_NONASCII_SPACE.test(ch)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// float.hex / float.fromhex

/** `float.hex()`: e.g. '0x1.8000000000000p+0', '-0x0.0p+0', 'inf'. */
export function floatToHex(x: number): string {
  if (!Number.isFinite(x)) return floatRepr(x);
  if (x === 0) return 1 / x < 0 ? '-0x0.0p+0' : '0x0.0p+0';
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = ((hi & 0xfffff) * 4294967296 + lo).toString(16).padStart(13, '0');
  const lead = biased === 0 ? '0' : '1';
  const exp = biased === 0 ? -1022 : biased - 1023;
  return (x < 0 ? '-0x' : '0x') + lead + '.' + frac + 'p' + (exp < 0 ? '-' : '+') + Math.abs(exp);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

const INF_NAN_PREFIX = /^[+-]?(?:infinity|inf|nan)/i;

/**
 * `float.fromhex(s)`: correctly rounded (half-even), raising ValueError
 * "invalid hexadecimal floating-point string" or OverflowError
 * "hexadecimal value too large to represent as a float" like CPython.
 */
export function floatFromHex(text: string): number {
  const n = text.length;
  let i = 0;
  while (i < n && isAsciiSpace(text.charCodeAt(i))) i++;
  let x: number;
  const special = INF_NAN_PREFIX.exec(text.slice(i, i + 9));
  if (special) {
    const word = special[0];
    const neg = word[0] === '-';
    const body = (word[0] === '-' || word[0] === '+' ? word.slice(1) : word).toLowerCase();
    x = body === 'nan' ? NaN : neg ? -Infinity : Infinity;
    i += word.length;
  } else {
    let neg = false;
    if (text[i] === '-') {
      neg = true;
      i++;
    } else if (text[i] === '+') i++;
    if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) i += 2;
    const intStart = i;
    while (i < n && hexValue(text.charCodeAt(i)) >= 0) i++;
    const intDigits = text.slice(intStart, i);
    let fracDigits = '';
    if (text[i] === '.') {
      i++;
      const fracStart = i;
      while (i < n && hexValue(text.charCodeAt(i)) >= 0) i++;
      fracDigits = text.slice(fracStart, i);
    }
    if (intDigits.length + fracDigits.length === 0) throw invalidHex();
    let exp = 0;
    if (text[i] === 'p' || text[i] === 'P') {
      i++;
      const expStart = i;
      if (text[i] === '-' || text[i] === '+') i++;
      const digitsStart = i;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      if (i === digitsStart) throw invalidHex();
      exp = Number(text.slice(expStart, i));
    }
    x = hexToDouble(intDigits + fracDigits, exp - 4 * fracDigits.length);
    if (neg) x = -x;
  }
  while (i < n && isAsciiSpace(text.charCodeAt(i))) i++;
  if (i !== n) throw invalidHex();
  return x;
}

function invalidHex() {
  return valueError('invalid hexadecimal floating-point string');
}

function hexOverflow() {
  return overflowError('hexadecimal value too large to represent as a float');
}

/** The double nearest to int(hexDigits, 16) * 2**exp (half-even); raises on overflow. */
function hexToDouble(hexDigits: string, exp: number): number {
  let start = 0;
  while (start < hexDigits.length && hexDigits.charCodeAt(start) === 48) start++;
  if (start === hexDigits.length) return 0;
  const digits = hexDigits.slice(start);
  const mant = BigInt('0x' + digits);
  const bits = (digits.length - 1) * 4 + (32 - Math.clz32(hexValue(digits.charCodeAt(0))));
  const topExp = bits + exp; // value in [2**(topExp-1), 2**topExp)
  if (topExp > 1024) throw hexOverflow();
  if (topExp < -1074) return 0;
  const lsb = Math.max(topExp, -1021) - 53;
  if (exp >= lsb) return Number(mant) * 2 ** exp;
  const shift = BigInt(lsb - exp);
  let q = mant >> shift;
  const rem = mant - (q << shift);
  const half = 1n << (shift - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  const r = Number(q) * 2 ** lsb;
  if (r === Infinity) throw hexOverflow();
  return r;
}
