/**
 * Subscripting: `obj[key]`, `obj[key] = v`, `del obj[key]`, with Python's
 * index and slice rules (negative indexes, clamping, extended slices) and
 * `__index__`, `__getitem__`, `__missing__` for user types.
 */
import { PyBoxed, PyClass, PyObject, type Value } from './object.js';
import { ListType, MappingProxyType, None, RangeType } from './types.js';
import { PyBuiltin, PyClassMethod } from './function.js';
import { callValue } from './call.js';
import { indexError, keyError, typeError, valueError, type PyBaseException } from './exceptions.js';
import { PyBytes, PyByteArray, PyList, PyRange, PySlice, PyTuple, tuple } from './values.js';
import { ABSENT, PyDict } from './dict.js';
import type { Int } from './int.js';
import { strAt, strLen, strSlice } from './str.js';
import { callSpecial, lookupSpecial, typeName, typeOf } from './ops.js';
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

/** A slice's start/stop/step converted with __index__, before any length is known. */
export interface SliceIndices {
  start: Int | null;
  stop: Int | null;
  step: number;
}

/**
 * Converts a slice's fields (step, start, stop, in CPython's order). Their
 * __index__ may run user code that resizes the container, so mutable
 * containers read their length only after this (see adjustSlice).
 */
export function unpackSlice(rt: Runtime, s: PySlice): SliceIndices {
  let step = 1;
  const st = sliceIndex(rt, s.step);
  if (st !== null) {
    if (st === 0) throw valueError('slice step cannot be zero');
    step = typeof st === 'bigint' ? (st < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : st;
  }
  return { start: sliceIndex(rt, s.start), stop: sliceIndex(rt, s.stop), step };
}

/** Python's clamping rules for unpacked slice indices over a sequence of `length`. */
export function adjustSlice(u: SliceIndices, length: number): SliceBounds {
  const step = u.step;
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const start = u.start === null ? (step < 0 ? upper : lower) : clampIndex(u.start, length, lower, upper);
  const stop = u.stop === null ? (step < 0 ? lower : upper) : clampIndex(u.stop, length, lower, upper);
  let count = 0;
  if (step > 0) count = start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  else count = stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return { start, stop, step, count };
}

function clampIndex(i: Int, length: number, lower: number, upper: number): number {
  if (typeof i === 'bigint') return clamp(i < 0n ? i + BigInt(length) : i, lower, upper);
  return clamp(i < 0 ? i + length : i, lower, upper);
}

/** slice.indices(length) for a container whose length cannot change meanwhile (str, bytes, tuple). */
export function sliceBounds(rt: Runtime, s: PySlice, length: number): SliceBounds {
  return adjustSlice(unpackSlice(rt, s), length);
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

/**
 * Whether a subclass's `name` method is the builtin base's own native slot
 * (so the native fast path applies); a Python override must be called instead.
 */
function isInheritedSlot(fn: Value, name: string): boolean {
  return fn instanceof PyBuiltin && fn.objclass !== null && fn.name === name;
}

/** The IndexError of a list or tuple index out of range (generated code raises it at the site). */
export function seqIndexError(seq: PyList | PyTuple): PyBaseException {
  return indexError(`${seq instanceof PyList ? 'list' : 'tuple'} index out of range`);
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
    if (fn !== undefined && fn !== None && !isInheritedSlot(fn, '__getitem__')) return callSpecial(rt, obj, fn, [key]);
    if (obj instanceof PyDict) return dictGetItem(rt, obj, key, cls);
  }
  if (obj instanceof PyList || obj instanceof PyTuple) {
    if (typeof key === 'number') {
      const items = obj.items;
      const j = key < 0 ? key + items.length : key;
      if (j >= 0 && j < items.length) return items[j];
      throw seqIndexError(obj);
    }
    // Indices first: their __index__ may resize the list.
    if (key instanceof PySlice) {
      const u = unpackSlice(rt, key);
      const b = adjustSlice(u, obj.items.length);
      rt.charge(b.count);
      const out = sliceArray(obj.items, b);
      return obj instanceof PyList ? new PyList(out) : tuple(out);
    }
    const i = indexValue(rt, key);
    if (i === undefined) badIndexType(obj, key);
    const j = itemIndex(i, obj.items.length);
    if (j < 0) throw seqIndexError(obj);
    return obj.items[j];
  }
  if (obj instanceof PyDict) return dictGetItem(rt, obj, key, cls);
  if (obj instanceof PyRange) return (RangeType.dict.get('__getitem__') as PyBuiltin).fn(rt, [obj, key], null);
  if (obj instanceof PyBytes || obj instanceof PyByteArray) {
    if (key instanceof PySlice) {
      const b = adjustSlice(unpackSlice(rt, key), obj.b.length);
      const out = sliceBytes(obj.b, b);
      return obj instanceof PyBytes ? new PyBytes(out) : new PyByteArray(out);
    }
    const i = indexValue(rt, key);
    if (i === undefined) badIndexType(obj, key);
    const j = itemIndex(i, obj.b.length);
    if (j < 0) throw indexError(`${obj instanceof PyBytes ? 'index' : 'bytearray index'} out of range`);
    return obj.b[j];
  }
  if (obj instanceof PyClass) {
    // A metaclass __getitem__ (Enum's `Color['RED']`) wins over __class_getitem__, as in CPython.
    const metaGet = cls.builtin ? undefined : cls.lookup('__getitem__');
    if (metaGet !== undefined && metaGet !== None) return callSpecial(rt, obj, metaGet, [key]);
    const cg = obj.lookup('__class_getitem__');
    // Bound to the class being subscripted (callSpecial would bind a classmethod to the metaclass).
    if (cg !== undefined) return callValue(rt, cg instanceof PyClassMethod ? cg.func : cg, cg instanceof PyClassMethod ? [obj, key] : [key], null);
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
      if (fn !== undefined && fn !== None && !isInheritedSlot(fn, '__setitem__')) {
        callSpecial(rt, obj, fn, [key, value]);
        return;
      }
    }
    if (obj instanceof PyList) {
      if (typeof key === 'number') {
        const items = obj.items;
        const j = key < 0 ? key + items.length : key;
        if (j < 0 || j >= items.length) throw indexError('list assignment index out of range');
        items[j] = value;
        return;
      }
      if (key instanceof PySlice) {
        (ListType.dict.get('__setitem__') as PyBuiltin).fn(rt, [obj, key, value], null);
        return;
      }
      const i = indexValue(rt, key);
      if (i === undefined) badIndexType(obj, key);
      const j = itemIndex(i, obj.items.length); // after __index__, which may resize the list
      if (j < 0) throw indexError('list assignment index out of range');
      obj.items[j] = value;
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

/** `del obj[key]`. */
export function delItem(rt: Runtime, obj: Value, key: Value): void {
  if (typeof obj === 'object') {
    const cls = (obj as PyObject).cls;
    if (!cls.builtin) {
      const fn = cls.lookup('__delitem__');
      if (fn !== undefined && fn !== None && !isInheritedSlot(fn, '__delitem__')) {
        callSpecial(rt, obj, fn, [key]);
        return;
      }
    }
    if (obj instanceof PyList) {
      (ListType.dict.get('__delitem__') as PyBuiltin).fn(rt, [obj, key], null);
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
