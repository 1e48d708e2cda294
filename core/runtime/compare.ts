/**
 * Comparisons: `==`/`!=`/`<`/... with Python's rich-comparison protocol
 * (reflected operands, subclass priority, NotImplemented), container
 * equality and ordering, and the `in` operator.
 *
 * `eq` is PyObject_RichCompareBool: identity implies equality (used by
 * containers: `[nan] == [nan]`). `compare` is the operator itself.
 */
import { PyBoxed, PyClass, PyObject, type Value } from './object.js';
import { None, NotImplemented } from './types.js';
import { typeError, valueError } from './exceptions.js';
import { PyBytes, PyByteArray, PyFloat, PyList, PyRange, PyTuple } from './values.js';
import { PyDict, PySetBase } from './dict.js';
import { intCompare, isInt, type Int } from './int.js';
import { callSpecial, truthy, typeName, typeOf } from './ops.js';
import { getIterOrNull, iterate } from './iter.js';
import { rangeContains, rangeItem, rangeLengthInt } from './range.js';
import { bytesFind } from './bytesops.js';
import type { Runtime } from './runtime.js';

export type CmpOp = '<' | '<=' | '==' | '!=' | '>' | '>=';

const DUNDER: Record<CmpOp, string> = { '<': '__lt__', '<=': '__le__', '==': '__eq__', '!=': '__ne__', '>': '__gt__', '>=': '__ge__' };
const REFLECTED: Record<CmpOp, CmpOp> = { '<': '>', '<=': '>=', '==': '==', '!=': '!=', '>': '<', '>=': '<=' };

/** Numeric value of int/bool/float operands, or undefined for other types. */
function numericOf(v: Value): Int | number | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.v;
  return undefined;
}

/** Compares two numbers where either may be a float or a big int, exactly. Returns NaN if unordered. */
function numCompare(a: Value, aIsFloat: boolean, b: Value, bIsFloat: boolean): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  if (!aIsFloat && !bIsFloat) return intCompare(a, b);
  // One side is a float, the other a bigint (or both numbers handled above).
  const f = aIsFloat ? (a as number) : (b as number);
  const i = aIsFloat ? b : a;
  let r: number;
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) r = 1;
  else if (f === -Infinity) r = -1;
  else {
    const fi = Math.floor(f);
    const c = intCompare(normalizeFloatInt(fi), i);
    r = c !== 0 ? c : f > fi ? 1 : 0;
  }
  return aIsFloat ? r : -r;
}

function normalizeFloatInt(x: number): Int {
  return Number.isSafeInteger(x) ? x : BigInt(x);
}

/** Python equality as a bool, identity first (for containers and dict keys). */
export function eq(rt: Runtime, a: Value, b: Value): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === 'string' || typeof b === 'string') {
    if (ta === 'string' && typeof b === 'string') return false;
    if (!(a instanceof PyObject && !a.cls.builtin) && !(b instanceof PyObject && !b.cls.builtin)) return false;
  }
  const r = compare(rt, a, b, '==');
  return typeof r === 'boolean' ? r : truthy(rt, r);
}

/** Ordering for sorting: is a < b? */
export function lessThan(rt: Runtime, a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strLess(a, b);
  const r = compare(rt, a, b, '<');
  return typeof r === 'boolean' ? r : truthy(rt, r);
}

const HIGH_UNITS = /[\uD800-\uFFFF]/;

/** Code-point order (JS `<` orders UTF-16 units, which differs for astral vs U+E000..U+FFFF). */
export function strLess(a: string, b: string): boolean {
  if (!HIGH_UNITS.test(a) || !HIGH_UNITS.test(b)) return a < b;
  return strCompare(a, b) < 0;
}

export function strCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys && (x >= 0xd800 && y >= 0xd800)) return xs ? 1 : -1;
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

/** The comparison operator `a op b` (may return any value for user types). */
export function compare(rt: Runtime, a: Value, b: Value, op: CmpOp): Value {
  const r = builtinCompare(rt, a, b, op);
  if (r !== NotImplemented) return r;
  return userCompare(rt, a, b, op);
}

function opResult(c: number, op: CmpOp): boolean {
  if (Number.isNaN(c)) return op === '!=';
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}

/** Builtin-type comparisons; NotImplemented when a user type is involved or types don't compare. */
function builtinCompare(rt: Runtime, a: Value, b: Value, op: CmpOp): Value {
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'number' && tb === 'number') return opResult(a < b ? -1 : a > b ? 1 : 0, op);
  if (ta === 'string' && tb === 'string') {
    if (op === '==') return a === b;
    if (op === '!=') return a !== b;
    return opResult(a === b ? 0 : strLess(a, b) ? -1 : 1, op);
  }
  if ((ta === 'object' && !(a as PyObject).cls.builtin && !(a instanceof PyClass)) ||
      (tb === 'object' && !(b as PyObject).cls.builtin && !(b instanceof PyClass))) {
    return NotImplemented;
  }
  const x = numericOf(a);
  if (x !== undefined) {
    const y = numericOf(b);
    if (y !== undefined) return opResult(numCompare(x, a instanceof PyFloat, y, b instanceof PyFloat), op);
    return eqFallback(a, b, op);
  }
  if (ta !== 'object' || tb !== 'object') return eqFallback(a, b, op);
  if (a instanceof PyList && b instanceof PyList) return sequenceCompare(rt, a.items, b.items, op);
  if (a instanceof PyTuple && b instanceof PyTuple) return sequenceCompare(rt, a.items, b.items, op);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (op === '==' || op === '!=') return dictEquals(rt, a, b) === (op === '==');
    return NotImplemented;
  }
  if (a instanceof PySetBase && b instanceof PySetBase) return setCompare(rt, a, b, op);
  if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray)) {
    return opResult(bytesCompare(a.b, b.b), op);
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    if (op === '==' || op === '!=') return rangeEquals(a, b) === (op === '==');
    return NotImplemented;
  }
  // Other builtin types (dict views, slices, ...) compare through their native dunders.
  return NotImplemented;
}

function eqFallback(a: Value, b: Value, op: CmpOp): Value {
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  return NotImplemented;
}

function sequenceCompare(rt: Runtime, x: Value[], y: Value[], op: CmpOp): boolean {
  if ((op === '==' || op === '!=') && x.length !== y.length) return op === '!=';
  const n = Math.min(x.length, y.length);
  rt.enter();
  try {
    for (let i = 0; i < n; i++) {
      if (--rt.ticks < 0) rt.checkpoint();
      if (!eq(rt, x[i], y[i])) {
        if (op === '==') return false;
        if (op === '!=') return true;
        const r = compare(rt, x[i], y[i], op);
        return typeof r === 'boolean' ? r : truthy(rt, r);
      }
    }
  } finally {
    rt.leave();
  }
  return opResult(x.length - y.length, op);
}

function dictEquals(rt: Runtime, a: PyDict, b: PyDict): boolean {
  if (a.map.size !== b.map.size) return false;
  rt.enter();
  try {
    for (const [nk, v] of a.map) {
      if (--rt.ticks < 0) rt.checkpoint();
      const w = b.get(rt, a.keyOf(nk));
      if (w === undefined || typeof w === 'symbol' || !eq(rt, v, w)) return false;
    }
  } finally {
    rt.leave();
  }
  return true;
}

function setCompare(rt: Runtime, a: PySetBase, b: PySetBase, op: CmpOp): boolean {
  rt.enter();
  try {
    return setCompareInner(rt, a, b, op);
  } finally {
    rt.leave();
  }
}

function setCompareInner(rt: Runtime, a: PySetBase, b: PySetBase, op: CmpOp): boolean {
  const subset = (x: PySetBase, y: PySetBase) => {
    if (x.map.size > y.map.size) return false;
    for (const k of x.keys()) {
      if (--rt.ticks < 0) rt.checkpoint();
      if (!y.has(rt, k)) return false;
    }
    return true;
  };
  switch (op) {
    case '==': return a.map.size === b.map.size && subset(a, b);
    case '!=': return !(a.map.size === b.map.size && subset(a, b));
    case '<=': return subset(a, b);
    case '<': return a.map.size < b.map.size && subset(a, b);
    case '>=': return subset(b, a);
    case '>': return b.map.size < a.map.size && subset(b, a);
  }
}

function bytesCompare(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  const n = rangeLengthInt(a);
  if (intCompare(n, rangeLengthInt(b)) !== 0) return false;
  if (n === 0) return true;
  if (intCompare(a.start, b.start) !== 0) return false;
  return n === 1 || intCompare(a.step, b.step) === 0;
}

/** The rich-comparison protocol for user types. */
function userCompare(rt: Runtime, a: Value, b: Value, op: CmpOp): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const name = DUNDER[op];
  const rname = DUNDER[REFLECTED[op]];
  let triedReflected = false;
  if (ta !== tb && tb.isSubclassOf(ta)) {
    const rf = tb.lookup(rname);
    if (rf !== undefined && rf !== None && rf !== ta.lookup(rname)) {
      triedReflected = true;
      const r = callCompare(rt, b, rf, a);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookup(name);
  if (f !== undefined && f !== None) {
    const r = callCompare(rt, a, f, b);
    if (r !== NotImplemented) return r;
  }
  if (!triedReflected) {
    const rf = tb.lookup(rname);
    if (rf !== undefined && rf !== None) {
      const r = callCompare(rt, b, rf, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (a instanceof PyBoxed || b instanceof PyBoxed) {
    const r = builtinCompare(rt, a instanceof PyBoxed ? a.value : a, b instanceof PyBoxed ? b.value : b, op);
    if (r !== NotImplemented) return r;
  }
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throw typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

function callCompare(rt: Runtime, self: Value, fn: Value, other: Value): Value {
  rt.enter();
  try {
    return callSpecial(rt, self, fn, [other]);
  } finally {
    rt.leave();
  }
}

// ------------------------------------------------------------------------- in

/** `item in container`. */
export function contains(rt: Runtime, container: Value, item: Value): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      if (item instanceof PyBoxed && typeof item.value === 'string') return container.includes(item.value);
      throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    }
    return container.includes(item);
  }
  if (typeof container === 'object') {
    const cls = (container as PyObject).cls;
    if (cls.builtin) {
      if (container instanceof PyDict || container instanceof PySetBase) return container.has(rt, item);
      if (container instanceof PyList || container instanceof PyTuple) {
        const items = container.items;
        for (let i = 0; i < items.length; i++) {
          if (--rt.ticks < 0) rt.checkpoint();
          const x = items[i];
          if (x === item || eq(rt, x, item)) return true;
        }
        return false;
      }
      if (container instanceof PyRange && (isInt(item) || typeof item === 'boolean')) {
        return rangeContains(container, typeof item === 'boolean' ? (item ? 1 : 0) : item);
      }
      if (container instanceof PyBytes || container instanceof PyByteArray) return bytesContains(container.b, item);
    }
    const fn = cls.lookup('__contains__');
    if (fn !== undefined && fn !== None) return truthy(rt, callSpecial(rt, container, fn, [item]));
  }
  if (getIterOrNull(rt, container) === null) throw typeError(`argument of type '${typeName(container)}' is not iterable`);
  let found = false;
  iterate(rt, container, (x) => {
    if (x === item || eq(rt, x, item)) {
      found = true;
      return true;
    }
  });
  return found;
}

function bytesContains(hay: Uint8Array, item: Value): boolean {
  if (typeof item === 'number' || typeof item === 'boolean') {
    const n = typeof item === 'boolean' ? +item : item;
    if (n < 0 || n > 255) throw valueError('byte must be in range(0, 256)');
    return hay.includes(n);
  }
  if (item instanceof PyBytes || item instanceof PyByteArray) return bytesFind(hay, item.b, 0, hay.length) >= 0;
  throw typeError(`a bytes-like object is required, not '${typeName(item)}'`);
}

export { rangeItem };
