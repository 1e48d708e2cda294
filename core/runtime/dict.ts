/**
 * Hash tables for dict, set and frozenset, on top of JS `Map` (insertion
 * ordered, like Python's dict).
 *
 * Keys are stored under a *normalized* form:
 *   - str and int keys are used as-is (the fast path: `map.get(k)`),
 *   - bool and integral float keys become the equal int, non-integral floats
 *     their JS number (the original key object is remembered in `originals`),
 *   - objects hashed by identity are their own key,
 *   - tuples, frozensets and objects with a user `__hash__` are found through
 *     `buckets` (hash -> candidate keys) and compared with Python equality;
 *     the first key object inserted becomes the Map key.
 * `version` changes whenever a key is added or removed, so iterators can
 * detect "changed size during iteration".
 */
import { PyBoxed, PyInstance, PyObject, type Value } from './object.js';
import { typeError } from './exceptions.js';
import { intFromFloat } from './int.js';
import { DictType, FrozenSetType, None, SetType } from './types.js';
import { PyBytes, PyFloat, PyTuple } from './values.js';
import type { Runtime } from './runtime.js';
import { bucketHash, hashesByIdentity } from './hashing.js';
import { typeName } from './ops.js';
import { eq } from './compare.js';

/** Estimated bytes of one dict/set entry (charged to the allocation account). */
export const ENTRY_BYTES = 32;

/** Returned by lookups when a key is absent. */
export const ABSENT: unique symbol = Symbol('absent');

/** State shared by dicts and sets. */
export abstract class HashTable extends PyObject {
  /** normalized key -> value (dict) or original key (set). */
  map = new Map<Value, Value>();
  /** normalized key -> original key, only where they differ (bool/float keys) — dicts only. */
  originals: Map<Value, Value> | null = null;
  /** bucket hash -> keys stored under their own identity (tuples, user-hashed objects). */
  buckets: Map<number, Value[]> | null = null;
  version = 0;

  get size(): number {
    return this.map.size;
  }

  /**
   * Finds the normalized key under which `k` is (or would be) stored.
   * With `insert`, a new bucketed key is registered; otherwise ABSENT is
   * returned for a bucketed key that is not present.
   */
  normalize(rt: Runtime, k: Value, insert: boolean): Value {
    switch (typeof k) {
      case 'string':
      case 'number':
      case 'bigint':
        return k;
      case 'boolean':
        return k ? 1 : 0;
    }
    if (k instanceof PyFloat) {
      const x = k.v;
      if (Number.isInteger(x)) return intFromFloat(x);
      return Number.isNaN(x) ? k : x;
    }
    // An int/str/float subclass instance that keeps the builtin __hash__ and __eq__
    // (IntEnum, StrEnum members) is the same key as its value, as in CPython.
    if (k instanceof PyBoxed && usesBuiltinKeyProtocol(k)) return this.normalize(rt, k.value, insert);
    if (k instanceof PyTuple || k instanceof PyFrozenSet || k instanceof PyBytes || k instanceof PyInstance || k instanceof PyBoxed) {
      if ((k instanceof PyInstance || k instanceof PyBoxed) && hashesByIdentity(k)) return k;
      return this.findBucketed(rt, k, insert);
    }
    if (!isHashableBuiltin(k)) throw typeError(`unhashable type: '${typeName(k)}'`);
    return k;
  }

  private findBucketed(rt: Runtime, k: Value, insert: boolean): Value {
    const h = bucketHash(rt, k);
    if (this.buckets === null) this.buckets = new Map();
    let bucket = this.buckets.get(h);
    if (bucket !== undefined) {
      for (let i = 0; i < bucket.length; i++) {
        const c = bucket[i];
        if (c === k || eq(rt, c, k)) return c;
      }
    }
    if (!insert) return ABSENT;
    if (bucket === undefined) {
      bucket = [];
      this.buckets.set(h, bucket);
    }
    bucket.push(k);
    return k;
  }

  /** Drops the bookkeeping of a normalized key that was removed from `map`. */
  protected forget(rt: Runtime, nk: Value): void {
    if (this.originals !== null) this.originals.delete(nk);
    if (this.buckets !== null && typeof nk === 'object') {
      const h = bucketHash(rt, nk);
      const bucket = this.buckets.get(h);
      if (bucket !== undefined) {
        const i = bucket.indexOf(nk);
        if (i >= 0) bucket.splice(i, 1);
        if (bucket.length === 0) this.buckets.delete(h);
      }
    }
  }

  clearAll(): void {
    if (this.map.size > 0) this.version++;
    this.map.clear();
    this.originals = null;
    this.buckets = null;
  }
}

/** Whether a boxed builtin value hashes and compares exactly like the value it wraps. */
function usesBuiltinKeyProtocol(k: PyBoxed): boolean {
  const cls = k.cls;
  const layout = cls.layout;
  return cls.lookup('__hash__') === layout.dict.get('__hash__') && cls.lookup('__eq__') === layout.dict.get('__eq__');
}

/** Builtin objects are hashable unless their type sets `__hash__ = None` (list, dict, set, ...). */
function isHashableBuiltin(k: PyObject): boolean {
  return k.cls.lookup('__hash__') !== None;
}

/** A Python dict (or an instance of a dict subclass, with its own `cls` and `dict`). */
export class PyDict extends HashTable {
  declare dict?: Map<string, Value>;

  /** Value for `k`, or ABSENT. */
  get(rt: Runtime, k: Value): Value {
    if (typeof k === 'string' || typeof k === 'number') {
      const v = this.map.get(k);
      return v === undefined ? ABSENT : v;
    }
    const nk = this.normalize(rt, k, false);
    if (nk === ABSENT) return ABSENT;
    const v = this.map.get(nk);
    return v === undefined ? ABSENT : v;
  }

  set(rt: Runtime, k: Value, v: Value): void {
    if (typeof k === 'string' || typeof k === 'number') {
      // One hash lookup: a new key shows as a size change.
      const map = this.map;
      const size = map.size;
      map.set(k, v);
      if (map.size !== size) {
        this.version++;
        if ((rt.memoryLeft -= ENTRY_BYTES) < 0) rt.memoryExceeded();
      }
      return;
    }
    const nk = this.normalize(rt, k, true);
    if (!this.map.has(nk)) {
      this.version++;
      rt.allocate(ENTRY_BYTES);
      if (nk !== k) (this.originals ??= new Map()).set(nk, k);
    }
    this.map.set(nk, v);
  }

  /** Removes `k`; returns its value or ABSENT. */
  delete(rt: Runtime, k: Value): Value {
    const nk = typeof k === 'string' || typeof k === 'number' ? k : this.normalize(rt, k, false);
    if (nk === ABSENT) return ABSENT;
    const v = this.map.get(nk);
    if (v === undefined) return ABSENT;
    this.map.delete(nk);
    this.version++;
    this.forget(rt, nk);
    return v;
  }

  has(rt: Runtime, k: Value): boolean {
    return this.get(rt, k) !== ABSENT;
  }

  /** The original key object for a normalized key. */
  keyOf(nk: Value): Value {
    if (this.originals === null) return nk;
    const o = this.originals.get(nk);
    return o === undefined ? nk : o;
  }

  /** Keys (original objects) in order. */
  *keys(): IterableIterator<Value> {
    if (this.originals === null) {
      yield* this.map.keys();
      return;
    }
    for (const nk of this.map.keys()) yield this.keyOf(nk);
  }

  /** Copies all entries of `other` into this dict. */
  updateFrom(rt: Runtime, other: PyDict): void {
    if (other.originals === null && other.buckets === null && this.buckets === null) {
      const map = this.map;
      const before = map.size;
      for (const [k, v] of other.map) map.set(k, v);
      const added = map.size - before;
      if (added > 0) {
        this.version++;
        rt.allocate(added * ENTRY_BYTES);
      }
      return;
    }
    for (const [nk, v] of other.map) this.set(rt, other.keyOf(nk), v);
  }
}
PyDict.prototype.cls = DictType;

/** Shared behaviour of set and frozenset: `map` holds normalized key -> original key. */
export abstract class PySetBase extends HashTable {
  has(rt: Runtime, k: Value): boolean {
    if (typeof k === 'string' || typeof k === 'number') return this.map.has(k);
    const nk = this.normalize(rt, k, false);
    return nk !== ABSENT && this.map.has(nk);
  }

  /** Adds `k` (mutates; frozensets use it only while being built). */
  add(rt: Runtime, k: Value): void {
    if (typeof k === 'string' || typeof k === 'number') {
      if (!this.map.has(k)) {
        this.version++;
        if ((rt.memoryLeft -= ENTRY_BYTES) < 0) rt.memoryExceeded();
        this.map.set(k, k);
      }
      return;
    }
    const nk = this.normalize(rt, k, true);
    if (!this.map.has(nk)) {
      this.version++;
      this.map.set(nk, k);
    }
  }

  /** Removes `k`; returns whether it was present. */
  discard(rt: Runtime, k: Value): boolean {
    const nk = typeof k === 'string' || typeof k === 'number' ? k : this.normalize(rt, k, false);
    if (nk === ABSENT || !this.map.has(nk)) return false;
    this.map.delete(nk);
    this.version++;
    this.forget(rt, nk);
    return true;
  }

  keys(): IterableIterator<Value> {
    return this.map.values();
  }
}

export class PySet extends PySetBase {
  declare dict?: Map<string, Value>;
}
PySet.prototype.cls = SetType;

export class PyFrozenSet extends PySetBase {
  declare dict?: Map<string, Value>;
  hashCache: number | undefined = undefined;
}
PyFrozenSet.prototype.cls = FrozenSetType;
