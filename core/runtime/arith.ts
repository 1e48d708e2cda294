/**
 * Binary and unary operators: the numeric tower (bool < int < float), sequence
 * concatenation and repetition, set and dict operators, `%` formatting, and the
 * `__op__`/`__rop__`/`__iop__` protocol for user classes (with subclass
 * priority and NotImplemented), raising CPython's TypeErrors otherwise.
 */
import { PyBoxed, PyObject, type Value } from './object.js';
import { None, NotImplemented } from './types.js';
import { overflowError, typeError, valueError, zeroDivisionError } from './exceptions.js';
import { PyBytes, PyByteArray, PyFloat, PyList, PyTuple, tuple } from './values.js';
import { PyDict, PyFrozenSet, PySet, PySetBase } from './dict.js';
import {
  big, bitLength, intAdd, intAnd, intDivisionByZero, intFloorDiv, intInvert, intLshift, intMod, intMul, intNeg, intOr, intPow,
  intRshift, intSub, intToFloat, intXor, normBig, type Int,
} from './int.js';
import { callSpecial, typeName, typeOf } from './ops.js';
import { toArray, iterate } from './iter.js';
import { indexValue } from './subscript.js';
import { strPercent } from './methods/str.js';
import { dictUpdateArg } from './methods/dict.js';
import { PyNativeObject } from './attrs.js';
import { accuratePow, bigToDouble } from './libm.js';
import type { Runtime } from './runtime.js';

export type BinOp = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';

interface OpNames { name: string; rname: string; iname: string }
const NAMES: Record<BinOp, OpNames> = {
  '+': { name: '__add__', rname: '__radd__', iname: '__iadd__' },
  '-': { name: '__sub__', rname: '__rsub__', iname: '__isub__' },
  '*': { name: '__mul__', rname: '__rmul__', iname: '__imul__' },
  '/': { name: '__truediv__', rname: '__rtruediv__', iname: '__itruediv__' },
  '//': { name: '__floordiv__', rname: '__rfloordiv__', iname: '__ifloordiv__' },
  '%': { name: '__mod__', rname: '__rmod__', iname: '__imod__' },
  '**': { name: '__pow__', rname: '__rpow__', iname: '__ipow__' },
  '@': { name: '__matmul__', rname: '__rmatmul__', iname: '__imatmul__' },
  '<<': { name: '__lshift__', rname: '__rlshift__', iname: '__ilshift__' },
  '>>': { name: '__rshift__', rname: '__rrshift__', iname: '__irshift__' },
  '&': { name: '__and__', rname: '__rand__', iname: '__iand__' },
  '|': { name: '__or__', rname: '__ror__', iname: '__ior__' },
  '^': { name: '__xor__', rname: '__rxor__', iname: '__ixor__' },
};

export function opNames(op: BinOp): OpNames {
  return NAMES[op];
}

// ---------------------------------------------------------------- numbers

/** int value of an int or bool, else undefined. */
function intOf(v: Value): Int | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** float value of int/bool/float, else undefined (OverflowError for huge ints). */
export function floatOf(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const f = intToFloat(v);
    if (f === null) throw overflowError('int too large to convert to float');
    return f;
  }
  return undefined;
}

const pf = (x: number) => new PyFloat(x);

/** float // float and float % float exactly as CPython's float_divmod. */
export function floatDivmod(a: number, b: number, what: 'divmod' | 'floordiv' | 'mod'): [number, number] {
  if (b === 0) {
    throw zeroDivisionError(what === 'mod' ? 'float modulo' : what === 'floordiv' ? 'float floor division by zero' : 'float divmod()');
  }
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 ? -0 : 0;
  }
  return [floordiv, mod];
}

/** int / int, correctly rounded like CPython. */
export function intTrueDiv(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw intDivisionByZero('/');
    return a / b;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw intDivisionByZero('/');
  const neg = (x < 0n) !== (y < 0n);
  const ax = x < 0n ? -x : x;
  const ay = y < 0n ? -y : y;
  // Scale so the quotient carries 66+ significant bits, keep a sticky bit for an
  // inexact remainder, and round once: the correctly rounded quotient.
  const shift = Math.max(0, 66 - (bitLength(normBig(ax)) - bitLength(normBig(ay))));
  const num = ax << BigInt(shift);
  let q = num / ay;
  if (q * ay !== num) q |= 1n;
  const r = bigToDouble(q, -shift);
  if (!Number.isFinite(r)) throw overflowError('integer division result too large for a float');
  return neg ? -r : r;
}

function floatPow(x: number, y: number): number {
  if (x === 0 && y < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) {
    throw valueError('complex numbers are not supported by Sandling (negative number raised to a fractional power)');
  }
  if (x === 1 || y === 0) return 1;
  // JS `**` is off by one ulp for some inputs; x*x and sqrt are exact, the rest goes through libm.
  const r = y === 2 ? x * x : y === 0.5 && x > 0 && x < Infinity ? Math.sqrt(x) : accuratePow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw overflowError('(34, \'Numerical result out of range\')');
  return r;
}

function numericBinary(rt: Runtime, op: BinOp, a: Value, b: Value): Value {
  const ia = intOf(a);
  const ib = intOf(b);
  if (ia !== undefined && ib !== undefined) {
    switch (op) {
      case '+': return intAdd(ia, ib);
      case '-': return intSub(ia, ib);
      case '*': return intMul(ia, ib);
      case '/': return pf(intTrueDiv(ia, ib));
      case '//': return intFloorDiv(ia, ib);
      case '%': return intMod(ia, ib);
      case '**': {
        if (typeof ib === 'number' ? ib < 0 : ib < 0n) {
          const fa = floatOf(ia)!;
          const fb = floatOf(ib)!;
          return pf(floatPow(fa, fb));
        }
        rt.checkIntPow(ia, ib);
        return intPow(ia, ib);
      }
      case '<<':
        rt.checkIntShift(ia, ib);
        return intLshift(ia, ib);
      case '>>': return intRshift(ia, ib);
      case '&': return typeof a === 'boolean' && typeof b === 'boolean' ? a && b : intAnd(ia, ib);
      case '|': return typeof a === 'boolean' && typeof b === 'boolean' ? a || b : intOr(ia, ib);
      case '^': return typeof a === 'boolean' && typeof b === 'boolean' ? a !== b : intXor(ia, ib);
      default: return NotImplemented;
    }
  }
  if (!(a instanceof PyFloat || ia !== undefined) || !(b instanceof PyFloat || ib !== undefined)) return NotImplemented;
  const x = floatOf(a)!;
  const y = floatOf(b)!;
  switch (op) {
    case '+': return pf(x + y);
    case '-': return pf(x - y);
    case '*': return pf(x * y);
    case '/':
      if (y === 0) throw zeroDivisionError('float division by zero');
      return pf(x / y);
    case '//': return pf(floatDivmod(x, y, 'floordiv')[0]);
    case '%': return pf(floatDivmod(x, y, 'mod')[1]);
    case '**': return pf(floatPow(x, y));
    default: return NotImplemented;
  }
}

// ---------------------------------------------------------------- sequences

function repeatCount(rt: Runtime, n: Value): number | undefined {
  const i = intOf(n) ?? (typeof n === 'object' && !(n instanceof PyFloat) ? indexValue(rt, n) : undefined);
  if (i === undefined) return undefined;
  if (typeof i === 'bigint') {
    // Like CPython: outside the index range is an OverflowError; a huge count of
    // an empty sequence is empty, anything else stops at the value size check.
    if (i > 0x7fffffffffffffffn || i < -0x8000000000000000n) throw overflowError("cannot fit 'int' into an index-sized integer");
    return i < 0n ? 0 : Number(i);
  }
  return i < 0 ? 0 : (i as number);
}

function repeatArray(rt: Runtime, items: Value[], n: number): Value[] {
  const total = items.length * n;
  rt.checkValueSize(total * 8, 'repeated sequence');
  rt.charge(total);
  // An empty result (empty sequence or zero count) must not loop over a huge count.
  if (total === 0) return [];
  if (items.length === 1) return new Array(n).fill(items[0]);
  const out: Value[] = new Array(total);
  for (let r = 0, k = 0; r < n; r++) for (let i = 0; i < items.length; i++) out[k++] = items[i];
  return out;
}

function repeatBytes(rt: Runtime, b: Uint8Array, n: number): Uint8Array {
  rt.checkValueSize(b.length * n, 'repeated bytes');
  if (b.length === 0 || n === 0) return new Uint8Array(0);
  const out = new Uint8Array(b.length * n);
  for (let r = 0; r < n; r++) out.set(b, r * b.length);
  return out;
}

/**
 * `a` followed by `b`, in a new array. Array.prototype.concat has a large fixed
 * cost (5x a copy loop for a few items) but copies long arrays faster.
 */
function joinItems(a: Value[], b: Value[]): Value[] {
  if (a.length + b.length > 64) return a.concat(b);
  const out = a.slice();
  for (let i = 0; i < b.length; i++) out.push(b[i]);
  return out;
}

/** `a + b` of two lists (the receivers' own `__add__` already ruled out by the caller). */
export function concatLists(rt: Runtime, a: PyList, b: PyList): PyList {
  const n = a.items.length + b.items.length;
  rt.checkValueSize(n * 8, 'list');
  rt.allocate(n * 8);
  rt.charge(n);
  return new PyList(joinItems(a.items, b.items));
}

function sequenceBinary(rt: Runtime, op: BinOp, a: Value, b: Value): Value {
  if (op === '+') {
    if (typeof a === 'string') {
      if (typeof b === 'string') {
        rt.checkValueSize((a.length + b.length) * 2, 'string');
        return a + b;
      }
      return NotImplemented;
    }
    if (a instanceof PyList && b instanceof PyList) return concatLists(rt, a, b);
    if (a instanceof PyTuple && b instanceof PyTuple) {
      if (b.items.length === 0 && a.cls.builtin) return a;
      if (a.items.length === 0 && b.cls.builtin) return b;
      const n = a.items.length + b.items.length;
      rt.checkValueSize(n * 8, 'tuple');
      rt.allocate(n * 8);
      rt.charge(n);
      return tuple(joinItems(a.items, b.items));
    }
    if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray)) {
      rt.checkValueSize(a.b.length + b.b.length, 'bytes');
      rt.allocate(a.b.length + b.b.length);
      const out = new Uint8Array(a.b.length + b.b.length);
      out.set(a.b);
      out.set(b.b, a.b.length);
      return a instanceof PyBytes ? new PyBytes(out) : new PyByteArray(out);
    }
    return NotImplemented;
  }
  if (op === '*') {
    let seq = a;
    let count = repeatCount(rt, b);
    if (count === undefined) {
      count = repeatCount(rt, a);
      seq = b;
      if (count === undefined) return NotImplemented;
    }
    if (typeof seq === 'string') {
      rt.checkValueSize(seq.length * count * 2, 'string');
      return seq.repeat(count);
    }
    if (seq instanceof PyList) return new PyList(repeatArray(rt, seq.items, count));
    if (seq instanceof PyTuple) return count === 1 && seq.cls.builtin ? seq : tuple(repeatArray(rt, seq.items, count));
    if (seq instanceof PyBytes) return new PyBytes(repeatBytes(rt, seq.b, count));
    if (seq instanceof PyByteArray) return new PyByteArray(repeatBytes(rt, seq.b, count));
    return NotImplemented;
  }
  if (op === '%') {
    if (typeof a === 'string') return strPercent(rt, a, b);
    return NotImplemented;
  }
  return NotImplemented;
}

function setBinary(rt: Runtime, op: BinOp, a: PySetBase, b: PySetBase): Value {
  const out = a instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
  switch (op) {
    case '|':
      for (const k of a.keys()) out.add(rt, k);
      for (const k of b.keys()) out.add(rt, k);
      break;
    case '&': {
      const [small, large] = a.map.size <= b.map.size ? [a, b] : [b, a];
      for (const k of small.keys()) if (large.has(rt, k)) out.add(rt, k);
      break;
    }
    case '-':
      for (const k of a.keys()) if (!b.has(rt, k)) out.add(rt, k);
      break;
    case '^':
      for (const k of a.keys()) if (!b.has(rt, k)) out.add(rt, k);
      for (const k of b.keys()) if (!a.has(rt, k)) out.add(rt, k);
      break;
    default:
      return NotImplemented;
  }
  rt.charge(a.map.size + b.map.size);
  return out;
}

/** Builtin-type binary operation, or NotImplemented. */
export function builtinBinary(rt: Runtime, op: BinOp, a: Value, b: Value): Value {
  const r = numericBinary(rt, op, a, b);
  if (r !== NotImplemented) return r;
  if (typeof a === 'object' && typeof b === 'object') {
    if (a instanceof PySetBase && b instanceof PySetBase) return setBinary(rt, op, a, b);
    if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
      const out = new PyDict();
      out.updateFrom(rt, a);
      out.updateFrom(rt, b);
      return out;
    }
  }
  return sequenceBinary(rt, op, a, b);
}

// ---------------------------------------------------------------- dispatch

function isUserObject(v: Value): boolean {
  return typeof v === 'object' && !(v as PyObject).cls.builtin;
}

/** `a op b`. */
export function binaryOp(rt: Runtime, op: BinOp, a: Value, b: Value): Value {
  if (!isUserObject(a) && !isUserObject(b)) {
    const r = builtinBinary(rt, op, a, b);
    if (r !== NotImplemented) return r;
    // Builtin types outside the numeric/sequence core (dict views...) define native dunders.
    if (typeof a !== 'object' && typeof b !== 'object') throw unsupported(op, a, b);
  }
  return userBinary(rt, op, a, b);
}

function userBinary(rt: Runtime, op: BinOp, a: Value, b: Value): Value {
  const { name, rname } = NAMES[op];
  const ta = typeOf(a);
  const tb = typeOf(b);
  // CPython's sequence concat/repeat (sq_concat, sq_repeat) run after both number slots,
  // so `'x' + obj` tries obj.__radd__ first: skip a builtin sequence's own method here.
  let fa = (op === '+' || op === '*') && isSequence(a) && !isUserObject(a) ? undefined : ta.lookup(name);
  let fb = tb !== ta ? tb.lookup(rname) : undefined;
  if (fa === None) fa = undefined;
  if (fb === None) fb = undefined;
  if (fb !== undefined && tb.isSubclassOf(ta) && fb !== ta.lookup(rname)) {
    const r = callOp(rt, b, fb, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callOp(rt, a, fa, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callOp(rt, b, fb, a);
    if (r !== NotImplemented) return r;
  }
  // Builtin behaviour of boxed subclasses (class MyInt(int)) and of the builtin operand.
  // Sequence concat/repeat (incl. `'x' * obj_with___index__`) and boxed builtin values.
  const r = builtinBinary(rt, op, a instanceof PyBoxed ? a.value : a, b instanceof PyBoxed ? b.value : b);
  if (r !== NotImplemented) return r;
  throw unsupported(op, a, b);
}

function callOp(rt: Runtime, self: Value, fn: Value, other: Value): Value {
  rt.enter();
  try {
    return callSpecial(rt, self, fn, [other]);
  } finally {
    rt.leave();
  }
}

export function unsupported(op: BinOp, a: Value, b: Value) {
  if (op === '+' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple)) {
    const an = typeName(a);
    return typeError(`can only concatenate ${an} (not "${typeName(b)}") to ${an}`);
  }
  if (op === '*' && (isSequence(a) || isSequence(b))) {
    const other = isSequence(a) ? b : a;
    return typeError(`can't multiply sequence by non-int of type '${typeName(other)}'`);
  }
  if (op === '+' && (a instanceof PyBytes || a instanceof PyByteArray)) {
    return typeError(`can't concat ${typeName(b)} to ${typeName(a)}`);
  }
  if (op === '%' && typeof a === 'string') {
    return typeError('not all arguments converted during string formatting');
  }
  const shown = op === '**' ? '** or pow()' : op;
  return typeError(`unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'`);
}

function isSequence(v: Value): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes || v instanceof PyByteArray;
}

/** `a op= b`: in-place for lists, dicts, sets and user `__iop__`, else `a op b`. */
export function inplaceOp(rt: Runtime, op: BinOp, a: Value, b: Value): Value {
  if (typeof a === 'object') {
    if (isUserObject(a) || a instanceof PyNativeObject) {
      const f = typeOf(a).lookup(NAMES[op].iname);
      if (f !== undefined && f !== None) {
        const r = callOp(rt, a, f, b);
        if (r !== NotImplemented) return r;
      }
    }
    if (a instanceof PyList) {
      if (op === '+') {
        if (b instanceof PyList || b instanceof PyTuple) {
          rt.checkValueSize((a.items.length + b.items.length) * 8, 'list');
          rt.allocate(b.items.length * 8);
          rt.charge(b.items.length);
          const src = b.items;
          const n = src.length;
          for (let i = 0; i < n; i++) a.items.push(src[i]);
        } else {
          for (const x of toArray(rt, b)) a.items.push(x);
        }
        return a;
      }
      if (op === '*') {
        const n = repeatCount(rt, b);
        if (n === undefined) throw unsupported('*', a, b);
        a.items = repeatArray(rt, a.items, n);
        return a;
      }
    } else if (a instanceof PyDict && op === '|') {
      if (b instanceof PyDict) a.updateFrom(rt, b);
      else dictUpdateArg(rt, a, b);
      return a;
    } else if (a instanceof PySet && b instanceof PySetBase) {
      switch (op) {
        case '|':
          for (const k of [...b.keys()]) a.add(rt, k);
          return a;
        case '&':
          for (const k of [...a.keys()]) if (!b.has(rt, k)) a.discard(rt, k);
          return a;
        case '-':
          for (const k of [...b.keys()]) a.discard(rt, k);
          return a;
        case '^':
          for (const k of [...b.keys()]) {
            if (a.has(rt, k)) a.discard(rt, k);
            else a.add(rt, k);
          }
          return a;
      }
    } else if (a instanceof PyByteArray && op === '*') {
      const n = repeatCount(rt, b);
      if (n === undefined) throw unsupported('*', a, b);
      a.b = repeatBytes(rt, a.b, n);
      return a;
    } else if (a instanceof PyByteArray && op === '+' && (b instanceof PyBytes || b instanceof PyByteArray)) {
      rt.checkValueSize(a.b.length + b.b.length, 'bytearray');
      rt.allocate(b.b.length);
      const out = new Uint8Array(a.b.length + b.b.length);
      out.set(a.b);
      out.set(b.b, a.b.length);
      a.b = out;
      return a;
    }
  }
  return binaryOp(rt, op, a, b);
}

// ---------------------------------------------------------------- unary

export function unaryOp(rt: Runtime, op: '-' | '+' | '~', a: Value): Value {
  switch (typeof a) {
    case 'number':
    case 'bigint':
      return op === '-' ? intNeg(a) : op === '+' ? a : intInvert(a);
    case 'boolean': {
      const n = a ? 1 : 0;
      return op === '-' ? 0 - n : op === '+' ? n : intInvert(n);
    }
  }
  if (a instanceof PyFloat) {
    if (op === '-') return pf(-a.v);
    if (op === '+') return a;
  }
  if (isUserObject(a)) {
    const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
    const f = typeOf(a).lookup(name);
    if (f !== undefined && f !== None) return callSpecial(rt, a, f, []);
    if (a instanceof PyBoxed) return unaryOp(rt, op, a.value);
  }
  throw typeError(`bad operand type for unary ${op}: '${typeName(a)}'`);
}

export { iterate };
