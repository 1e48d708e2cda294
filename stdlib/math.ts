/**
 * The `math` module: CPython's math functions for int and float, with its
 * argument handling, results and error messages ("math domain error",
 * "math range error", OverflowError for ints too large for a float).
 *
 * Float functions are computed so that they return the same doubles as
 * CPython on Linux (see the libm section); integer functions (factorial,
 * comb, perm, isqrt, gcd, lcm, prod) work on big ints exactly, refusing
 * oversized results before computing them and charging the budget as they go.
 */
import type { ModuleDef } from '../core/modules.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { PyBoxed, type Value } from '../core/runtime/object.js';
import { PyFloat, PyTuple } from '../core/runtime/values.js';
import { IntType, None } from '../core/runtime/types.js';
import { overflowError, typeError, valueError, zeroDivisionError } from '../core/runtime/exceptions.js';
import { PyBuiltin, type NativeFn } from '../core/runtime/function.js';
import { argSpec, parseArgs } from '../core/runtime/args.js';
import {
  big, bitLength, intAbs, intCompare, intFloorDiv, intFromFloat, intMul, intSign, intToFloat, normBig, type Int,
} from '../core/runtime/int.js';
import { callSpecial, lookupSpecial, typeName, typeOf } from '../core/runtime/ops.js';
import { iterate, toArray } from '../core/runtime/iter.js';
import { indexValue, requireIndex } from '../core/runtime/subscript.js';
import { binaryOp } from '../core/runtime/arith.js';
import {
  F64, U32, HI, frexp, ldexp, bigToDouble, accurateExp, accurateExp2, accurateLog, accuratePow, accurateSin, accurateCos, accurateTan, accurateAtan, accurateAtan2, accurateAsin, accurateAcos, fdlibmSinh, fdlibmCosh, fdlibmAsinh, fdlibmAcosh, fdlibmLog10, glibcCbrt, fdlibmErf, fdlibmErfc, gamma, lgamma,
  type LibmResult,
} from '../core/runtime/libm.js';

// ==================================================================== arguments

/** True for the values CPython's PyLong_Check accepts: int, bool and int subclasses. */
function isPyInt(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean'
    || (v instanceof PyBoxed && (typeof v.value === 'number' || typeof v.value === 'bigint'));
}

/** The int value of an int, bool or int-subclass instance (see isPyInt). */
function pyIntValue(v: Value): Int {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyBoxed) return v.value as Int;
  return v as Int;
}

function intAsDouble(i: Int): number {
  const f = intToFloat(i);
  if (f === null) throw overflowError('int too large to convert to float');
  return f;
}

/**
 * A float argument the way CPython's PyFloat_AsDouble reads it: floats (and
 * float subclasses) directly, then `__float__`, then `__index__`.
 */
function toDouble(rt: Runtime, v: Value): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intAsDouble(v);
  if (v instanceof PyBoxed && v.value instanceof PyFloat) return v.value.v;
  const floatFn = lookupSpecial(v, '__float__');
  if (floatFn !== undefined && floatFn !== None) {
    if (v instanceof PyBoxed && floatFn === IntType.lookup('__float__')) return intAsDouble(v.value as Int);
    const r = callSpecial(rt, v, floatFn, []);
    if (r instanceof PyFloat) return r.v;
    if (r instanceof PyBoxed && r.value instanceof PyFloat) return r.value.v;
    throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
  }
  const i = indexValue(rt, v);
  if (i !== undefined) return intAsDouble(i);
  throw typeError(`must be real number, not ${typeName(v)}`);
}

/** An integer argument through `__index__` (floats refused), CPython's message. */
function toIndex(rt: Runtime, v: Value): Int {
  return requireIndex(rt, v);
}

function positionalCount(args: Value[], kwnames: string[] | null): number {
  return args.length - (kwnames === null ? 0 : kwnames.length);
}

function refuseKeywords(qualname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
}

/**
 * A math builtin. `doc` starts with the signature line (`sqrt(x, /)`), which
 * becomes the text signature shown by help() and the library catalog.
 */
function mathBuiltin(name: string, doc: string, fn: NativeFn): PyBuiltin {
  const split = doc.indexOf('\n\n');
  const f = new PyBuiltin(name, fn, null, doc.slice(split + 2), 'math');
  f.textSignature = doc.slice(name.length, split);
  return f;
}

/** A function taking exactly one positional argument (CPython's METH_O). */
function unary(name: string, doc: string, impl: (rt: Runtime, x: Value) => Value): PyBuiltin {
  return mathBuiltin(name, doc, (rt, args, kwnames) => {
    refuseKeywords(`math.${name}`, kwnames);
    if (args.length !== 1) throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
    return impl(rt, args[0]);
  });
}

/** A function taking exactly two positional arguments (CPython's fastcall style messages). */
function binary(name: string, doc: string, impl: (rt: Runtime, x: Value, y: Value) => Value): PyBuiltin {
  return mathBuiltin(name, doc, (rt, args, kwnames) => {
    refuseKeywords(`math.${name}`, kwnames);
    if (args.length !== 2) throw typeError(`${name} expected 2 arguments, got ${args.length}`);
    return impl(rt, args[0], args[1]);
  });
}

/** A function taking any number of positional arguments. */
function variadic(name: string, doc: string, impl: (rt: Runtime, args: Value[]) => Value): PyBuiltin {
  return mathBuiltin(name, doc, (rt, args, kwnames) => {
    refuseKeywords(`math.${name}`, kwnames);
    return impl(rt, args);
  });
}

// ==================================================================== float functions

const domainError = () => valueError('math domain error');
const rangeError = () => overflowError('math range error');

/**
 * CPython's math_1: NaN from a non-NaN argument is a domain error; an
 * infinity from a finite argument is a range error when the function can
 * overflow, otherwise a domain error (a pole such as log(0)).
 */
function checkedResult(x: number, r: number, canOverflow: boolean): PyFloat {
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) throw canOverflow ? rangeError() : domainError();
  return new PyFloat(r);
}

function floatFunction(name: string, f: (x: number) => number, canOverflow: boolean, doc: string): PyBuiltin {
  return unary(name, doc, (rt, v) => {
    const x = toDouble(rt, v);
    return checkedResult(x, f(x), canOverflow);
  });
}

/** For gamma/lgamma, which report their own domain and range errors. */
function errnoFunction(name: string, f: (x: number) => LibmResult, doc: string): PyBuiltin {
  return unary(name, doc, (rt, v) => {
    const r = f(toDouble(rt, v));
    if (r === 'domain') throw domainError();
    if (r === 'range') throw rangeError();
    return new PyFloat(r);
  });
}

/** CPython's math_2 rules for two-argument float functions. */
function checkedResult2(x: number, y: number, r: number): PyFloat {
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) throw rangeError();
  return new PyFloat(r);
}

function floatFunction2(name: string, f: (x: number, y: number) => number, doc: string): PyBuiltin {
  return binary(name, doc, (rt, a, b) => {
    const x = toDouble(rt, a);
    const y = toDouble(rt, b);
    return checkedResult2(x, y, f(x, y));
  });
}

function signBit(x: number): boolean {
  F64[0] = x;
  return (U32[HI] & 0x80000000) !== 0;
}

/** C copysign: the magnitude of x with the sign bit of y (NaN signs included). */
function copysign(x: number, y: number): number {
  const negative = signBit(y);
  F64[0] = x;
  const hi = U32[HI] & 0x7fffffff;
  U32[HI] = negative ? hi | 0x80000000 : hi;
  return F64[0];
}

/** atan2 with C99's special values, as CPython's m_atan2. */
function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysign(signBit(x) ? 0.75 * Math.PI : 0.25 * Math.PI, y);
    return copysign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) return copysign(signBit(x) ? Math.PI : 0, y);
  return accurateAtan2(y, x);
}

/** IEEE remainder: x - n*y with n the integer nearest x/y (ties to even); always exact. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    const m = ax % ay;
    // Compare m with ay - m rather than ay / 2, which may not be representable.
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (ax - m)) % ay); // halfway: pick the even multiple
    return copysign(1, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

function fmod(x: number, y: number): number {
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  return x % y;
}

/** math.pow: C99 special values first, then the accurate power. */
function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y % 2) === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = accuratePow(x, y);
  if (Number.isNaN(r)) throw domainError();
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError();
  return r;
}

/** C nextafter: the next double after x in the direction of y. */
function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (x === y) return y;
  if (x === 0) return copysign(2 ** -1074, y);
  F64[0] = x;
  const up = (y > x) === (x > 0);
  // Stepping the 64-bit pattern by one moves to the neighbouring double (away from or toward 0).
  const lo = U32[1 - HI];
  if (up) {
    U32[1 - HI] = (lo + 1) >>> 0;
    if (lo === 0xffffffff) U32[HI] += 1;
  } else {
    U32[1 - HI] = (lo - 1) >>> 0;
    if (lo === 0) U32[HI] -= 1;
  }
  return F64[0];
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const next = nextafter(x, Infinity);
  if (!Number.isFinite(next)) return x - nextafter(x, -Infinity);
  return next - x;
}

/** Python's frexp result: (m, e) with special values and zero passed through. */
function frexpPy(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  return frexp(x);
}

function modf(x: number): [number, number] {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? [x, x] : [copysign(0, x), x];
  const whole = Math.trunc(x);
  return [copysign(x - whole, x), whole];
}

/** math.ldexp: the exponent must be an int; huge exponents saturate. */
function ldexpPy(rt: Runtime, xv: Value, iv: Value): PyFloat {
  const x = toDouble(rt, xv);
  if (!isPyInt(iv)) throw typeError('Expected an int as second argument to ldexp.');
  const i = pyIntValue(iv);
  const e = typeof i === 'bigint' ? (i > 0n ? 1e6 : -1e6) : i;
  const r = ldexp(x, e);
  if (!Number.isFinite(r) && Number.isFinite(x)) throw rangeError();
  return new PyFloat(r);
}

// ------------------------------------------------------------ logarithms

/** C frexp of a positive int too large for a double: [m, e], m correctly rounded. */
function intFrexp(i: bigint): [number, number] {
  const bits = bitLength(i);
  const m = bigToDouble(i, -bits); // i / 2**bits, in [0.5, 1]
  return m === 1 ? [0.5, bits + 1] : [m, bits];
}

/**
 * CPython's loghelper: ints (however large) are handled exactly enough by
 * splitting off a power of two; other values go through float conversion.
 */
function logOf(rt: Runtime, v: Value, f: (x: number) => number): number {
  if (isPyInt(v)) {
    const i = pyIntValue(v);
    if (intSign(i) <= 0) throw domainError();
    const d = intToFloat(i);
    if (d !== null) return f(d);
    const [m, e] = intFrexp(i as bigint);
    return f(m) + f(2.0) * e;
  }
  const x = toDouble(rt, v);
  return checkedResult(x, f(x), false).v;
}

function log2(x: number): number {
  return Math.log2(x);
}

const mathLog = mathBuiltin('log', 'log(x, [base=math.e])\n\nReturn the logarithm of x to the given base (natural logarithm by default).', (rt, args, kwnames) => {
  refuseKeywords('log', kwnames);
  if (args.length < 1 || args.length > 2) throw typeError('math.log requires 1 to 2 arguments');
  const num = logOf(rt, args[0], accurateLog);
  if (args.length === 1) return new PyFloat(num);
  const den = logOf(rt, args[1], accurateLog);
  if (den === 0) throw zeroDivisionError('float division by zero');
  return new PyFloat(num / den);
});

// ------------------------------------------------------------ rounding to int

function floatToIntChecked(x: number): Int {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  return intFromFloat(x);
}

/** math.floor / math.ceil: exact floats directly, else the type's `__floor__`/`__ceil__`, else via float. */
function roundingFunction(name: 'floor' | 'ceil', doc: string): PyBuiltin {
  const dunder = `__${name}__`;
  const round = name === 'floor' ? Math.floor : Math.ceil;
  return unary(name, doc, (rt, v) => {
    if (v instanceof PyFloat) return floatToIntChecked(round(v.v));
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    const fn = lookupSpecial(v, dunder);
    if (fn !== undefined && fn !== None) {
      // Builtin int/float methods on a subclass instance: use the plain value.
      if (v instanceof PyBoxed && fn === typeOf(v.value).lookup(dunder)) {
        return v.value instanceof PyFloat ? floatToIntChecked(round(v.value.v)) : v.value;
      }
      return callSpecial(rt, v, fn, []);
    }
    return floatToIntChecked(round(toDouble(rt, v)));
  });
}

const mathTrunc = unary('trunc', 'trunc(x, /)\n\nTruncate the real number x toward zero, giving an int (through __trunc__).', (rt, v) => {
  if (v instanceof PyFloat) return floatToIntChecked(Math.trunc(v.v));
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const fn = lookupSpecial(v, '__trunc__');
  if (fn === undefined || fn === None) throw typeError(`type ${typeName(v)} doesn't define __trunc__ method`);
  if (v instanceof PyBoxed && fn === typeOf(v.value).lookup('__trunc__')) {
    return v.value instanceof PyFloat ? floatToIntChecked(Math.trunc(v.value.v)) : v.value;
  }
  return callSpecial(rt, v, fn, []);
});

// ------------------------------------------------------------ sums and norms

/**
 * Shewchuk's exact summation: keeps non-overlapping partial sums, then
 * rounds their total once, with the half-even fix-up across partials.
 */
function fsum(rt: Runtime, iterable: Value): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  iterate(rt, iterable, (item) => {
    let x = toDouble(rt, item);
    const original = x;
    let i = 0;
    rt.charge(partials.length);
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // A non-finite partial comes from overflow, or from an inf/nan summand.
        if (Number.isFinite(original)) throw overflowError('intermediate overflow in fsum');
        if (!Number.isNaN(original)) infSum += original;
        specialSum += original;
        partials.length = 0;
      } else partials.push(x);
    }
  });
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  return roundPartials(partials);
}

/** The correctly rounded sum of fsum's partials (increasing magnitude, non-overlapping). */
function roundPartials(p: number[]): number {
  let n = p.length;
  if (n === 0) return 0;
  let hi = p[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = p[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Half-even rounding may need the sign of the next partial down.
  if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

const T27 = 134217729.0; // 2**27 + 1

/**
 * sqrt(sum(x*x)) for |x| <= max, as CPython's vector_norm: scale by a power
 * of two, square exactly (Veltkamp-Dekker), accumulate with compensation,
 * then correct the square root once. Almost always correctly rounded.
 */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const [, maxE] = frexp(max);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  if (maxE < -1023) {
    // 2**-maxE would overflow: divide by max instead.
    for (const v of vec) {
      const x = (v / max) * (v / max);
      const old = csum;
      csum += x;
      frac1 += (old - csum) + x;
    }
    return max * Math.sqrt(csum - 1.0 + frac1);
  }
  const scale = ldexp(1.0, -maxE);
  const addTerm = (x: number, which: 1 | 2 | 3) => {
    const old = csum;
    csum += x;
    const err = (old - csum) + x;
    if (which === 1) frac1 += err;
    else if (which === 2) frac2 += err;
    else frac3 += err;
  };
  for (const v of vec) {
    const x = v * scale;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    addTerm(hi * hi, 1);
    addTerm(2.0 * hi * lo, 2);
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  const t = h * T27;
  const hi = t - (t - h);
  const lo = h - hi;
  addTerm(-hi * hi, 1);
  addTerm(-2.0 * hi * lo, 2);
  addTerm(-lo * lo, 3);
  const x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

function normOf(values: number[]): number {
  let max = 0;
  let foundNan = false;
  for (const x of values) {
    if (Number.isNaN(x)) foundNan = true;
    else if (x > max) max = x;
  }
  return vectorNorm(values, max, foundNan);
}

const mathHypot = variadic('hypot', 'hypot(*coordinates)\n\nEuclidean distance from the origin to the point with these coordinates.', (rt, args) => {
  rt.charge(args.length);
  return new PyFloat(normOf(args.map((a) => Math.abs(toDouble(rt, a)))));
});

const mathDist = binary('dist', 'dist(p, q, /)\n\nEuclidean distance between points p and q, given as iterables of coordinates of the same dimension.', (rt, p, q) => {
  const ps = p instanceof PyTuple ? p.items : toArray(rt, p);
  const qs = q instanceof PyTuple ? q.items : toArray(rt, q);
  if (ps.length !== qs.length) throw valueError('both points must have the same number of dimensions');
  rt.charge(ps.length);
  const diffs: number[] = [];
  for (let i = 0; i < ps.length; i++) diffs.push(Math.abs(toDouble(rt, ps[i]) - toDouble(rt, qs[i])));
  return new PyFloat(normOf(diffs));
});

const isCloseSpec = argSpec('isclose', ['a', 'b', '*', 'rel_tol?', 'abs_tol?']);

const mathIsclose = mathBuiltin('isclose', 'isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)\n\nTrue if a and b are within rel_tol (relative) or abs_tol (absolute) of each other.', (rt, args, kwnames) => {
  const npos = positionalCount(args, kwnames);
  if (npos > 2) throw typeError(`isclose() takes exactly 2 positional arguments (${npos} given)`);
  // Argument Clinic reports a missing required argument before an unknown keyword.
  ['a', 'b'].forEach((name, i) => {
    if (i >= npos && (kwnames === null || !kwnames.includes(name))) {
      throw typeError(`isclose() missing required argument '${name}' (pos ${i + 1})`);
    }
  });
  const [av, bv, relv, absv] = parseArgs(isCloseSpec, args, kwnames);
  const a = toDouble(rt, av);
  const b = toDouble(rt, bv);
  const relTol = relv === undefined ? 1e-9 : toDouble(rt, relv);
  const absTol = absv === undefined ? 0.0 : toDouble(rt, absv);
  if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) && !Number.isNaN(a)) return false;
  if (!Number.isFinite(b) && !Number.isNaN(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
});

// ==================================================================== integer functions

/** Refuses, before computing, an integer result of about `bits` bits. */
function checkIntSize(rt: Runtime, bits: number, what: string): void {
  if (bits > 2 ** 29) rt.halt('size', `${what} is too large`);
  if (bits > 64) rt.checkValueSize(bits / 8, what);
}

function bigAbs(i: Int): bigint {
  const b = big(i);
  return b < 0n ? -b : b;
}

function gcdInts(rt: Runtime, a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) [x, y] = [y, x % y];
    return x;
  }
  let x = bigAbs(a);
  let y = bigAbs(b);
  while (y !== 0n) {
    rt.charge(1 + (x.toString(16).length >> 4));
    [x, y] = [y, x % y];
  }
  return normBig(x);
}

const mathGcd = variadic('gcd', 'gcd(*integers)\n\nGreatest common divisor of the integers (0 when called without arguments).', (rt, args) => {
  let g: Int = 0;
  for (const a of args) {
    const i = toIndex(rt, a);
    g = g === 1 ? 1 : gcdInts(rt, g, i);
  }
  return g;
});

const mathLcm = variadic('lcm', 'lcm(*integers)\n\nLeast common multiple of the integers (1 when called without arguments).', (rt, args) => {
  let l: Int = 1;
  for (let k = 0; k < args.length; k++) {
    const i = toIndex(rt, args[k]);
    if (k === 0) {
      l = intAbs(i);
      continue;
    }
    if (l === 0) continue;
    if (i === 0) {
      l = 0;
      continue;
    }
    checkIntSize(rt, bitLength(l) + bitLength(i), 'lcm result');
    l = intAbs(intMul(intFloorDiv(l, gcdInts(rt, l, i)), i));
  }
  return l;
});

/** Integer square root by Newton's iteration from a float estimate. */
function isqrt(rt: Runtime, n: Int): Int {
  if (intSign(n) < 0) throw valueError('isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  const bits = bitLength(n);
  // Start above the root: Newton's iteration then decreases monotonically to it.
  let x = 1n << BigInt((bits >> 1) + 1);
  for (;;) {
    rt.charge(1 + (bits >> 6));
    const y = (x + n / x) >> 1n;
    if (y >= x) return normBig(x);
    x = y;
  }
}

/** The product of the integers in [lo, hi) by binary splitting (balanced multiplications). */
function rangeProduct(rt: Runtime, lo: bigint, hi: bigint): bigint {
  const count = hi - lo;
  if (count <= 0n) return 1n;
  if (count <= 16n) {
    let p = lo;
    for (let i = lo + 1n; i < hi; i++) p *= i;
    rt.charge(Number(count));
    return p;
  }
  const mid = lo + count / 2n;
  const left = rangeProduct(rt, lo, mid);
  const right = rangeProduct(rt, mid, hi);
  rt.charge(1 + ((left.toString(16).length + right.toString(16).length) >> 4));
  return left * right;
}

/** log2(n!) estimate (Stirling), to refuse huge results before computing them. */
function factorialBits(n: number): number {
  if (n < 2) return 1;
  return n * Math.log2(n) - n * Math.LOG2E + 0.5 * Math.log2(2 * Math.PI * n) + 1;
}

const LLONG_MAX = 9223372036854775807n;

function factorial(rt: Runtime, v: Value): Int {
  const n = toIndex(rt, v);
  if (intSign(n) < 0) throw valueError('factorial() not defined for negative values');
  if (typeof n === 'bigint' && n > LLONG_MAX) throw overflowError('factorial() argument should not exceed 9223372036854775807');
  const k = Number(n);
  checkIntSize(rt, factorialBits(k), 'factorial result');
  return normBig(rangeProduct(rt, 1n, BigInt(k) + 1n));
}

const mathFactorial = unary('factorial', 'factorial(n, /)\n\nn! for a non-negative int n (ValueError for negative n).', factorial);

/** Number of bits of n(n-1)...(n-k+1), an upper bound. */
function fallingBits(n: Int, k: number): number {
  return k * bitLength(n) + 1;
}

function combOrPerm(rt: Runtime, nv: Value, kv: Value, isComb: boolean): Int {
  const n = toIndex(rt, nv);
  const k = toIndex(rt, kv);
  if (intSign(n) < 0) throw valueError('n must be a non-negative integer');
  if (intSign(k) < 0) throw valueError('k must be a non-negative integer');
  if (intCompare(k, n) > 0) return 0;
  let kk = big(k);
  if (isComb) {
    const other = big(n) - kk;
    if (other < kk) kk = other;
    if (kk > LLONG_MAX) throw overflowError('min(n - k, k) must not exceed 9223372036854775807');
  } else if (kk > LLONG_MAX) throw overflowError('k must not exceed 9223372036854775807');
  const kNum = Number(kk);
  checkIntSize(rt, fallingBits(n, kNum), isComb ? 'comb result' : 'perm result');
  const nb = big(n);
  const falling = rangeProduct(rt, nb - kk + 1n, nb + 1n);
  if (!isComb) return normBig(falling);
  return normBig(falling / rangeProduct(rt, 1n, kk + 1n));
}

const mathComb = binary('comb', 'comb(n, k, /)\n\nNumber of ways to choose k items from n without order: n! / (k! (n - k)!), 0 when k > n.',
  (rt, n, k) => combOrPerm(rt, n, k, true));

const mathPerm = mathBuiltin('perm', 'perm(n, k=None, /)\n\nNumber of ways to choose k items from n in order: n! / (n - k)!, 0 when k > n; n! when k is omitted.', (rt, args, kwnames) => {
  refuseKeywords('math.perm', kwnames);
  if (args.length < 1) throw typeError(`perm expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw typeError(`perm expected at most 2 arguments, got ${args.length}`);
  if (args.length === 1 || args[1] === None) return factorial(rt, args[0]);
  return combOrPerm(rt, args[0], args[1], false);
});

const prodSpec = argSpec('prod', ['iterable', '/', '*', 'start?']);

/** Bits of an int, cheaply for small ones (big ones are measured once, when they enter). */
function intBits(i: Int): number {
  if (typeof i === 'number') return i === 0 ? 0 : Math.floor(Math.log2(Math.abs(i))) + 1;
  return bitLength(i);
}

/**
 * The running product of math.prod. For ints it keeps an upper bound of the
 * product's bit length (the sum of the factors' lengths), so oversized
 * products are refused before they are computed, and the growing cost of
 * big-int multiplication is charged, without measuring the product each time.
 */
class Product {
  private bits: number;
  constructor(public value: Value) {
    this.bits = typeof value === 'number' || typeof value === 'bigint' ? intBits(value) : 0;
  }

  times(rt: Runtime, x: Value): void {
    const a = this.value;
    if ((typeof a === 'number' || typeof a === 'bigint') && (typeof x === 'number' || typeof x === 'bigint')) {
      this.bits += intBits(x);
      if (this.bits > 53) {
        checkIntSize(rt, this.bits, 'product');
        rt.charge(this.bits >> 6);
      }
      this.value = intMul(a, x);
      if (typeof this.value === 'number') this.bits = intBits(this.value);
      return;
    }
    this.value = binaryOp(rt, '*', a, x);
    const v = this.value;
    this.bits = typeof v === 'number' || typeof v === 'bigint' ? intBits(v) : 0;
  }
}

const mathProd = mathBuiltin('prod', 'prod(iterable, /, *, start=1)\n\nProduct of start and the items of iterable (start when it is empty).', (rt, args, kwnames) => {
  const npos = positionalCount(args, kwnames);
  if (npos > 2) throw typeError(`prod() takes at most 2 arguments (${npos} given)`);
  if (npos !== 1) throw typeError(`prod() takes exactly 1 positional argument (${npos} given)`);
  const [iterable, start] = parseArgs(prodSpec, args, kwnames);
  const product = new Product(start === undefined ? 1 : start);
  iterate(rt, iterable, (x) => {
    product.times(rt, x);
  });
  return product.value;
});

// ==================================================================== the module

function floatPair(a: number, b: number): PyTuple {
  return new PyTuple([new PyFloat(a), new PyFloat(b)]);
}

function buildMath(): Map<string, Value> {
  const f = (name: string, fn: (x: number) => number, canOverflow: boolean, doc: string) =>
    floatFunction(name, fn, canOverflow, `${name}(x, /)\n\n${doc}`);
  const fns: PyBuiltin[] = [
    f('acos', accurateAcos, false, 'Arc cosine of x, in radians, between 0 and pi.'),
    f('acosh', fdlibmAcosh, false, 'Inverse hyperbolic cosine of x.'),
    f('asin', accurateAsin, false, 'Arc sine of x, in radians, between -pi/2 and pi/2.'),
    f('asinh', fdlibmAsinh, false, 'Inverse hyperbolic sine of x.'),
    f('atan', accurateAtan, false, 'Arc tangent of x, in radians, between -pi/2 and pi/2.'),
    f('atanh', Math.atanh, false, 'Inverse hyperbolic tangent of x.'),
    f('cbrt', glibcCbrt, false, 'Cube root of x.'),
    f('cos', accurateCos, false, 'Cosine of x (radians).'),
    f('cosh', fdlibmCosh, true, 'Hyperbolic cosine of x.'),
    f('exp', accurateExp, true, 'e raised to the power x.'),
    f('exp2', accurateExp2, true, '2 raised to the power x.'),
    f('expm1', Math.expm1, true, 'exp(x) - 1, accurate for x near 0.'),
    f('fabs', Math.abs, false, 'Absolute value of x, as a float.'),
    f('log1p', Math.log1p, false, 'Natural logarithm of 1 + x, accurate for x near 0.'),
    f('sin', accurateSin, false, 'Sine of x (radians).'),
    f('sinh', fdlibmSinh, true, 'Hyperbolic sine of x.'),
    f('sqrt', Math.sqrt, false, 'Square root of x.'),
    f('tan', accurateTan, false, 'Tangent of x (radians).'),
    f('tanh', Math.tanh, false, 'Hyperbolic tangent of x.'),
    f('degrees', (x) => x * (180.0 / Math.PI), false, 'Convert angle x from radians to degrees.'),
    f('radians', (x) => x * (Math.PI / 180.0), false, 'Convert angle x from degrees to radians.'),
    errnoFunction('erf', (x) => fdlibmErf(x), 'erf(x, /)\n\nError function at x.'),
    errnoFunction('erfc', (x) => fdlibmErfc(x), 'erfc(x, /)\n\nComplementary error function at x: 1 - erf(x), accurate for large x.'),
    errnoFunction('gamma', gamma, 'gamma(x, /)\n\nGamma function at x.'),
    errnoFunction('lgamma', lgamma, 'lgamma(x, /)\n\nNatural logarithm of the absolute value of the Gamma function at x.'),
    unary('log2', 'log2(x, /)\n\nBase-2 logarithm of x (exact for powers of two, any int size).', (rt, v) => new PyFloat(logOf(rt, v, log2))),
    unary('log10', 'log10(x, /)\n\nBase-10 logarithm of x (any int size).', (rt, v) => new PyFloat(logOf(rt, v, fdlibmLog10))),
    mathLog,
    floatFunction2('atan2', atan2, 'atan2(y, x, /)\n\nArc tangent of y/x in radians, using the signs of both to pick the quadrant.'),
    floatFunction2('copysign', copysign, 'copysign(x, y, /)\n\nA float with the magnitude of x and the sign of y.'),
    floatFunction2('fmod', fmod, 'fmod(x, y, /)\n\nC-style remainder of x / y, with the sign of x (x % y may differ).'),
    floatFunction2('remainder', remainder, 'remainder(x, y, /)\n\nIEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even). Always exact.'),
    binary('nextafter', 'nextafter(x, y, /)\n\nThe next float after x in the direction of y.',
      (rt, a, b) => new PyFloat(nextafter(toDouble(rt, a), toDouble(rt, b)))),
    binary('pow', 'pow(x, y, /)\n\nx raised to the power y, as floats.', (rt, a, b) => new PyFloat(pow(toDouble(rt, a), toDouble(rt, b)))),
    unary('ulp', 'ulp(x, /)\n\nThe value of the least significant bit of the float x.', (rt, v) => new PyFloat(ulp(toDouble(rt, v)))),
    unary('frexp', 'frexp(x, /)\n\n(m, e) with x == m * 2**e and 0.5 <= abs(m) < 1; (x, 0) for zero, inf and nan.', (rt, v) => {
      const [m, e] = frexpPy(toDouble(rt, v));
      return new PyTuple([new PyFloat(m), e]);
    }),
    binary('ldexp', 'ldexp(x, i, /)\n\nx * (2**i), the inverse of frexp.', ldexpPy),
    unary('modf', 'modf(x, /)\n\nFractional and integer parts of x, both floats carrying the sign of x.', (rt, v) => floatPair(...modf(toDouble(rt, v)))),
    unary('isfinite', 'isfinite(x, /)\n\nTrue if x is neither an infinity nor a NaN.', (rt, v) => Number.isFinite(toDouble(rt, v))),
    unary('isinf', 'isinf(x, /)\n\nTrue if x is a positive or negative infinity.', (rt, v) => {
      const x = toDouble(rt, v);
      return !Number.isFinite(x) && !Number.isNaN(x);
    }),
    unary('isnan', 'isnan(x, /)\n\nTrue if x is a NaN (not a number).', (rt, v) => Number.isNaN(toDouble(rt, v))),
    unary('fsum', 'fsum(iterable, /)\n\nAccurate floating-point sum of the values (exact, rounded once).', (rt, v) => new PyFloat(fsum(rt, v))),
    roundingFunction('floor', 'floor(x, /)\n\nThe largest int <= x (through __floor__ for other types).'),
    roundingFunction('ceil', 'ceil(x, /)\n\nThe smallest int >= x (through __ceil__ for other types).'),
    mathTrunc,
    unary('isqrt', 'isqrt(n, /)\n\nThe integer part of the square root of the non-negative int n.', (rt, v) => isqrt(rt, toIndex(rt, v))),
    mathFactorial, mathComb, mathPerm, mathGcd, mathLcm, mathProd, mathHypot, mathDist, mathIsclose,
  ];
  const attrs = new Map<string, Value>();
  attrs.set('__doc__', 'Mathematical functions for int and float (the C standard library functions and more).');
  for (const fn of fns) attrs.set(fn.name, fn);
  attrs.set('pi', new PyFloat(Math.PI));
  attrs.set('e', new PyFloat(Math.E));
  attrs.set('tau', new PyFloat(2 * Math.PI));
  attrs.set('inf', new PyFloat(Infinity));
  attrs.set('nan', new PyFloat(NaN));
  return attrs;
}

export const modules: ModuleDef[] = [
  { name: 'math', summary: 'Mathematical functions for int and float (trigonometry, logarithms, gamma, exact integer helpers).', build: buildMath },
];
