/**
 * The `base64` and `binascii` modules, native for speed and byte-exact
 * output: Base64 (standard, URL-safe, with altchars and strict validation),
 * Base32 (standard and extended hex), Base16, Ascii85, Base85, MIME
 * `encodebytes`, hex conversion and CRC-32 / CRC-CCITT, with CPython 3.11's
 * argument handling, return types (bytes in, bytes out; decoders also accept
 * ASCII str) and errors (`binascii.Error` for malformed data).
 *
 * base64's functions are Python-level functions in CPython, so they are built
 * here as real function objects (argument errors read like a `def`'s);
 * binascii's are builtins, with builtin-style argument errors.
 * Not provided: binascii's uu and quoted-printable codecs.
 */
import type { ModuleContext, ModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { PyClass, PyBoxed, type Value } from '../core/runtime/object.js';
import { None, TypeType } from '../core/runtime/types.js';
import {
  ExceptionType, OverflowErrorType, ValueErrorType, makeException, typeError, valueError, AssertionErrorType,
} from '../core/runtime/exceptions.js';
import { PyBuiltin } from '../core/runtime/function.js';
import { PyBytes } from '../core/runtime/values.js';
import { bytesLike } from '../core/runtime/methods/bytes.js';
import { bytesRepr } from '../core/runtime/bytes.js';
import { callValue } from '../core/runtime/call.js';
import { getAttr } from '../core/runtime/attrs.js';
import { truthy, typeName } from '../core/runtime/ops.js';
import { big, type Int } from '../core/runtime/int.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { functionWithSignature } from './dataclasses.js';

// ------------------------------------------------------------------ helpers

/** A module-level exception class (per interpreter, like CPython's heap types). */
function moduleException(name: string, module: string, base: PyClass): PyClass {
  const dict = new Map<string, Value>([['__module__', module], ['__doc__', None]]);
  const cls = new PyClass(name, [base], { module, dict });
  cls.cls = TypeType;
  return cls;
}

/** The output of an encoder/decoder: size-checked and charged before it is created. */
function newBytes(rt: Runtime, n: number, what: string): Uint8Array {
  rt.checkValueSize(n, what);
  rt.allocate(n);
  return new Uint8Array(n);
}

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Input of an encoder: any bytes-like object. */
function encoderInput(v: Value, style: 'plain' | 'memoryview' | 'expected'): Uint8Array {
  const b = bytesLike(v);
  if (b !== undefined) return b;
  if (style === 'memoryview') throw typeError(`memoryview: a bytes-like object is required, not '${typeName(v)}'`);
  if (style === 'expected') throw typeError(`expected bytes-like object, not ${typeName(v)}`);
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

/** Input of a decoder: bytes-like, or a str of ASCII characters. */
function decoderInput(v: Value, style: 'base64' | 'binascii'): Uint8Array {
  if (typeof v === 'string' || (v instanceof PyBoxed && typeof v.value === 'string')) {
    const s: string = typeof v === 'string' ? v : v.value;
    if (!/^[\x00-\x7f]*$/.test(s)) throw valueError('string argument should contain only ASCII characters');
    return ascii(s);
  }
  const b = bytesLike(v);
  if (b !== undefined) return b;
  if (style === 'binascii') throw typeError(`argument should be bytes, buffer or ASCII string, not '${typeName(v)}'`);
  throw typeError(`argument should be a bytes-like object or ASCII string, not '${typeName(v)}'`);
}

// ------------------------------------------------------------------ base64

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_REV = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_REV[B64.charCodeAt(i)] = i;

function b64Encode(rt: Runtime, data: Uint8Array, newline: boolean): Uint8Array {
  const n = Math.ceil(data.length / 3) * 4 + (newline ? 1 : 0);
  const out = newBytes(rt, n, 'base64 result');
  rt.charge(data.length >> 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = B64.charCodeAt((v >> 6) & 63);
    out[o++] = B64.charCodeAt(v & 63);
  }
  const rest = data.length - i;
  if (rest > 0) {
    const v = (data[i] << 16) | (rest === 2 ? data[i + 1] << 8 : 0);
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = rest === 2 ? B64.charCodeAt((v >> 6) & 63) : 61;
    out[o++] = 61;
  }
  if (newline) out[o++] = 10;
  return out;
}

/**
 * Base64 decoding as binascii.a2b_base64: non-alphabet bytes are skipped
 * (errors in strict mode), a complete pad sequence ends the input.
 */
function b64Decode(rt: Runtime, data: Uint8Array, strict: boolean, fail: (msg: string) => never): Uint8Array {
  const out = newBytes(rt, Math.floor(data.length / 4) * 3 + 3, 'base64 result');
  rt.charge(data.length >> 4);
  let o = 0;
  let quad = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i];
    if (ch === 61) {
      paddingStarted = true;
      if (strict && i === 0) fail('Leading padding not allowed');
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) fail('Excess data after padding');
        return out.slice(0, o);
      }
      continue;
    }
    const v = B64_REV[ch];
    if (v < 0) {
      if (strict) fail('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) fail('Discontinuous padding not allowed');
    pads = 0;
    switch (quad) {
      case 0:
        quad = 1;
        left = v;
        break;
      case 1:
        quad = 2;
        out[o++] = (left << 2) | (v >> 4);
        left = v & 0x0f;
        break;
      case 2:
        quad = 3;
        out[o++] = ((left << 4) | (v >> 2)) & 0xff;
        left = v & 0x03;
        break;
      default:
        quad = 0;
        out[o++] = ((left << 6) | v) & 0xff;
        left = 0;
    }
  }
  if (quad === 1) {
    fail(`Invalid base64-encoded string: number of data characters (${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quad !== 0) fail('Incorrect padding');
  return out.slice(0, o);
}

/** Replaces each byte `from[k]` by `to[k]` (bytes.translate with a two-byte maketrans). */
function translate(data: Uint8Array, from: number[], to: number[]): Uint8Array {
  const out = data.slice();
  for (let i = 0; i < out.length; i++) {
    const k = from.indexOf(out[i]);
    if (k >= 0) out[i] = to[k];
  }
  return out;
}

// ------------------------------------------------------------------ base32

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

function b32Encode(rt: Runtime, data: Uint8Array, alphabet: string): Uint8Array {
  const groups = Math.ceil(data.length / 5);
  const out = newBytes(rt, groups * 8, 'base32 result');
  rt.charge(data.length >> 3);
  for (let g = 0; g < groups; g++) {
    let acc = 0n;
    for (let k = 0; k < 5; k++) acc = (acc << 8n) | BigInt(data[g * 5 + k] ?? 0);
    for (let k = 0; k < 8; k++) out[g * 8 + k] = alphabet.charCodeAt(Number((acc >> BigInt(35 - 5 * k)) & 31n));
  }
  const rest = data.length % 5;
  const pad = rest === 0 ? 0 : [0, 6, 4, 3, 1][rest];
  for (let k = 0; k < pad; k++) out[out.length - 1 - k] = 61;
  return out;
}

function b32Decode(rt: Runtime, data: Uint8Array, alphabet: string, fail: (msg: string) => never): Uint8Array {
  if (data.length % 8 !== 0) fail('Incorrect padding');
  let end = data.length;
  while (end > 0 && data[end - 1] === 61) end--;
  const padchars = data.length - end;
  const out = newBytes(rt, Math.ceil(end / 8) * 5, 'base32 result');
  rt.charge(data.length >> 3);
  let acc = 0n;
  let o = 0;
  for (let i = 0; i < end; i += 8) {
    acc = 0n;
    for (let k = i; k < Math.min(i + 8, end); k++) {
      const v = alphabet.indexOf(String.fromCharCode(data[k]));
      if (v < 0) fail('Non-base32 digit found');
      acc = (acc << 5n) + BigInt(v);
    }
    for (let k = 0; k < 5; k++) out[o++] = Number((acc >> BigInt(32 - 8 * k)) & 0xffn);
  }
  if (![0, 1, 3, 4, 6].includes(padchars)) fail('Incorrect padding');
  if (padchars > 0 && o > 0) {
    acc <<= BigInt(5 * padchars);
    const leftover = Math.floor((43 - 5 * padchars) / 8);
    for (let k = 0; k < 5; k++) out[o - 5 + k] = Number((acc >> BigInt(32 - 8 * k)) & 0xffn);
    return out.slice(0, o - 5 + leftover);
  }
  return out.slice(0, o);
}

// ------------------------------------------------------------------ base16 / hex

const HEX = '0123456789abcdef';

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function hexlify(rt: Runtime, data: Uint8Array, sep: number | null, perSep: number, upper: boolean): Uint8Array {
  const group = Math.abs(perSep);
  const nseps = sep === null || group === 0 || data.length === 0 ? 0 : Math.floor((data.length - 1) / group);
  const out = newBytes(rt, data.length * 2 + nseps, 'hex result');
  rt.charge(data.length >> 4);
  const digits = upper ? HEX.toUpperCase() : HEX;
  let o = 0;
  for (let i = 0; i < data.length; i++) {
    if (nseps > 0 && i > 0) {
      // Groups are counted from the right for a positive bytes_per_sep, from the left otherwise.
      const boundary = perSep > 0 ? (data.length - i) % group === 0 : i % group === 0;
      if (boundary) out[o++] = sep!;
    }
    out[o++] = digits.charCodeAt(data[i] >> 4);
    out[o++] = digits.charCodeAt(data[i] & 15);
  }
  return out;
}

function unhexlify(rt: Runtime, data: Uint8Array, fail: (msg: string) => never): Uint8Array {
  if (data.length % 2 !== 0) fail('Odd-length string');
  const out = newBytes(rt, data.length / 2, 'unhexlify result');
  rt.charge(data.length >> 4);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(data[2 * i]);
    const lo = hexValue(data[2 * i + 1]);
    if (hi < 0 || lo < 0) fail('Non-hexadecimal digit found');
    out[i] = (hi << 4) | lo;
  }
  return out;
}

// ------------------------------------------------------------------ Ascii85 / Base85

const A85 = Array.from({ length: 85 }, (_, i) => String.fromCharCode(33 + i)).join('');
const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';

/** Each 4-byte big-endian word becomes 5 digits (or a fold character); a partial word is trimmed unless padded. */
function encode85(rt: Runtime, data: Uint8Array, alphabet: string, pad: boolean, foldNuls: boolean, foldSpaces: boolean): string {
  const padding = (4 - (data.length % 4)) % 4;
  const words = (data.length + padding) / 4;
  rt.checkValueSize(words * 5, 'base85 result');
  rt.charge(words >> 2);
  const chunks: string[] = [];
  for (let w = 0; w < words; w++) {
    let word = 0;
    for (let k = 0; k < 4; k++) word = word * 256 + (data[w * 4 + k] ?? 0);
    if (foldNuls && word === 0) chunks.push('z');
    else if (foldSpaces && word === 0x20202020) chunks.push('y');
    else {
      let s = '';
      for (let k = 4; k >= 0; k--) s += alphabet[Math.floor(word / 85 ** k) % 85];
      chunks.push(s);
    }
  }
  if (padding > 0 && !pad && chunks.length > 0) {
    let last = chunks[chunks.length - 1];
    if (last === 'z') last = alphabet[0].repeat(5);
    chunks[chunks.length - 1] = last.slice(0, last.length - padding);
  }
  return chunks.join('');
}

function a85Decode(rt: Runtime, data: Uint8Array, foldSpaces: boolean, ignore: Uint8Array): Uint8Array {
  const out: number[] = [];
  const curr: number[] = [];
  rt.charge(data.length >> 3);
  const emit = (a: number, b: number, c: number, d: number) => {
    out.push(a, b, c, d);
    // 'z' and 'y' expand one byte to four: check the size as the output grows.
    if ((out.length & 0xffff) === 0) rt.checkValueSize(out.length, 'Ascii85 result');
  };
  // The input is followed by four 'u' so a partial last group decodes (then is trimmed).
  for (let i = 0; i < data.length + 4; i++) {
    const x = i < data.length ? data[i] : 117;
    if (x >= 33 && x <= 117) {
      curr.push(x);
      if (curr.length === 5) {
        let acc = 0;
        for (const c of curr) acc = 85 * acc + (c - 33);
        if (acc > 0xffffffff) throw valueError('Ascii85 overflow');
        emit((acc >>> 24) & 255, (acc >>> 16) & 255, (acc >>> 8) & 255, acc & 255);
        curr.length = 0;
      }
    } else if (x === 122) {
      if (curr.length > 0) throw valueError('z inside Ascii85 5-tuple');
      emit(0, 0, 0, 0);
    } else if (foldSpaces && x === 121) {
      if (curr.length > 0) throw valueError('y inside Ascii85 5-tuple');
      emit(32, 32, 32, 32);
    } else if (!ignore.includes(x)) {
      throw valueError(`Non-Ascii85 digit found: ${String.fromCharCode(x)}`);
    }
  }
  const padding = 4 - curr.length;
  const n = padding > 0 ? out.length - padding : out.length;
  const result = newBytes(rt, n, 'Ascii85 result');
  for (let i = 0; i < n; i++) result[i] = out[i];
  return result;
}

function b85Decode(rt: Runtime, data: Uint8Array): Uint8Array {
  const padding = (5 - (data.length % 5)) % 5;
  const n = data.length + padding;
  const out = newBytes(rt, (n / 5) * 4, 'base85 result');
  rt.charge(data.length >> 3);
  for (let i = 0; i < n; i += 5) {
    let acc = 0;
    for (let j = i; j < i + 5; j++) {
      const c = j < data.length ? data[j] : 126;
      const v = B85.indexOf(String.fromCharCode(c));
      if (v < 0 || c > 126) throw valueError(`bad base85 character at position ${j}`);
      acc = acc * 85 + v;
    }
    if (acc > 0xffffffff) throw valueError(`base85 overflow in hunk starting at byte ${i}`);
    const o = (i / 5) * 4;
    out[o] = (acc >>> 24) & 255;
    out[o + 1] = (acc >>> 16) & 255;
    out[o + 2] = (acc >>> 8) & 255;
    out[o + 3] = acc & 255;
  }
  return padding > 0 ? out.slice(0, out.length - padding) : out;
}

// ------------------------------------------------------------------ CRCs

const CRC32_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(rt: Runtime, data: Uint8Array, start: number): number {
  rt.charge(data.length >> 4);
  let c = (start ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function crcHqx(rt: Runtime, data: Uint8Array, start: number): number {
  rt.charge(data.length >> 4);
  let crc = start & 0xffff;
  for (let i = 0; i < data.length; i++) {
    crc ^= data[i] << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** An int argument reduced modulo 2**bits (CPython masks CRC seeds the same way). */
function maskedInt(v: Value, bits: number): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number' && typeof v !== 'bigint') throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const m = (1n << BigInt(bits)) - 1n;
  return Number(big(v as Int) & m);
}

// ------------------------------------------------------------------ binascii module

interface Shared {
  error: PyClass;
  incomplete: PyClass;
}

function raiser(shared: Shared): (msg: string) => never {
  return (msg) => {
    throw makeException(shared.error, msg);
  };
}

/** hexlify's `sep` (only when passed): one character as str or bytes. */
function separator(v: Value): number | null {
  if (v === undefined) return null;
  let code: number;
  if (typeof v === 'string') {
    if ([...v].length !== 1) throw valueError('sep must be length 1.');
    code = v.codePointAt(0)!;
    // CPython accepts a str separator up to U+00FF, as its Latin-1 byte.
    if (code > 255) throw valueError('sep must be ASCII.');
  } else {
    const b = bytesLike(v);
    if (b === undefined) throw typeError(`object of type '${typeName(v)}' has no len()`);
    if (b.length !== 1) throw valueError('sep must be length 1.');
    code = b[0];
  }
  return code;
}

function perSepArg(v: Value): number {
  if (v === undefined) return 1;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint' || (typeof v === 'number' && Math.abs(v) > 2 ** 31 - 1)) {
    throw makeException(OverflowErrorType, 'Python int too large to convert to C int');
  }
  if (typeof v !== 'number') throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return v;
}

/** Positional-only builtins check their argument count with these CPython wordings. */
function checkPositional(fname: string, style: 'meth_o' | 'exact_positional' | 'range', args: Value[], kwnames: string[] | null,
  min: number, max: number, allowedKw: string[] = []): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (nkw > 0) {
    const bad = kwnames!.find((k) => !allowedKw.includes(k));
    if (bad !== undefined) {
      throw typeError(allowedKw.length > 0 ? `'${bad}' is an invalid keyword argument for ${fname}()` : `binascii.${fname}() takes no keyword arguments`);
    }
  }
  if (npos >= min && npos <= max) return;
  if (style === 'meth_o') throw typeError(`binascii.${fname}() takes exactly one argument (${npos} given)`);
  if (style === 'exact_positional') throw typeError(`${fname}() takes exactly ${min} positional argument${min === 1 ? '' : 's'} (${npos} given)`);
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  if (min === max) throw typeError(`${fname} expected ${min} ${plural(min)}, got ${npos}`);
  if (npos < min) throw typeError(`${fname} expected at least ${min} ${plural(min)}, got ${npos}`);
  throw typeError(`${fname} expected at most ${max} ${plural(max)}, got ${npos}`);
}

/** A binascii builtin with its own argument checks; `impl` gets the positional values and keyword values by name. */
function binasciiFunction(name: string, check: (args: Value[], kwnames: string[] | null) => void,
  impl: (rt: Runtime, pos: Value[], kw: Map<string, Value>) => Value, doc: string): PyBuiltin {
  return new PyBuiltin(name, (rt, args, kwnames) => {
    check(args, kwnames);
    const nkw = kwnames === null ? 0 : kwnames.length;
    const pos = args.slice(0, args.length - nkw);
    const kw = new Map<string, Value>();
    for (let i = 0; i < nkw; i++) kw.set(kwnames![i], args[pos.length + i]);
    return impl(rt, pos, kw);
  }, null, doc, 'binascii');
}

function buildBinascii(shared: Shared): Record<string, Value> {
  const fail = raiser(shared);
  const m = 'binascii';
  const hexlifyFn = (name: string) => nativeFunction(m, name, ['data', 'sep?', 'bytes_per_sep?'], (rt, [data, sep, per]) =>
    new PyBytes(hexlify(rt, encoderInput(data, 'plain'), separator(sep), perSepArg(per), false)),
  'Hexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as "hexlify()".');
  const unhexlifyFn = (name: string) => binasciiFunction(name,
    (args, kw) => checkPositional(name, 'meth_o', args, kw, 1, 1),
    (rt, [s]) => new PyBytes(unhexlify(rt, decoderInput(s, 'binascii'), fail)),
    'Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).');
  return {
    Error: shared.error,
    Incomplete: shared.incomplete,
    hexlify: hexlifyFn('hexlify'),
    b2a_hex: hexlifyFn('b2a_hex'),
    unhexlify: unhexlifyFn('unhexlify'),
    a2b_hex: unhexlifyFn('a2b_hex'),
    b2a_base64: binasciiFunction('b2a_base64',
      (args, kw) => checkPositional('b2a_base64', 'exact_positional', args, kw, 1, 1, ['newline']),
      (rt, [data], kw) => new PyBytes(b64Encode(rt, encoderInput(data, 'plain'), kw.has('newline') ? truthy(rt, kw.get('newline')) : true)),
      'Base64-code line of data.'),
    a2b_base64: binasciiFunction('a2b_base64',
      (args, kw) => checkPositional('a2b_base64', 'exact_positional', args, kw, 1, 1, ['strict_mode']),
      (rt, [data], kw) => new PyBytes(b64Decode(rt, decoderInput(data, 'binascii'), kw.has('strict_mode') ? truthy(rt, kw.get('strict_mode')) : false, fail)),
      'Decode a line of base64 data.\n\n  strict_mode\n    Erroring when excess data is found after padding.'),
    crc32: binasciiFunction('crc32',
      (args, kw) => checkPositional('crc32', 'range', args, kw, 1, 2),
      (rt, [data, crc]) => crc32(rt, encoderInput(data, 'plain'), crc === undefined ? 0 : maskedInt(crc, 32)),
      'Compute CRC-32 incrementally.'),
    crc_hqx: binasciiFunction('crc_hqx',
      (args, kw) => checkPositional('crc_hqx', 'range', args, kw, 2, 2),
      (rt, [data, crc]) => crcHqx(rt, encoderInput(data, 'plain'), maskedInt(crc, 16)),
      'Compute CRC-CCITT incrementally.'),
  };
}

// ------------------------------------------------------------------ base64 module

/** A base64 function: a real Python function with this signature and a native body. */
function pyFunction(name: string, params: string[], defaults: Value[], kwonly: string[], kwdefaults: Record<string, Value>,
  doc: string, body: (rt: Runtime, a: Value[]) => Value): Value {
  return functionWithSignature({
    name, qualname: name, module: 'base64', params, defaults, kwonly,
    kwdefaults: kwonly.length ? new Map(Object.entries(kwdefaults)) : null, doc,
  }, body);
}

function altcharsPair(v: Value, forDecode: boolean): number[] {
  const b = forDecode ? decoderInput(v, 'base64') : encoderInput(v, 'plain');
  if (b.length !== 2) {
    const e = makeException(AssertionErrorType, typeof v === 'string' ? `'${v}'` : bytesRepr(b));
    throw e;
  }
  return [b[0], b[1]];
}

function asBytes(b: Uint8Array): PyBytes {
  return new PyBytes(b);
}

/** Reads `input` to the end through its read() method (chunks of `size` bytes). */
function readAll(rt: Runtime, input: Value, size: number): Uint8Array[] {
  const read = getAttr(rt, input, 'read');
  const chunks: Uint8Array[] = [];
  for (;;) {
    const chunk = callValue(rt, read, [size], null);
    const b = bytesLike(chunk);
    if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(chunk)}'`);
    if (b.length === 0) return chunks;
    rt.charge(1);
    chunks.push(b);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const MAXBINSIZE = 57;

function encodeBytes(rt: Runtime, data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < data.length; i += MAXBINSIZE) parts.push(b64Encode(rt, data.subarray(i, i + MAXBINSIZE), true));
  return concat(parts);
}

function buildBase64(shared: () => Shared): Record<string, Value> {
  const fail = (msg: string): never => {
    throw makeException(shared().error, msg);
  };
  const b64encode = (rt: Runtime, s: Value, altchars: Value): PyBytes => {
    const data = encoderInput(s, 'plain');
    let out = b64Encode(rt, data, false);
    if (altchars !== None) out = translate(out, [43, 47], altcharsPair(altchars, false));
    return asBytes(out);
  };
  const b64decode = (rt: Runtime, s: Value, altchars: Value, validate: Value): PyBytes => {
    let data = decoderInput(s, 'base64');
    if (altchars !== None) data = translate(data, altcharsPair(altchars, true), [43, 47]);
    return asBytes(b64Decode(rt, data, truthy(rt, validate), fail));
  };
  const b32decode = (rt: Runtime, s: Value, casefold: Value, map01: Value, alphabet: string): PyBytes => {
    let data = decoderInput(s, 'base64');
    if (data.length % 8 !== 0) fail('Incorrect padding');
    if (map01 !== None) {
      const m = decoderInput(map01, 'base64');
      if (m.length !== 1) throw makeException(AssertionErrorType, typeof map01 === 'string' ? `'${map01}'` : bytesRepr(m));
      data = translate(data, [48, 49], [79, m[0]]);
    }
    if (truthy(rt, casefold)) data = data.map((c) => (c >= 97 && c <= 122 ? c - 32 : c));
    return asBytes(b32Decode(rt, data, alphabet, fail));
  };
  const b16decode = (rt: Runtime, s: Value, casefold: Value): PyBytes => {
    let data = decoderInput(s, 'base64');
    if (truthy(rt, casefold)) data = data.map((c) => (c >= 97 && c <= 122 ? c - 32 : c));
    for (const c of data) if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70))) fail('Non-base16 digit found');
    return asBytes(unhexlify(rt, data, fail));
  };
  const urlsafe = (b: Uint8Array) => translate(b, [43, 47], [45, 95]);
  const fromUrlsafe = (b: Uint8Array) => translate(b, [45, 95], [43, 47]);
  return {
    b64encode: pyFunction('b64encode', ['s', 'altchars'], [None], [], {},
      'Encode the bytes-like object s using Base64 and return a bytes object.\n\nOptional altchars should be a byte string of length 2 which specifies an\nalternative alphabet for the \'+\' and \'/\' characters.  This allows an\napplication to e.g. generate url or filesystem safe Base64 strings.',
      (rt, [s, alt]) => b64encode(rt, s, alt)),
    b64decode: pyFunction('b64decode', ['s', 'altchars', 'validate'], [None, false], [], {},
      'Decode the Base64 encoded bytes-like object or ASCII string s.\n\nOptional altchars must be a bytes-like object or ASCII string of length 2\nwhich specifies the alternative alphabet used instead of the \'+\' and \'/\'\ncharacters.\n\nThe result is returned as a bytes object.  A binascii.Error is raised if\ns is incorrectly padded.\n\nIf validate is False (the default), characters that are neither in the\nnormal base-64 alphabet nor the alternative alphabet are discarded prior\nto the padding check.  If validate is True, these non-alphabet characters\nin the input result in a binascii.Error.',
      (rt, [s, alt, validate]) => b64decode(rt, s, alt, validate)),
    standard_b64encode: pyFunction('standard_b64encode', ['s'], [], [], {},
      'Encode bytes-like object s using the standard Base64 alphabet.\n\nThe result is returned as a bytes object.',
      (rt, [s]) => b64encode(rt, s, None)),
    standard_b64decode: pyFunction('standard_b64decode', ['s'], [], [], {},
      'Decode bytes encoded with the standard Base64 alphabet.\n\nArgument s is a bytes-like object or ASCII string to decode.  The result\nis returned as a bytes object.  A binascii.Error is raised if the input\nis incorrectly padded.  Characters that are not in the standard alphabet\nare discarded prior to the padding check.',
      (rt, [s]) => b64decode(rt, s, None, false)),
    urlsafe_b64encode: pyFunction('urlsafe_b64encode', ['s'], [], [], {},
      'Encode bytes using the URL- and filesystem-safe Base64 alphabet.\n\nArgument s is a bytes-like object to encode.  The result is returned as a\nbytes object.  The alphabet uses \'-\' instead of \'+\' and \'_\' instead of\n\'/\'.',
      (rt, [s]) => asBytes(urlsafe(b64encode(rt, s, None).b))),
    urlsafe_b64decode: pyFunction('urlsafe_b64decode', ['s'], [], [], {},
      'Decode bytes using the URL- and filesystem-safe Base64 alphabet.\n\nArgument s is a bytes-like object or ASCII string to decode.  The result\nis returned as a bytes object.  A binascii.Error is raised if the input\nis incorrectly padded.  Characters that are not in the URL-safe base-64\nalphabet, and are not a plus \'+\' or slash \'/\', are discarded prior to the\npadding check.\n\nThe alphabet uses \'-\' instead of \'+\' and \'_\' instead of \'/\'.',
      (rt, [s]) => asBytes(b64Decode(rt, fromUrlsafe(decoderInput(s, 'base64')), false, fail))),
    b32encode: pyFunction('b32encode', ['s'], [], [], {},
      'Encode the bytes-like objects using base32 and return a bytes object.',
      (rt, [s]) => asBytes(b32Encode(rt, encoderInput(s, 'memoryview'), B32))),
    b32decode: pyFunction('b32decode', ['s', 'casefold', 'map01'], [false, None], [], {},
      'Decode the base32 encoded bytes-like object or ASCII string s.\n\nOptional casefold is a flag specifying whether a lowercase alphabet is\nacceptable as input.  For security purposes, the default is False.\n\nRFC 3548 allows for optional mapping of the digit 0 (zero) to the\nletter O (oh), and for optional mapping of the digit 1 (one) to\neither the letter I (eye) or letter L (el).  The optional argument\nmap01 when not None, specifies which letter the digit 1 should be\nmapped to (when map01 is not None, the digit 0 is always mapped to\nthe letter O).  For security purposes the default is None, so that\n0 and 1 are not allowed in the input.\n\nThe result is returned as a bytes object.  A binascii.Error is raised if\nthe input is incorrectly padded or if there are non-alphabet\ncharacters present in the input.',
      (rt, [s, casefold, map01]) => b32decode(rt, s, casefold, map01, B32)),
    b32hexencode: pyFunction('b32hexencode', ['s'], [], [], {},
      'Encode the bytes-like objects using base32hex and return a bytes object.',
      (rt, [s]) => asBytes(b32Encode(rt, encoderInput(s, 'memoryview'), B32HEX))),
    b32hexdecode: pyFunction('b32hexdecode', ['s', 'casefold'], [false], [], {},
      'Decode the base32hex encoded bytes-like object or ASCII string s.\n\nOptional casefold is a flag specifying whether a lowercase alphabet is\nacceptable as input.  For security purposes, the default is False.\n\nThe result is returned as a bytes object.  A binascii.Error is raised if\nthe input is incorrectly padded or if there are non-alphabet\ncharacters present in the input.',
      (rt, [s, casefold]) => b32decode(rt, s, casefold, None, B32HEX)),
    b16encode: pyFunction('b16encode', ['s'], [], [], {},
      'Encode the bytes-like object s using Base16 and return a bytes object.',
      (rt, [s]) => asBytes(hexlify(rt, encoderInput(s, 'plain'), null, 1, true))),
    b16decode: pyFunction('b16decode', ['s', 'casefold'], [false], [], {},
      'Decode the Base16 encoded bytes-like object or ASCII string s.\n\nOptional casefold is a flag specifying whether a lowercase alphabet is\nacceptable as input.  For security purposes, the default is False.\n\nThe result is returned as a bytes object.  A binascii.Error is raised if\ns is incorrectly padded or if there are non-alphabet characters present\nin the input.',
      (rt, [s, casefold]) => b16decode(rt, s, casefold)),
    a85encode: pyFunction('a85encode', ['b'], [], ['foldspaces', 'wrapcol', 'pad', 'adobe'],
      { foldspaces: false, wrapcol: 0, pad: false, adobe: false },
      'Encode bytes-like object b using Ascii85 and return a bytes object.\n\nfoldspaces is an optional flag that uses the special short sequence \'y\'\ninstead of 4 consecutive spaces (ASCII 0x20) as supported by \'btoa\'. This\nfeature is not supported by the "standard" Adobe encoding.\n\nwrapcol controls whether the output should have newline (b\'\\n\') characters\nadded to it. If this is non-zero, each output line will be at most this\nmany characters long.\n\npad controls whether the input is padded to a multiple of 4 before\nencoding. Note that the btoa implementation always pads.\n\nadobe controls whether the encoded byte sequence is framed with <~ and ~>,\nwhich is used by the Adobe implementation.',
      (rt, [b, foldspaces, wrapcol, pad, adobe]) => {
        const isAdobe = truthy(rt, adobe);
        let result = encode85(rt, encoderInput(b, 'memoryview'), A85, truthy(rt, pad), true, truthy(rt, foldspaces));
        if (isAdobe) result = '<~' + result;
        const col = typeof wrapcol === 'number' ? wrapcol : typeof wrapcol === 'boolean' ? Number(wrapcol) : NaN;
        if (Number.isNaN(col)) throw typeError(`'${typeName(wrapcol)}' object cannot be interpreted as an integer`);
        if (col) {
          const width = Math.max(isAdobe ? 2 : 1, col);
          const chunks: string[] = [];
          for (let i = 0; i < result.length; i += width) chunks.push(result.slice(i, i + width));
          if (chunks.length === 0) chunks.push('');
          if (isAdobe && chunks[chunks.length - 1].length + 2 > width) chunks.push('');
          result = chunks.join('\n');
        }
        if (isAdobe) result += '~>';
        rt.allocate(result.length);
        return asBytes(ascii(result));
      }),
    a85decode: pyFunction('a85decode', ['b'], [], ['foldspaces', 'adobe', 'ignorechars'],
      { foldspaces: false, adobe: false, ignorechars: new PyBytes(ascii(' \t\n\r\v')) },
      'Decode the Ascii85 encoded bytes-like object or ASCII string b.\n\nfoldspaces is a flag that specifies whether the \'y\' short sequence should be\naccepted as shorthand for 4 consecutive spaces (ASCII 0x20). This feature is\nnot supported by the "standard" Adobe encoding.\n\nadobe controls whether the input sequence is in Adobe Ascii85 format (i.e.\nis framed with <~ and ~>).\n\nignorechars should be a byte string containing characters to ignore from the\ninput. This should only contain whitespace characters, and by default\ncontains all whitespace characters in ASCII.\n\nThe result is returned as a bytes object.',
      (rt, [b, foldspaces, adobe, ignorechars]) => {
        let data = decoderInput(b, 'base64');
        if (truthy(rt, adobe)) {
          const n = data.length;
          if (n < 2 || data[n - 2] !== 126 || data[n - 1] !== 62) {
            throw valueError("Ascii85 encoded byte sequences must end with b'~>'");
          }
          data = n >= 4 && data[0] === 60 && data[1] === 126 ? data.subarray(2, n - 2) : data.subarray(0, n - 2);
        }
        const ignore = typeof ignorechars === 'string' ? ascii(ignorechars) : encoderInput(ignorechars, 'plain');
        return asBytes(a85Decode(rt, data, truthy(rt, foldspaces), ignore));
      }),
    b85encode: pyFunction('b85encode', ['b', 'pad'], [false], [], {},
      'Encode bytes-like object b in base85 format and return a bytes object.\n\nIf pad is true, the input is padded with b\'\\0\' so its length is a multiple of\n4 bytes before encoding.',
      (rt, [b, pad]) => {
        const s = encode85(rt, encoderInput(b, 'memoryview'), B85, truthy(rt, pad), false, false);
        rt.allocate(s.length);
        return asBytes(ascii(s));
      }),
    b85decode: pyFunction('b85decode', ['b'], [], [], {},
      'Decode the base85-encoded bytes-like object or ASCII string b\n\nThe result is returned as a bytes object.',
      (rt, [b]) => asBytes(b85Decode(rt, decoderInput(b, 'base64')))),
    encodebytes: pyFunction('encodebytes', ['s'], [], [], {},
      'Encode a bytestring into a bytes object containing multiple lines\nof base-64 data.',
      (rt, [s]) => asBytes(encodeBytes(rt, encoderInput(s, 'expected')))),
    decodebytes: pyFunction('decodebytes', ['s'], [], [], {},
      'Decode a bytestring of base-64 data into a bytes object.',
      (rt, [s]) => {
        if (typeof s === 'string') throw typeError('expected bytes-like object, not str');
        return asBytes(b64Decode(rt, encoderInput(s, 'expected'), false, fail));
      }),
    encode: pyFunction('encode', ['input', 'output'], [], [], {},
      'Encode a file; input and output are binary files.',
      (rt, [input, output]) => {
        const data = concat(readAll(rt, input, MAXBINSIZE));
        callValue(rt, getAttr(rt, output, 'write'), [asBytes(encodeBytes(rt, data))], null);
        return None;
      }),
    decode: pyFunction('decode', ['input', 'output'], [], [], {},
      'Decode a file; input and output are binary files.',
      (rt, [input, output]) => {
        const data = concat(readAll(rt, input, 76));
        callValue(rt, getAttr(rt, output, 'write'), [asBytes(b64Decode(rt, data, false, fail))], null);
        return None;
      }),
  };
}

/** binascii's exception classes, created once per interpreter and shared with base64. */
const sharedByCtx = new WeakMap<ModuleContext, Shared>();
function sharedFor(ctx: ModuleContext): Shared {
  let s = sharedByCtx.get(ctx);
  if (s === undefined) {
    s = {
      error: moduleException('Error', 'binascii', ValueErrorType),
      incomplete: moduleException('Incomplete', 'binascii', ExceptionType),
    };
    sharedByCtx.set(ctx, s);
  }
  return s;
}

export const modules: ModuleDef[] = [
  {
    name: 'binascii',
    summary: 'Conversions between binary data and ASCII (hex, base64, CRC-32).',
    build: (ctx) => buildBinascii(sharedFor(ctx)),
  },
  {
    name: 'base64',
    summary: 'Base16, Base32, Base64, Ascii85 and Base85 data encodings.',
    build: (ctx) => buildBase64(() => sharedFor(ctx)),
  },
];
