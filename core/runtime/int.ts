/**
 * Python int arithmetic on the dual representation: a JS number when the value
 * is a safe integer, a bigint otherwise (never a bigint in the safe range, so
 * `===` is int equality and -0 never appears). Every function returns a
 * normalized int. Division by zero and bad shift counts raise Python errors.
 */
import { valueError, zeroDivisionError, type PyBaseException } from './exceptions.js';
import { decimalValue } from './floatrepr.js';

export type Int = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BIG = BigInt(MAX);
const MIN_BIG = -MAX_BIG;

/** Normalizes a bigint result: back to a number when it fits. */
export function normBig(b: bigint): Int {
  return b >= MIN_BIG && b <= MAX_BIG ? Number(b) : b;
}

/** The int as a bigint. */
export function big(a: Int): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

export function isInt(v: unknown): v is Int {
  return typeof v === 'number' || typeof v === 'bigint';
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normBig(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normBig(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // If the true product exceeded 2^53 the rounded one does too, so this test is exact.
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  return normBig(big(a) * big(b));
}

/**
 * `(x * y + z) % m` for safe ints and 0 < m <= 2**32, exactly and without
 * bigints (the product may pass 2**53, as in hash and random-number loops):
 * the factors are reduced mod m and multiplied in 16-bit halves.
 */
export function mulAddMod(x: number, y: number, z: number, m: number): number {
  const p = x * y + z;
  if (p <= MAX && p >= -MAX && Math.abs(x * y) <= MAX) return intMod(p, m) as number;
  const xr = intMod(x, m) as number;
  const yr = intMod(y, m) as number;
  let prod: number;
  if (xr * yr <= MAX) {
    prod = (xr * yr) % m;
  } else {
    const hi = Math.floor(yr / 65536);
    const lo = yr % 65536;
    prod = ((((xr * hi) % m) * 65536) % m + ((xr * lo) % m)) % m;
  }
  return (prod + (intMod(z, m) as number)) % m;
}

export function intNeg(a: Int): Int {
  return typeof a === 'number' ? 0 - a : normBig(-a);
}

export function intAbs(a: Int): Int {
  if (typeof a === 'number') return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

export function intSign(a: Int): number {
  if (typeof a === 'number') return a > 0 ? 1 : a < 0 ? -1 : 0;
  return a > 0n ? 1 : a < 0n ? -1 : 0;
}

/** The ZeroDivisionError of an int `//`, `%` or `/` by zero (generated code raises it inline). */
export function intDivisionByZero(op: '//' | '%' | '/'): PyBaseException {
  return zeroDivisionError(op === '//' ? 'integer division or modulo by zero' : op === '%' ? 'integer modulo by zero' : 'division by zero');
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw intDivisionByZero('//');
    const m = a % b; // exact for doubles
    let q = (a - m) / b; // exact: a - m is a multiple of b
    if (m !== 0 && (m < 0) !== (b < 0)) q -= 1;
    return q + 0;
  }
  const bb = big(b);
  if (bb === 0n) throw intDivisionByZero('//');
  const ba = big(a);
  let q = ba / bb;
  if ((ba % bb !== 0n) && ((ba < 0n) !== (bb < 0n))) q -= 1n;
  return normBig(q);
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw intDivisionByZero('%');
    let m = a % b;
    if (m !== 0 && (m < 0) !== (b < 0)) m += b;
    return m + 0;
  }
  const bb = big(b);
  if (bb === 0n) throw intDivisionByZero('%');
  let m = big(a) % bb;
  if (m !== 0n && (m < 0n) !== (bb < 0n)) m += bb;
  return normBig(m);
}

/** `a ** b` for b >= 0 (the caller handles negative exponents as floats). */
export function intPow(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    let result = 1;
    let base = a;
    let e = b;
    // Square-and-multiply while every intermediate stays exact.
    while (e > 0) {
      if (e % 2 === 1) {
        result *= base;
        if (result > MAX || result < -MAX) return normBig(big(a) ** big(b));
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base > MAX) return normBig(big(a) ** big(b));
      }
    }
    return result + 0;
  }
  return normBig(big(a) ** big(b));
}

/** Three-argument pow; `e` may be negative (modular inverse). */
export function intPowMod(a: Int, e: Int, m: Int): Int {
  let mod = big(m);
  if (mod === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = ((big(a) % mod) + mod) % mod;
  let exp = big(e);
  if (exp < 0n) {
    const inv = modInverse(base, mod);
    if (inv === null) throw valueError('base is not invertible for the given modulus');
    base = inv;
    exp = -exp;
  }
  let result = 1n % mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  if (negMod && result !== 0n) result -= mod;
  return normBig(result);
}

function modInverse(a: bigint, m: bigint): bigint | null {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return null;
  return ((oldS % m) + m) % m;
}

export function intLshift(a: Int, n: Int): Int {
  if (intSign(n) < 0) throw valueError('negative shift count');
  if (typeof a === 'number' && typeof n === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normBig(big(a) << big(n));
}

export function intRshift(a: Int, n: Int): Int {
  if (intSign(n) < 0) throw valueError('negative shift count');
  if (typeof a === 'number') {
    if (typeof n === 'bigint' || n > 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n) + 0;
  }
  if (typeof n === 'bigint') return a < 0n ? -1 : 0;
  return normBig(a >> BigInt(n));
}

const I32_MIN = -(2 ** 31);
const I32_MAX = 2 ** 31 - 1;

function bothInt32(a: Int, b: Int): boolean {
  return typeof a === 'number' && typeof b === 'number' && a >= I32_MIN && a <= I32_MAX && b >= I32_MIN && b <= I32_MAX;
}

export function intAnd(a: Int, b: Int): Int {
  if (bothInt32(a, b)) return (a as number) & (b as number);
  return normBig(big(a) & big(b));
}

export function intOr(a: Int, b: Int): Int {
  if (bothInt32(a, b)) return (a as number) | (b as number);
  return normBig(big(a) | big(b));
}

export function intXor(a: Int, b: Int): Int {
  if (bothInt32(a, b)) return (a as number) ^ (b as number);
  return normBig(big(a) ^ big(b));
}

export function intInvert(a: Int): Int {
  return intSub(intNeg(a), 1);
}

export function intCompare(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Number of bits in |a| (int.bit_length). */
export function bitLength(a: Int): number {
  if (typeof a === 'number') {
    const x = Math.abs(a);
    return x < 2 ** 32 ? 32 - Math.clz32(x) : x.toString(2).length;
  }
  const x = a < 0n ? -a : a;
  return x.toString(2).length;
}

/** Converts an int to the nearest float value, or null when it is too large (OverflowError for the caller). */
export function intToFloat(a: Int): number | null {
  if (typeof a === 'number') return a;
  const f = Number(a);
  return Number.isFinite(f) ? f : null;
}

/** Exact int from an integral finite float. */
export function intFromFloat(f: number): Int {
  const t = Math.trunc(f);
  if (t <= MAX && t >= -MAX) return t + 0;
  return normBig(BigInt(t));
}

/** CPython's default limit on int <-> decimal str conversions. */
export const INT_MAX_STR_DIGITS = 4300;

/** Decimal digits of |a| (exact for bigints; used for the 4300-digit limit). */
export function decimalDigits(a: Int): number {
  const s = typeof a === 'number' ? String(Math.abs(a)) : (a < 0n ? -a : a).toString();
  return s.length;
}

/** `str(int)`: decimal, refusing more than 4300 digits like CPython. */
export function intToDecimal(a: Int): string {
  if (typeof a === 'number') return String(a);
  // Quick reject before building a huge string: log10(2) * bits.
  const bits = a < 0n ? (-a).toString(16).length * 4 : a.toString(16).length * 4;
  if (bits * 0.30103 > INT_MAX_STR_DIGITS + 4) throw tooManyDigitsForStr();
  const s = a.toString();
  const digits = s[0] === '-' ? s.length - 1 : s.length;
  if (digits > INT_MAX_STR_DIGITS) throw tooManyDigitsForStr();
  return s;
}

function tooManyDigitsForStr() {
  return valueError(`Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

/** Maps non-ASCII Unicode decimal digits (e.g. '٣') to ASCII, as CPython's int() accepts them. */
function asciiDigits(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text.replace(/\p{Nd}/gu, (d) => {
    const v = decimalValue(d.codePointAt(0)!);
    return v >= 0 ? String(v) : d;
  });
}

const DIGIT_VALUE: Record<string, number> = (() => {
  const t: Record<string, number> = Object.create(null);
  for (let i = 0; i < 10; i++) t[String(i)] = i;
  for (let i = 0; i < 26; i++) {
    t[String.fromCharCode(97 + i)] = 10 + i;
    t[String.fromCharCode(65 + i)] = 10 + i;
  }
  return t;
})();

/**
 * Parses an int like CPython's `int(s, base)`: surrounding whitespace, a sign,
 * `_` between digits, `0x`/`0o`/`0b` prefixes (base 0 or matching base).
 * Returns null when the text is not a valid literal (the caller builds the message).
 */
export function parseIntLiteral(text: string, base: number): Int | null {
  if (base === 10 && text.length <= 15 && text.length > 0) {
    // Plain decimal digits (the usual case): no regex, no parseInt.
    let v = 0;
    for (let i = 0; i < text.length; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) {
        v = -1;
        break;
      }
      v = v * 10 + d;
    }
    if (v >= 0) return v;
  }
  let s = asciiDigits(text).trim();
  // Python also strips other Unicode whitespace; trim() covers the same set closely enough.
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  const prefix = s.slice(0, 2).toLowerCase();
  const prefixBase = prefix === '0x' ? 16 : prefix === '0o' ? 8 : prefix === '0b' ? 2 : 0;
  if (prefixBase && (b === 0 || b === prefixBase)) {
    b = prefixBase;
    s = s.slice(2);
    if (s[0] === '_') s = s.slice(1);
  } else if (b === 0) {
    b = 10;
    // Base 0 forbids leading zeros in non-zero decimal literals.
    if (/^0+(_?0)*$/.test(s)) return 0;
    if (s[0] === '0') return null;
  }
  if (s.length === 0 || s[0] === '_' || s[s.length - 1] === '_' || s.includes('__')) return null;
  const digits = s.replace(/_/g, '');
  for (let i = 0; i < digits.length; i++) {
    const d = DIGIT_VALUE[digits[i]];
    if (d === undefined || d >= b) return null;
  }
  if (b === 10 && digits.length > INT_MAX_STR_DIGITS) {
    throw valueError(`Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let value: Int;
  if (digits.length <= 10 && b <= 36) {
    value = parseInt(digits, b);
    if (!Number.isSafeInteger(value)) value = normBig(bigFromDigits(digits, b));
  } else {
    value = normBig(bigFromDigits(digits, b));
  }
  return neg ? intNeg(value) : value;
}

function bigFromDigits(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  if (base === 16) return BigInt('0x' + digits);
  if (base === 8) return BigInt('0o' + digits);
  if (base === 2) return BigInt('0b' + digits);
  const bb = BigInt(base);
  let r = 0n;
  for (let i = 0; i < digits.length; i++) r = r * bb + BigInt(DIGIT_VALUE[digits[i]]);
  return r;
}

/** Formats |a| in base 2, 8 or 16 with Python's prefix (`bin`, `oct`, `hex`). */
export function intToBase(a: Int, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  const neg = intSign(a) < 0;
  const mag = typeof a === 'number' ? Math.abs(a).toString(base) : (neg ? -a : a).toString(base);
  return (neg ? '-' : '') + prefix + mag;
}
