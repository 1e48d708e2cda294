/**
 * Subscripting: `obj[key]`, `obj[key] = v`, `del obj[key]`, with Python's
 * index and slice rules (negative indexes, clamping, extended slices) and
 * `__index__`, `__getitem__`, `__missing__` for user types.
 */
import { PyBoxed, PyClass, PyObject, type Value } from './object.js';
import { MappingProxyType, None, RangeType } from './types.js';
import { PyBuiltin } from './function.js';
import { indexError, keyError, typeError, valueError } from './exceptions.js';
import { PyBytes, PyByteArray, PyList, PyRange, PySlice, PyTuple, tuple } from './values.js';
import { ABSENT, PyDict } from './dict.js';
import { big, intAdd, intMul, intSign, normBig, type Int } from './int.js';
import { strAt, strLen, strSlice } from './str.js';
import { rangeItem, rangeLengthInt } from './range.js';
import { callSpecial, lookupSpecial, typeName, typeOf } from './ops.js';
import { getIterOrNull, toArray } from './iter.js';
import { bytearraySetItem } from './methods/bytes.js';
import type { Runtime } from './runtime.js';

/** An int for indexing: int, bool, or an object with `__index__`; else undefined. */
export function indexValue(rt: Runtime, v: Value): Int | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof PyBoxed && (typeof v.value === 'number' || typeof v.value === 'bigint')) return v.value;
  if (typeof v === 'object' && !(v as PyObject).cls.builtin) {
    const fn = (v as PyObject).cls.lookup('__index__');
    if (fn !== undefined && fn !== None) {
      const r = callSpecial(rt, v, fn, []);
      if (typeof r !== 'number' && typeof r !== 'bigint') throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
      return r;
    }
  }
  return undefined;
}

/** `operator.index(v)` with CPython's message. */
export function requireIndex(rt: Runtime, v: Value): Int {
  const i = indexValue(rt, v);
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

/** Normalizes an item index against `length`; returns -1 when out of range. */
function itemIndex(i: Int, length: number): number {
  if (typeof i === 'bigint') return -1;
  const j = i < 0 ? i + length : i;
  return j >= 0 && j < length ? j : -1;
}

export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
  count: number;
}

function sliceIndex(rt: Runtime, v: Value): Int | null {
  if (v === None) return null;
  const i = indexValue(rt, v);
  if (i === undefined) throw typeError('slice indices must be integers or None or have an __index__ method');
  return i;
}

function clamp(i: Int, lo: number, hi: number): number {
  if (typeof i === 'bigint') return i < 0n ? lo : hi;
  return i < lo ? lo : i > hi ? hi : i;
}

/** slice.indices(length): Python's clamping rules. */
export function sliceBounds(rt: Runtime, s: PySlice, length: number): SliceBounds {
  let step = 1;
  const st = sliceIndex(rt, s.step);
  if (st !== null) {
    if (st === 0) throw valueError('slice step cannot be zero');
    step = typeof st === 'bigint' ? (st < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : st;
  }
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  let start: number;
  let stop: number;
  const a = sliceIndex(rt, s.start);
  if (a === null) start = step < 0 ? upper : lower;
  else {
    const ai = typeof a === 'bigint' ? a : a < 0 ? a + length : a;
    start = clamp(typeof ai === 'bigint' ? (ai < 0n ? ai + BigInt(length) : ai) : ai, lower, upper);
  }
  const b = sliceIndex(rt, s.stop);
  if (b === null) stop = step < 0 ? lower : upper;
  else {
    const bi = typeof b === 'bigint' ? b : b < 0 ? b + length : b;
    stop = clamp(typeof bi === 'bigint' ? (bi < 0n ? bi + BigInt(length) : bi) : bi, lower, upper);
  }
  let count = 0;
  if (step > 0) count = start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  else count = stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return { start, stop, step, count };
}

function sliceArray(items: Value[], b: SliceBounds): Value[] {
  if (b.step === 1) return items.slice(b.start, b.start + b.count);
  const out = new Array(b.count);
  for (let i = 0, j = b.start; i < b.count; i++, j += b.step) out[i] = items[j];
  return out;
}

function sliceBytes(bytes: Uint8Array, b: SliceBounds): Uint8Array {
  if (b.step === 1) return bytes.slice(b.start, b.start + b.count);
  const out = new Uint8Array(b.count);
  for (let i = 0, j = b.start; i < b.count; i++, j += b.step) out[i] = bytes[j];
  return out;
}

function badIndexType(container: Value, key: Value): never {
  const what = typeName(container);
  if (what === 'str') throw typeError(`string indices must be integers, not '${typeName(key)}'`);
  if (what === 'bytes') throw typeError(`byte indices must be integers or slices, not ${typeName(key)}`);
  throw typeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
}

/** `obj[key]`. */
export function getItem(rt: Runtime, obj: Value, key: Value): Value {
  if (typeof obj === 'string') {
    if (typeof key === 'number') {
      const n = strLen(obj);
      const j = key < 0 ? key + n : key;
      if (j < 0 || j >= n) throw indexError('string index out of range');
      return strAt(obj, j);
    }
    if (key instanceof PySlice) {
      const b = sliceBounds(rt, key, strLen(obj));
      return strSlice(obj, b.start, b.start + b.step * b.count, b.step);
    }
    const i = indexValue(rt, key);
    if (i === undefined) badIndexType(obj, key);
    return getItem(rt, obj, typeof i === 'bigint' ? (i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : i);
  }
  if (typeof obj !== 'object') throw typeError(`'${typeName(obj)}' object is not subscriptable`);
  const cls = (obj as PyObject).cls;
  if (!cls.builtin && !(obj instanceof PyClass)) {
    const fn = cls.lookup('__getitem__');
    if (fn !== undefined && fn !== None && !(fn as PyObject).cls.builtin) return callSpecial(rt, obj, fn, [key]);
    if (obj instanceof PyDict) return dictGetItem(rt, obj, key, cls);
  }
  if (obj instanceof PyList || obj instanceof PyTuple) {
    const items = obj.items;
    if (typeof key === 'number') {
      const j = key < 0 ? key + items.length : key;
      if (j >= 0 && j < items.length) return items[j];
      throw indexError(`${obj instanceof PyList ? 'list' : 'tuple'} index out of range`);
    }
    if (key instanceof PySlice) {
      const b = sliceBounds(rt, key, items.length);
      rt.charge(b.count);
      const out = sliceArray(items, b);
      return obj instanceof PyList ? new PyList(out) : tuple(out);
    }
    const i = indexValue(rt, key);
    if (i === undefined) badIndexType(obj, key);
    const j = itemIndex(i, items.length);
    if (j < 0) throw indexError(`${obj instanceof PyList ? 'list' : 'tuple'} index out of range`);
    return items[j];
  }
  if (obj instanceof PyDict) return dictGetItem(rt, obj, key, cls);
  if (obj instanceof PyRange) return (RangeType.dict.get('__getitem__') as PyBuiltin).fn(rt, [obj, key], null);
  if (obj instanceof PyBytes || obj instanceof PyByteArray) {
    if (key instanceof PySlice) {
      const out = sliceBytes(obj.b, sliceBounds(rt, key, obj.b.length));
      return obj instanceof PyBytes ? new PyBytes(out) : new PyByteArray(out);
    }
    const i = indexValue(rt, key);
    if (i === undefined) badIndexType(obj, key);
    const j = itemIndex(i, obj.b.length);
    if (j < 0) throw indexError(`${obj instanceof PyBytes ? 'index' : 'bytearray index'} out of range`);
    return obj.b[j];
  }
  if (obj instanceof PyClass) {
    const cg = obj.lookup('__class_getitem__');
    if (cg !== undefined) return callSpecial(rt, obj, cg, [key]);
    if (obj.builtin) return obj; // `list[int]` in annotations: the type itself stands in for the alias
    throw typeError(`type '${obj.name}' is not subscriptable`);
  }
  if (obj instanceof PyBoxed) return getItem(rt, obj.value, key);
  const fn = cls.lookup('__getitem__');
  if (fn !== undefined && fn !== None) return callSpecial(rt, obj, fn, [key]);
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

function dictGetItem(rt: Runtime, d: PyDict, key: Value, cls: PyClass): Value {
  const v = d.get(rt, key);
  if (v !== ABSENT) return v;
  if (!cls.builtin) {
    const missing = cls.lookup('__missing__');
    if (missing !== undefined) return callSpecial(rt, d, missing, [key]);
  }
  throw keyError(key);
}

/** `obj[key] = value`. */
export function setItem(rt: Runtime, obj: Value, key: Value, value: Value): void {
  if (typeof obj === 'object') {
    const cls = (obj as PyObject).cls;
    if (!cls.builtin) {
      const fn = cls.lookup('__setitem__');
      if (fn !== undefined && fn !== None && !(fn as PyObject).cls.builtin) {
        callSpecial(rt, obj, fn, [key, value]);
        return;
      }
    }
    if (obj instanceof PyList) {
      const items = obj.items;
      if (typeof key === 'number') {
        const j = key < 0 ? key + items.length : key;
        if (j < 0 || j >= items.length) throw indexError('list assignment index out of range');
        items[j] = value;
        return;
      }
      if (key instanceof PySlice) {
        listSetSlice(rt, obj, key, value);
        return;
      }
      const i = indexValue(rt, key);
      if (i === undefined) badIndexType(obj, key);
      const j = itemIndex(i, items.length);
      if (j < 0) throw indexError('list assignment index out of range');
      items[j] = value;
      return;
    }
    if (obj instanceof PyDict && obj.cls !== MappingProxyType) {
      obj.set(rt, key, value);
      return;
    }
    if (obj instanceof PyByteArray) {
      bytearraySetItem(rt, obj, key, value);
      return;
    }
    const fn = cls.lookup('__setitem__');
    if (fn !== undefined && fn !== None) {
      callSpecial(rt, obj, fn, [key, value]);
      return;
    }
  }
  throw typeError(`'${typeName(obj)}' object does not support item assignment`);
}

function listSetSlice(rt: Runtime, list: PyList, s: PySlice, value: Value): void {
  const items = list.items;
  const b = sliceBounds(rt, s, items.length);
  if (value !== list && getIterOrNull(rt, value) === null) {
    throw typeError(b.step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  }
  const src = value === list ? items.slice() : toArray(rt, value);
  if (b.step === 1) {
    const stop = Math.max(b.start, b.stop);
    rt.checkValueSize((items.length - (stop - b.start) + src.length) * 8, 'list');
    // Rebuild rather than splice(...src): spreading a large array overflows the JS stack.
    list.items = items.slice(0, b.start).concat(src, items.slice(stop));
    return;
  }
  if (src.length !== b.count) {
    throw valueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${b.count}`);
  }
  for (let i = 0, j = b.start; i < b.count; i++, j += b.step) items[j] = src[i];
}

/** `del obj[key]`. */
export function delItem(rt: Runtime, obj: Value, key: Value): void {
  if (typeof obj === 'object') {
    const cls = (obj as PyObject).cls;
    if (!cls.builtin) {
      const fn = cls.lookup('__delitem__');
      if (fn !== undefined && fn !== None && !(fn as PyObject).cls.builtin) {
        callSpecial(rt, obj, fn, [key]);
        return;
      }
    }
    if (obj instanceof PyList) {
      const items = obj.items;
      if (key instanceof PySlice) {
        const b = sliceBounds(rt, key, items.length);
        if (b.step === 1) items.splice(b.start, b.count);
        else {
          const drop = new Set<number>();
          for (let i = 0, j = b.start; i < b.count; i++, j += b.step) drop.add(j);
          obj.items = items.filter((_, idx) => !drop.has(idx));
        }
        return;
      }
      const i = indexValue(rt, key);
      if (i === undefined) badIndexType(obj, key);
      const j = itemIndex(i, items.length);
      if (j < 0) throw indexError('list assignment index out of range');
      items.splice(j, 1);
      return;
    }
    if (obj instanceof PyDict) {
      if (obj.delete(rt, key) === ABSENT) throw keyError(key);
      return;
    }
    if (obj instanceof PyByteArray) {
      bytearraySetItem(rt, obj, key, undefined);
      return;
    }
    const fn = cls.lookup('__delitem__');
    if (fn !== undefined && fn !== None) {
      callSpecial(rt, obj, fn, [key]);
      return;
    }
  }
  throw typeError(`'${typeName(obj)}' object doesn't support item deletion`);
}

export { lookupSpecial, typeOf };
