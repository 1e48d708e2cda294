/**
 * printf-style formatting, `fmt % args` on str: a port of CPython 3.11's
 * PyUnicode_Format (Objects/unicodeobject.c) with its argument handling,
 * flags, `*` widths, `%(key)` mapping lookups, conversions and error messages.
 * Everything that needs the interpreter comes in through `PercentHooks`.
 */
import { overflowError, typeError, valueError } from './exceptions.js';
import { intToDecimal, type Int } from './int.js';
import { doubleToString, DTSF_ALT, repeatStr } from './floatrepr.js';
import { cpLength, cpPrefix } from './formatspec.js';
import type { Value } from './object.js';

/** What `percentFormat` needs from the interpreter. */
export interface PercentHooks {
  /** str(v) (for %s). */
  str(v: Value): string;
  /** repr(v) (for %r). */
  repr(v: Value): string;
  /** ascii(v) (for %a). */
  ascii(v: Value): string;
  /**
   * CPython's PyMapping_Check: true when v's type has __getitem__ (dict, list,
   * user classes...). Tuples and str (and their subclasses) never count; JS
   * strings are excluded here, str subclasses must answer false.
   */
  isMapping(v: Value): boolean;
  /** mapping[key] for %(key)s; raises KeyError (or whatever __getitem__ raises). */
  getItem(mapping: Value, key: string): Value;
  /** True for tuples, including tuple subclasses. */
  isTuple(v: Value): boolean;
  tupleItems(v: Value): Value[];
  /**
   * The int for %d %i %u (int(v) for non-ints) and %o %x %X (v.__index__());
   * raises "%d format: a real number is required, not str" /
   * "%x format: an integer is required, not float" itself. `conv` is the
   * conversion character.
   */
  toInt(v: Value, conv: string): Int;
  /** The float for %e %f %g...; raises "must be real number, not str". */
  toFloat(v: Value): number;
  /** The one-character string for %c; raises "%c requires int or char" / OverflowError. */
  charOf(v: Value): string;
  /**
   * The int value of v when it is an int (incl. bool and int subclasses), else
   * null: used for `*` widths ("* wants int"). Default: JS numbers, bigints and booleans.
   */
  asInt?(v: Value): Int | null;
  /**
   * Called with the width plus precision of a conversion when either is large
   * (over 100), before anything is built, so the interpreter can refuse it.
   */
  checkSize?(n: number): void;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

function defaultAsInt(v: Value): Int | null {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return null;
}

/** `fmt % args` for a str `fmt`. */
export function percentFormat(fmt: string, args: Value, hooks: PercentHooks): string {
  const n = fmt.length;
  let out = '';
  let cur: Value = args;
  let curItems: Value[] | null = null;
  let arglen: number;
  let argidx: number;
  if (hooks.isTuple(args)) {
    curItems = hooks.tupleItems(args);
    arglen = curItems.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const dict: Value = curItems === null && typeof args !== 'string' && hooks.isMapping(args) ? args : null;
  const asInt = hooks.asInt ?? defaultAsInt;

  const nextArg = (): Value => {
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? cur : curItems![argidx - 1];
    }
    throw typeError('not enough arguments for format string');
  };

  let pos = 0;
  while (pos < n) {
    const pct = fmt.indexOf('%', pos);
    if (pct < 0) {
      out += pos === 0 ? fmt : fmt.slice(pos);
      break;
    }
    if (pct > pos) out += fmt.slice(pos, pct);
    pos = pct + 1;
    if (fmt.charCodeAt(pos) === 37) {
      out += '%';
      pos++;
      continue;
    }

    // --- parse the conversion spec (unicode_format_arg_parse) ---
    // `cnt` mirrors CPython's fmtcnt: characters left from `pos` on; reading
    // past the end leaves `ch` at the last character read.
    let ch = pos < n ? fmt[pos] : '\0';
    let cnt = n - pos;
    let flags = 0;
    let width = -1;
    let prec = -1;
    if (ch === '(') {
      if (dict === null) throw typeError('format requires a mapping');
      pos++;
      cnt--;
      const keyStart = pos;
      let depth = 1;
      while (depth > 0 && --cnt >= 0) {
        ch = fmt[pos];
        if (ch === ')') depth--;
        else if (ch === '(') depth++;
        pos++;
      }
      if (cnt < 0 || depth > 0) throw valueError('incomplete format key');
      cur = hooks.getItem(dict, fmt.slice(keyStart, pos - 1));
      curItems = null;
      arglen = -1;
      argidx = -2;
    }
    while (--cnt >= 0) {
      ch = fmt[pos++];
      if (ch === '-') flags |= F_LJUST;
      else if (ch === '+') flags |= F_SIGN;
      else if (ch === ' ') flags |= F_BLANK;
      else if (ch === '#') flags |= F_ALT;
      else if (ch === '0') flags |= F_ZERO;
      else break;
    }
    if (ch === '*') {
      const v = asInt(nextArg());
      if (v === null) throw typeError('* wants int');
      if (typeof v === 'bigint' && (v > PY_SSIZE_T_MAX || v < -PY_SSIZE_T_MAX - 1n)) {
        throw overflowError('Python int too large to convert to C ssize_t');
      }
      width = Number(v);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (--cnt >= 0) ch = fmt[pos++];
    } else if (ch >= '0' && ch <= '9') {
      let digits = ch;
      while (--cnt >= 0) {
        ch = fmt[pos++];
        if (ch < '0' || ch > '9') break;
        digits += ch;
      }
      width = parseBounded(digits, 'width too big', 19, '9223372036854775807');
    }
    if (ch === '.') {
      prec = 0;
      if (--cnt >= 0) ch = fmt[pos++];
      if (ch === '*') {
        const v = asInt(nextArg());
        if (v === null) throw typeError('* wants int');
        if (v > INT_MAX || v < -INT_MAX - 1) throw overflowError('Python int too large to convert to C int');
        prec = Number(v);
        if (prec < 0) prec = 0;
        if (--cnt >= 0) ch = fmt[pos++];
      } else if (ch >= '0' && ch <= '9') {
        let digits = ch;
        while (--cnt >= 0) {
          ch = fmt[pos++];
          if (ch < '0' || ch > '9') break;
          digits += ch;
        }
        prec = parseBounded(digits, 'precision too big', 10, '2147483647');
      }
    }
    if (cnt >= 0 && (ch === 'h' || ch === 'l' || ch === 'L')) {
      if (--cnt >= 0) ch = fmt[pos++];
    }
    if (cnt < 0) throw valueError('incomplete format');
    if ((width > 100 || prec > 100) && hooks.checkSize) hooks.checkSize((width > 0 ? width : 0) + (prec > 0 ? prec : 0));

    // --- format the argument (unicode_format_arg_format) ---
    const v = nextArg();
    let str = '';
    let sign = false;
    let done = false;
    switch (ch) {
      case 's':
      case 'r':
      case 'a':
        if ((typeof v === 'number' || typeof v === 'bigint') && width === -1 && prec === -1) {
          out += intToDecimal(v);
          done = true;
          break;
        }
        str = ch === 's' ? (typeof v === 'string' ? v : hooks.str(v)) : ch === 'r' ? hooks.repr(v) : hooks.ascii(v);
        break;
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        const iv = hooks.toInt(v, ch);
        if ((typeof v === 'number' || typeof v === 'bigint') && width === -1 && prec === -1
          && (flags & (F_SIGN | F_BLANK)) === 0 && ch !== 'X') {
          out += formatLong(iv, (flags & F_ALT) !== 0, -1, ch);
          done = true;
          break;
        }
        str = formatLong(iv, (flags & F_ALT) !== 0, prec, ch);
        sign = true;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const x = hooks.toFloat(v);
        const dflags = (flags & F_ALT) !== 0 ? DTSF_ALT : 0;
        if (width === -1 && prec === -1 && (flags & (F_SIGN | F_BLANK)) === 0) {
          out += doubleToString(x, ch, 6, dflags);
          done = true;
          break;
        }
        str = doubleToString(x, ch, prec < 0 ? 6 : prec, dflags);
        sign = true;
        break;
      }
      case 'c': {
        const c = hooks.charOf(v);
        if (width === -1 && prec === -1) {
          out += c;
          done = true;
          break;
        }
        str = c;
        break;
      }
      default: {
        const cp = fmt.codePointAt(pos - 1)!;
        const shown = cp >= 31 && cp <= 126 ? String.fromCharCode(cp) : '?';
        throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${cpLength(fmt.slice(0, pos - 1))}`);
      }
    }
    if (!done) out += outputArg(str, ch, flags, width, prec, sign);
    if (dict !== null && argidx < arglen) throw typeError('not all arguments converted during string formatting');
  }
  if (argidx < arglen && dict === null) throw typeError('not all arguments converted during string formatting');
  return out;
}

/** Parses a run of ASCII digits, raising ValueError(`message`) above `max` (a decimal string of `maxLen` digits). */
function parseBounded(digits: string, message: string, maxLen: number, max: string): number {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  const d = i === 0 ? digits : digits.slice(i);
  if (d.length > maxLen || (d.length === maxLen && d > max)) throw valueError(message);
  return Number(d);
}

/** Port of _PyUnicode_FormatLong: digits with optional 0o/0x prefix and precision zero-fill. */
function formatLong(v: Int, alt: boolean, prec: number, type: string): string {
  if (prec > INT_MAX - 3) throw overflowError('precision too large');
  const neg = v < 0;
  let digits: string;
  let prefix = '';
  if (type === 'o' || type === 'x' || type === 'X') {
    const base = type === 'o' ? 8 : 16;
    digits = typeof v === 'number' ? Math.abs(v).toString(base) : (v < 0n ? -v : v).toString(base);
    if (alt) prefix = type === 'o' ? '0o' : '0x';
  } else {
    digits = intToDecimal(v);
    if (neg) digits = digits.slice(1);
  }
  if (prec > digits.length) digits = repeatStr('0', prec - digits.length) + digits;
  const s = (neg ? '-' : '') + prefix + digits;
  return type === 'X' ? s.toUpperCase() : s;
}

/** Port of unicode_format_arg_output: sign, prefix and padding of one converted argument. */
function outputArg(str: string, ch: string, flags: number, width: number, prec: number, sign: boolean): string {
  const fill = sign && (flags & F_ZERO) !== 0 ? '0' : ' ';
  let len = cpLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) === 0) return str;
  let s = str;
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && len >= prec) {
    s = cpPrefix(str, prec);
    len = prec;
  }
  let pindex = 0;
  let signChar = '';
  if (sign) {
    const c0 = s[0];
    if (c0 === '-' || c0 === '+') {
      signChar = c0;
      len--;
      pindex++;
    } else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += '0' + ch;
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += repeatStr(fill, width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
    if (altPrefix) {
      out += '0' + ch;
      pindex += 2;
    }
  }
  // Numbers are ASCII, so pindex/len index code units; other strings are already cut to `len`.
  out += sign || altPrefix ? s.slice(pindex, pindex + len) : s;
  if (width > len) out += repeatStr(' ', width - len);
  return out;
}
