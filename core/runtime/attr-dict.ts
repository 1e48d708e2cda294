/**
 * The attribute dict of an instance of a user class: a `Map`-compatible
 * object that keeps string attributes as own properties of a record.
 *
 * Why: V8 gives records with the same attribute names in the same order a
 * shared hidden class, so an attribute site in generated code
 * (`o.dict.props[k]`) becomes one map check and a fixed-offset load, where a
 * `Map` costs a hash lookup per access and a hash table per instance.
 *
 * The record's prototype is an empty object with no prototype of its own,
 * so only the instance's own attributes are ever found (`constructor`,
 * `__proto__` and `toString` are ordinary names). Keys a record cannot hold
 * faithfully (non-strings from `obj.__dict__[1] = ...`, and strings such as
 * `"10"` that JS would enumerate first) move the attributes into a `Map` for
 * good. Values are never `undefined`, which therefore means "absent".
 */
import type { Value } from './object.js';

/** A prototype-less attribute record (see the module comment). */
export type AttrRecord = Record<string, Value>;

/** Constructs records; `new` (rather than a literal) lets V8 size them by what instances end up holding. */
const Record_ = function AttrRecordCtor() {} as unknown as { new (): AttrRecord; prototype: object };
Record_.prototype = Object.freeze(Object.create(null));

/** Whether JS would treat `k` as an array index (and enumerate it before other keys). */
function isIndexLike(k: string): boolean {
  const c = k.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return false;
  const n = Number(k);
  return Number.isInteger(n) && n >= 0 && n < 4294967295 && String(n) === k;
}

export class AttrDict implements Map<string, Value> {
  /** The attributes, while every key is a plain string; null once they moved to `map`. */
  props: AttrRecord | null = new Record_();
  private map: Map<string, Value> | null = null;
  /** Attributes in `props` (see added). */
  private count = 0;
  /**
   * The dict `obj.__dict__` returns (one per instance, as in CPython), once
   * asked for; its version changes with every attribute added or removed, so
   * a loop over it notices attributes set through the instance too.
   */
  view: { version: number } | null = null;

  /** Records that an attribute was added to `props` (generated code stores into `props` itself). */
  added(): void {
    this.count++;
    if (this.view !== null) this.view.version++;
  }

  get size(): number {
    return this.props !== null ? this.count : this.map!.size;
  }

  get [Symbol.toStringTag](): string {
    return 'Map';
  }

  get(k: string): Value | undefined {
    const p = this.props;
    if (p !== null) return typeof k === 'string' ? p[k] : undefined;
    return this.map!.get(k);
  }

  has(k: string): boolean {
    return this.get(k) !== undefined;
  }

  set(k: string, v: Value): this {
    const p = this.props;
    if (p !== null) {
      if (typeof k === 'string' && !isIndexLike(k)) {
        if (p[k] === undefined) this.added();
        p[k] = v;
        return this;
      }
      this.toMap();
    }
    const m = this.map!;
    const size = m.size;
    m.set(k, v);
    if (m.size !== size && this.view !== null) this.view.version++;
    return this;
  }

  delete(k: string): boolean {
    const p = this.props;
    if (p === null) {
      if (!this.map!.delete(k)) return false;
    } else {
      if (typeof k !== 'string' || p[k] === undefined) return false;
      delete p[k];
      this.count--;
    }
    if (this.view !== null) this.view.version++;
    return true;
  }

  clear(): void {
    if (this.size > 0 && this.view !== null) this.view.version++;
    if (this.props !== null) {
      this.props = new Record_();
      this.count = 0;
    } else {
      this.map!.clear();
    }
  }

  forEach(cb: (value: Value, key: string, map: Map<string, Value>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this);
  }

  keys(): MapIterator<string> {
    return this.iterate(0) as MapIterator<string>;
  }

  values(): MapIterator<Value> {
    return this.iterate(1) as MapIterator<Value>;
  }

  entries(): MapIterator<[string, Value]> {
    return this.iterate(2) as MapIterator<[string, Value]>;
  }

  [Symbol.iterator](): MapIterator<[string, Value]> {
    return this.entries();
  }

  /**
   * Iterates the keys present when iteration starts, skipping any deleted
   * meanwhile (attributes added during iteration are not visited).
   */
  private *iterate(kind: 0 | 1 | 2): Generator<unknown, undefined, undefined> {
    if (this.props === null) {
      const m = this.map!;
      yield* kind === 0 ? m.keys() : kind === 1 ? m.values() : m.entries();
      return undefined;
    }
    for (const k of Object.keys(this.props)) {
      const v = this.get(k);
      if (v === undefined) continue;
      yield kind === 0 ? k : kind === 1 ? v : [k, v];
    }
    return undefined;
  }

  /** Moves the attributes into a Map (for good), keeping their order. */
  private toMap(): void {
    const p = this.props!;
    const m = new Map<string, Value>();
    for (const k of Object.keys(p)) m.set(k, p[k]);
    this.map = m;
    this.props = null;
    this.count = 0;
  }
}
