/**
 * The method tables of `bytes` and `bytearray` and their construction, with
 * CPython 3.11's semantics and error messages. Both types share one
 * implementation: results keep the receiver's type (a bytearray method returns
 * bytearrays), arguments may be any bytes-like object (bytes, bytearray, bytes
 * subclasses) and, where CPython allows, an int standing for one byte.
 * Character classes and case mappings are ASCII-only, as in CPython.
 */
import { PyBoxed, PyClass, PyObject, type Value } from '../object.js';
import { ByteArrayType, BytesType, None, NotImplemented } from '../types.js';
import { indexError, typeError, valueError } from '../exceptions.js';
import { PyBuiltin, PyClassMethod, PyStaticMethod, defineMethods, type NativeFn } from '../function.js';
import { PyByteArray, PyBytes, PyFloat, PyList, PySlice, PyTuple, tuple } from '../values.js';
import { argSpec, noArgs, parseArgs } from '../args.js';
import { callSpecial, typeName } from '../ops.js';
import { adjustSlice, getItem, indexValue, unpackSlice } from '../subscript.js';
import { BytesIterator, DONE, getIterOrNull, iterNext } from '../iter.js';
import { bytesRepr } from '../bytes.js';
import { bytesFind } from '../bytesops.js';
import { callValue } from '../call.js';
import { decodeBytes, encodeStr } from '../codecs.js';
import {
  adjustEnd, adjustStart, argTypeName, asStr, cIntArg, checkOneArg, checkPositional, checkVarArgs, checkWrapper, clinicArgs,
  sliceArg, ssizeArg,
} from './str.js';
import type { Runtime } from '../runtime.js';

type Bytesish = PyBytes | PyByteArray;

// ====================================================================== values

/** The bytes of a bytes-like object (bytes, bytearray, bytes subclass), else undefined. */
export function bytesLike(v: Value): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.b;
  if (v instanceof PyBoxed && v.value instanceof PyBytes) return v.value.b;
  return undefined;
}

function needBytes(v: Value): Uint8Array {
  const b = bytesLike(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

/** The receiver: natives called directly by the runtime may still see a boxed bytes subclass instance. */
function selfOf(args: Value[]): Bytesish {
  const s = args[0];
  return s instanceof PyBoxed ? (s.value as PyBytes) : (s as Bytesish);
}

function typeLabel(self: Bytesish): string {
  return self instanceof PyByteArray ? 'bytearray' : 'bytes';
}

/** A result of the receiver's type. */
function make(self: Bytesish, b: Uint8Array): Bytesish {
  return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
}

/** A result that may share the receiver when unchanged (bytes are immutable; bytearrays are always copied). */
function same(self: Bytesish, b: Uint8Array, start: number, end: number): Bytesish {
  if (self instanceof PyBytes && start === 0 && end === b.length && self.cls === BytesType) return self;
  return make(self, b.slice(start, end));
}

function checkSize(rt: Runtime, n: number): void {
  rt.checkValueSize(n, 'bytes');
}

function scan(rt: Runtime, n: number): void {
  if (n > 256) rt.charge(n >>> 8);
}

/** A byte value (int, bool, __index__) for append/insert/count(int)...; `what` names the range error. */
function byteValue(rt: Runtime, v: Value, msg = 'byte must be in range(0, 256)'): number {
  if (typeof v === 'number') {
    if (v < 0 || v > 255) throw valueError(msg);
    return v;
  }
  const i = indexValue(rt, v);
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint' || i < 0 || i > 255) throw valueError(msg);
  return i;
}

/** A find/count argument: bytes-like or an int byte. */
function subArg(rt: Runtime, v: Value): Uint8Array {
  const b = bytesLike(v);
  if (b !== undefined) return b;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || indexValue(rt, v) !== undefined) {
    return Uint8Array.of(byteValue(rt, v));
  }
  throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLowerB = (c: number) => c >= 97 && c <= 122;
const isUpperB = (c: number) => c >= 65 && c <= 90;
const isDigitB = (c: number) => c >= 48 && c <= 57;
const isAlphaB = (c: number) => isLowerB(c) || isUpperB(c);

/** Collects the bytes of an iterable of ints (bytes(list), bytearray.extend...). */
function bytesFromInts(rt: Runtime, items: Value[], msg: string): Uint8Array {
  checkSize(rt, items.length);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = byteValue(rt, items[i], msg);
  return out;
}

function iterItems(rt: Runtime, v: Value): Value[] | null {
  if ((v instanceof PyList || v instanceof PyTuple) && v.cls.builtin) {
    rt.charge(v.items.length);
    return v.items;
  }
  const it = getIterOrNull(rt, v);
  if (it === null) return null;
  const out: Value[] = [];
  for (;;) {
    const x = iterNext(rt, it);
    if (x === DONE) return out;
    if (--rt.ticks < 0) rt.checkpoint();
    out.push(x);
  }
}

// ====================================================================== searching

function find(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  if (needle.length === 1) {
    const c = needle[0];
    for (let i = start; i < end; i++) if (hay[i] === c) return i;
    return -1;
  }
  return bytesFind(hay, needle, start, end);
}

function rfind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const n = needle.length;
  outer: for (let i = end - n; i >= start; i--) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function findArgs(rt: Runtime, name: string, args: Value[], kwnames: string[] | null): [Uint8Array, Uint8Array, number, number] {
  checkVarArgs(name, args, kwnames, 1, 3);
  const b = selfOf(args).b;
  const sub = subArg(rt, args[1]);
  const end = adjustEnd(sliceArg(rt, args[3], Number.MAX_SAFE_INTEGER), b.length);
  const start = adjustStart(sliceArg(rt, args[2], 0), b.length);
  scan(rt, b.length);
  return [b, sub, start, end];
}

function findIn(rt: Runtime, name: string, args: Value[], kwnames: string[] | null, dir: 1 | -1): number {
  const [b, sub, start, end] = findArgs(rt, name, args, kwnames);
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return dir > 0 ? start : end;
  return dir > 0 ? find(b, sub, start, end) : rfind(b, sub, start, end);
}

function startsEnds(rt: Runtime, name: string, args: Value[], kwnames: string[] | null, dir: -1 | 1): boolean {
  checkVarArgs(name, args, kwnames, 1, 3);
  const b = selfOf(args).b;
  const prefix = args[1];
  const end0 = adjustEnd(sliceArg(rt, args[3], Number.MAX_SAFE_INTEGER), b.length);
  const start = adjustStart(sliceArg(rt, args[2], 0), b.length);
  const one = (p: Uint8Array): boolean => {
    const end = end0 - p.length;
    if (end < start) return false;
    if (p.length === 0) return true;
    const at = dir < 0 ? start : end;
    for (let i = 0; i < p.length; i++) if (b[at + i] !== p[i]) return false;
    return true;
  };
  const p = bytesLike(prefix);
  if (p !== undefined) return one(p);
  if (prefix instanceof PyTuple) {
    for (const item of prefix.items) if (one(needBytes(item))) return true;
    return false;
  }
  throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(prefix)}`);
}

// ====================================================================== splitting

function splitWhitespace(self: Bytesish, maxsplit: number): Bytesish[] {
  const b = self.b;
  const out: Bytesish[] = [];
  const n = b.length;
  let i = 0;
  let count = maxsplit < 0 ? Infinity : maxsplit;
  while (count-- > 0) {
    while (i < n && isSpace(b[i])) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isSpace(b[i])) i++;
    out.push(same(self, b, j, i));
  }
  if (i < n) {
    while (i < n && isSpace(b[i])) i++;
    if (i !== n) out.push(same(self, b, i, n));
  }
  return out;
}

function rsplitWhitespace(self: Bytesish, maxsplit: number): Bytesish[] {
  const b = self.b;
  const out: Bytesish[] = [];
  let i = b.length - 1;
  let count = maxsplit < 0 ? Infinity : maxsplit;
  while (count-- > 0) {
    while (i >= 0 && isSpace(b[i])) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpace(b[i])) i--;
    out.push(same(self, b, i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(b[i])) i--;
    if (i >= 0) out.push(same(self, b, 0, i + 1));
  }
  return out.reverse();
}

function splitSep(self: Bytesish, sep: Uint8Array, maxsplit: number): Bytesish[] {
  const b = self.b;
  const out: Bytesish[] = [];
  let count = maxsplit < 0 ? Infinity : maxsplit;
  let from = 0;
  while (count-- > 0) {
    const k = find(b, sep, from, b.length);
    if (k < 0) break;
    out.push(make(self, b.slice(from, k)));
    from = k + sep.length;
  }
  out.push(same(self, b, from, b.length));
  return out;
}

function rsplitSep(self: Bytesish, sep: Uint8Array, maxsplit: number): Bytesish[] {
  const b = self.b;
  const out: Bytesish[] = [];
  let count = maxsplit < 0 ? Infinity : maxsplit;
  let end = b.length;
  while (count-- > 0) {
    const k = rfind(b, sep, 0, end);
    if (k < 0) break;
    out.push(make(self, b.slice(k + sep.length, end)));
    end = k;
  }
  out.push(same(self, b, 0, end));
  return out.reverse();
}

function sepArg(v: Value | undefined): Uint8Array | null {
  if (v === undefined || v === None) return null;
  const s = needBytes(v);
  if (s.length === 0) throw valueError('empty separator');
  return s;
}

/** partition's middle item: bytes.partition returns the separator object itself, bytearray a copy. */
function sepResult(self: Bytesish, sepObj: Value, sep: Uint8Array): Value {
  return self instanceof PyByteArray ? new PyByteArray(sep.slice()) : sepObj;
}

function list(rt: Runtime, items: Value[]): PyList {
  rt.charge(items.length);
  return new PyList(items);
}

// ====================================================================== strip, pad, case

function strip(rt: Runtime, name: string, args: Value[], kwnames: string[] | null, left: boolean, right: boolean): Bytesish {
  const self = selfOf(args);
  checkPositional(`${typeLabel(self)}.${name}`, name, args, kwnames, 0, 1);
  const b = self.b;
  scan(rt, b.length);
  const chars = args.length > 1 ? args[1] : None;
  let test: (c: number) => boolean;
  if (chars === None) test = isSpace;
  else {
    const set = needBytes(chars);
    test = (c) => set.includes(c);
  }
  let i = 0;
  let j = b.length;
  if (left) while (i < j && test(b[i])) i++;
  if (right) while (j > i && test(b[j - 1])) j--;
  return same(self, b, i, j);
}

function fillArg(name: string, v: Value | undefined): number {
  if (v === undefined) return 32;
  const b = bytesLike(v);
  if (b === undefined || b.length !== 1) {
    throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${argTypeName(v)}`);
  }
  return b[0];
}

function pad(rt: Runtime, self: Bytesish, left: number, right: number, fill: number): Bytesish {
  const b = self.b;
  if (left <= 0 && right <= 0) return same(self, b, 0, b.length);
  checkSize(rt, b.length + left + right);
  const out = new Uint8Array(b.length + left + right);
  out.fill(fill, 0, left);
  out.set(b, left);
  out.fill(fill, left + b.length);
  return make(self, out);
}

function justify(rt: Runtime, name: string, args: Value[], kwnames: string[] | null, mode: 'l' | 'r' | 'c'): Bytesish {
  const self = selfOf(args);
  checkPositional(`${typeLabel(self)}.${name}`, name, args, kwnames, 1, 2);
  const width = ssizeArg(rt, args[1]);
  const fill = fillArg(name, args[2]);
  const len = self.b.length;
  if (len >= width) return same(self, self.b, 0, len);
  const marg = width - len;
  if (mode === 'l') return pad(rt, self, 0, marg, fill);
  if (mode === 'r') return pad(rt, self, marg, 0, fill);
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(rt, self, left, marg - left, fill);
}

function mapBytes(rt: Runtime, args: Value[], kwnames: string[] | null, name: string, f: (b: Uint8Array) => Uint8Array): Bytesish {
  const self = selfOf(args);
  noArgs(`${typeLabel(self)}.${name}`, args, kwnames);
  scan(rt, self.b.length);
  return make(self, f(self.b));
}

function predicate(rt: Runtime, args: Value[], kwnames: string[] | null, name: string, f: (b: Uint8Array) => boolean): boolean {
  const self = selfOf(args);
  noArgs(`${typeLabel(self)}.${name}`, args, kwnames);
  scan(rt, self.b.length);
  return f(self.b);
}

const allOf = (test: (c: number) => boolean) => (b: Uint8Array) => {
  if (b.length === 0) return false;
  for (let i = 0; i < b.length; i++) if (!test(b[i])) return false;
  return true;
};

function title(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  let prevCased = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (isUpperB(c)) out[i] = prevCased ? c + 32 : c;
    else if (isLowerB(c)) out[i] = prevCased ? c : c - 32;
    else out[i] = c;
    prevCased = isAlphaB(c);
  }
  return out;
}

function istitle(b: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (isUpperB(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerB(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function expandTabs(rt: Runtime, self: Bytesish, tabsize: number): Bytesish {
  const b = self.b;
  let col = 0;
  let len = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 9) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        len += incr;
      }
    } else {
      col++;
      len++;
      if (c === 10 || c === 13) col = 0;
    }
  }
  checkSize(rt, len);
  scan(rt, len);
  const out = new Uint8Array(len);
  col = 0;
  let k = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 9) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out.fill(32, k, k + incr);
        k += incr;
      }
    } else {
      out[k++] = c;
      col++;
      if (c === 10 || c === 13) col = 0;
    }
  }
  return make(self, out);
}

function replace(rt: Runtime, self: Bytesish, old: Uint8Array, rep: Uint8Array, count: number): Bytesish {
  const b = self.b;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0 || (old.length === rep.length && old.every((x, i) => x === rep[i]))) return same(self, b, 0, b.length);
  scan(rt, b.length);
  const idx: number[] = [];
  if (old.length === 0) {
    const k = Math.min(count, b.length + 1);
    for (let i = 0; i < k; i++) idx.push(i);
  } else {
    for (let k = find(b, old, 0, b.length); k >= 0 && idx.length < count; k = find(b, old, k + old.length, b.length)) idx.push(k);
  }
  if (idx.length === 0) return same(self, b, 0, b.length);
  const total = b.length + idx.length * (rep.length - old.length);
  checkSize(rt, total);
  rt.charge(idx.length >>> 4);
  const out = new Uint8Array(total);
  let from = 0;
  let k = 0;
  for (const at of idx) {
    out.set(b.subarray(from, at), k);
    k += at - from;
    out.set(rep, k);
    k += rep.length;
    from = at + old.length;
  }
  out.set(b.subarray(from), k);
  return make(self, out);
}

function join(rt: Runtime, self: Bytesish, iterable: Value): Bytesish {
  const items = iterItems(rt, iterable);
  if (items === null) throw typeError('can only join an iterable');
  const sep = self.b;
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const p = bytesLike(items[i]);
    if (p === undefined) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(items[i])} found`);
    parts.push(p);
    total += p.length + (i > 0 ? sep.length : 0);
  }
  checkSize(rt, total);
  rt.charge(parts.length >>> 2);
  const out = new Uint8Array(total);
  let k = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      out.set(sep, k);
      k += sep.length;
    }
    out.set(parts[i], k);
    k += parts[i].length;
  }
  return make(self, out);
}

const HEX = '0123456789abcdef';

function toHex(b: Uint8Array, sep: string | null, group: number): string {
  const parts: string[] = [];
  if (sep === null || group === 0 || b.length === 0) {
    for (let i = 0; i < b.length; i++) parts.push(HEX[b[i] >> 4] + HEX[b[i] & 15]);
    return parts.join('');
  }
  const n = Math.abs(group);
  let chunk = '';
  // Positive groups count from the right (the first group may be short); negative from the left.
  const firstLen = group > 0 ? b.length % n || n : n;
  let inChunk = 0;
  let limit = firstLen;
  for (let i = 0; i < b.length; i++) {
    chunk += HEX[b[i] >> 4] + HEX[b[i] & 15];
    if (++inChunk === limit) {
      parts.push(chunk);
      chunk = '';
      inChunk = 0;
      limit = n;
    }
  }
  if (chunk !== '') parts.push(chunk);
  return parts.join(sep);
}

function fromHex(s: string): Uint8Array {
  // CPython refuses any non-ASCII character, at its position.
  const nonAscii = s.search(/[^\x00-\x7f]/);
  if (nonAscii >= 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${nonAscii}`);
  const text = s;
  const out: number[] = [];
  const digit = (i: number): number => {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return -1;
  };
  const bad = (i: number) => valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
  let i = 0;
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) {
      do i++;
      while (i < text.length && isSpace(text.charCodeAt(i)));
      if (i >= text.length) break;
    }
    const top = digit(i);
    if (top < 0) throw bad(i);
    const bot = digit(i + 1);
    if (bot < 0) throw bad(i + 1);
    out.push(top * 16 + bot);
    i += 2;
  }
  return Uint8Array.from(out);
}

// ====================================================================== methods

const splitSpec = argSpec('split', ['sep?', 'maxsplit?']);
const rsplitSpec = argSpec('rsplit', ['sep?', 'maxsplit?']);
const splitlinesSpec = argSpec('splitlines', ['keepends?']);
const expandtabsSpec = argSpec('expandtabs', ['tabsize?']);
const decodeSpec = argSpec('decode', ['encoding?', 'errors?']);
const hexSpec = argSpec('hex', ['sep?', 'bytes_per_sep?']);
const translateSpec = argSpec('translate', ['table', '/', 'delete?']);

function strArgOf(fname: string, pname: string, v: Value | undefined, dflt: string): string {
  if (v === undefined) return dflt;
  const s = asStr(v);
  if (s === undefined) throw typeError(`${fname}() argument '${pname}' must be str, not ${argTypeName(v)}`);
  return s;
}

function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function compareOp(args: Value[], kwnames: string[] | null, name: string, test: (c: number) => boolean): Value {
  checkWrapper(name, args, kwnames, 1);
  const self = selfOf(args);
  const other = args[1];
  // bytes compares only with bytes; bytearray with any bytes-like object.
  const o = self instanceof PyByteArray || !(other instanceof PyByteArray) ? bytesLike(other) : undefined;
  if (o === undefined) return NotImplemented;
  return test(compareBytes(self.b, o));
}

function mulOp(rt: Runtime, args: Value[], kwnames: string[] | null, name: string): Bytesish {
  checkWrapper(name, args, kwnames, 1, ' ');
  const self = selfOf(args);
  const nv = args[1];
  const i = typeof nv === 'number' ? nv : indexValue(rt, nv);
  if (i === undefined) throw typeError(`'${typeName(nv)}' object cannot be interpreted as an integer`);
  const b = self.b;
  if (typeof i === 'bigint') {
    if (i > 0n && b.length > 0) rt.halt('size', 'repetition result is too large');
    return make(self, new Uint8Array(0));
  }
  const n = i < 0 ? 0 : i;
  checkSize(rt, b.length * n);
  const out = new Uint8Array(b.length * n);
  for (let r = 0; r < n; r++) out.set(b, r * b.length);
  return make(self, out);
}

/** CPython's bytearray repr: like bytes, but `'` is escaped even inside double quotes. */
export function bytearrayRepr(self: PyByteArray): string {
  const r = bytesRepr(self.b);
  const body = r[1] === '"' ? 'b"' + r.slice(2, -1).replace(/'/g, "\\'") + '"' : r;
  return `${self.cls === ByteArrayType ? 'bytearray' : self.cls.name}(${body})`;
}

/** FNV-1a over the bytes: the same value Sandling's str hash gives the latin-1 decoding (like CPython). */
function bytesHash(b: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193);
  return h | 0;
}

const shared: Record<string, NativeFn> = {
  // ---------------------------------------------------------------- case and predicates
  lower: (rt, args, kw) => mapBytes(rt, args, kw, 'lower', (b) => b.map((c) => (isUpperB(c) ? c + 32 : c))),
  upper: (rt, args, kw) => mapBytes(rt, args, kw, 'upper', (b) => b.map((c) => (isLowerB(c) ? c - 32 : c))),
  swapcase: (rt, args, kw) => mapBytes(rt, args, kw, 'swapcase', (b) => b.map((c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c))),
  capitalize: (rt, args, kw) => mapBytes(rt, args, kw, 'capitalize', (b) => b.map((c, i) => (i === 0 ? (isLowerB(c) ? c - 32 : c) : isUpperB(c) ? c + 32 : c))),
  title: (rt, args, kw) => mapBytes(rt, args, kw, 'title', title),
  isalnum: (rt, args, kw) => predicate(rt, args, kw, 'isalnum', allOf((c) => isAlphaB(c) || isDigitB(c))),
  isalpha: (rt, args, kw) => predicate(rt, args, kw, 'isalpha', allOf(isAlphaB)),
  isascii: (rt, args, kw) => predicate(rt, args, kw, 'isascii', (b) => b.every((c) => c < 128)),
  isdigit: (rt, args, kw) => predicate(rt, args, kw, 'isdigit', allOf(isDigitB)),
  isspace: (rt, args, kw) => predicate(rt, args, kw, 'isspace', allOf(isSpace)),
  islower: (rt, args, kw) => predicate(rt, args, kw, 'islower', (b) => b.some(isLowerB) && !b.some(isUpperB)),
  isupper: (rt, args, kw) => predicate(rt, args, kw, 'isupper', (b) => b.some(isUpperB) && !b.some(isLowerB)),
  istitle: (rt, args, kw) => predicate(rt, args, kw, 'istitle', istitle),

  // ---------------------------------------------------------------- searching
  find: (rt, args, kw) => findIn(rt, 'find', args, kw, 1),
  rfind: (rt, args, kw) => findIn(rt, 'rfind', args, kw, -1),
  index(rt, args, kw) {
    const r = findIn(rt, 'index', args, kw, 1);
    if (r < 0) throw valueError('subsection not found');
    return r;
  },
  rindex(rt, args, kw) {
    const r = findIn(rt, 'rindex', args, kw, -1);
    if (r < 0) throw valueError('subsection not found');
    return r;
  },
  count(rt, args, kw) {
    const [b, sub, start, end] = findArgs(rt, 'count', args, kw);
    if (end - start < sub.length) return 0;
    if (sub.length === 0) return end - start + 1;
    let n = 0;
    for (let k = find(b, sub, start, end); k >= 0; k = find(b, sub, k + sub.length, end)) n++;
    return n;
  },
  startswith: (rt, args, kw) => startsEnds(rt, 'startswith', args, kw, -1),
  endswith: (rt, args, kw) => startsEnds(rt, 'endswith', args, kw, 1),

  // ---------------------------------------------------------------- splitting
  split(rt, args, kw) {
    const self = selfOf(args);
    const [sepV, maxV] = clinicArgs(splitSpec, args, kw);
    const sep = sepArg(sepV);
    const maxsplit = maxV === undefined ? -1 : ssizeArg(rt, maxV);
    scan(rt, self.b.length);
    return list(rt, sep === null ? splitWhitespace(self, maxsplit) : splitSep(self, sep, maxsplit));
  },
  rsplit(rt, args, kw) {
    const self = selfOf(args);
    const [sepV, maxV] = clinicArgs(rsplitSpec, args, kw);
    const sep = sepArg(sepV);
    const maxsplit = maxV === undefined ? -1 : ssizeArg(rt, maxV);
    scan(rt, self.b.length);
    return list(rt, sep === null ? rsplitWhitespace(self, maxsplit) : rsplitSep(self, sep, maxsplit));
  },
  splitlines(rt, args, kw) {
    const self = selfOf(args);
    const [keepV] = clinicArgs(splitlinesSpec, args, kw);
    const keepends = keepV === undefined ? false : typeof keepV === 'boolean' ? keepV : ssizeArg(rt, keepV) !== 0;
    const b = self.b;
    scan(rt, b.length);
    const out: Bytesish[] = [];
    let i = 0;
    while (i < b.length) {
      const j = i;
      while (i < b.length && b[i] !== 10 && b[i] !== 13) i++;
      let eol = i;
      if (i < b.length) {
        i += b[i] === 13 && i + 1 < b.length && b[i + 1] === 10 ? 2 : 1;
        if (keepends) eol = i;
      }
      out.push(same(self, b, j, eol));
    }
    return list(rt, out);
  },
  partition(rt, args, kw) {
    const self = selfOf(args);
    checkOneArg(`${typeLabel(self)}.partition`, args, kw);
    const sep = needBytes(args[1]);
    if (sep.length === 0) throw valueError('empty separator');
    const b = self.b;
    scan(rt, b.length);
    const k = find(b, sep, 0, b.length);
    if (k < 0) return tuple([same(self, b, 0, b.length), make(self, new Uint8Array(0)), make(self, new Uint8Array(0))]);
    return tuple([make(self, b.slice(0, k)), sepResult(self, args[1], sep), make(self, b.slice(k + sep.length))]);
  },
  rpartition(rt, args, kw) {
    const self = selfOf(args);
    checkOneArg(`${typeLabel(self)}.rpartition`, args, kw);
    const sep = needBytes(args[1]);
    if (sep.length === 0) throw valueError('empty separator');
    const b = self.b;
    scan(rt, b.length);
    const k = rfind(b, sep, 0, b.length);
    if (k < 0) return tuple([make(self, new Uint8Array(0)), make(self, new Uint8Array(0)), same(self, b, 0, b.length)]);
    return tuple([make(self, b.slice(0, k)), sepResult(self, args[1], sep), make(self, b.slice(k + sep.length))]);
  },

  // ---------------------------------------------------------------- strip, pad, affixes
  strip: (rt, args, kw) => strip(rt, 'strip', args, kw, true, true),
  lstrip: (rt, args, kw) => strip(rt, 'lstrip', args, kw, true, false),
  rstrip: (rt, args, kw) => strip(rt, 'rstrip', args, kw, false, true),
  center: (rt, args, kw) => justify(rt, 'center', args, kw, 'c'),
  ljust: (rt, args, kw) => justify(rt, 'ljust', args, kw, 'l'),
  rjust: (rt, args, kw) => justify(rt, 'rjust', args, kw, 'r'),
  zfill(rt, args, kw) {
    const self = selfOf(args);
    checkOneArg(`${typeLabel(self)}.zfill`, args, kw);
    const width = ssizeArg(rt, args[1]);
    const b = self.b;
    if (b.length >= width) return same(self, b, 0, b.length);
    const fill = width - b.length;
    checkSize(rt, width);
    const out = new Uint8Array(width);
    out.fill(48, 0, fill);
    out.set(b, fill);
    if (out[fill] === 43 || out[fill] === 45) {
      out[0] = out[fill];
      out[fill] = 48;
    }
    return make(self, out);
  },
  removeprefix(_rt, args, kw) {
    const self = selfOf(args);
    checkOneArg(`${typeLabel(self)}.removeprefix`, args, kw);
    const p = needBytes(args[1]);
    const b = self.b;
    if (p.length > 0 && p.length <= b.length && p.every((c, i) => b[i] === c)) return make(self, b.slice(p.length));
    return same(self, b, 0, b.length);
  },
  removesuffix(_rt, args, kw) {
    const self = selfOf(args);
    checkOneArg(`${typeLabel(self)}.removesuffix`, args, kw);
    const p = needBytes(args[1]);
    const b = self.b;
    const at = b.length - p.length;
    if (p.length > 0 && at >= 0 && p.every((c, i) => b[at + i] === c)) return make(self, b.slice(0, at));
    return same(self, b, 0, b.length);
  },
  expandtabs(rt, args, kw) {
    const self = selfOf(args);
    const [t] = clinicArgs(expandtabsSpec, args, kw);
    return expandTabs(rt, self, t === undefined ? 8 : cIntArg(rt, t));
  },

  // ---------------------------------------------------------------- building
  join(rt, args, kw) {
    const self = selfOf(args);
    checkOneArg(`${typeLabel(self)}.join`, args, kw);
    return join(rt, self, args[1]);
  },
  replace(rt, args, kw) {
    const self = selfOf(args);
    checkPositional(`${typeLabel(self)}.replace`, 'replace', args, kw, 2, 3);
    const old = needBytes(args[1]);
    const rep = needBytes(args[2]);
    const count = args.length > 3 ? ssizeArg(rt, args[3]) : -1;
    return replace(rt, self, old, rep, count);
  },
  translate(rt, args, kw) {
    const self = selfOf(args);
    const nkw = kw === null ? 0 : kw.length;
    if (args.length - 1 - nkw < 1) throw typeError('translate() takes at least 1 positional argument (0 given)');
    const [tableV, deleteV] = clinicArgs(translateSpec, args, kw);
    let table: Uint8Array | null = null;
    if (tableV !== None) {
      table = needBytes(tableV);
      if (table.length !== 256) throw valueError('translation table must be 256 characters long');
    }
    const del = deleteV === undefined ? null : needBytes(deleteV);
    const b = self.b;
    scan(rt, b.length);
    const out = new Uint8Array(b.length);
    let k = 0;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (del !== null && del.includes(c)) continue;
      out[k++] = table === null ? c : table[c];
    }
    if (table === null && k === b.length) return same(self, b, 0, b.length);
    return make(self, out.slice(0, k));
  },
  decode(rt, args, kw) {
    const b = selfOf(args).b;
    let encoding = 'utf-8';
    let errors = 'strict';
    if (args.length > 1) {
      const [e, r] = clinicArgs(decodeSpec, args, kw);
      encoding = strArgOf('decode', 'encoding', e, 'utf-8');
      errors = strArgOf('decode', 'errors', r, 'strict');
    }
    scan(rt, b.length);
    const s = decodeBytes(b, encoding, errors);
    rt.checkValueSize(s.length * 2, 'string');
    return s;
  },
  hex(rt, args, kw) {
    const b = selfOf(args).b;
    const [sepV, groupV] = clinicArgs(hexSpec, args, kw);
    let sep: string | null = null;
    if (sepV !== undefined) {
      const s = asStr(sepV);
      const sb = bytesLike(sepV);
      if (s === undefined && sb === undefined) throw typeError(`object of type '${typeName(sepV)}' has no len()`);
      const len = s !== undefined ? [...s].length : sb!.length;
      if (len !== 1) throw valueError('sep must be length 1.');
      const c = s !== undefined ? s.codePointAt(0)! : sb![0];
      if (c > 127) throw valueError('sep must be ASCII.');
      sep = String.fromCharCode(c);
    }
    const group = groupV === undefined ? 1 : cIntArg(rt, groupV);
    rt.checkValueSize(b.length * 6, 'string');
    scan(rt, b.length);
    return toHex(b, sep, group);
  },

  // ---------------------------------------------------------------- dunders
  __len__(_rt, args, kw) {
    checkWrapper('__len__', args, kw, 0);
    return selfOf(args).b.length;
  },
  __getitem__(rt, args, kw) {
    checkWrapper('__getitem__', args, kw, 1);
    return getItem(rt, selfOf(args), args[1]);
  },
  __contains__(rt, args, kw) {
    checkWrapper('__contains__', args, kw, 1);
    const b = selfOf(args).b;
    const x = args[1];
    scan(rt, b.length);
    if (bytesLike(x) === undefined && typeof x !== 'number' && typeof x !== 'boolean' && typeof x !== 'bigint' && indexValue(rt, x) === undefined) {
      throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
    }
    const sub = subArg(rt, x);
    return sub.length === 0 || find(b, sub, 0, b.length) >= 0;
  },
  __add__(rt, args, kw) {
    checkWrapper('__add__', args, kw, 1);
    const self = selfOf(args);
    const o = bytesLike(args[1]);
    if (o === undefined) throw typeError(`can't concat ${typeName(args[1])} to ${typeLabel(self)}`);
    checkSize(rt, self.b.length + o.length);
    const out = new Uint8Array(self.b.length + o.length);
    out.set(self.b);
    out.set(o, self.b.length);
    return make(self, out);
  },
  __mul__: (rt, args, kw) => mulOp(rt, args, kw, '__mul__'),
  __rmul__: (rt, args, kw) => mulOp(rt, args, kw, '__rmul__'),
  __iter__(_rt, args, kw) {
    checkWrapper('__iter__', args, kw, 0);
    return new BytesIterator(selfOf(args));
  },
  __eq__: (_rt, args, kw) => compareOp(args, kw, '__eq__', (c) => c === 0),
  __ne__: (_rt, args, kw) => compareOp(args, kw, '__ne__', (c) => c !== 0),
  __lt__: (_rt, args, kw) => compareOp(args, kw, '__lt__', (c) => c < 0),
  __le__: (_rt, args, kw) => compareOp(args, kw, '__le__', (c) => c <= 0),
  __gt__: (_rt, args, kw) => compareOp(args, kw, '__gt__', (c) => c > 0),
  __ge__: (_rt, args, kw) => compareOp(args, kw, '__ge__', (c) => c >= 0),
  __repr__(rt, args, kw) {
    checkWrapper('__repr__', args, kw, 0);
    const self = selfOf(args);
    rt.checkValueSize(self.b.length * 8, 'string');
    return self instanceof PyByteArray ? bytearrayRepr(self) : bytesRepr(self.b);
  },
  __str__(rt, args, kw) {
    checkWrapper('__str__', args, kw, 0);
    const self = selfOf(args);
    rt.checkValueSize(self.b.length * 8, 'string');
    return self instanceof PyByteArray ? bytearrayRepr(self) : bytesRepr(self.b);
  },
};

defineMethods(BytesType, shared);
defineMethods(ByteArrayType, shared);

defineMethods(BytesType, {
  __hash__(_rt, args, kw) {
    checkWrapper('__hash__', args, kw, 0);
    return bytesHash(selfOf(args).b);
  },
  __getnewargs__(_rt, args, kw) {
    noArgs('bytes.__getnewargs__', args, kw);
    return tuple([new PyBytes(selfOf(args).b)]);
  },
  __bytes__(_rt, args, kw) {
    noArgs('bytes.__bytes__', args, kw);
    const self = selfOf(args);
    return self.cls === BytesType ? self : new PyBytes(self.b);
  },
});
ByteArrayType.dict.set('__hash__', None);

// ---------------------------------------------------------------- bytearray mutators

function mutable(args: Value[]): PyByteArray {
  return args[0] as PyByteArray;
}

defineMethods(ByteArrayType, {
  append(rt, args, kw) {
    checkOneArg('bytearray.append', args, kw);
    const self = mutable(args);
    const c = byteValue(rt, args[1]);
    const out = new Uint8Array(self.b.length + 1);
    out.set(self.b);
    out[self.b.length] = c;
    self.b = out;
    return None;
  },
  extend(rt, args, kw) {
    checkOneArg('bytearray.extend', args, kw);
    const self = mutable(args);
    const src = args[1];
    let add = bytesLike(src);
    if (add === undefined) {
      if (asStr(src) !== undefined) throw typeError("'str' object cannot be interpreted as an integer");
      const items = iterItems(rt, src);
      if (items === null) throw typeError(`can't extend bytearray with ${typeName(src)}`);
      add = bytesFromInts(rt, items, 'byte must be in range(0, 256)');
    }
    checkSize(rt, self.b.length + add.length);
    const out = new Uint8Array(self.b.length + add.length);
    out.set(self.b);
    out.set(add, self.b.length);
    self.b = out;
    return None;
  },
  pop(rt, args, kw) {
    checkPositional('bytearray.pop', 'pop', args, kw, 0, 1);
    const self = mutable(args);
    let i = args.length > 1 ? ssizeArg(rt, args[1]) : -1;
    const n = self.b.length; // after __index__, which may resize self
    if (n === 0) throw indexError('pop from empty bytearray');
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError('pop index out of range');
    const c = self.b[i];
    const out = new Uint8Array(n - 1);
    out.set(self.b.subarray(0, i));
    out.set(self.b.subarray(i + 1), i);
    self.b = out;
    return c;
  },
  remove(rt, args, kw) {
    checkOneArg('bytearray.remove', args, kw);
    const self = mutable(args);
    const c = byteValue(rt, args[1]);
    const i = self.b.indexOf(c);
    if (i < 0) throw valueError('value not found in bytearray');
    const out = new Uint8Array(self.b.length - 1);
    out.set(self.b.subarray(0, i));
    out.set(self.b.subarray(i + 1), i);
    self.b = out;
    return None;
  },
  insert(rt, args, kw) {
    checkPositional('bytearray.insert', 'insert', args, kw, 2, 2);
    const self = mutable(args);
    let i = ssizeArg(rt, args[1]);
    const c = byteValue(rt, args[2]);
    const n = self.b.length; // after __index__, which may resize self
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    }
    if (i > n) i = n;
    const out = new Uint8Array(n + 1);
    out.set(self.b.subarray(0, i));
    out[i] = c;
    out.set(self.b.subarray(i), i + 1);
    self.b = out;
    return None;
  },
  clear(_rt, args, kw) {
    noArgs('bytearray.clear', args, kw);
    mutable(args).b = new Uint8Array(0);
    return None;
  },
  copy(_rt, args, kw) {
    noArgs('bytearray.copy', args, kw);
    return new PyByteArray(mutable(args).b.slice());
  },
  reverse(_rt, args, kw) {
    noArgs('bytearray.reverse', args, kw);
    mutable(args).b.reverse();
    return None;
  },
  __setitem__(rt, args, kw) {
    checkWrapper('__setitem__', args, kw, 2);
    bytearraySetItem(rt, mutable(args), args[1], args[2]);
    return None;
  },
  __delitem__(rt, args, kw) {
    checkWrapper('__delitem__', args, kw, 1);
    bytearraySetItem(rt, mutable(args), args[1], undefined);
    return None;
  },
  __alloc__(_rt, args, kw) {
    noArgs('bytearray.__alloc__', args, kw);
    return mutable(args).b.length + 1;
  },
});

/**
 * `ba[key] = value` (or `del ba[key]` when value is undefined) for an int index
 * or any slice, as CPython's bytearray_ass_subscript: a plain slice may change
 * the size, an extended slice needs exactly as many bytes as it selects.
 */
export function bytearraySetItem(rt: Runtime, self: PyByteArray, key: Value, value: Value | undefined): void {
  if (!(key instanceof PySlice)) {
    // As CPython: index, then value, then the bounds (both conversions may run user code that resizes self).
    const i = indexValue(rt, key);
    if (i === undefined) throw typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
    const byte = value === undefined ? 0 : byteValue(rt, value);
    const n = self.b.length;
    const j = typeof i === 'bigint' ? -1 : i < 0 ? i + n : i;
    if (typeof i === 'bigint' || j < 0 || j >= n) throw indexError('bytearray index out of range');
    if (value === undefined) {
      const out = new Uint8Array(n - 1);
      out.set(self.b.subarray(0, j));
      out.set(self.b.subarray(j + 1), j);
      self.b = out;
    } else self.b[j] = byte;
    return;
  }
  let src: Uint8Array;
  if (value === undefined) src = new Uint8Array(0);
  else if (value instanceof PyByteArray) src = value.b.slice();
  else {
    const direct = bytesLike(value);
    if (direct !== undefined) src = direct;
    else {
      const numeric = typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' || value instanceof PyFloat ||
        (typeof value === 'object' && ['__index__', '__int__', '__float__'].some((m) => {
          const f = (value as PyObject).cls.lookup(m);
          return f !== undefined && f !== None;
        }));
      if (numeric || asStr(value) !== undefined) {
        throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      }
      src = bytesFromArgs(rt, 'bytearray', [value], null);
    }
  }
  const u = unpackSlice(rt, key);
  const n = self.b.length; // read after the slice's __index__ calls, which may resize self
  const bnd = adjustSlice(u, n);
  if (bnd.step === 1) {
    const start = bnd.start;
    const stop = Math.max(bnd.start, bnd.stop);
    checkSize(rt, n - (stop - start) + src.length);
    const out = new Uint8Array(n - (stop - start) + src.length);
    out.set(self.b.subarray(0, start));
    out.set(src, start);
    out.set(self.b.subarray(stop), start + src.length);
    self.b = out;
    return;
  }
  if (value === undefined) {
    const drop = new Uint8Array(n);
    for (let i = 0, j = bnd.start; i < bnd.count; i++, j += bnd.step) drop[j] = 1;
    self.b = self.b.filter((_, i) => drop[i] === 0);
    return;
  }
  if (src.length !== bnd.count) {
    throw valueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${bnd.count}`);
  }
  for (let i = 0, j = bnd.start; i < bnd.count; i++, j += bnd.step) self.b[j] = src[i];
}

// ---------------------------------------------------------------- type-level methods

function maketrans(): NativeFn {
  return (rt, args, kwnames) => {
    checkPositional('bytes.maketrans', 'maketrans', args, kwnames, 2, 2, 0);
    const frm = needBytes(args[0]);
    const to = needBytes(args[1]);
    if (frm.length !== to.length) throw valueError('maketrans arguments must have same length');
    void rt;
    const table = new Uint8Array(256);
    for (let i = 0; i < 256; i++) table[i] = i;
    for (let i = 0; i < frm.length; i++) table[frm[i]] = to[i];
    return new PyBytes(table);
  };
}

function fromhexFor(kind: PyClass): NativeFn {
  return (rt, args, kwnames) => {
    checkOneArg(`${kind.name}.fromhex`, args, kwnames);
    const cls = args[0] as PyClass;
    const s = asStr(args[1]);
    if (s === undefined) throw typeError(`fromhex() argument must be str, not ${argTypeName(args[1])}`);
    scan(rt, s.length);
    const b = fromHex(s);
    if (cls === BytesType) return new PyBytes(b);
    if (cls === ByteArrayType) return new PyByteArray(b);
    // Subclasses: cls(result), as CPython does.
    return callValue(rt, cls, [kind === BytesType ? new PyBytes(b) : new PyByteArray(b)], null);
  };
}

for (const t of [BytesType, ByteArrayType]) {
  t.dict.set('maketrans', new PyStaticMethod(new PyBuiltin('maketrans', maketrans())));
  t.dict.set('fromhex', new PyClassMethod(new PyBuiltin('fromhex', fromhexFor(t))));
}

// ====================================================================== construction

const bytesSpec = argSpec('bytes', ['source?', 'encoding?', 'errors?']);
const bytearraySpec = argSpec('bytearray', ['source?', 'encoding?', 'errors?']);

/** The bytes for `bytes(...)` / `bytearray(...)`. */
export function bytesFromArgs(rt: Runtime, kind: 'bytes' | 'bytearray', args: Value[], kwnames: string[] | null): Uint8Array {
  if (args.length === 0) return new Uint8Array(0);
  const spec = kind === 'bytes' ? bytesSpec : bytearraySpec;
  const [x, enc, errs] = parseArgs(spec, args, kwnames);
  if (enc !== undefined || errs !== undefined) {
    const encoding = enc === undefined ? 'utf-8' : strArg(kind, 'encoding', enc);
    const errors = errs === undefined ? 'strict' : strArg(kind, 'errors', errs);
    const s = x === undefined ? undefined : asStr(x);
    if (s === undefined) throw typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    scan(rt, s.length);
    const b = encodeStr(s, encoding, errors);
    checkSize(rt, b.length);
    return b;
  }
  if (x === undefined) return new Uint8Array(0);
  const direct = bytesLike(x);
  if (direct !== undefined) {
    rt.charge(direct.length >>> 8);
    return direct.slice();
  }
  if (asStr(x) !== undefined) throw typeError('string argument without an encoding');
  if (kind === 'bytes' && typeof x === 'object' && !(x as PyObject).cls.builtin) {
    const conv = (x as PyObject).cls.lookup('__bytes__');
    if (conv !== undefined && conv !== None) {
      const r = callSpecial(rt, x, conv, []);
      const rb = bytesLike(r);
      if (rb === undefined || r instanceof PyByteArray) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      return rb;
    }
  }
  if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint' || indexValue(rt, x) !== undefined) {
    const n = ssizeArg(rt, x);
    if (n < 0) throw valueError('negative count');
    checkSize(rt, n);
    rt.charge(n >>> 10);
    return new Uint8Array(n);
  }
  const items = iterItems(rt, x);
  if (items === null) throw typeError(`cannot convert '${typeName(x)}' object to ${kind}`);
  return bytesFromInts(rt, items, kind === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)');
}

function strArg(kind: string, pname: string, v: Value): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`${kind}() argument '${pname}' must be str, not ${argTypeName(v)}`);
  return s;
}

BytesType.construct = (rt, cls, args, kwnames) => {
  const b = bytesFromArgs(rt, 'bytes', args, kwnames);
  return cls === BytesType ? new PyBytes(b) : new PyBoxed(cls, new PyBytes(b));
};

BytesType.dict.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (rt, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 1) throw typeError('bytes.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyClass)) throw typeError(`bytes.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubclassOf(BytesType)) throw typeError(`bytes.__new__(${cls.name}): ${cls.name} is not a subtype of bytes`);
  return BytesType.construct!(rt, cls, args.slice(1), kwnames);
})));

function newByteArray(cls: PyClass, b: Uint8Array): PyByteArray {
  const ba = new PyByteArray(b);
  if (cls !== ByteArrayType) {
    ba.cls = cls;
    ba.dict = new Map();
  }
  return ba;
}

ByteArrayType.construct = (rt, cls, args, kwnames) => newByteArray(cls, bytesFromArgs(rt, 'bytearray', args, kwnames));

// A user subclass of bytearray is created empty by __new__ and filled by __init__, as in CPython.
ByteArrayType.dict.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (_rt, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 1) throw typeError('bytearray.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyClass)) throw typeError(`bytearray.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubclassOf(ByteArrayType)) throw typeError(`bytearray.__new__(${cls.name}): ${cls.name} is not a subtype of bytearray`);
  return newByteArray(cls, new Uint8Array(0));
})));
defineMethods(ByteArrayType, {
  __init__(rt, args, kwnames) {
    const self = mutable(args);
    self.b = bytesFromArgs(rt, 'bytearray', args.slice(1), kwnames);
    return None;
  },
});

/** Imported by the bootstrap so the bytes and bytearray methods are registered. */
export function installBytesMethods(): void {}
