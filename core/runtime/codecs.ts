/**
 * Text codecs for `str.encode`, `bytes.decode`, `str(b, encoding)` and
 * `bytes(s, encoding)`: utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16 and
 * utf-32 (with their -le/-be forms), with CPython 3.11's encoding-name lookup
 * (normalization and aliases), error handlers (strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass) and
 * exact UnicodeEncodeError / UnicodeDecodeError messages and error ranges.
 *
 * Strings are JS strings whose code points are Python's: a surrogate pair is
 * one astral character, an unpaired surrogate is a lone surrogate code point.
 * Positions in errors count code points (for str) or bytes.
 */
import {
  LookupErrorType, PyBaseException, TypeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType, makeException, typeError,
  valueError,
} from './exceptions.js';
import { PyBytes } from './values.js';

/** The codecs Sandling implements (CPython module names). */
export type CodecName =
  | 'utf_8' | 'utf_8_sig' | 'ascii' | 'latin_1' | 'cp1252'
  | 'utf_16' | 'utf_16_le' | 'utf_16_be' | 'utf_32' | 'utf_32_le' | 'utf_32_be';

/** encodings/aliases.py entries for the implemented codecs (alias -> module). */
const ALIASES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  cp65001: 'utf_8', u8: 'utf_8', utf: 'utf_8', utf8: 'utf_8', utf8_ucs2: 'utf_8', utf8_ucs4: 'utf_8',
  '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii', ansi_x3_4_1968: 'ascii', cp367: 'ascii',
  csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii', 'iso_646.irv_1991': 'ascii', iso_ir_6: 'ascii', us: 'ascii',
  us_ascii: 'ascii',
  '8859': 'latin_1', cp819: 'latin_1', csisolatin1: 'latin_1', ibm819: 'latin_1', iso8859: 'latin_1', iso8859_1: 'latin_1',
  iso_8859_1: 'latin_1', iso_8859_1_1987: 'latin_1', iso_ir_100: 'latin_1', l1: 'latin_1', latin: 'latin_1', latin1: 'latin_1',
  '1252': 'cp1252', windows_1252: 'cp1252',
  u16: 'utf_16', utf16: 'utf_16', unicodebigunmarked: 'utf_16_be', utf_16be: 'utf_16_be', unicodelittleunmarked: 'utf_16_le',
  utf_16le: 'utf_16_le',
  u32: 'utf_32', utf32: 'utf_32', utf_32be: 'utf_32_be', utf_32le: 'utf_32_le',
  base64: 'base64_codec', base_64: 'base64_codec', bz2: 'bz2_codec', hex: 'hex_codec', quopri: 'quopri_codec',
  quoted_printable: 'quopri_codec', quotedprintable: 'quopri_codec', rot13: 'rot_13', uu: 'uu_codec', zip: 'zlib_codec',
  zlib: 'zlib_codec',
});

const TEXT_MODULES = new Set<string>([
  'utf_8', 'utf_8_sig', 'ascii', 'latin_1', 'cp1252', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be',
]);

/** Binary-to-binary codec modules: CPython knows them but str.encode/bytes.decode refuse them. */
const NON_TEXT = new Set(['base64_codec', 'bz2_codec', 'hex_codec', 'quopri_codec', 'rot_13', 'uu_codec', 'zlib_codec']);

/** CPython's _Py_normalize_encoding: ASCII alnum and '.' kept (lowercased), other runs become one '_'. */
function normalizeName(name: string): string {
  let out = '';
  let punct = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const isAlnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
    if (isAlnum) {
      if (punct && out.length > 0) out += '_';
      punct = false;
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : name[i];
    } else punct = true;
  }
  return out;
}

const lookupCache = new Map<string, CodecName>();

/**
 * The codec for an encoding name, or a LookupError (`unknown encoding: x`, or
 * "'hex' is not a text encoding" for the binary codecs). `forEncode` picks the
 * codecs function named in that message.
 */
export function lookupCodec(encoding: string, forEncode: boolean): CodecName {
  const hit = lookupCache.get(encoding);
  if (hit !== undefined) return hit;
  if (encoding.includes('\0')) throw valueError('embedded null character');
  // encodings.search_function: an alias (also with '.' read as '_'), else the module of that name.
  const norm = normalizeName(encoding);
  const aliased = ALIASES[norm] ?? ALIASES[norm.replace(/\./g, '_')];
  let codec: CodecName | undefined;
  for (const mod of aliased !== undefined ? [aliased, norm] : [norm]) {
    if (mod === '' || mod.includes('.')) continue;
    if (TEXT_MODULES.has(mod)) {
      codec = mod as CodecName;
      break;
    }
    if (NON_TEXT.has(mod)) {
      throw makeException(LookupErrorType,
        `'${encoding}' is not a text encoding; use codecs.${forEncode ? 'encode' : 'decode'}() to handle arbitrary codecs`);
    }
  }
  if (codec === undefined) throw makeException(LookupErrorType, `unknown encoding: ${encoding}`);
  if (lookupCache.size < 256) lookupCache.set(encoding, codec);
  return codec;
}

/** True when `encoding` names a codec Sandling implements. */
export function isKnownEncoding(encoding: string): boolean {
  try {
    lookupCodec(encoding, true);
    return true;
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------ errors

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);

function unknownHandler(errors: string): PyBaseException {
  return makeException(LookupErrorType, `unknown error handler name '${errors}'`);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** UnicodeEncodeError with CPython's message; `start`/`end` are code point positions. */
export function unicodeEncodeError(codec: string, s: string, start: number, end: number, reason: string): PyBaseException {
  let msg: string;
  if (end === start + 1) {
    const c = cpAtIndex(s, start);
    const shown = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
    msg = `'${codec}' codec can't encode character '${shown}' in position ${start}: ${reason}`;
  } else {
    msg = `'${codec}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
  const e = makeException(UnicodeEncodeErrorType, msg);
  e.dict.set('encoding', codec);
  e.dict.set('object', s);
  e.dict.set('start', start);
  e.dict.set('end', end);
  e.dict.set('reason', reason);
  return e;
}

/** UnicodeDecodeError with CPython's message; `start`/`end` are byte positions. */
export function unicodeDecodeError(codec: string, b: Uint8Array, start: number, end: number, reason: string): PyBaseException {
  const msg = end === start + 1
    ? `'${codec}' codec can't decode byte 0x${hex(b[start], 2)} in position ${start}: ${reason}`
    : `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  const e = makeException(UnicodeDecodeErrorType, msg);
  e.dict.set('encoding', codec);
  e.dict.set('object', new PyBytes(b));
  e.dict.set('start', start);
  e.dict.set('end', end);
  e.dict.set('reason', reason);
  return e;
}

/** The code point at code point index `i` (slow; only for error messages). */
function cpAtIndex(s: string, i: number): number {
  let k = 0;
  for (const ch of s) {
    if (k === i) return ch.codePointAt(0)!;
    k++;
  }
  return 0;
}

// ------------------------------------------------------------------ output buffer

/** A growable byte buffer. */
class ByteSink {
  buf: Uint8Array;
  len = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }
  private grow(n: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  push(b: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }
  result(): Uint8Array {
    return this.buf.length === this.len ? this.buf : this.buf.slice(0, this.len);
  }
}

// ------------------------------------------------------------------ encoding

/** Code points of a string with their code point indexes (handles lone surrogates). */
function toCodePoints(s: string): Uint32Array {
  const out = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[n++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** Writes one code point in the target codec (used for handler replacement text and surrogatepass). */
type CpWriter = (out: ByteSink, c: number) => void;

function backslashEscape(c: number): string {
  return c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
}

/**
 * Applies the error handler to the unencodable run `cps[start:end)`; returns
 * the position to continue from. Mirrors CPython's built-in handler fast paths.
 */
function encodeError(
  errors: string, codec: string, s: string, cps: Uint32Array, start: number, end: number, reason: string,
  out: ByteSink, write: CpWriter, surrogatePass: ((out: ByteSink, c: number) => void) | null, partial = true,
): number {
  switch (errors) {
    case 'strict':
      throw unicodeEncodeError(codec, s, start, end, reason);
    case 'ignore':
      return end;
    case 'replace':
      for (let k = start; k < end; k++) write(out, 0x3f);
      return end;
    case 'backslashreplace':
      for (let k = start; k < end; k++) {
        const t = backslashEscape(cps[k]);
        for (let j = 0; j < t.length; j++) write(out, t.charCodeAt(j));
      }
      return end;
    case 'xmlcharrefreplace':
      for (let k = start; k < end; k++) {
        const t = `&#${cps[k]};`;
        for (let j = 0; j < t.length; j++) write(out, t.charCodeAt(j));
      }
      return end;
    case 'surrogateescape': {
      // The C fast paths (utf-8, ascii, latin-1) escape a prefix of the run and report the rest;
      // the generic handler (charmap codecs) refuses the whole run.
      if (!partial) for (let k = start; k < end; k++) if (cps[k] < 0xdc80 || cps[k] > 0xdcff) throw unicodeEncodeError(codec, s, start, end, reason);
      let k = start;
      for (; k < end; k++) {
        const c = cps[k];
        if (c < 0xdc80 || c > 0xdcff) break;
        out.push(c - 0xdc00);
      }
      if (k >= end) return end;
      throw unicodeEncodeError(codec, s, k, end, reason);
    }
    case 'surrogatepass': {
      if (surrogatePass === null) throw unicodeEncodeError(codec, s, start, end, reason);
      let k = start;
      for (; k < end; k++) {
        if (!isSurrogate(cps[k])) break;
        surrogatePass(out, cps[k]);
      }
      if (k >= end) return end;
      throw unicodeEncodeError(codec, s, k, end, reason);
    }
    default:
      if (!KNOWN_HANDLERS.has(errors)) throw unknownHandler(errors);
      // namereplace needs the Unicode name database, which Sandling does not ship.
      throw makeException(LookupErrorType, `error handler '${errors}' is not supported by Sandling`);
  }
}

const textEncoder = new TextEncoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NON_ASCII = /[^\x00-\x7f]/;
const NON_LATIN1 = /[^\x00-\xff]/;

function writeUtf8(out: ByteSink, c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) {
    out.push(0xc0 | (c >> 6));
    out.push(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    out.push(0xe0 | (c >> 12));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  } else {
    out.push(0xf0 | (c >> 18));
    out.push(0x80 | ((c >> 12) & 0x3f));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  }
}

function encodeUtf8(s: string, errors: string, codecName = 'utf-8'): Uint8Array {
  if (!LONE_SURROGATE.test(s)) return textEncoder.encode(s);
  const cps = toCodePoints(s);
  const out = new ByteSink(s.length * 3);
  for (let i = 0; i < cps.length;) {
    const c = cps[i];
    if (!isSurrogate(c)) {
      writeUtf8(out, c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && isSurrogate(cps[end])) end++;
    i = encodeError(errors, codecName, s, cps, i, end, 'surrogates not allowed', out, writeUtf8, writeUtf8);
  }
  return out.result();
}

function encodeCharset(s: string, errors: string, codec: 'ascii' | 'latin-1', limit: number): Uint8Array {
  const fast = limit === 0x80 ? !NON_ASCII.test(s) : !NON_LATIN1.test(s);
  if (fast) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const cps = toCodePoints(s);
  const out = new ByteSink(cps.length);
  const write: CpWriter = (o, c) => o.push(c);
  const reason = `ordinal not in range(${limit})`;
  for (let i = 0; i < cps.length;) {
    const c = cps[i];
    if (c < limit) {
      out.push(c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && cps[end] >= limit) end++;
    i = encodeError(errors, codec, s, cps, i, end, reason, out, write, null);
  }
  return out.result();
}

/** cp1252 bytes 0x80..0x9f (0xfffe = undefined). */
const CP1252_HIGH = [
  0x20ac, 0xfffe, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffe, 0x017d, 0xfffe,
  0xfffe, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffe, 0x017e, 0x0178,
];
let cp1252Reverse: Map<number, number> | null = null;

function cp1252Byte(c: number): number {
  if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
  if (cp1252Reverse === null) {
    cp1252Reverse = new Map();
    CP1252_HIGH.forEach((u, i) => {
      if (u !== 0xfffe) cp1252Reverse!.set(u, 0x80 + i);
    });
  }
  return cp1252Reverse.get(c) ?? -1;
}

function encodeCp1252(s: string, errors: string): Uint8Array {
  const cps = toCodePoints(s);
  const out = new ByteSink(cps.length);
  const write: CpWriter = (o, c) => o.push(c);
  for (let i = 0; i < cps.length;) {
    const b = cp1252Byte(cps[i]);
    if (b >= 0) {
      out.push(b);
      i++;
      continue;
    }
    // The charmap encoder collects the run of unencodable characters.
    let end = i + 1;
    while (end < cps.length && cp1252Byte(cps[end]) < 0) end++;
    i = encodeError(errors, 'charmap', s, cps, i, end, 'character maps to <undefined>', out, write, null, false);
  }
  return out.result();
}

/**
 * The UTF-16/32 encoders report each surrogate on its own, and a handler's
 * byte replacement (surrogateescape: one byte) must be whole code units.
 */
function utf16or32Error(errors: string, codec: string, s: string, cps: Uint32Array, i: number, out: ByteSink, write: CpWriter): number {
  if (errors === 'surrogateescape') throw unicodeEncodeError(codec, s, i, i + 1, 'surrogates not allowed');
  return encodeError(errors, codec, s, cps, i, i + 1, 'surrogates not allowed', out, write, write);
}

function encodeUtf16(s: string, errors: string, little: boolean, bom: boolean): Uint8Array {
  const codec = bom ? 'utf-16' : little ? 'utf-16-le' : 'utf-16-be';
  const out = new ByteSink(s.length * 2 + 2);
  const unit = (o: ByteSink, u: number) => {
    if (little) {
      o.push(u & 0xff);
      o.push(u >> 8);
    } else {
      o.push(u >> 8);
      o.push(u & 0xff);
    }
  };
  const write: CpWriter = (o, c) => {
    if (c >= 0x10000) {
      c -= 0x10000;
      unit(o, 0xd800 + (c >> 10));
      unit(o, 0xdc00 + (c & 0x3ff));
    } else unit(o, c);
  };
  if (bom) unit(out, 0xfeff);
  const cps = toCodePoints(s);
  for (let i = 0; i < cps.length;) {
    const c = cps[i];
    if (!isSurrogate(c)) {
      write(out, c);
      i++;
      continue;
    }
    i = utf16or32Error(errors, codec, s, cps, i, out, write);
  }
  return out.result();
}

function encodeUtf32(s: string, errors: string, little: boolean, bom: boolean): Uint8Array {
  const codec = bom ? 'utf-32' : little ? 'utf-32-le' : 'utf-32-be';
  const out = new ByteSink(s.length * 4 + 4);
  const write: CpWriter = (o, c) => {
    if (little) {
      o.push(c & 0xff);
      o.push((c >> 8) & 0xff);
      o.push((c >> 16) & 0xff);
      o.push(0);
    } else {
      o.push(0);
      o.push((c >> 16) & 0xff);
      o.push((c >> 8) & 0xff);
      o.push(c & 0xff);
    }
  };
  if (bom) write(out, 0xfeff);
  const cps = toCodePoints(s);
  for (let i = 0; i < cps.length;) {
    const c = cps[i];
    if (!isSurrogate(c)) {
      write(out, c);
      i++;
      continue;
    }
    i = utf16or32Error(errors, codec, s, cps, i, out, write);
  }
  return out.result();
}

/** Encoding names CPython handles in C without a codec lookup (PyUnicode_AsEncodedString/PyUnicode_Decode). */
const FAST_PATH = new Set(['utf_8', 'utf8', 'utf_16', 'utf16', 'utf_32', 'utf32', 'latin1', 'latin_1', 'iso_8859_1', 'iso8859_1', 'ascii', 'us_ascii']);

/**
 * Errors raised inside a codec that CPython reaches through the codec registry
 * are re-raised as "encoding with 'x' codec failed (LookupError: ...)"
 * (_PyErr_TrySetFromCause); UnicodeErrors, and the C fast paths, are not wrapped.
 */
function wrapCodecError(e: unknown, op: 'encoding' | 'decoding', encoding: string): unknown {
  if (e instanceof PyBaseException && (e.cls === LookupErrorType || e.cls === TypeErrorType) && !FAST_PATH.has(normalizeName(encoding))) {
    const msg = e.args.items.length === 1 ? String(e.args.items[0]) : '';
    return makeException(e.cls, `${op} with '${encoding}' codec failed (${e.cls.name}: ${msg})`);
  }
  return e;
}

/** Argument Clinic refuses NUL characters in the encoding and errors arguments. */
function checkNul(encoding: string, errors: string): void {
  if (encoding.includes('\0') || errors.includes('\0')) throw valueError('embedded null character');
}

/** `s.encode(encoding, errors)`. */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  checkNul(encoding, errors);
  const codec = lookupCodec(encoding, true);
  try {
    return encodeWith(codec, s, errors);
  } catch (e) {
    throw wrapCodecError(e, 'encoding', encoding);
  }
}

function encodeWith(codec: CodecName, s: string, errors: string): Uint8Array {
  switch (codec) {
    case 'utf_8':
      return encodeUtf8(s, errors);
    case 'utf_8_sig': {
      const body = encodeUtf8(s, errors);
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    case 'ascii':
      return encodeCharset(s, errors, 'ascii', 0x80);
    case 'latin_1':
      return encodeCharset(s, errors, 'latin-1', 0x100);
    case 'cp1252':
      return encodeCp1252(s, errors);
    case 'utf_16':
      return encodeUtf16(s, errors, true, true);
    case 'utf_16_le':
      return encodeUtf16(s, errors, true, false);
    case 'utf_16_be':
      return encodeUtf16(s, errors, false, false);
    case 'utf_32':
      return encodeUtf32(s, errors, true, true);
    case 'utf_32_le':
      return encodeUtf32(s, errors, true, false);
    case 'utf_32_be':
      return encodeUtf32(s, errors, false, false);
  }
}

// ------------------------------------------------------------------ decoding

/** A string builder for decoders: collects UTF-16 units in chunks. */
class CharSink {
  parts: string[] = [];
  units: number[] = [];
  pushCp(c: number): void {
    if (c >= 0x10000) {
      c -= 0x10000;
      this.units.push(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
    } else this.units.push(c);
    if (this.units.length >= 8192) this.flush();
  }
  pushStr(s: string): void {
    this.flush();
    this.parts.push(s);
  }
  flush(): void {
    if (this.units.length === 0) return;
    let s = '';
    for (let i = 0; i < this.units.length; i += 4096) {
      s += String.fromCharCode.apply(null, this.units.slice(i, i + 4096));
    }
    this.parts.push(s);
    this.units = [];
  }
  result(): string {
    this.flush();
    return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
  }
}

/**
 * Applies the decode error handler to the bad bytes `b[start:end)`; returns the
 * position to continue from. `surrogatePass` decodes an encoded surrogate at
 * `start` (returning its length) or returns 0.
 */
function decodeError(
  errors: string, codec: string, b: Uint8Array, start: number, end: number, reason: string, out: CharSink,
  surrogatePass: ((b: Uint8Array, at: number, out: CharSink) => number) | null = null,
): number {
  switch (errors) {
    case 'strict':
      throw unicodeDecodeError(codec, b, start, end, reason);
    case 'ignore':
      return end;
    case 'replace':
      out.pushCp(0xfffd);
      return end;
    case 'backslashreplace':
      for (let k = start; k < end; k++) out.pushStr(`\\x${hex(b[k], 2)}`);
      return end;
    case 'surrogateescape': {
      // CPython's handler escapes up to 4 non-ASCII bytes per call and refuses ASCII ones.
      let k = start;
      while (k < end && k - start < 4 && b[k] >= 0x80) out.pushCp(0xdc00 + b[k++]);
      if (k === start) throw unicodeDecodeError(codec, b, start, end, reason);
      return k;
    }
    case 'surrogatepass': {
      const n = surrogatePass === null ? 0 : surrogatePass(b, start, out);
      if (n === 0) throw unicodeDecodeError(codec, b, start, end, reason);
      return start + n;
    }
    case 'xmlcharrefreplace':
    case 'namereplace':
      throw typeError("don't know how to handle UnicodeDecodeError in error callback");
    default:
      throw unknownHandler(errors);
  }
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const latin1Chunk = 8192;

function bytesToLatin1(b: Uint8Array, start = 0, end = b.length): string {
  let s = '';
  for (let i = start; i < end; i += latin1Chunk) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + latin1Chunk)) as unknown as number[]);
  }
  return s;
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return false;
  return true;
}

const isCont = (c: number) => c >= 0x80 && c < 0xc0;

function utf8SurrogatePass(b: Uint8Array, at: number, out: CharSink): number {
  if (at + 2 < b.length && b[at] === 0xed && b[at + 1] >= 0xa0 && b[at + 1] <= 0xbf && isCont(b[at + 2])) {
    out.pushCp(0xd000 | ((b[at + 1] & 0x3f) << 6) | (b[at + 2] & 0x3f));
    return 3;
  }
  return 0;
}

/** A port of CPython's stringlib utf8_decode + unicode_decode_utf8 error ranges. */
function decodeUtf8(b: Uint8Array, errors: string): string {
  if (b.length < 64 && isAscii(b)) return bytesToLatin1(b);
  try {
    return utf8Decoder.decode(b);
  } catch {
    // Invalid input: the port below raises CPython's exact error or applies the handler.
  }
  const out = new CharSink();
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      out.pushCp(c);
      i++;
      continue;
    }
    // kind: 0 = unexpected end, 1 = invalid start, 2..4 = invalid continuation at offset kind-1
    let kind = -1;
    if (c < 0xc2) kind = 1;
    else if (c < 0xe0) {
      if (n - i < 2) kind = 0;
      else if (!isCont(b[i + 1])) kind = 2;
      else {
        out.pushCp(((c & 0x1f) << 6) | (b[i + 1] & 0x3f));
        i += 2;
        continue;
      }
    } else if (c < 0xf0) {
      const c2 = b[i + 1];
      if (n - i < 3) {
        if (n - i < 2) kind = 0;
        else if (!isCont(c2) || (c2 < 0xa0 ? c === 0xe0 : c === 0xed)) kind = 2;
        else kind = 0;
      } else if (!isCont(c2) || (c === 0xe0 && c2 < 0xa0) || (c === 0xed && c2 >= 0xa0)) kind = 2;
      else if (!isCont(b[i + 2])) kind = 3;
      else {
        out.pushCp(((c & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (b[i + 2] & 0x3f));
        i += 3;
        continue;
      }
    } else if (c < 0xf5) {
      const c2 = b[i + 1];
      if (n - i < 4) {
        if (n - i < 2) kind = 0;
        else if (!isCont(c2) || (c2 < 0x90 ? c === 0xf0 : c === 0xf4)) kind = 2;
        else if (n - i < 3) kind = 0;
        else if (!isCont(b[i + 2])) kind = 3;
        else kind = 0;
      } else if (!isCont(c2) || (c === 0xf0 && c2 < 0x90) || (c === 0xf4 && c2 >= 0x90)) kind = 2;
      else if (!isCont(b[i + 2])) kind = 3;
      else if (!isCont(b[i + 3])) kind = 4;
      else {
        out.pushCp(((c & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f));
        i += 4;
        continue;
      }
    } else kind = 1;
    let end: number;
    let reason: string;
    if (kind === 0) {
      reason = 'unexpected end of data';
      end = n;
    } else if (kind === 1) {
      reason = 'invalid start byte';
      end = i + 1;
    } else {
      reason = 'invalid continuation byte';
      end = i + kind - 1;
    }
    i = decodeError(errors, 'utf-8', b, i, end, reason, out, utf8SurrogatePass);
  }
  return out.result();
}

function decodeAscii(b: Uint8Array, errors: string): string {
  if (isAscii(b)) return bytesToLatin1(b);
  const out = new CharSink();
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) {
      out.pushCp(c);
      i++;
    } else i = decodeError(errors, 'ascii', b, i, i + 1, 'ordinal not in range(128)', out);
  }
  return out.result();
}

function decodeCp1252(b: Uint8Array, errors: string): string {
  const out = new CharSink();
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const u = c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80] : c;
    if (u !== 0xfffe) {
      out.pushCp(u);
      i++;
    } else i = decodeError(errors, 'charmap', b, i, i + 1, 'character maps to <undefined>', out);
  }
  return out.result();
}

function decodeUtf16(b: Uint8Array, errors: string, order: 'le' | 'be' | 'bom'): string {
  let little = order !== 'be';
  let i = 0;
  if (order === 'bom' && b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (b[0] === 0xfe && b[1] === 0xff) {
      little = false;
      i = 2;
    }
  }
  const codec = little ? 'utf-16-le' : 'utf-16-be';
  const n = b.length;
  const out = new CharSink();
  const unitAt = (k: number) => (little ? b[k] | (b[k + 1] << 8) : (b[k] << 8) | b[k + 1]);
  const pass = (bb: Uint8Array, at: number, o: CharSink): number => {
    if (at + 1 >= n) return 0;
    const u = unitAt(at);
    if (!isSurrogate(u)) return 0;
    void bb;
    o.pushCp(u);
    return 2;
  };
  while (i < n) {
    if (n - i < 2) {
      i = decodeError(errors, codec, b, i, n, 'truncated data', out, pass);
      continue;
    }
    const u = unitAt(i);
    if (!isSurrogate(u)) {
      out.pushCp(u);
      i += 2;
      continue;
    }
    if (u >= 0xdc00) {
      i = decodeError(errors, codec, b, i, i + 2, 'illegal encoding', out, pass);
      continue;
    }
    if (n - i < 4) {
      i = decodeError(errors, codec, b, i, n, 'unexpected end of data', out, pass);
      continue;
    }
    const u2 = unitAt(i + 2);
    if (u2 < 0xdc00 || u2 > 0xdfff) {
      i = decodeError(errors, codec, b, i, i + 2, 'illegal UTF-16 surrogate', out, pass);
      continue;
    }
    out.pushCp(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
    i += 4;
  }
  return out.result();
}

function decodeUtf32(b: Uint8Array, errors: string, order: 'le' | 'be' | 'bom'): string {
  let little = order !== 'be';
  let i = 0;
  if (order === 'bom' && b.length >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      little = false;
      i = 4;
    }
  }
  const codec = little ? 'utf-32-le' : 'utf-32-be';
  const n = b.length;
  const out = new CharSink();
  const cpAt = (k: number) => (little
    ? (b[k] | (b[k + 1] << 8) | (b[k + 2] << 16)) + b[k + 3] * 0x1000000
    : b[k] * 0x1000000 + ((b[k + 1] << 16) | (b[k + 2] << 8) | b[k + 3]));
  const pass = (_bb: Uint8Array, at: number, o: CharSink): number => {
    if (at + 3 >= n) return 0;
    const c = cpAt(at);
    if (!isSurrogate(c)) return 0;
    o.pushCp(c);
    return 4;
  };
  while (i < n) {
    if (n - i < 4) {
      i = decodeError(errors, codec, b, i, n, 'truncated data', out, pass);
      continue;
    }
    const c = cpAt(i);
    if (c > 0x10ffff) i = decodeError(errors, codec, b, i, i + 4, 'code point not in range(0x110000)', out, pass);
    else if (isSurrogate(c)) {
      i = decodeError(errors, codec, b, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)', out, pass);
    } else {
      out.pushCp(c);
      i += 4;
    }
  }
  return out.result();
}

/** `b.decode(encoding, errors)`. */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  checkNul(encoding, errors);
  // PyUnicode_FromEncodedObject returns '' for empty bytes without looking the codec up.
  if (b.length === 0) return '';
  const codec = lookupCodec(encoding, false);
  try {
    return decodeWith(codec, b, errors);
  } catch (e) {
    throw wrapCodecError(e, 'decoding', encoding);
  }
}

function decodeWith(codec: CodecName, b: Uint8Array, errors: string): string {
  switch (codec) {
    case 'utf_8':
      return decodeUtf8(b, errors);
    case 'utf_8_sig':
      if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return decodeUtf8(b.subarray(3), errors);
      return decodeUtf8(b, errors);
    case 'ascii':
      return decodeAscii(b, errors);
    case 'latin_1':
      return bytesToLatin1(b);
    case 'cp1252':
      return decodeCp1252(b, errors);
    case 'utf_16':
      return decodeUtf16(b, errors, 'bom');
    case 'utf_16_le':
      return decodeUtf16(b, errors, 'le');
    case 'utf_16_be':
      return decodeUtf16(b, errors, 'be');
    case 'utf_32':
      return decodeUtf32(b, errors, 'bom');
    case 'utf_32_le':
      return decodeUtf32(b, errors, 'le');
    case 'utf_32_be':
      return decodeUtf32(b, errors, 'be');
  }
}

/** Strict UTF-8 encoding of a string (lone surrogates raise UnicodeEncodeError). */
export function utf8Encode(s: string): Uint8Array {
  return encodeUtf8(s, 'strict');
}

/** Strict UTF-8 decoding (invalid input raises UnicodeDecodeError). */
export function utf8Decode(b: Uint8Array): string {
  return decodeUtf8(b, 'strict');
}
