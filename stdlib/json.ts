/**
 * The `json` package: `json`, `json.decoder`, `json.encoder`, `json.scanner`
 * and their native engine `_json`.
 *
 * The Python-level API (function signatures, `JSONEncoder`/`JSONDecoder`
 * classes, `JSONDecodeError`, bytes input detection) is Python source, so
 * argument errors and subclassing behave exactly as in CPython. The work is
 * native: `_json.encode` (serializer) and `_json.make_scanner` (parser).
 *
 * Both engines are iterative (an explicit stack instead of JS recursion), so
 * deep nesting can never overflow the JS stack: each nesting level takes one
 * level of the sandbox's recursion budget and raises RecursionError, like
 * CPython, when none is left. Output size is checked against the value-size
 * limit while it grows, and every value costs one step of the budget.
 *
 * Positions in errors count code points (JS strings count UTF-16 units).
 */
import type { ModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { PyBoxed, type Value } from '../core/runtime/object.js';
import { DictType, FloatType, IntType, None } from '../core/runtime/types.js';
import { PyFloat, PyList, PyTuple, tuple } from '../core/runtime/values.js';
import { PyDict } from '../core/runtime/dict.js';
import {
  RecursionErrorType, StopIterationType, makeException, makeExceptionArgs, typeError, valueError,
} from '../core/runtime/exceptions.js';
import { PyBuiltin } from '../core/runtime/function.js';
import { callValue } from '../core/runtime/call.js';
import { getAttr } from '../core/runtime/attrs.js';
import { typeName, truthy } from '../core/runtime/ops.js';
import { toArray } from '../core/runtime/iter.js';
import { requireIndex } from '../core/runtime/subscript.js';
import { floatRepr } from '../core/runtime/numfmt.js';
import { intToDecimal, parseIntLiteral } from '../core/runtime/int.js';
import { sortValues } from '../core/runtime/methods/list.js';
import type { Runtime } from '../core/runtime/runtime.js';

// ====================================================================== shared

/**
 * Takes one level of the sandbox's recursion budget for a nesting level, or
 * raises RecursionError (catchable, as in CPython) when none is left.
 */
function enterLevel(rt: Runtime, what: string): void {
  if (rt.sp + rt.depth + 1 > rt.maxDepth) {
    throw makeException(RecursionErrorType, `maximum recursion depth exceeded ${what}`);
  }
  rt.depth++;
}

/** Code-point index of UTF-16 offset `unit` in `s` (a surrogate pair counts once). */
function cpIndex(s: string, unit: number): number {
  let n = unit;
  for (let i = 0; i < unit - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** UTF-16 offset of code point `cp` in `s` (past the end when `cp` is beyond it). */
function unitIndex(s: string, cp: number): number {
  let i = 0;
  for (let k = 0; k < cp; k++) {
    if (i >= s.length) return s.length + (cp - k);
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

const SURROGATE = /[\ud800-\udfff]/;

// ===================================================================== strings

/** Short escapes used by both modes; everything else below 0x20 is `\u00XX`. */
const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x08: '\\b', 0x0c: '\\f',
};
const NEEDS_ESCAPE = /["\\\x00-\x1f]/;
const NEEDS_ESCAPE_ASCII = /["\\\x00-\x1f\x7f-\uffff]/;

function escapeUnit(c: number): string {
  return SHORT_ESCAPES[c] ?? '\\u' + c.toString(16).padStart(4, '0');
}

/** Does UTF-16 unit `c` need escaping (in ASCII-only mode when `ascii`)? */
function mustEscape(c: number, ascii: boolean): boolean {
  return c < 0x20 || c === 0x22 || c === 0x5c || (ascii && c >= 0x7f);
}

/** Exact length of the quoted form, for the size check of very long strings. */
function quotedLength(s: string, ascii: boolean): number {
  let n = s.length + 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (mustEscape(c, ascii)) n += escapeUnit(c).length - 1;
  }
  return n;
}

/**
 * A JSON string literal for `s`. With `ascii`, every non-ASCII unit is
 * `\uXXXX` (astral characters become their surrogate pair, like CPython).
 */
function quoteString(rt: Runtime, s: string, ascii: boolean): string {
  if (!(ascii ? NEEDS_ESCAPE_ASCII : NEEDS_ESCAPE).test(s)) return '"' + s + '"';
  if (s.length > 4096) {
    rt.charge(s.length >> 6);
    rt.checkValueSize(quotedLength(s, ascii) * 2, 'JSON string');
  }
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!mustEscape(c, ascii)) continue;
    out += s.slice(start, i) + escapeUnit(c);
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

// ===================================================================== encoder

/** Settings of one `_json.encode` call (a JSONEncoder's attributes). */
interface EncoderOptions {
  /** `JSONEncoder.default` (bound), called for values JSON has no form for. */
  readonly defaultFn: Value;
  /** Already a string (the Python layer turns an int indent into spaces), or null. */
  readonly indent: string | null;
  readonly keySeparator: string;
  readonly itemSeparator: string;
  readonly sortKeys: boolean;
  readonly skipKeys: boolean;
  readonly ensureAscii: boolean;
  readonly checkCircular: boolean;
  readonly allowNan: boolean;
  /**
   * CPython has two serializers with slightly different messages: the C one
   * (one-shot `encode` without indent) and the pure-Python one (`indent`,
   * `iterencode`, `dump`). True selects the C wording.
   */
  readonly cWording: boolean;
}

/** An open container (or a `default()` conversion) on the encoder's stack. */
interface EncodeTask {
  /** `list` items, or `dict` items as [key, value] pairs; empty for `default`. */
  readonly kind: 'list' | 'dict' | 'default';
  readonly items: Value[];
  next: number;
  /** Whether a dict entry has been written (skipped keys write nothing). */
  wroteItem: boolean;
  /** The object registered for circular-reference detection, if any. */
  readonly marker: object | null;
  /** For `default`: the replacement value, until it is encoded. */
  replacement: Value;
}

/** Recognized number-like values, with their Python type resolved. */
function intValue(v: Value): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (v instanceof PyBoxed && (typeof v.value === 'number' || typeof v.value === 'bigint')) return v.value;
  return undefined;
}

function floatValue(v: Value): number | undefined {
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyBoxed && v.value instanceof PyFloat) return v.value.v;
  return undefined;
}

function strValue(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
  return undefined;
}

/**
 * The growing output of the encoder: UTF-16 units in a typed array. Many small
 * appends are much cheaper here than string concatenation (no rope nodes for
 * the garbage collector); growth is checked against the value-size limit.
 */
class TextBuilder {
  private buf = new Uint16Array(1024);
  length = 0;

  constructor(private readonly rt: Runtime) {}

  append(text: string): void {
    const n = text.length;
    if (this.length + n > this.buf.length) this.grow(this.length + n);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) buf[at++] = text.charCodeAt(i);
    this.length = at;
  }

  private grow(needed: number): void {
    this.rt.checkValueSize(needed * 2, 'JSON text');
    const bigger = new Uint16Array(Math.max(needed, this.buf.length * 2));
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
  }

  toString(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      parts.push(String.fromCharCode.apply(null, this.buf.subarray(i, Math.min(i + 8192, this.length)) as unknown as number[]));
    }
    return parts.join('');
  }
}

/** Serializes one object graph to JSON text (the engine behind `JSONEncoder.iterencode`). */
class Encoder {
  private readonly out: TextBuilder;
  private readonly stack: EncodeTask[] = [];
  private readonly markers = new Set<object>();
  /** Nesting of open lists/dicts (the indentation level). */
  private level = 0;
  /** Sandbox depth levels taken, given back at the end. */
  private levels = 0;
  private readonly newlines: string[] = [];

  constructor(private readonly rt: Runtime, private readonly o: EncoderOptions) {
    this.out = new TextBuilder(rt);
  }

  encode(root: Value): string {
    try {
      this.value(root);
      while (this.stack.length > 0) this.step(this.stack[this.stack.length - 1]);
      this.rt.allocate(this.out.length * 2);
      return this.out.toString();
    } finally {
      this.rt.depth -= this.levels;
    }
  }

  private emit(text: string): void {
    if (text.length > 256) this.rt.charge(text.length >> 8);
    this.out.append(text);
  }

  /** The line break and indentation before an item at nesting `level` ('' without indent). */
  private newline(level: number): string {
    const indent = this.o.indent;
    if (indent === null) return '';
    let nl = this.newlines[level];
    if (nl === undefined) {
      this.rt.checkValueSize((this.out.length + indent.length * level) * 2, 'JSON text');
      nl = '\n' + indent.repeat(level);
      this.newlines[level] = nl;
    }
    return nl;
  }

  /** Writes a scalar, or opens a container (pushing a task that writes its items). */
  private value(v: Value): void {
    const rt = this.rt;
    if (--rt.ticks < 0) rt.checkpoint();
    if (v === None) return this.emit('null');
    if (v === true) return this.emit('true');
    if (v === false) return this.emit('false');
    const s = strValue(v);
    if (s !== undefined) return this.emit(quoteString(rt, s, this.o.ensureAscii));
    const i = intValue(v);
    if (i !== undefined) return this.emit(intToDecimal(i));
    const f = floatValue(v);
    if (f !== undefined) return this.emit(this.floatText(f));
    if (v instanceof PyList || v instanceof PyTuple) return this.openList(v);
    if (v instanceof PyDict) return this.openDict(v);
    this.convertWithDefault(v);
  }

  private floatText(x: number): string {
    if (Number.isFinite(x)) return floatRepr(x);
    if (!this.o.allowNan) {
      const msg = 'Out of range float values are not JSON compliant';
      throw valueError(this.o.cWording ? msg : `${msg}: ${floatRepr(x)}`);
    }
    return x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  }

  /** Registers `o` as being encoded; a second visit is a cycle. */
  private mark(o: object): object | null {
    if (!this.o.checkCircular) return null;
    if (this.markers.has(o)) throw valueError('Circular reference detected');
    this.markers.add(o);
    return o;
  }

  private enter(): void {
    if (this.rt.sp + this.rt.depth + 1 > this.rt.maxDepth) throw this.recursionError();
    this.rt.depth++;
    this.levels++;
  }

  /** CPython's message depends on which of its two serializers ran out of depth. */
  private recursionError() {
    const where = this.o.cWording ? 'while encoding a JSON object' : 'while calling a Python object';
    return makeException(RecursionErrorType, `maximum recursion depth exceeded ${where}`);
  }

  private leave(task: EncodeTask): void {
    this.stack.pop();
    if (task.marker !== null) this.markers.delete(task.marker);
    this.rt.depth--;
    this.levels--;
  }

  private openList(v: PyList | PyTuple): void {
    // Subclasses are iterated (their __iter__ may differ), exact types read directly.
    const items = v.cls.builtin ? v.items : toArray(this.rt, v);
    if (items.length === 0) return this.emit('[]');
    this.open('list', items, v, '[');
  }

  private openDict(d: PyDict): void {
    if (d.map.size === 0) return this.emit('{}');
    let items = this.dictItems(d);
    if (this.o.sortKeys) {
      const pairs = sortValues(this.rt, items.map((kv) => tuple(kv)), None, false);
      items = pairs.map((t: PyTuple) => t.items);
    }
    this.open('dict', items, d, '{');
  }

  private open(kind: 'list' | 'dict', items: Value[], obj: object, bracket: string): void {
    const marker = this.mark(obj);
    this.enter();
    this.stack.push({ kind, items, next: 0, wroteItem: false, marker, replacement: undefined });
    this.level++;
    this.emit(bracket + this.newline(this.level));
  }

  /** A snapshot of the dict's items (a subclass's own `items()` is honoured, as in CPython). */
  private dictItems(d: PyDict): Value[][] {
    const rt = this.rt;
    if (d.cls === DictType || d.cls.lookup('items') === DictType.dict.get('items')) {
      rt.charge(d.map.size);
      const out: Value[][] = [];
      for (const [nk, v] of d.map) out.push([d.keyOf(nk), v]);
      return out;
    }
    const got = callValue(rt, getAttr(rt, d, 'items'), [], null);
    return toArray(rt, got).map((item) => {
      if (!(item instanceof PyTuple) || item.items.length !== 2) throw valueError('items must return 2-tuples');
      return item.items;
    });
  }

  /**
   * Hands an unsupported value to `default()`; the task loop then encodes what
   * it returns (no JS recursion, however long a chain of conversions is).
   */
  private convertWithDefault(v: Value): void {
    const marker = this.mark(v as object);
    this.enter();
    // Leave room for the call itself, so running out of depth is a RecursionError here too.
    if (this.rt.sp + this.rt.depth + 1 > this.rt.maxDepth) throw this.recursionError();
    const replacement = callValue(this.rt, this.o.defaultFn, [v], null);
    this.stack.push({ kind: 'default', items: [], next: 0, wroteItem: false, marker, replacement });
  }

  /** Advances the innermost task by one item (or closes it). */
  private step(task: EncodeTask): void {
    if (task.kind === 'default') {
      if (task.replacement === undefined) return this.leave(task);
      const v = task.replacement;
      task.replacement = undefined;
      return this.value(v);
    }
    if (task.next >= task.items.length) return this.close(task);
    const item = task.items[task.next++];
    if (task.kind === 'list') {
      if (task.next > 1) this.emit(this.o.itemSeparator + this.newline(this.level));
      return this.value(item);
    }
    const key = this.keyText(item[0]);
    if (key === null) return;
    if (task.wroteItem) this.emit(this.o.itemSeparator + this.newline(this.level));
    task.wroteItem = true;
    this.emit(quoteString(this.rt, key, this.o.ensureAscii) + this.o.keySeparator);
    this.value(item[1]);
  }

  private close(task: EncodeTask): void {
    this.level--;
    this.emit(this.newline(this.level) + (task.kind === 'list' ? ']' : '}'));
    this.leave(task);
  }

  /** A dict key as JSON object-key text, or null to skip it (`skipkeys`). */
  private keyText(k: Value): string | null {
    const s = strValue(k);
    if (s !== undefined) return s;
    const f = floatValue(k);
    if (f !== undefined) return this.floatText(f);
    if (k === true) return 'true';
    if (k === false) return 'false';
    if (k === None) return 'null';
    const i = intValue(k);
    if (i !== undefined) return intToDecimal(i);
    if (this.o.skipKeys) return null;
    throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
  }
}

/** Checks a separator argument like CPython's `make_encoder`. */
function separatorArg(v: Value, position: number): string {
  if (typeof v !== 'string') throw typeError(`make_encoder() argument ${position} must be str, not ${typeName(v)}`);
  return v;
}

function encodeFunction(rt: Runtime, a: Value[]): Value {
  const [obj, defaultFn, indent, keySep, itemSep, sortKeys, skipKeys, ensureAscii, checkCircular, allowNan, oneShot] = a;
  if (indent !== None && typeof indent !== 'string') throw typeError(`indent must be None or str, not ${typeName(indent)}`);
  const options: EncoderOptions = {
    defaultFn,
    indent: indent === None ? null : indent,
    keySeparator: separatorArg(keySep, 5),
    itemSeparator: separatorArg(itemSep, 6),
    sortKeys: truthy(rt, sortKeys),
    skipKeys: truthy(rt, skipKeys),
    ensureAscii: truthy(rt, ensureAscii),
    checkCircular: truthy(rt, checkCircular),
    allowNan: truthy(rt, allowNan),
    cWording: truthy(rt, oneShot) && indent === None,
  };
  return new Encoder(rt, options).encode(obj);
}

// ===================================================================== decoder

/** The hooks and flags of a JSONDecoder, read once when its scanner is made (as CPython does). */
interface ScannerOptions {
  readonly strict: boolean;
  readonly objectHook: Value;
  readonly pairsHook: Value;
  /** null: build a float/int directly (the hook is the builtin type). */
  readonly parseFloat: Value | null;
  readonly parseInt: Value | null;
  readonly parseConstant: Value;
}

/** A container being filled by the parser. */
interface OpenContainer {
  readonly kind: 'array' | 'object';
  readonly items: Value[];
  /** The key whose value is being parsed (objects only). */
  key: string;
}

/** Thrown inside the parser; becomes JSONDecodeError (or StopIteration for "no value here"). */
class ParseFailure {
  constructor(readonly msg: string, readonly unit: number) {}
}

/** The code of the bracket that closes `c`. */
const closerOf = (c: OpenContainer) => (c.kind === 'array' ? 0x5d : 0x7d);
const WS = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const DIGIT = (c: number) => c >= 0x30 && c <= 0x39;

function hexValue(s: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 4; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/**
 * Scans the string literal whose opening quote is just before `start`.
 * Returns the decoded text and the offset after the closing quote.
 * Error positions mirror CPython's C scanner.
 */
function scanString(s: string, start: number, strict: boolean): [string, number] {
  const n = s.length;
  const begin = start - 1;
  let out = '';
  let chunk = start;
  let i = start;
  for (;;) {
    if (i >= n) throw new ParseFailure('Unterminated string starting at', begin);
    const c = s.charCodeAt(i);
    if (c === 0x22) return [out + s.slice(chunk, i), i + 1];
    if (c !== 0x5c) {
      if (c < 0x20 && strict) throw new ParseFailure('Invalid control character at', i);
      i++;
      continue;
    }
    out += s.slice(chunk, i);
    if (i + 1 >= n) throw new ParseFailure('Unterminated string starting at', begin);
    const e = s.charCodeAt(i + 1);
    if (e !== 0x75) {
      const plain = e === 0x22 ? '"' : e === 0x5c ? '\\' : e === 0x2f ? '/' : e === 0x62 ? '\b' : e === 0x66 ? '\f'
        : e === 0x6e ? '\n' : e === 0x72 ? '\r' : e === 0x74 ? '\t' : null;
      if (plain === null) throw new ParseFailure('Invalid \\escape', i);
      out += plain;
      i += 2;
    } else {
      [out, i] = unicodeEscape(s, i + 1, out);
    }
    chunk = i;
  }
}

/** Decodes `\uXXXX` (and a following low surrogate escape) with `u` at offset `u`. */
function unicodeEscape(s: string, u: number, out: string): [string, number] {
  const n = s.length;
  // CPython insists on a character after the four digits (the closing quote at least).
  if (u + 5 >= n) throw new ParseFailure('Invalid \\uXXXX escape', u);
  const c = hexValue(s, u + 1);
  if (c < 0) throw new ParseFailure('Invalid \\uXXXX escape', u);
  let end = u + 5;
  out += String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdbff && end + 6 < n && s.charCodeAt(end) === 0x5c && s.charCodeAt(end + 1) === 0x75) {
    const low = hexValue(s, end + 2);
    if (low < 0) throw new ParseFailure('Invalid \\uXXXX escape', end + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      out += String.fromCharCode(low);
      end += 6;
    }
  }
  return [out, end];
}

/** Parses JSON text with a JSONDecoder's settings (the engine behind `scan_once`). */
class Parser {
  private readonly stack: OpenContainer[] = [];
  private levels = 0;

  constructor(private readonly rt: Runtime, private readonly s: string, private readonly o: ScannerOptions) {}

  /** Parses one value starting exactly at `pos`; returns it and the offset after it. */
  parse(pos: number): [Value, number] {
    try {
      return this.run(pos);
    } finally {
      this.rt.depth -= this.levels;
    }
  }

  private skipWs(pos: number): number {
    const s = this.s;
    const start = pos;
    while (pos < s.length && WS(s.charCodeAt(pos))) pos++;
    if (pos - start > 64) this.rt.charge((pos - start) >> 6);
    return pos;
  }

  private run(start: number): [Value, number] {
    const s = this.s;
    let pos = start;
    for (;;) {
      let value: Value;
      [value, pos] = this.valueOrOpen(pos);
      if (value === OPENED) {
        const top = this.stack[this.stack.length - 1];
        pos = this.skipWs(pos);
        if (s.charCodeAt(pos) !== closerOf(top)) {
          if (top.kind === 'object') pos = this.objectKey(top, pos);
          continue;
        }
        value = this.closeTop();
        pos++;
      }
      // Attach the finished value to its parents, closing every container that ends here.
      for (;;) {
        const top = this.stack[this.stack.length - 1];
        if (top === undefined) return [value, pos];
        if (top.kind === 'array') top.items.push(value);
        else top.items.push(top.key, value);
        pos = this.skipWs(pos);
        const c = s.charCodeAt(pos);
        if (c === closerOf(top)) {
          value = this.closeTop();
          pos++;
          continue;
        }
        if (c !== 0x2c) throw new ParseFailure("Expecting ',' delimiter", pos);
        pos = this.skipWs(pos + 1);
        if (top.kind === 'object') pos = this.objectKey(top, pos);
        break;
      }
    }
  }

  /** Reads `"key" :` and returns the offset of the value. */
  private objectKey(top: OpenContainer, pos: number): number {
    const s = this.s;
    if (s.charCodeAt(pos) !== 0x22) throw new ParseFailure('Expecting property name enclosed in double quotes', pos);
    [top.key, pos] = this.string(pos);
    pos = this.skipWs(pos);
    if (s.charCodeAt(pos) !== 0x3a) throw new ParseFailure("Expecting ':' delimiter", pos);
    return this.skipWs(pos + 1);
  }

  /** The string literal whose quote is at `pos`, charged to the budget and the memory account. */
  private string(pos: number): [string, number] {
    const r = scanString(this.s, pos + 1, this.o.strict);
    const length = r[1] - pos;
    if (length > 64) this.rt.charge(length >> 6);
    this.rt.allocate(16 + r[0].length * 2);
    return r;
  }

  /** A scalar at `pos`, or OPENED after pushing a new container. */
  private valueOrOpen(pos: number): [Value, number] {
    const rt = this.rt;
    const s = this.s;
    if (--rt.ticks < 0) rt.checkpoint();
    if (pos >= s.length) throw new ParseFailure('Expecting value', pos);
    switch (s.charCodeAt(pos)) {
      case 0x22:
        return this.string(pos);
      case 0x5b:
        return this.open('array', pos);
      case 0x7b:
        return this.open('object', pos);
      case 0x6e:
        if (s.startsWith('null', pos)) return [None, pos + 4];
        break;
      case 0x74:
        if (s.startsWith('true', pos)) return [true, pos + 4];
        break;
      case 0x66:
        if (s.startsWith('false', pos)) return [false, pos + 5];
        break;
      case 0x4e:
        if (s.startsWith('NaN', pos)) return [this.constant('NaN'), pos + 3];
        break;
      case 0x49:
        if (s.startsWith('Infinity', pos)) return [this.constant('Infinity'), pos + 8];
        break;
      case 0x2d:
        if (s.startsWith('-Infinity', pos)) return [this.constant('-Infinity'), pos + 9];
        break;
    }
    return this.number(pos);
  }

  private open(kind: 'array' | 'object', pos: number): [Value, number] {
    enterLevel(this.rt, `while decoding a JSON ${kind} from a unicode string`);
    this.levels++;
    this.stack.push({ kind, items: [], key: '' });
    return [OPENED, pos + 1];
  }

  /** Pops the innermost container and builds its value (calling the hooks). */
  private closeTop(): Value {
    const rt = this.rt;
    const top = this.stack.pop()!;
    rt.depth--;
    this.levels--;
    const items = top.items;
    rt.allocate(32 + items.length * 8);
    if (top.kind === 'array') return new PyList(items);
    if (this.o.pairsHook !== None) {
      const pairs: Value[] = [];
      for (let i = 0; i < items.length; i += 2) pairs.push(tuple([items[i], items[i + 1]]));
      return callValue(rt, this.o.pairsHook, [new PyList(pairs)], null);
    }
    const d = new PyDict();
    for (let i = 0; i < items.length; i += 2) d.set(rt, items[i], items[i + 1]);
    if (this.o.objectHook !== None) return callValue(rt, this.o.objectHook, [d], null);
    return d;
  }

  private constant(name: string): Value {
    return callValue(this.rt, this.o.parseConstant, [name], null);
  }

  /** A JSON number at `pos`: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`. */
  private number(start: number): [Value, number] {
    const s = this.s;
    const n = s.length;
    let i = start;
    if (s.charCodeAt(i) === 0x2d) i++;
    const first = s.charCodeAt(i);
    if (first >= 0x31 && first <= 0x39) {
      i++;
      while (i < n && DIGIT(s.charCodeAt(i))) i++;
    } else if (first === 0x30) {
      i++;
    } else {
      throw new ParseFailure('Expecting value', start);
    }
    let isFloat = false;
    if (s.charCodeAt(i) === 0x2e && DIGIT(s.charCodeAt(i + 1))) {
      isFloat = true;
      i += 2;
      while (i < n && DIGIT(s.charCodeAt(i))) i++;
    }
    if ((s.charCodeAt(i) | 0x20) === 0x65) {
      let j = i + 1;
      if (s.charCodeAt(j) === 0x2b || s.charCodeAt(j) === 0x2d) j++;
      const digitsAt = j;
      while (j < n && DIGIT(s.charCodeAt(j))) j++;
      if (j > digitsAt) {
        isFloat = true;
        i = j;
      }
    }
    if (i - start > 64) this.rt.charge((i - start) >> 6);
    const text = s.slice(start, i);
    return [isFloat ? this.floatOf(text) : this.intOf(text), i];
  }

  private floatOf(text: string): Value {
    if (this.o.parseFloat !== null) return callValue(this.rt, this.o.parseFloat, [text], null);
    return new PyFloat(Number(text));
  }

  private intOf(text: string): Value {
    if (this.o.parseInt !== null) return callValue(this.rt, this.o.parseInt, [text], null);
    if (text.length <= 15) return Number(text) + 0; // `+ 0` turns -0 into 0
    return parseIntLiteral(text, 10);
  }
}

/** Marks "a container was opened" in the parser's value slot. */
const OPENED: unique symbol = Symbol('opened');

/** Raises `json.decoder.JSONDecodeError(msg, doc, pos)`. */
function decodeError(rt: Runtime, failure: ParseFailure, doc: string): never {
  const decoder = rt.host.importModule(rt, 'json.decoder');
  const cls = getAttr(rt, decoder, 'JSONDecodeError');
  const pos = SURROGATE.test(doc) ? cpIndex(doc, failure.unit) : failure.unit;
  throw callValue(rt, cls, [failure.msg, doc, pos], null);
}

/** Reads a JSONDecoder's settings for its scanner. */
function scannerOptions(rt: Runtime, ctx: Value): ScannerOptions {
  const attr = (name: string) => getAttr(rt, ctx, name);
  const parseFloat = attr('parse_float');
  const parseInt = attr('parse_int');
  return {
    strict: truthy(rt, attr('strict')),
    objectHook: attr('object_hook'),
    pairsHook: attr('object_pairs_hook'),
    parseFloat: parseFloat === FloatType ? null : parseFloat,
    parseInt: parseInt === IntType ? null : parseInt,
    parseConstant: attr('parse_constant'),
  };
}

/** `scan_once(string, idx)`: the value at code point `idx` and the index after it. */
function scanOnce(rt: Runtime, options: ScannerOptions, string: Value, idxArg: Value): Value {
  const s = strValue(string);
  if (s === undefined) throw typeError(`first argument must be a string, not ${typeName(string)}`);
  const idx = requireIndex(rt, idxArg);
  if (idx < 0) throw valueError('idx cannot be negative');
  const astral = SURROGATE.test(s);
  const start = astral ? unitIndex(s, Number(idx)) : Number(idx);
  if (start >= s.length) throw makeExceptionArgs(StopIterationType, [idx]);
  try {
    const [value, end] = new Parser(rt, s, options).parse(start);
    return tuple([value, astral ? cpIndex(s, end) : end]);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    if (e.msg === 'Expecting value') {
      // CPython's scanner reports a missing value as StopIteration(position).
      throw makeExceptionArgs(StopIterationType, [astral ? cpIndex(s, e.unit) : e.unit]);
    }
    return decodeError(rt, e, s);
  }
}

function makeScanner(rt: Runtime, ctx: Value): PyBuiltin {
  const options = scannerOptions(rt, ctx);
  return nativeFunction('_json', 'scan_once', ['string', 'idx'],
    (rt2, [s, idx]) => scanOnce(rt2, options, s, idx),
    'scan_once(string, idx) -> (value, end): decodes the JSON value starting at idx.\n' +
    'Raises StopIteration(idx) when no value starts there.');
}

/** `scanstring(string, end, strict=True)`: decodes the string literal whose quote is before `end`. */
function scanStringFunction(rt: Runtime, [string, endArg, strictArg]: Value[]): Value {
  const s = strValue(string);
  if (s === undefined) throw typeError(`first argument must be a string, not ${typeName(string)}`);
  const end = requireIndex(rt, endArg);
  const astral = SURROGATE.test(s);
  if (end < 0 || end > (astral ? cpIndex(s, s.length) : s.length)) throw valueError('end is out of bounds');
  const start = astral ? unitIndex(s, Number(end)) : Number(end);
  try {
    const [text, after] = scanString(s, start, strictArg === undefined ? true : truthy(rt, strictArg));
    return tuple([text, astral ? cpIndex(s, after) : after]);
  } catch (e) {
    if (e instanceof ParseFailure) return decodeError(rt, e, s);
    throw e;
  }
}

/** `skip_whitespace(s, idx)`: the first code point index at or after idx that is not JSON whitespace. */
function skipWhitespace(rt: Runtime, [string, idxArg]: Value[]): Value {
  const s = strValue(string);
  if (s === undefined) throw typeError(`expected string or bytes-like object, got '${typeName(string)}'`);
  const idx = Number(requireIndex(rt, idxArg));
  const astral = SURROGATE.test(s);
  let i = astral ? unitIndex(s, idx) : idx;
  const start = i;
  while (i < s.length && WS(s.charCodeAt(i))) i++;
  if (i - start > 64) rt.charge((i - start) >> 6);
  return idx + (i - start);
}

function basestringFunction(ascii: boolean) {
  return (rt: Runtime, [s]: Value[]): Value => {
    const text = strValue(s);
    if (text === undefined) throw typeError(`first argument must be a string, not ${typeName(s)}`);
    return quoteString(rt, text, ascii);
  };
}

// ================================================================ Python layer

const DECODER_SOURCE = String.raw`"""Implementation of JSONDecoder (the parsing itself is native, in _json)."""
import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
_NAMED_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

scanstring = _json.scanstring


class JSONDecodeError(ValueError):
    """ValueError raised for invalid JSON text, with the attributes:

    msg: the unformatted error message
    doc: the JSON document being parsed
    pos: the start index of doc where parsing failed
    lineno: the line corresponding to pos
    colno: the column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - line_start + 1
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    Decodes objects to dict, arrays to list, strings to str, numbers to int or
    float, true/false to True/False and null to None; NaN, Infinity and
    -Infinity are understood as their float values.

    object_hook, if given, is called with every decoded dict and its result
    replaces the dict. object_pairs_hook, if given, is called instead with the
    ordered list of (key, value) pairs. parse_float, parse_int and
    parse_constant, if given, are called with the text of every float, int and
    constant (NaN, Infinity, -Infinity). With strict=False, control characters
    are allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _NAMED_CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _json.make_scanner(self)

    def decode(self, s):
        """Return the Python representation of the JSON document s (a str)."""
        start = _json.skip_whitespace(s, 0)
        obj, end = self.raw_decode(s, start)
        end = _json.skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx] (no leading whitespace).

        Return (value, end) where end is the index in s just after the value.
        Text after the value is allowed and ignored.
        """
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
`;

const ENCODER_SOURCE = String.raw`"""Implementation of JSONEncoder (the serializing itself is native, in _json)."""
import _json

__all__ = ['JSONEncoder']

INFINITY = float('inf')

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii


def _single_chunk(text):
    yield text


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Encodes dict as object, list and tuple as array, str as string, int and
    float (and their subclasses) as number, True/False as true/false and None
    as null. To support other objects, subclass and override default(), or
    pass a default function.

    skipkeys: skip dict keys that are not str, int, float, bool or None
    (instead of raising TypeError). ensure_ascii: escape every non-ASCII
    character. check_circular: detect reference cycles (ValueError) instead
    of failing with RecursionError. allow_nan: write NaN, Infinity and
    -Infinity (not strict JSON) instead of raising ValueError. sort_keys:
    sort dict output by key. indent: pretty-print with this indent (an int
    number of spaces or a str). separators: an (item_separator,
    key_separator) pair; the default is (', ', ': '), or (',', ': ') with an
    indent. default: a function returning a serializable version of an
    object, or raising TypeError.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError.

        Override this in a subclass to support more types, e.g. iterables:
        return list(o).
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text (a str) for the Python object o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON text as chunks of str.

        (The whole text is produced as one chunk.)
        """
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        text = _json.encode(o, self.default, indent, self.key_separator,
                            self.item_separator, self.sort_keys, self.skipkeys,
                            self.ensure_ascii, self.check_circular,
                            self.allow_nan, _one_shot)
        if _one_shot:
            return [text]
        return _single_chunk(text)
`;

const SCANNER_SOURCE = String.raw`"""JSON token scanner (native, in _json)."""
import _json

__all__ = ['make_scanner']

make_scanner = _json.make_scanner
c_make_scanner = _json.make_scanner
py_make_scanner = _json.make_scanner
`;

const JSON_SOURCE = String.raw`"""JSON (JavaScript Object Notation) <https://json.org> encoder and decoder.

dumps() and dump() serialize Python objects (dict, list, tuple, str, int,
float, bool, None) to JSON text; loads() and load() parse JSON text back:

    >>> import json
    >>> json.dumps(['foo', {'bar': ('baz', None, 1.0, 2)}])
    '["foo", {"bar": ["baz", null, 1.0, 2]}]'
    >>> json.loads('["foo", {"bar":["baz", null, 1.0, 2]}]')
    ['foo', {'bar': ['baz', None, 1.0, 2]}]

dump() writes to, and load() reads from, any object with write()/read()
methods, such as io.StringIO. Invalid input raises json.JSONDecodeError (a
ValueError). JSONEncoder and JSONDecoder can be subclassed and passed as cls=.
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder
from json import scanner

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                  indent, separators, default, sort_keys, kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                  indent, separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize obj as JSON text and write it to fp (anything with .write()).

    The arguments mean the same as for dumps().
    """
    if _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                     indent, separators, default, sort_keys, kw):
        encoder = _default_encoder
    else:
        encoder = _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                                allow_nan, indent, separators, default,
                                sort_keys, kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str.

    skipkeys: skip dict keys that are not str, int, float, bool or None
    instead of raising TypeError. ensure_ascii: escape non-ASCII characters
    (False keeps them as they are). check_circular: False skips the check for
    reference cycles (a cycle then raises RecursionError). allow_nan: False
    raises ValueError for NaN and infinities instead of writing NaN,
    Infinity, -Infinity. indent: an int or str to pretty-print with (None is
    the most compact single-line form). separators: an (item_separator,
    key_separator) tuple, e.g. (',', ':') for the most compact output.
    default: a function called for objects that can't otherwise be
    serialized; it should return a serializable version or raise TypeError.
    sort_keys: sort the output of dictionaries by key. cls: a JSONEncoder
    subclass to use instead of JSONEncoder.
    """
    if _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                     indent, separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    return _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                         allow_nan, indent, separators, default, sort_keys,
                         kw).encode(obj)


def detect_encoding(b):
    """Guess the encoding of JSON bytes b: utf-8, utf-8-sig, or a utf-16/utf-32 form."""
    head = bytes(b[:4])
    if head.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if head.startswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    # JSON text starts with an ASCII character: its zero bytes give the encoding away.
    if len(head) >= 4:
        if not head[0]:
            return 'utf-16-be' if head[1] else 'utf-32-be'
        if not head[1]:
            return 'utf-16-le' if head[2] or head[3] else 'utf-32-le'
    elif len(head) == 2:
        if not head[0]:
            return 'utf-16-be'
        if not head[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (anything with .read()).

    The arguments mean the same as for loads().
    """
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document).

    object_hook: called with every decoded dict; its result is used instead.
    object_pairs_hook: called with the list of (key, value) pairs of every
    object instead (takes priority over object_hook). parse_float,
    parse_int: called with the text of every float / int (e.g. decimal.Decimal
    or float). parse_constant: called with '-Infinity', 'Infinity' or 'NaN'.
    strict=False allows control characters inside strings. cls: a
    JSONDecoder subclass to use instead of JSONDecoder.
    Raises JSONDecodeError for invalid JSON.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if (cls is None and not kw and object_hook is None and parse_float is None
            and parse_int is None and parse_constant is None
            and object_pairs_hook is None):
        return _default_decoder.decode(s)
    options = dict(kw)
    for name, hook in (('object_hook', object_hook),
                       ('object_pairs_hook', object_pairs_hook),
                       ('parse_float', parse_float), ('parse_int', parse_int),
                       ('parse_constant', parse_constant)):
        if hook is not None:
            options[name] = hook
    decoder_class = JSONDecoder if cls is None else cls
    return decoder_class(**options).decode(s)
`;

// ================================================================ modules

function buildNative(): Record<string, Value> {
  const fn = (name: string, params: string[], impl: (rt: Runtime, a: Value[]) => Value, doc: string) =>
    nativeFunction('_json', name, params, impl, doc);
  return {
    encode: fn('encode', ['obj', 'default', 'indent', 'key_separator', 'item_separator', 'sort_keys', 'skipkeys',
      'ensure_ascii', 'check_circular', 'allow_nan', 'one_shot', '/'], encodeFunction,
    'encode(obj, default, indent, key_separator, item_separator, sort_keys, skipkeys, ensure_ascii, ' +
    'check_circular, allow_nan, one_shot) -> str\n\nThe JSON text of obj (the engine of JSONEncoder.iterencode).'),
    make_scanner: fn('make_scanner', ['context', '/'], (rt, [ctx]) => makeScanner(rt, ctx),
      'make_scanner(context) -> scan_once\n\nA JSON scanner using the hooks and flags of a JSONDecoder.'),
    scanstring: fn('scanstring', ['string', 'end', 'strict?', '/'], scanStringFunction,
      'scanstring(string, end, strict=True) -> (str, end)\n\n' +
      'Decode the JSON string literal whose opening quote is just before string[end].'),
    skip_whitespace: fn('skip_whitespace', ['string', 'idx', '/'], skipWhitespace,
      'skip_whitespace(string, idx) -> int\n\nThe index of the first non-whitespace character at or after idx.'),
    encode_basestring: fn('encode_basestring', ['string', '/'], basestringFunction(false),
      'encode_basestring(string) -> str\n\nReturn a JSON representation of a Python string.'),
    encode_basestring_ascii: fn('encode_basestring_ascii', ['string', '/'], basestringFunction(true),
      'encode_basestring_ascii(string) -> str\n\nReturn an ASCII-only JSON representation of a Python string.'),
  };
}

export const modules: ModuleDef[] = [
  { name: '_json', summary: 'Native JSON engine behind the json package.', build: buildNative },
  { name: 'json', summary: 'JSON encoder and decoder: dumps/loads, dump/load.', source: JSON_SOURCE },
  { name: 'json.decoder', summary: 'JSONDecoder and JSONDecodeError.', source: DECODER_SOURCE },
  { name: 'json.encoder', summary: 'JSONEncoder.', source: ENCODER_SOURCE },
  { name: 'json.scanner', summary: 'JSON token scanner.', source: SCANNER_SOURCE },
];
