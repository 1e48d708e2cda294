/**
 * Hashing. Two functions with different jobs:
 *  - `pyHash`: the value of Python's `hash()` (CPython-identical for ints,
 *    floats and tuples of those; strings use Sandling's own function).
 *  - `bucketHash`: a fast 32-bit hash used inside dict/set tables for keys
 *    that cannot be JS Map keys directly (tuples, frozensets, user objects
 *    with `__hash__`). It only has to agree with Python equality.
 */
import { PyBoxed, PyInstance, type Value } from './object.js';
import { typeError } from './exceptions.js';
import { big, normBig, type Int } from './int.js';
import { PyBytes, PyFloat, PyTuple } from './values.js';
import { PyFrozenSet } from './dict.js';
import type { Runtime } from './runtime.js';
import { callMethod0, typeName } from './ops.js';
import { None, ObjectType } from './types.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

function numberHash(n: number): number {
  if (Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff) return n | 0;
  f64[0] = n;
  return mix32(u32[0] ^ Math.imul(u32[1], 0x9e3779b1));
}

function bigintHash(b: bigint): number {
  let h = 0x345678;
  let x = b < 0n ? -b : b;
  while (x > 0n) {
    h = mix32(h ^ Number(x & 0xffffffffn));
    x >>= 32n;
  }
  return b < 0n ? ~h : h;
}

function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** A stable identity number for a value, per interpreter (used by `id()` and identity hashes). */
export function objectId(rt: Runtime, o: object): number {
  if (typeof o !== 'object' || o === null) {
    // Primitive values (ints, strs, bools) have no identity of their own: derive it from the value.
    const v = o as unknown;
    const h = typeof v === 'string' ? stringHash(v) : typeof v === 'bigint' ? bigintHash(v) : numberHash(Number(v));
    return 0x100000000 + (h >>> 0) * 4 + (typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : 0);
  }
  return rt.host.ids.idOf(o);
}

/** Whether values of this kind are hashed by identity (usable as direct Map keys). */
export function hashesByIdentity(v: PyInstance | PyBoxed): boolean {
  return v.cls.lookup('__hash__') === ObjectType.dict.get('__hash__');
}

/** Internal 32-bit hash consistent with Python equality; raises TypeError for unhashable values. */
export function bucketHash(rt: Runtime, v: Value): number {
  switch (typeof v) {
    case 'number':
      return numberHash(v);
    case 'string':
      return stringHash(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'bigint':
      return bigintHash(v);
  }
  if (v instanceof PyFloat) {
    const x = v.v;
    if (Number.isInteger(x) && !Number.isSafeInteger(x)) return bigintHash(BigInt(x));
    return numberHash(x);
  }
  if (v instanceof PyTuple) {
    if (v.hashCache !== undefined) return v.hashCache;
    let h = 0x345678 ^ v.items.length;
    rt.enter();
    try {
      for (const item of v.items) h = mix32(Math.imul(h, 1000003) ^ bucketHash(rt, item));
    } finally {
      rt.leave();
    }
    v.hashCache = h;
    return h;
  }
  if (v instanceof PyBytes) {
    let h = 0x811c9dc5;
    const b = v.b;
    for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193);
    return h | 0;
  }
  if (v instanceof PyFrozenSet) {
    if (v.hashCache !== undefined) return v.hashCache;
    let h = 0x1d3c5b7;
    rt.enter();
    try {
      for (const k of v.keys()) h = (h + mix32(bucketHash(rt, k))) | 0;
    } finally {
      rt.leave();
    }
    v.hashCache = h;
    return h;
  }
  const r = pyHash(rt, v);
  return typeof r === 'number' ? numberHash(r) : bigintHash(r);
}

const MODULUS = 2n ** 61n - 1n;
const MODULUS_N = 2 ** 61 - 1;

function intPyHash(a: Int): Int {
  if (typeof a === 'number') {
    // |a| <= 2^53 < 2^61 - 1, so the hash is the value itself (except -1).
    return a === -1 ? -2 : a;
  }
  const neg = a < 0n;
  let h = (neg ? -a : a) % MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

/** CPython's _Py_HashDouble for finite values; inf/nan as CPython 3.11. */
function floatPyHash(rt: Runtime, x: number, identity: object): Int {
  if (Number.isNaN(x)) return objectId(rt, identity);
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (Number.isInteger(x)) return intPyHash(Number.isSafeInteger(x) ? x + 0 : normBig(BigInt(x)));
  // Exact rational value m / 2^e, reduced modulo 2^61 - 1.
  f64[0] = x;
  const hi = u32[1];
  const lo = u32[0];
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  // value = mant * 2^e with e < 0 for non-integers.
  let h = mant % MODULUS;
  const shift = ((e % 61) + 61) % 61; // 2^e mod P == 2^(e mod 61) since 2^61 == 1 (mod P)
  h = ((h << BigInt(shift)) | 0n) % MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

/** Python's `hash(v)`. */
export function pyHash(rt: Runtime, v: Value): Int {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intPyHash(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return stringHash(v);
  }
  if (v instanceof PyFloat) return floatPyHash(rt, v.v, v);
  if (v instanceof PyTuple) return tuplePyHash(rt, v);
  if (v instanceof PyFrozenSet) return bucketHash(rt, v);
  const hashFn = v.cls.lookup('__hash__');
  if (hashFn === undefined || hashFn === None) throw typeError(`unhashable type: '${typeName(v)}'`);
  if (hashFn === ObjectType.dict.get('__hash__')) return objectId(rt, v);
  const r = callMethod0(rt, v, '__hash__');
  if (typeof r === 'number' || typeof r === 'bigint') return r === -1 ? -2 : r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  throw typeError('__hash__ method should return an integer');
}

// CPython's tuple hash (xxHash-based, 64-bit lanes).
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const MASK64 = (1n << 64n) - 1n;

function tuplePyHash(rt: Runtime, t: PyTuple): Int {
  rt.enter();
  try {
    return tupleHashOf(rt, t);
  } finally {
    rt.leave();
  }
}

function tupleHashOf(rt: Runtime, t: PyTuple): Int {
  let acc = XXPRIME_5;
  rt.charge(t.items.length); // nested tuples sharing subtrees make hashing exponential in their size
  for (const item of t.items) {
    const h = pyHash(rt, item);
    const lane = big(h) & MASK64;
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(t.items.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796;
  // Interpret as signed 64-bit.
  const signed = acc >= 1n << 63n ? acc - (1n << 64n) : acc;
  return normBig(signed);
}

export { MODULUS_N };
