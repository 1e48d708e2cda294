/**
 * Python str semantics on JS strings: lengths, indexes and slices count code
 * points, not UTF-16 units. Strings without surrogates (the common case) take
 * the fast path; others are split into code points (cached for the most
 * recently used string, so index loops over one string stay linear).
 */

const SURROGATE = /[\uD800-\uDFFF]/;

let lastChecked = '';
let lastHasSurrogates = false;

/** True when the string holds any surrogate unit (an astral char or a lone surrogate). */
export function hasSurrogates(s: string): boolean {
  if (s.length < 32) return SURROGATE.test(s);
  if (s === lastChecked) return lastHasSurrogates;
  lastChecked = s;
  lastHasSurrogates = SURROGATE.test(s);
  return lastHasSurrogates;
}

let lastSplit = '';
let lastCodePoints: string[] = [];

/** The string's code points (each a 1- or 2-unit JS string). */
export function codePoints(s: string): string[] {
  if (s === lastSplit) return lastCodePoints;
  // Array.from iterates by code point; lone surrogates become single entries.
  const cps = Array.from(s);
  lastSplit = s;
  lastCodePoints = cps;
  return cps;
}

/** `len(s)`. */
export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code point at a non-negative, in-range index. */
export function strAt(s: string, i: number): string {
  if (!hasSurrogates(s)) return s[i];
  return codePoints(s)[i];
}

/** `s[start:stop:step]` with already-normalized bounds (see slice normalization). */
export function strSlice(s: string, start: number, stop: number, step: number): string {
  const fast = !hasSurrogates(s);
  if (step === 1) {
    if (stop <= start) return '';
    return fast ? s.slice(start, stop) : codePoints(s).slice(start, stop).join('');
  }
  const cps = fast ? null : codePoints(s);
  let out = '';
  if (step > 0) for (let i = start; i < stop; i += step) out += fast ? s[i] : cps![i];
  else for (let i = start; i > stop; i += step) out += fast ? s[i] : cps![i];
  return out;
}

/** The code point value of a one-code-point string. */
export function codePointOf(ch: string): number {
  return ch.codePointAt(0)!;
}

/** Python's repr() of a str: prefers single quotes, escapes like CPython. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (isPrintable(c)) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** Escapes every non-ASCII code point of an already-printable text (`\xhh`, `\uhhhh`, `\Uhhhhhhhh`). */
export function asciiEscape(r: string): string {
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

// Printable per Python's str.isprintable: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function isPrintable(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}
