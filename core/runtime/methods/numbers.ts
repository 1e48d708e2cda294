/**
 * Method tables of int, bool and float: constructors (CPython's parsing rules
 * and messages), methods, and the numeric dunders (generated from the same
 * arithmetic the operators use, so `int.__add__(1, 2)` and `1 + 2` agree).
 */
import { PyBoxed, PyClass, PyObject, type Value } from '../object.js';
import { BoolType, FloatType, IntType, None, NotImplemented } from '../types.js';
import { overflowError, typeError, valueError, zeroDivisionError } from '../exceptions.js';
import { PyBuiltin, PyClassMethod, PyStaticMethod, defineGetSets, defineMethods, expectArgs } from '../function.js';
import { PyBytes, PyByteArray, PyFloat, tuple } from '../values.js';
import { argSpec, parseArgs } from '../args.js';
import {
  big, bitLength, decimalDigits, intAbs, intCompare, intFloorDiv, intFromFloat, intMod, intMul, intNeg, intPowMod, intSign, intSub, intToFloat,
  normBig, parseIntLiteral, type Int,
} from '../int.js';
import { builtinBinary, floatDivmod, opNames, unaryOp, type BinOp } from '../arith.js';
import { compare, type CmpOp } from '../compare.js';
import { callSpecial, lookupSpecial, repr, truthy, typeName } from '../ops.js';
import { pyHash } from '../hashing.js';
import { floatAsIntegerRatio, floatFromHex, floatRepr, floatToHex, formatFloat, formatInt, parseFloatLiteral, roundFloat } from '../numfmt.js';
import { strRepr } from '../str.js';
import { bytesRepr } from '../bytes.js';
import { callValue } from '../call.js';
import { indexValue } from '../subscript.js';
import { toArray } from '../iter.js';
import { newTarget } from './list.js';
import { ssizeArg } from './str.js';
import type { Runtime } from '../runtime.js';

// ------------------------------------------------------------------ helpers

function isIntLike(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

function isNumber(v: Value): boolean {
  return isIntLike(v) || v instanceof PyFloat;
}

function asInt(v: Value): Int {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

function asFloat(v: Value): number {
  if (v instanceof PyFloat) return v.v;
  const f = intToFloat(asInt(v));
  if (f === null) throw overflowError('int too large to convert to float');
  return f;
}

/** Converts a value to int through __int__/__index__/__trunc__, or returns null. */
function intFromObject(rt: Runtime, v: Value): Int | null {
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const fn = lookupSpecial(v, name);
    if (fn === undefined || fn === None) continue;
    const r = callSpecial(rt, v, fn, []);
    if (isIntLike(r)) return asInt(r);
    if (r instanceof PyBoxed && isIntLike(r.value)) return asInt(r.value);
    throw typeError(`${name} returned non-int (type ${typeName(r)})`);
  }
  return null;
}

function floatToInt(x: number): Int {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  return intFromFloat(x);
}

// ------------------------------------------------------------------ int()

const intSpec = argSpec('int', ['x?', '/', 'base?']);

/** int(x=0, base=10) for the exact type. */
export function intConstruct(rt: Runtime, args: Value[], kwnames: string[] | null): Int {
  const [x, baseArg] = parseArgs(intSpec, args, kwnames);
  if (x === undefined) {
    if (baseArg !== undefined) throw typeError('int() missing string argument');
    return 0;
  }
  if (baseArg === undefined) {
    if (typeof x === 'number' || typeof x === 'bigint') return x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (x instanceof PyFloat) return floatToInt(x.v);
    if (typeof x === 'string' || x instanceof PyBytes || x instanceof PyByteArray) return parseIntText(x, 10);
    if (x instanceof PyBoxed) {
      if (isIntLike(x.value)) {
        const r = intFromObject(rt, x);
        return r ?? asInt(x.value);
      }
      if (x.value instanceof PyFloat) return floatToInt(x.value.v);
      if (typeof x.value === 'string') return parseIntText(x.value, 10);
    }
    const r = intFromObject(rt, x);
    if (r !== null) return r;
    throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
  }
  const base = indexValue(rt, baseArg);
  if (base === undefined) throw typeError(`'${typeName(baseArg)}' object cannot be interpreted as an integer`);
  if (typeof base === 'bigint' || (base !== 0 && (base < 2 || base > 36))) {
    throw valueError('int() base must be >= 2 and <= 36, or 0');
  }
  const text = x instanceof PyBoxed ? x.value : x;
  if (typeof text !== 'string' && !(text instanceof PyBytes) && !(text instanceof PyByteArray)) {
    throw typeError("int() can't convert non-string with explicit base");
  }
  return parseIntText(text, base);
}

function parseIntText(x: string | PyBytes | PyByteArray, base: number): Int {
  const text = typeof x === 'string' ? x : String.fromCharCode(...x.b.subarray(0, 10000));
  const r = parseIntLiteral(text, base);
  if (r === null) {
    const shown = typeof x === 'string' ? strRepr(x.length > 200 ? x.slice(0, 200) : x) : bytesRepr(x.b);
    throw valueError(`invalid literal for int() with base ${base}: ${shown}`);
  }
  return r;
}

IntType.construct = (rt, _cls, args, kwnames) => intConstruct(rt, args, kwnames);
IntType.dict.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (rt, args, kwnames) => {
  const cls = newTarget(args, kwnames, IntType);
  if (cls !== IntType && cls.builtin) throw typeError(`int.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  const v = intConstruct(rt, args.slice(1), kwnames);
  return cls === IntType ? v : new PyBoxed(cls, v);
})));

BoolType.construct = (rt, _cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('bool() takes no keyword arguments');
  if (args.length > 1) throw typeError(`bool expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? false : truthy(rt, args[0]);
};

// ------------------------------------------------------------------ float()

const floatSpec = argSpec('float', ['x?', '/']);

export function floatConstruct(rt: Runtime, args: Value[], kwnames: string[] | null): PyFloat {
  const [x] = parseArgs(floatSpec, args, kwnames);
  if (x === undefined) return new PyFloat(0);
  return new PyFloat(toFloatValue(rt, x));
}

/** float(x) as a JS number, with CPython's messages. */
export function toFloatValue(rt: Runtime, x: Value): number {
  if (x instanceof PyFloat) return x.v;
  if (isIntLike(x)) return asFloat(x);
  if (typeof x === 'string') return parseFloatText(x);
  if (x instanceof PyBytes || x instanceof PyByteArray) {
    const text = String.fromCharCode(...x.b.subarray(0, 10000));
    const r = parseFloatLiteral(text);
    if (r === null) throw valueError(`could not convert string to float: ${repr(rt, x)}`);
    return r;
  }
  const fn = lookupSpecial(x, '__float__');
  if (fn !== undefined && fn !== None) {
    const r = callSpecial(rt, x, fn, []);
    if (r instanceof PyFloat) return r.v;
    throw typeError(`${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
  }
  if (x instanceof PyBoxed) return toFloatValue(rt, x.value);
  const idx = lookupSpecial(x, '__index__');
  if (idx !== undefined && idx !== None) return asFloat(callSpecial(rt, x, idx, []));
  throw typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

function parseFloatText(s: string): number {
  const r = parseFloatLiteral(s);
  if (r === null) throw valueError(`could not convert string to float: ${strRepr(s)}`);
  return r;
}

FloatType.construct = (rt, _cls, args, kwnames) => floatConstruct(rt, args, kwnames);
FloatType.dict.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (rt, args, kwnames) => {
  const cls = newTarget(args, kwnames, FloatType);
  const v = floatConstruct(rt, args.slice(1), kwnames);
  return cls === FloatType ? v : new PyBoxed(cls, v);
})));

// ------------------------------------------------------------------ operator dunders

const BINARY_OPS: BinOp[] = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^'];
const FLOAT_OPS: BinOp[] = ['+', '-', '*', '/', '//', '%', '**'];
const CMP: [string, CmpOp][] = [['__eq__', '=='], ['__ne__', '!='], ['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']];

function defineNumericDunders(type: PyClass, ops: BinOp[], accepts: (v: Value) => boolean): void {
  const table: Record<string, PyBuiltin['fn']> = {};
  for (const op of ops) {
    const { name, rname } = opNames(op);
    table[name] = (rt, args) => {
      if (args[0] instanceof PyBoxed) args[0] = args[0].value;
      return accepts(args[1]) ? builtinBinary(rt, op, args[0], args[1]) : NotImplemented;
    };
    table[rname] = (rt, args) => (accepts(args[1]) ? builtinBinary(rt, op, args[1], args[0]) : NotImplemented);
  }
  for (const [name, op] of CMP) {
    table[name] = (rt, args) => (isNumber(args[1]) ? compare(rt, args[0], args[1], op) : NotImplemented);
  }
  table.__divmod__ = (rt, args) => (accepts(args[1]) ? divmodValues(rt, args[0], args[1]) : NotImplemented);
  table.__rdivmod__ = (rt, args) => (accepts(args[1]) ? divmodValues(rt, args[1], args[0]) : NotImplemented);
  table.__neg__ = (rt, args) => unaryOp(rt, '-', args[0]);
  table.__pos__ = (rt, args) => unaryOp(rt, '+', args[0]);
  table.__abs__ = (_rt, args) => absValue(args[0]);
  table.__bool__ = (rt, args) => truthy(rt, args[0]);
  table.__hash__ = (rt, args) => pyHash(rt, args[0]);
  table.__repr__ = (rt, args) => repr(rt, args[0]);
  table.__str__ = (rt, args) => repr(rt, args[0]);
  table.__float__ = (_rt, args) => new PyFloat(asFloat(args[0]));
  table.__round__ = (rt, args) => roundValue(rt, args[0], args[1]);
  defineMethods(type, table, { checkArity: true });
}

/** divmod(a, b) for numbers. */
export function divmodValues(rt: Runtime, a: Value, b: Value): Value {
  if (isIntLike(a) && isIntLike(b)) {
    const x = asInt(a);
    const y = asInt(b);
    if (intSign(y) === 0) throw zeroDivisionError('integer division or modulo by zero');
    return tuple([intFloorDiv(x, y), intMod(x, y)]);
  }
  if (isNumber(a) && isNumber(b)) {
    const [q, r] = floatDivmod(asFloat(a), asFloat(b), 'divmod');
    return tuple([new PyFloat(q), new PyFloat(r)]);
  }
  void rt;
  return NotImplemented;
}

export function absValue(v: Value): Value {
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.v));
  return intAbs(asInt(v));
}

/** round(x[, ndigits]) for int and float. */
export function roundValue(rt: Runtime, x: Value, nd: Value | undefined): Value {
  const noDigits = nd === undefined || nd === None;
  let n: Int = 0;
  if (!noDigits) {
    const i = indexValue(rt, nd);
    if (i === undefined) throw typeError(`'${typeName(nd)}' object cannot be interpreted as an integer`);
    n = i;
  }
  if (x instanceof PyFloat) {
    if (noDigits) {
      const v = x.v;
      let r = Math.round(v);
      // Banker's rounding: ties go to even.
      if (Math.abs(v % 1) === 0.5) r = 2 * Math.round(v / 2);
      return floatToInt(r);
    }
    return new PyFloat(roundFloat(x.v, typeof n === 'bigint' ? n : n));
  }
  const v = asInt(x);
  if (noDigits || intSign(n) >= 0) return v;
  // Round to a multiple of 10**-n, ties to even. Beyond the number's own digits the result is 0.
  if (intCompare(intNeg(n), decimalDigits(v) + 1) > 0) return 0;
  const pow = 10n ** big(intNeg(n));
  const bv = big(v);
  let q = bv / pow;
  let r = bv - q * pow;
  if (r < 0n) {
    q -= 1n;
    r += pow;
  }
  const twice = 2n * r;
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) q += 1n;
  return normBig(q * pow);
}

defineNumericDunders(IntType, BINARY_OPS, isIntLike);
defineNumericDunders(FloatType, FLOAT_OPS, isNumber);

// ------------------------------------------------------------------ int methods

const toBytesSpec = argSpec('to_bytes', ['length?', 'byteorder?', '*', 'signed?']);
const fromBytesSpec = argSpec('from_bytes', ['bytes', 'byteorder?', '*', 'signed?']);

defineMethods(IntType, {
  bit_length(_rt, args, kwnames) {
    expectArgs('int.bit_length', args, kwnames, 0);
    return bitLength(asInt(args[0]));
  },
  bit_count(_rt, args, kwnames) {
    expectArgs('int.bit_count', args, kwnames, 0);
    const v = big(intAbs(asInt(args[0])));
    let n = 0;
    for (const ch of v.toString(2)) if (ch === '1') n++;
    return n;
  },
  conjugate(_rt, args, kwnames) {
    expectArgs('int.conjugate', args, kwnames, 0);
    return asInt(args[0]);
  },
  as_integer_ratio(_rt, args, kwnames) {
    expectArgs('int.as_integer_ratio', args, kwnames, 0);
    return tuple([asInt(args[0]), 1]);
  },
  is_integer(_rt, args, kwnames) {
    expectArgs('int.is_integer', args, kwnames, 0);
    return true;
  },
  __index__(_rt, args) {
    return asInt(args[0]);
  },
  __int__(_rt, args) {
    return asInt(args[0]);
  },
  __trunc__(_rt, args) {
    return asInt(args[0]);
  },
  __floor__(_rt, args) {
    return asInt(args[0]);
  },
  __ceil__(_rt, args) {
    return asInt(args[0]);
  },
  __invert__(rt, args) {
    return unaryOp(rt, '~', args[0]);
  },
  __format__(_rt, args) {
    const spec = args[1];
    if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    if (typeof args[0] === 'boolean' && spec === '') return args[0] ? 'True' : 'False';
    return formatInt(asInt(args[0]), spec);
  },
  __pow__(rt, args) {
    if (args.length > 2 && args[2] !== None) {
      if (!isIntLike(args[1]) || !isIntLike(args[2])) return NotImplemented;
      return intPowMod(asInt(args[0]), asInt(args[1]), asInt(args[2]));
    }
    return isIntLike(args[1]) ? builtinBinary(rt, '**', args[0], args[1]) : NotImplemented;
  },
  to_bytes(rt, args, kwnames) {
    const [lengthArg, orderArg, signedArg] = parseArgs(toBytesSpec, args, kwnames, 1);
    const length = lengthArg === undefined ? 1 : ssizeArg(rt, lengthArg);
    if (length < 0) throw valueError('length argument must be non-negative');
    const order = orderArg ?? 'big';
    if (order !== 'big' && order !== 'little') throw valueError("byteorder must be either 'little' or 'big'");
    const signed = signedArg !== undefined && truthy(rt, signedArg);
    let v = big(asInt(args[0]));
    const n = length;
    rt.checkValueSize(n, 'bytes');
    if (v < 0n) {
      if (!signed) throw overflowError("can't convert negative int to unsigned");
      v += 1n << BigInt(8 * n);
    }
    const limit = 1n << BigInt(8 * n);
    if (v >= limit || (signed && asInt(args[0]) >= 0 && v >= limit >> 1n) || (signed && v < limit >> 1n && intSign(asInt(args[0])) < 0)) {
      throw overflowError('int too big to convert');
    }
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[order === 'big' ? n - 1 - i : i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return new PyBytes(out);
  },
}, { checkArity: true });

IntType.dict.set('from_bytes', new PyClassMethod(new PyBuiltin('from_bytes', (rt, args, kwnames) => {
  const [bytesArg, orderArg, signedArg] = parseArgs(fromBytesSpec, args, kwnames, 1);
  const order = orderArg ?? 'big';
  if (order !== 'big' && order !== 'little') throw valueError("byteorder must be either 'little' or 'big'");
  let bytes: Uint8Array;
  if (bytesArg instanceof PyBytes || bytesArg instanceof PyByteArray) bytes = bytesArg.b;
  else {
    // Any iterable of ints in range(256), like CPython's bytes(iterable).
    const items = lookupSpecial(bytesArg, '__iter__') === undefined && typeof bytesArg !== 'string' ? null : toArray(rt, bytesArg);
    if (items === null || typeof bytesArg === 'string') throw typeError(`cannot convert '${typeName(bytesArg)}' object to bytes`);
    bytes = new Uint8Array(items.length);
    items.forEach((x, i) => {
      const n = indexValue(rt, x);
      if (n === undefined) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
      if (typeof n !== 'number' || n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)');
      bytes[i] = n;
    });
  }
  let v = 0n;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[order === 'big' ? i : bytes.length - 1 - i];
    v = (v << 8n) | BigInt(b);
  }
  if (signedArg !== undefined && truthy(rt, signedArg) && bytes.length > 0 && v >= 1n << BigInt(8 * bytes.length - 1)) {
    v -= 1n << BigInt(8 * bytes.length);
  }
  const cls = args[0];
  const r = normBig(v);
  return cls instanceof PyClass && cls !== IntType ? callValue(rt, cls, [r], null) : r;
})));

defineGetSets(IntType, {
  real: (_rt, s) => asInt(s instanceof PyBoxed ? s.value : s),
  imag: () => 0,
  numerator: (_rt, s) => asInt(s instanceof PyBoxed ? s.value : s),
  denominator: () => 1,
});

defineMethods(BoolType, {
  __repr__(_rt, args) {
    return args[0] ? 'True' : 'False';
  },
  __str__(_rt, args) {
    return args[0] ? 'True' : 'False';
  },
  __and__(rt, args) {
    return isIntLike(args[1]) ? builtinBinary(rt, '&', args[0], args[1]) : NotImplemented;
  },
  __or__(rt, args) {
    return isIntLike(args[1]) ? builtinBinary(rt, '|', args[0], args[1]) : NotImplemented;
  },
  __xor__(rt, args) {
    return isIntLike(args[1]) ? builtinBinary(rt, '^', args[0], args[1]) : NotImplemented;
  },
}, { checkArity: true });

// ------------------------------------------------------------------ float methods

function fv(v: Value): number {
  return v instanceof PyBoxed ? (v.value as PyFloat).v : (v as PyFloat).v;
}

defineMethods(FloatType, {
  is_integer(_rt, args, kwnames) {
    expectArgs('int.is_integer', args, kwnames, 0);
    const x = fv(args[0]);
    return Number.isFinite(x) && Number.isInteger(x);
  },
  as_integer_ratio(_rt, args, kwnames) {
    expectArgs('float.as_integer_ratio', args, kwnames, 0);
    return tuple(floatAsIntegerRatio(fv(args[0])));
  },
  hex(_rt, args, kwnames) {
    expectArgs('float.hex', args, kwnames, 0);
    return floatToHex(fv(args[0]));
  },
  conjugate(_rt, args, kwnames) {
    expectArgs('float.conjugate', args, kwnames, 0);
    return new PyFloat(fv(args[0]));
  },
  __int__(_rt, args) {
    return floatToInt(Math.trunc(fv(args[0])));
  },
  __trunc__(_rt, args) {
    return floatToInt(Math.trunc(fv(args[0])));
  },
  __floor__(_rt, args) {
    return floatToInt(Math.floor(fv(args[0])));
  },
  __ceil__(_rt, args) {
    return floatToInt(Math.ceil(fv(args[0])));
  },
  __format__(_rt, args) {
    const spec = args[1];
    if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    return formatFloat(fv(args[0]), spec);
  },
  __repr__(_rt, args) {
    return floatRepr(fv(args[0]));
  },
  __str__(_rt, args) {
    return floatRepr(fv(args[0]));
  },
  __getnewargs__(_rt, args) {
    return tuple([new PyFloat(fv(args[0]))]);
  },
}, { checkArity: true });
FloatType.dict.set('fromhex', new PyClassMethod(new PyBuiltin('fromhex', (rt, args, kwnames) => {
  expectArgs('float.fromhex', args, kwnames, 1);
  const s = args[1];
  if (typeof s !== 'string') throw typeError(`fromhex() argument must be str, not ${typeName(s)}`);
  const v = new PyFloat(floatFromHex(s));
  const cls = args[0];
  return cls instanceof PyClass && cls !== FloatType ? callValue(rt, cls, [v], null) : v;
})));
defineGetSets(FloatType, {
  real: (_rt, s) => new PyFloat(fv(s)),
  imag: () => new PyFloat(0),
});

export function installNumberMethods(): void {}

export { intMul, intSub, PyObject };
