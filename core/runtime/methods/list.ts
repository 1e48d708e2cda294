/**
 * The `list` type: constructor, `__new__`/`__init__` for subclasses, the
 * public methods (append, sort, ...) and the special methods that user
 * subclasses inherit. Also hosts the small argument helpers shared by the
 * other container method tables (tuple, dict, set, range): CPython words
 * argument errors differently for METH_O / METH_NOARGS methods, positional-only
 * Argument Clinic functions and slot wrappers, and these helpers reproduce each.
 *
 * The native methods here never dispatch back through the generic protocols
 * (`getItem`, `compare`, `contains`...) on `self`: for a user subclass those
 * would find the user's override, which may itself call `super()` and loop.
 */
import { PyClass, PyObject, type Value } from '../object.js';
import { ListType, None, NotImplemented, TupleType } from '../types.js';
import { indexError, overflowError, typeError, valueError } from '../exceptions.js';
import { PyBuiltin, PyClassMethod, PyStaticMethod, defineMethods } from '../function.js';
import { PyFloat, PyList, PySlice, PyTuple } from '../values.js';
import { argSpec, parseArgs } from '../args.js';
import {
  ArrayIterator, DONE, ListIteratorType, ReverseListIterator, getIterOrNull, iterNext, toArray,
} from '../iter.js';
import { compare, eq, lessThan, strLess, type CmpOp } from '../compare.js';
import { builtinRepr, repr, typeName } from '../ops.js';
import { adjustSlice, indexValue, requireIndex, unpackSlice } from '../subscript.js';
import { callValue } from '../call.js';
import type { Int } from '../int.js';
import type { Runtime } from '../runtime.js';

/** Imported by the bootstrap module; the method tables are filled at module load. */
export function installListMethods(): void {}

// ======================================================= shared arg helpers

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function kwCount(kwnames: string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

/** `_PyArg_NoKeywords`: "`name`() takes no keyword arguments". */
export function noKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** `_PyArg_CheckPositional`: "`name` expected at most 2 arguments, got 3". */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    throw typeError(`${name} expected ${min === max ? '' : 'at least '}${plural(min, 'argument')}, got ${n}`);
  }
  if (n > max) {
    throw typeError(`${name} expected ${min === max ? '' : 'at most '}${plural(max, 'argument')}, got ${n}`);
  }
}

/**
 * A positional-only Argument Clinic method (`list.pop`, `dict.get`...):
 * keywords are refused with the qualified name, counts reported with the short one.
 * Returns the number of positional arguments after `self`.
 */
export function clinicArgs(qualname: string, short: string, args: Value[], kwnames: string[] | null, min: number, max: number): number {
  noKw(qualname, kwnames);
  const n = args.length - 1;
  checkPositional(short, n, min, max);
  return n;
}

/** A METH_O method: exactly one positional argument after `self`; returns it. */
export function oneArg(name: string, args: Value[], kwnames: string[] | null): Value {
  if (args.length !== 2 || kwCount(kwnames) > 0) {
    noKw(name, kwnames);
    throw typeError(`${name}() takes exactly one argument (${args.length - 1} given)`);
  }
  return args[1];
}

/** A METH_NOARGS method. */
export function noArgs0(name: string, args: Value[], kwnames: string[] | null): void {
  if (args.length !== 1 || kwCount(kwnames) > 0) {
    noKw(name, kwnames);
    throw typeError(`${name}() takes no arguments (${args.length - 1} given)`);
  }
}

/** A slot wrapper (`list.__add__`, `set.__len__`...): "expected 1 argument, got 0". */
export function wrapperArgs(name: string, args: Value[], kwnames: string[] | null, n: number, prefix = ''): void {
  if (args.length !== n + 1 || kwCount(kwnames) > 0) {
    if (kwCount(kwnames) > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
    throw typeError(`${prefix}expected ${plural(n, 'argument')}, got ${args.length - 1}`);
  }
}

/** Validates `base.__new__(cls, ...)`'s first argument. */
export function newTarget(args: Value[], kwnames: string[] | null, base: PyClass): PyClass {
  if (args.length - kwCount(kwnames) < 1) throw typeError(`${base.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyClass)) throw typeError(`${base.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubclassOf(base)) throw typeError(`${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
  return cls;
}

/** Makes a freshly created builtin object an instance of `cls` (a user subclass) when needed. */
export function adopt<T extends PyObject & { dict?: Map<string, Value> }>(obj: T, cls: PyClass): T {
  if (!cls.builtin) {
    obj.cls = cls;
    if (cls.instanceDict) obj.dict = new Map();
  }
  return obj;
}

/** A static native `__new__` entry for a type dict. */
export function staticNative(name: string, fn: PyBuiltin['fn']): PyStaticMethod {
  return new PyStaticMethod(new PyBuiltin(name, fn));
}

/** A class native (`dict.fromkeys`, `__class_getitem__`) for a type dict. */
export function classNative(name: string, fn: PyBuiltin['fn']): PyClassMethod {
  return new PyClassMethod(new PyBuiltin(name, fn));
}

/**
 * `__class_getitem__`: there is no `types.GenericAlias` in Sandling, so
 * `list[int]` evaluates to the class itself (usable in annotations and calls).
 */
export function classGetItem(qualname: string): PyClassMethod {
  return classNative('__class_getitem__', (_rt, args, kwnames) => {
    oneArg(qualname, args, kwnames);
    return args[0];
  });
}

const SSIZE_MAX = 2n ** 63n;

/** A C `Py_ssize_t` argument (`list.pop(i)`, `list.insert(i, x)`): OverflowError past 64 bits. */
export function ssizeArg(rt: Runtime, v: Value): number {
  const i = requireIndex(rt, v);
  if (typeof i === 'number') return i;
  if (i >= SSIZE_MAX || i < -SSIZE_MAX) throw overflowError('Python int too large to convert to C ssize_t');
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** A slice-style index argument (`list.index(x, start, stop)`): clamped, never overflows. */
export function sliceIndexArg(rt: Runtime, v: Value): number {
  const i = indexValue(rt, v);
  if (i === undefined) throw typeError('slice indices must be integers or have an __index__ method');
  if (typeof i === 'number') return i;
  return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** Normalizes the `start`/`stop` of `index(x, start, stop)` against `length`. */
export function searchBounds(rt: Runtime, start: Value, stop: Value, length: number): [number, number] {
  let a = start === undefined ? 0 : sliceIndexArg(rt, start);
  let b = stop === undefined ? Number.MAX_SAFE_INTEGER : sliceIndexArg(rt, stop);
  if (a < 0) {
    a += length;
    if (a < 0) a = 0;
  }
  if (b < 0) {
    b += length;
    if (b < 0) b = 0;
  }
  return [a, b];
}

/**
 * An item index for `seq[i]` on an array of `length`: -1 when out of range.
 * Ints beyond 64 bits raise IndexError "cannot fit 'int' into an index-sized integer".
 */
export function itemIndex(i: Int, length: number): number {
  if (typeof i === 'bigint') {
    if (i >= SSIZE_MAX || i < -SSIZE_MAX) throw indexError("cannot fit 'int' into an index-sized integer");
    return -1;
  }
  const j = i < 0 ? i + length : i;
  return j >= 0 && j < length ? j : -1;
}

/** Repeat count of `seq * n`, or undefined when `n` is not an index (the caller returns NotImplemented). */
export function repeatCount(rt: Runtime, n: Value): number | undefined {
  if (n instanceof PyFloat || typeof n === 'string') return undefined;
  const i = indexValue(rt, n);
  if (i === undefined) return undefined;
  if (typeof i === 'bigint') {
    if (i >= SSIZE_MAX || i < -SSIZE_MAX) throw overflowError("cannot fit 'int' into an index-sized integer");
    return i < 0n ? 0 : Number.MAX_SAFE_INTEGER;
  }
  return i < 0 ? 0 : i;
}

/** `items * n` as a fresh array, with size and budget checks. */
export function repeatItems(rt: Runtime, items: Value[], n: number): Value[] {
  const len = items.length;
  if (len === 0 || n === 0) return [];
  rt.checkValueSize(len * n * 8, 'repeated sequence');
  const total = len * n;
  rt.charge(total);
  if (len === 1) return new Array(total).fill(items[0]);
  const out: Value[] = new Array(total);
  for (let r = 0, k = 0; r < n; r++) for (let i = 0; i < len; i++) out[k++] = items[i];
  return out;
}

/** `x + y` of two arrays, with size and budget checks (never spreads). */
export function concatItems(rt: Runtime, x: Value[], y: Value[], what: string): Value[] {
  rt.checkValueSize((x.length + y.length) * 8, what);
  rt.charge(x.length + y.length);
  return x.concat(y);
}

/**
 * Lexicographic comparison of two sequences (lists or tuples), as CPython's
 * list_richcompare: first differing element decides, lengths otherwise.
 * Lengths are re-read each step since comparisons may run user code.
 */
export function seqRichCompare(rt: Runtime, a: { items: Value[] }, b: { items: Value[] }, op: CmpOp): Value {
  if ((op === '==' || op === '!=') && a.items.length !== b.items.length) return op === '!=';
  let i = 0;
  rt.enter();
  try {
    for (; i < a.items.length && i < b.items.length; i++) {
      if (--rt.ticks < 0) rt.checkpoint();
      if (!eq(rt, a.items[i], b.items[i])) break;
    }
    const x = a.items;
    const y = b.items;
    if (i >= x.length || i >= y.length) {
      const c = x.length - y.length;
      switch (op) {
        case '<': return c < 0;
        case '<=': return c <= 0;
        case '==': return c === 0;
        case '!=': return c !== 0;
        case '>': return c > 0;
        case '>=': return c >= 0;
      }
    }
    if (op === '==') return false;
    if (op === '!=') return true;
    return compare(rt, x[i], y[i], op);
  } finally {
    rt.leave();
  }
}

/** Index of the first element equal to `x` in `items[start:stop]`, or -1. Charges per element. */
export function seqFind(rt: Runtime, seq: { items: Value[] }, x: Value, start: number, stop: number): number {
  for (let i = start; i < stop && i < seq.items.length; i++) {
    if (--rt.ticks < 0) rt.checkpoint();
    const y = seq.items[i];
    if (y === x || eq(rt, y, x)) return i;
  }
  return -1;
}

/** Number of elements equal to `x`. */
export function seqCount(rt: Runtime, seq: { items: Value[] }, x: Value): number {
  let n = 0;
  for (let i = 0; i < seq.items.length; i++) {
    if (--rt.ticks < 0) rt.checkpoint();
    const y = seq.items[i];
    if (y === x || eq(rt, y, x)) n++;
  }
  return n;
}

/** Does the sequence contain `x` (identity first, then `==`)? */
export function seqContains(rt: Runtime, seq: { items: Value[] }, x: Value): boolean {
  return seqFind(rt, seq, x, 0, Number.MAX_SAFE_INTEGER) >= 0;
}

// ============================================================ list helpers

const RICH: Record<string, CmpOp> = { __eq__: '==', __ne__: '!=', __lt__: '<', __le__: '<=', __gt__: '>', __ge__: '>=' };

function list(v: Value): PyList {
  return v as PyList;
}

/** Appends every element of `iterable` to `self` (list.extend). */
export function listExtend(rt: Runtime, self: PyList, iterable: Value): void {
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    if (iterable.cls === ListType || iterable.cls === TupleType) {
      const src = iterable.items;
      const n = src.length;
      if (n === 0) return;
      rt.checkValueSize((self.items.length + n) * 8, 'list');
      rt.charge(n);
      rt.allocate(n * 8);
      if (src === self.items) {
        self.items = src.concat(src);
        return;
      }
      const dst = self.items;
      for (let i = 0; i < n; i++) dst.push(src[i]);
      return;
    }
  }
  const it = getIterOrNull(rt, iterable);
  if (it === null) throw typeError(`'${typeName(iterable)}' object is not iterable`);
  let count = 0;
  for (;;) {
    const x = iterNext(rt, it);
    if (x === DONE) return;
    if (--rt.ticks < 0) rt.checkpoint();
    if ((rt.memoryLeft -= 8) < 0) rt.memoryExceeded();
    self.items.push(x);
    if ((++count & 0xffff) === 0) rt.checkValueSize(self.items.length * 8, 'list');
  }
}

// Index conversion (__index__) may run user code that resizes the list, so
// these read self.items only after converting the key.
function listGetItem(rt: Runtime, self: PyList, key: Value): Value {
  if (typeof key === 'number') {
    const items = self.items;
    const j = key < 0 ? key + items.length : key;
    if (j >= 0 && j < items.length) return items[j];
    throw indexError('list index out of range');
  }
  if (key instanceof PySlice) {
    const b = adjustSlice(unpackSlice(rt, key), self.items.length);
    const items = self.items;
    rt.checkValueSize(b.count * 8, 'list');
    rt.charge(b.count);
    if (b.step === 1) return new PyList(items.slice(b.start, b.start + b.count));
    const out: Value[] = new Array(b.count);
    for (let i = 0, j = b.start; i < b.count; i++, j += b.step) out[i] = items[j];
    return new PyList(out);
  }
  const i = indexValue(rt, key);
  if (i === undefined) throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
  const j = itemIndex(i, self.items.length);
  if (j < 0) throw indexError('list index out of range');
  return self.items[j];
}

function listSetItem(rt: Runtime, self: PyList, key: Value, value: Value): void {
  if (key instanceof PySlice) {
    listSetSlice(rt, self, key, value);
    return;
  }
  const i = typeof key === 'number' ? key : indexValue(rt, key);
  if (i === undefined) throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
  const j = itemIndex(i, self.items.length);
  if (j < 0) throw indexError('list assignment index out of range');
  self.items[j] = value;
}

function listSetSlice(rt: Runtime, self: PyList, s: PySlice, value: Value): void {
  let src: Value[];
  if (value === self) src = self.items.slice();
  else if ((value instanceof PyList || value instanceof PyTuple) && (value.cls === ListType || value.cls === TupleType)) {
    src = toArray(rt, value);
  } else {
    const it = getIterOrNull(rt, value);
    if (it === null) {
      const b0 = adjustSlice(unpackSlice(rt, s), self.items.length);
      throw typeError(b0.step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
    }
    src = [];
    for (;;) {
      const x = iterNext(rt, it);
      if (x === DONE) break;
      if (--rt.ticks < 0) rt.checkpoint();
      src.push(x);
    }
  }
  const u = unpackSlice(rt, s);
  const items = self.items;
  const b = adjustSlice(u, items.length);
  if (b.step === 1) {
    const stop = Math.max(b.start, b.stop);
    rt.checkValueSize((items.length - (stop - b.start) + src.length) * 8, 'list');
    rt.charge(items.length);
    self.items = items.slice(0, b.start).concat(src, items.slice(stop));
    return;
  }
  if (src.length !== b.count) {
    throw valueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${b.count}`);
  }
  rt.charge(b.count);
  for (let i = 0, j = b.start; i < b.count; i++, j += b.step) items[j] = src[i];
}

function listDelItem(rt: Runtime, self: PyList, key: Value): void {
  if (key instanceof PySlice) {
    const u = unpackSlice(rt, key);
    const items = self.items;
    const b = adjustSlice(u, items.length);
    if (b.count === 0) return;
    rt.charge(items.length);
    if (b.step === 1) {
      items.splice(b.start, b.count);
      return;
    }
    let lo = b.start;
    let step = b.step;
    if (step < 0) {
      lo = b.start + (b.count - 1) * step;
      step = -step;
    }
    const out: Value[] = [];
    for (let i = 0; i < items.length; i++) {
      if (i >= lo && (i - lo) % step === 0 && (i - lo) / step < b.count) continue;
      out.push(items[i]);
    }
    self.items = out;
    return;
  }
  const i = typeof key === 'number' ? key : indexValue(rt, key);
  if (i === undefined) throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
  const j = itemIndex(i, self.items.length);
  if (j < 0) throw indexError('list assignment index out of range');
  self.items.splice(j, 1);
}

// ================================================================== sorting

const SURROGATE = /[\uD800-\uDFFF]/;

/** The comparison used by a sort: fast paths for all-number and all-plain-string keys. */
function sortKeys(rt: Runtime, ks: Value[]): { keys: Value[]; less: (a: Value, b: Value) => boolean; kind?: 'ints' | 'strs' } {
  let allNumbers = true;
  let allNumeric = true;
  let allStrings = true;
  let allTuples = true;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    const t = typeof k;
    if (t === 'number') {
      allStrings = false;
      allTuples = false;
    } else if (t === 'string') {
      allNumbers = false;
      allNumeric = false;
      allTuples = false;
      if (allStrings && SURROGATE.test(k)) allStrings = false;
    } else {
      allNumbers = false;
      allStrings = false;
      if (!(k instanceof PyFloat)) allNumeric = false;
      if (!(k instanceof PyTuple && k.cls === TupleType)) allTuples = false;
    }
    if (!allNumbers && !allNumeric && !allStrings && !allTuples) break;
  }
  if (allNumbers || allStrings) return { keys: ks, less: (a, b) => a < b, kind: allNumbers ? 'ints' : 'strs' };
  if (allTuples) return { keys: ks, less: (a, b) => tupleLess(rt, a, b) };
  if (allNumeric) {
    // Safe ints and doubles compare exactly as JS numbers (NaN is unordered both ways).
    const nums = new Array(ks.length);
    for (let i = 0; i < ks.length; i++) nums[i] = typeof ks[i] === 'number' ? ks[i] : (ks[i] as PyFloat).v;
    return { keys: nums, less: (a, b) => a < b };
  }
  return { keys: ks, less: (a, b) => lessThan(rt, a, b) };
}

/**
 * `a < b` for two exact tuples, as tuple rich comparison: the first position
 * where the items differ (identity, then `==`) decides with `<`; lengths
 * otherwise. Equal ints and strings are recognised without the generic path.
 */
function tupleLess(rt: Runtime, a: PyTuple, b: PyTuple): boolean {
  const x = a.items;
  const y = b.items;
  const n = x.length < y.length ? x.length : y.length;
  for (let i = 0; i < n; i++) {
    const p = x[i];
    const q = y[i];
    if (i > 0 && --rt.ticks < 0) rt.checkpoint();
    if (p === q) continue;
    const tp = typeof p;
    if (tp === 'number' && typeof q === 'number') return p < q;
    if (tp === 'string' && typeof q === 'string') return strLess(p, q);
    if (p instanceof PyFloat && q instanceof PyFloat) {
      if (p.v === q.v) continue;
      return p.v < q.v;
    }
    if (!eq(rt, p, q)) return lessThan(rt, p, q);
  }
  return x.length < y.length;
}

/**
 * Tuple keys of one length whose every position holds only ints or only strs
 * (without surrogates), as one array per position: such keys compare without
 * any Python-visible call, so a sort may compare them natively. Null otherwise.
 */
function tupleColumns(keys: Value[]): (number[] | string[])[] | null {
  const first = keys[0];
  if (!(first instanceof PyTuple && first.cls === TupleType)) return null;
  const width = first.items.length;
  if (width === 0 || width > 4) return null;
  const cols: Value[][] = [];
  const kinds: string[] = [];
  for (let c = 0; c < width; c++) {
    const v = first.items[c];
    const kind = typeof v;
    if (kind !== 'number' && kind !== 'string') return null;
    kinds.push(kind);
    cols.push(new Array(keys.length));
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!(k instanceof PyTuple && k.cls === TupleType) || k.items.length !== width) return null;
    for (let c = 0; c < width; c++) {
      const v = k.items[c];
      if (typeof v !== kinds[c] || (kinds[c] === 'string' && SURROGATE.test(v))) return null;
      cols[c][i] = v;
    }
  }
  return cols as (number[] | string[])[];
}

/**
 * The order of int columns by one native typed-array sort, or null when the
 * keys do not fit: each row's columns become one mixed-radix number, times n
 * plus the row's index (so ties keep input order), all below 2**53.
 */
function packedIntOrder(cols: number[][], n: number, reverse: boolean): number[] | null {
  const mins: number[] = [];
  const radices: number[] = [];
  let keySpace = 1;
  for (const col of cols) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    mins.push(lo);
    radices.push(hi - lo + 1);
    keySpace *= hi - lo + 1;
    if (keySpace * n > Number.MAX_SAFE_INTEGER) return null;
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let k = 0;
    for (let c = 0; c < cols.length; c++) k = k * radices[c] + (cols[c][i] - mins[c]);
    // Descending keys, ascending index among equals: CPython's stable reverse.
    packed[i] = (reverse ? keySpace - 1 - k : k) * n + i;
  }
  packed.sort();
  const idx: number[] = new Array(n);
  for (let i = 0; i < n; i++) idx[i] = packed[i] % n;
  return idx;
}

/** Stable order of indexes 0..n-1 by column keys (equal keys keep their order); `reverse` as in sortValues. */
function sortByColumns(cols: (number[] | string[])[], n: number, reverse: boolean): number[] {
  if (cols.every((c) => typeof c[0] === 'number')) {
    const packed = packedIntOrder(cols as number[][], n, reverse);
    if (packed !== null) return packed;
  }
  const idx: number[] = new Array(n);
  for (let i = 0; i < n; i++) idx[i] = reverse ? n - 1 - i : i;
  const width = cols.length;
  idx.sort((i, j) => {
    for (let c = 0; c < width; c++) {
      const col = cols[c];
      const a = col[i];
      const b = col[j];
      if (a !== b) return a < b ? -1 : 1;
    }
    return 0;
  });
  if (reverse) idx.reverse();
  return idx;
}

/** Up to this many ints or strs are sorted by insertion: V8's sort allocates its own work state (~700 bytes) per call. */
const SMALL_SORT = 12;

/** A sorted copy of a few JS numbers or of a few strs (without surrogates, so `<` is code point order). */
function insertionSorted(values: (number | string)[]): (number | string)[] {
  const arr = values.slice();
  for (let i = 1; i < arr.length; i++) {
    const x = arr[i];
    let j = i - 1;
    while (j >= 0 && x < arr[j]) {
      arr[j + 1] = arr[j];
      j--;
    }
    arr[j + 1] = x;
  }
  return arr;
}

/**
 * Sorts `values` (by `key` when it is not None) into a fresh array; `values`
 * is not modified. Stable; `reverse` keeps stability as CPython does (reverse,
 * sort, reverse). V8's TimSort is a port of CPython's, and the comparator only
 * ever answers "less" or "not less", so user `__lt__` methods see the same
 * sequence of calls as in CPython. Charges one step per comparison.
 */
export function sortValues(rt: Runtime, values: Value[], key: Value, reverse: boolean): Value[] {
  const n = values.length;
  let keyed: Value[] | null = null;
  if (key !== None && key !== undefined) {
    keyed = new Array(n);
    for (let i = 0; i < n; i++) {
      if (--rt.ticks < 0) rt.checkpoint();
      keyed[i] = callValue(rt, key, [values[i]], null);
    }
  }
  if (n < 2) return values.slice();
  rt.charge(n);
  const cols = tupleColumns(keyed ?? values);
  if (cols !== null) {
    rt.charge(Math.ceil(n * Math.log2(n)));
    const idx = sortByColumns(cols, n, reverse);
    const out: Value[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = values[idx[i]];
    return out;
  }
  const { keys, less, kind } = sortKeys(rt, keyed ?? values);
  if (keys === values && kind !== undefined) {
    // Equal ints (or strs) are indistinguishable, so stability cannot show: use the native sorts.
    rt.charge(Math.ceil(n * Math.log2(n)));
    let arr: Value[];
    if (n <= SMALL_SORT) arr = insertionSorted(values as (number | string)[]);
    else if (kind === 'ints') arr = Array.from(Float64Array.from(values as number[]).sort());
    else arr = values.slice().sort();
    if (reverse) arr.reverse();
    return arr;
  }
  if (keys === values) {
    const arr = values.slice();
    if (reverse) arr.reverse();
    arr.sort((a, b) => {
      if (--rt.ticks < 0) rt.checkpoint();
      return less(a, b) ? -1 : 1;
    });
    if (reverse) arr.reverse();
    return arr;
  }
  const idx: number[] = new Array(n);
  for (let i = 0; i < n; i++) idx[i] = reverse ? n - 1 - i : i;
  idx.sort((i, j) => {
    if (--rt.ticks < 0) rt.checkpoint();
    return less(keys[i], keys[j]) ? -1 : 1;
  });
  if (reverse) idx.reverse();
  const out: Value[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = values[idx[i]];
  return out;
}

/**
 * `list.sort()`. While sorting, the list looks empty (as in CPython); if it
 * was modified meanwhile, the sorted result still replaces it and ValueError
 * "list modified during sort" is raised. If a key call or a comparison raises,
 * the list is left exactly as it was (CPython may leave it partly sorted).
 */
export function listSort(rt: Runtime, self: PyList, key: Value, reverse: boolean): void {
  const saved = self.items;
  const sentinel: Value[] = [];
  self.items = sentinel;
  let result: Value[];
  try {
    result = sortValues(rt, saved, key, reverse);
  } catch (e) {
    self.items = saved;
    throw e;
  }
  const modified = self.items !== sentinel || sentinel.length !== 0;
  self.items = result;
  if (modified) throw valueError('list modified during sort');
}

const sortSpec = argSpec('sort', ['*', 'key?', 'reverse?']);

/** The `reverse=` flag of sort/sorted: an int (bool included), as CPython 3.11's `bool(accept={int})`. */
export function reverseFlag(rt: Runtime, v: Value): boolean {
  if (v === undefined) return false;
  if (typeof v === 'boolean') return v;
  const i = requireIndex(rt, v);
  if (typeof i === 'bigint') throw overflowError('Python int too large to convert to C int');
  if (i > 2147483647 || i < -2147483648) throw overflowError('Python int too large to convert to C int');
  return i !== 0;
}

// ================================================================ the table

/** `list(iterable)` for the exact type. */
ListType.construct = (rt, _cls, args, kwnames) => {
  noKw('list', kwnames);
  checkPositional('list', args.length, 0, 1);
  if (args.length === 0) return new PyList([]);
  const out = new PyList([]);
  listExtend(rt, out, args[0]);
  return out;
};

ListType.dict.set('__new__', staticNative('__new__', (_rt, args, kwnames) => {
  const cls = newTarget(args, kwnames, ListType);
  return adopt(new PyList([]), cls);
}));

ListType.dict.set('__class_getitem__', classGetItem('list.__class_getitem__'));
ListType.dict.set('__hash__', None);

const listCmp: Record<string, PyBuiltin['fn']> = {};
for (const name of Object.keys(RICH)) {
  const op = RICH[name];
  listCmp[name] = (rt, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 1);
    const other = args[1];
    if (!(other instanceof PyList)) return NotImplemented;
    return seqRichCompare(rt, list(args[0]), other, op);
  };
}

defineMethods(ListType, {
  __init__(rt, args, kwnames) {
    noKw('list', kwnames);
    checkPositional('list', args.length - 1, 0, 1);
    const self = list(args[0]);
    self.items = [];
    if (args.length > 1) listExtend(rt, self, args[1]);
    return None;
  },
  append(rt, args, kwnames) {
    if (args.length !== 2 || kwnames !== null) oneArg('list.append', args, kwnames);
    if ((rt.memoryLeft -= 8) < 0) rt.memoryExceeded();
    list(args[0]).items.push(args[1]);
    return None;
  },
  extend(rt, args, kwnames) {
    const it = oneArg('list.extend', args, kwnames);
    listExtend(rt, list(args[0]), it);
    return None;
  },
  insert(rt, args, kwnames) {
    clinicArgs('list.insert', 'insert', args, kwnames, 2, 2);
    rt.allocate(8);
    const self = list(args[0]);
    let i = ssizeArg(rt, args[1]);
    const n = self.items.length;
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    } else if (i > n) i = n;
    if (i === n) self.items.push(args[2]);
    else self.items.splice(i, 0, args[2]);
    return None;
  },
  remove(rt, args, kwnames) {
    const x = oneArg('list.remove', args, kwnames);
    const self = list(args[0]);
    const i = seqFind(rt, self, x, 0, Number.MAX_SAFE_INTEGER);
    if (i < 0) throw valueError('list.remove(x): x not in list');
    self.items.splice(i, 1);
    return None;
  },
  pop(rt, args, kwnames) {
    const n = clinicArgs('list.pop', 'pop', args, kwnames, 0, 1);
    const self = list(args[0]);
    const idx = n === 0 ? -1 : ssizeArg(rt, args[1]);
    const items = self.items;
    if (items.length === 0) throw indexError('pop from empty list');
    const j = idx < 0 ? idx + items.length : idx;
    if (j < 0 || j >= items.length) throw indexError('pop index out of range');
    if (j === items.length - 1) return items.pop();
    return items.splice(j, 1)[0];
  },
  index(rt, args, kwnames) {
    clinicArgs('list.index', 'index', args, kwnames, 1, 3);
    const self = list(args[0]);
    const [start, stop] = searchBounds(rt, args[2], args[3], self.items.length);
    const i = seqFind(rt, self, args[1], start, stop);
    if (i < 0) throw valueError(`${repr(rt, args[1])} is not in list`);
    return i;
  },
  count(rt, args, kwnames) {
    const x = oneArg('list.count', args, kwnames);
    return seqCount(rt, list(args[0]), x);
  },
  sort(rt, args, kwnames) {
    let key: Value = None;
    let reverse = false;
    if (args.length > 1 || kwCount(kwnames) > 0) {
      const [k, r] = parseArgs(sortSpec, args, kwnames, 1);
      if (k !== undefined) key = k;
      reverse = reverseFlag(rt, r);
    }
    listSort(rt, list(args[0]), key, reverse);
    return None;
  },
  reverse(rt, args, kwnames) {
    noArgs0('list.reverse', args, kwnames);
    const items = list(args[0]).items;
    rt.charge(items.length);
    items.reverse();
    return None;
  },
  clear(_rt, args, kwnames) {
    noArgs0('list.clear', args, kwnames);
    list(args[0]).items.length = 0;
    return None;
  },
  copy(rt, args, kwnames) {
    noArgs0('list.copy', args, kwnames);
    const items = list(args[0]).items;
    rt.checkValueSize(items.length * 8, 'list');
    rt.charge(items.length);
    return new PyList(items.slice());
  },
  __len__(_rt, args, kwnames) {
    wrapperArgs('__len__', args, kwnames, 0);
    return list(args[0]).items.length;
  },
  __getitem__(rt, args, kwnames) {
    const key = oneArg('list.__getitem__', args, kwnames);
    return listGetItem(rt, list(args[0]), key);
  },
  __setitem__(rt, args, kwnames) {
    wrapperArgs('__setitem__', args, kwnames, 2, ' ');
    listSetItem(rt, list(args[0]), args[1], args[2]);
    return None;
  },
  __delitem__(rt, args, kwnames) {
    wrapperArgs('__delitem__', args, kwnames, 1);
    listDelItem(rt, list(args[0]), args[1]);
    return None;
  },
  __contains__(rt, args, kwnames) {
    wrapperArgs('__contains__', args, kwnames, 1);
    return seqContains(rt, list(args[0]), args[1]);
  },
  __iter__(_rt, args, kwnames) {
    wrapperArgs('__iter__', args, kwnames, 0);
    const it = new ArrayIterator(list(args[0]));
    it.cls = ListIteratorType;
    return it;
  },
  __reversed__(_rt, args, kwnames) {
    noArgs0('list.__reversed__', args, kwnames);
    return new ReverseListIterator(list(args[0]));
  },
  __add__(rt, args, kwnames) {
    wrapperArgs('__add__', args, kwnames, 1);
    const other = args[1];
    // CPython raises here when called directly; NotImplemented lets the
    // operator machinery try the other operand's __radd__ and word the error.
    if (!(other instanceof PyList)) return NotImplemented;
    return new PyList(concatItems(rt, list(args[0]).items, other.items, 'list'));
  },
  __iadd__(rt, args, kwnames) {
    wrapperArgs('__iadd__', args, kwnames, 1);
    listExtend(rt, list(args[0]), args[1]);
    return args[0];
  },
  __mul__(rt, args, kwnames) {
    wrapperArgs('__mul__', args, kwnames, 1);
    const n = repeatCount(rt, args[1]);
    if (n === undefined) return NotImplemented;
    return new PyList(repeatItems(rt, list(args[0]).items, n));
  },
  __rmul__(rt, args, kwnames) {
    wrapperArgs('__rmul__', args, kwnames, 1);
    const n = repeatCount(rt, args[1]);
    if (n === undefined) return NotImplemented;
    return new PyList(repeatItems(rt, list(args[0]).items, n));
  },
  __imul__(rt, args, kwnames) {
    wrapperArgs('__imul__', args, kwnames, 1);
    const n = repeatCount(rt, args[1]);
    if (n === undefined) return NotImplemented;
    const self = list(args[0]);
    if (n === 0) self.items.length = 0;
    else if (n > 1) self.items = repeatItems(rt, self.items, n);
    return self;
  },
  __repr__(rt, args, kwnames) {
    wrapperArgs('__repr__', args, kwnames, 0);
    return builtinRepr(rt, args[0]);
  },
  ...listCmp,
});

/** `sorted(iterable, *, key=None, reverse=False)` support: a new sorted list. */
export function sortedList(rt: Runtime, iterable: Value, key: Value, reverse: Value): PyList {
  const out = new PyList(toArray(rt, iterable));
  listSort(rt, out, key === undefined ? None : key, reverseFlag(rt, reverse));
  return out;
}
