/**
 * The iteration protocol. Internally an iterator's `next(rt)` returns the next
 * value or `DONE` (no StopIteration exceptions on the fast path); user-defined
 * iterators (`__next__` raising StopIteration) are adapted at the boundary.
 * Every step through user-controlled data charges the budget.
 */
import { PyObject, type Value } from './object.js';
import { builtinType, None } from './types.js';
import { PyBaseException, StopIterationType, runtimeError, typeError } from './exceptions.js';
import { PyBytes, PyByteArray, PyList, PyRange, PyTuple, tuple } from './values.js';
import { PyDict, PySetBase } from './dict.js';
import { DONE, PyGenerator, type Next } from './generator.js';
import { hasSurrogates, codePoints } from './str.js';
import { rangeItem, rangeLengthInt } from './range.js';
import { callSpecial, lookupSpecial, typeName } from './ops.js';
import { callValue } from './call.js';
import { eq } from './compare.js';
import type { Runtime } from './runtime.js';

export { DONE, type Next };

/** Base of Sandling's native iterators. */
export abstract class PyIterator extends PyObject {
  abstract next(rt: Runtime): Next;
}

export const ListIteratorType = builtinType('list_iterator', undefined, { subclassable: false });
export const ListReverseIteratorType = builtinType('list_reverseiterator', undefined, { subclassable: false });
export const TupleIteratorType = builtinType('tuple_iterator', undefined, { subclassable: false });
export const StrIteratorType = builtinType('str_ascii_iterator', undefined, { subclassable: false });
export const RangeIteratorType = builtinType('range_iterator', undefined, { subclassable: false });
export const DictKeyIteratorType = builtinType('dict_keyiterator', undefined, { subclassable: false });
export const DictValueIteratorType = builtinType('dict_valueiterator', undefined, { subclassable: false });
export const DictItemIteratorType = builtinType('dict_itemiterator', undefined, { subclassable: false });
export const SetIteratorType = builtinType('set_iterator', undefined, { subclassable: false });
export const BytesIteratorType = builtinType('bytes_iterator', undefined, { subclassable: false });
export const SeqIteratorType = builtinType('iterator', undefined, { subclassable: false });
export const CallableIteratorType = builtinType('callable_iterator', undefined, { subclassable: false });

/** Iterates a list live (sees appends), or any items array. */
export class ArrayIterator extends PyIterator {
  static {
    this.prototype.cls = ListIteratorType;
  }
  i = 0;
  constructor(readonly items: { items: Value[] }) {
    super();
  }
  next(): Next {
    const items = this.items.items;
    return this.i < items.length ? items[this.i++] : DONE;
  }
}

export class ReverseListIterator extends PyIterator {
  i: number;
  constructor(readonly list: PyList) {
    super();
    this.i = list.items.length - 1;
  }
  next(): Next {
    const items = this.list.items;
    if (this.i >= 0 && this.i < items.length) return items[this.i--];
    this.i = -1;
    return DONE;
  }
}
ReverseListIterator.prototype.cls = ListReverseIteratorType;

export class StrIterator extends PyIterator {
  i = 0;
  private readonly cps: string[] | null;
  constructor(readonly s: string) {
    super();
    this.cps = hasSurrogates(s) ? codePoints(s) : null;
  }
  next(): Next {
    if (this.cps === null) return this.i < this.s.length ? this.s[this.i++] : DONE;
    return this.i < this.cps.length ? this.cps[this.i++] : DONE;
  }
}
StrIterator.prototype.cls = StrIteratorType;

export class RangeIterator extends PyIterator {
  private i = 0;
  private readonly n: number | bigint;
  private cur: number;
  private readonly step: number;
  private readonly fast: boolean;
  constructor(readonly r: PyRange) {
    super();
    this.n = rangeLengthInt(r);
    this.fast = typeof r.start === 'number' && typeof r.step === 'number' && typeof this.n === 'number' &&
      Number.isSafeInteger(r.start + r.step * this.n);
    this.cur = this.fast ? r.start : 0;
    this.step = this.fast ? r.step : 0;
  }
  next(): Next {
    if (this.fast) {
      if (this.i >= (this.n as number)) return DONE;
      this.i++;
      const v = this.cur;
      this.cur += this.step;
      return v;
    }
    if (BigInt(this.i) >= BigInt(this.n)) return DONE;
    return rangeItem(this.r, this.i++);
  }
}
RangeIterator.prototype.cls = RangeIteratorType;

type DictIterKind = 'keys' | 'values' | 'items';

/** Iterates a dict or set, raising if its keys change meanwhile. */
export class TableIterator extends PyIterator {
  static {
    this.prototype.cls = DictKeyIteratorType;
  }
  private readonly it: Iterator<[Value, Value]>;
  private readonly version: number;
  private readonly size: number;
  constructor(readonly table: PyDict | PySetBase, readonly kind: DictIterKind) {
    super();
    this.it = table.map.entries();
    this.version = table.version;
    this.size = table.map.size;
  }
  next(): Next {
    const t = this.table;
    if (t.version !== this.version) {
      if (t instanceof PyDict) {
        throw runtimeError(t.map.size !== this.size ? 'dictionary changed size during iteration' : 'dictionary keys changed during iteration');
      }
      throw runtimeError('Set changed size during iteration');
    }
    const r = this.it.next();
    if (r.done) return DONE;
    const [nk, v] = r.value;
    if (!(t instanceof PyDict)) return v;
    if (this.kind === 'keys') return t.keyOf(nk);
    if (this.kind === 'values') return v;
    return tuple([t.keyOf(nk), v]);
  }
}

export class BytesIterator extends PyIterator {
  i = 0;
  constructor(readonly b: { b: Uint8Array }) {
    super();
  }
  next(): Next {
    return this.i < this.b.b.length ? this.b.b[this.i++] : DONE;
  }
}
BytesIterator.prototype.cls = BytesIteratorType;

/** Iterates an object through `__getitem__(0), (1), ...` until IndexError/StopIteration. */
export class SeqIterator extends PyIterator {
  i = 0;
  done = false;
  constructor(readonly obj: Value, readonly getitem: Value) {
    super();
  }
  next(rt: Runtime): Next {
    if (this.done) return DONE;
    const sp = rt.sp;
    try {
      return callSpecial(rt, this.obj, this.getitem, [this.i++]);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.name === 'IndexError' || e.cls.isSubclassOf(StopIterationType)) && isLookupOrStop(e)) {
        rt.sp = sp;
        this.done = true;
        return DONE;
      }
      throw e;
    }
  }
}
SeqIterator.prototype.cls = SeqIteratorType;

function isLookupOrStop(e: PyBaseException): boolean {
  return e.cls.mro.some((c) => c.builtin && (c.name === 'IndexError' || c.name === 'StopIteration'));
}

/** `iter(callable, sentinel)`. */
export class CallableIterator extends PyIterator {
  done = false;
  constructor(readonly fn: Value, readonly sentinel: Value) {
    super();
  }
  next(rt: Runtime): Next {
    if (this.done) return DONE;
    const v = callValue(rt, this.fn, [], null);
    if (eq(rt, v, this.sentinel)) {
      this.done = true;
      return DONE;
    }
    return v;
  }
}
CallableIterator.prototype.cls = CallableIteratorType;

/** `iter(v)`. */
export function getIter(rt: Runtime, v: Value): Value {
  const it = getIterOrNull(rt, v);
  if (it === null) throw typeError(`'${typeName(v)}' object is not iterable`);
  return it;
}

/** `iter(v)`, or null when `v` is not iterable at all. */
export function getIterOrNull(rt: Runtime, v: Value): Value | null {
  if (typeof v === 'string') return new StrIterator(v);
  if (typeof v === 'object') {
    const cls = (v as PyObject).cls;
    if (cls.builtin) {
      if (v instanceof PyList) {
        const it = new ArrayIterator(v);
        it.cls = ListIteratorType;
        return it;
      }
      if (v instanceof PyTuple) {
        const it = new ArrayIterator(v);
        it.cls = TupleIteratorType;
        return it;
      }
      if (v instanceof PyRange) return new RangeIterator(v);
      if (v instanceof PyDict) return keyIterator(v);
      if (v instanceof PySetBase) {
        const it = new TableIterator(v, 'keys');
        it.cls = SetIteratorType;
        return it;
      }
      if (v instanceof PyBytes || v instanceof PyByteArray) return new BytesIterator(v);
      if (v instanceof PyIterator || v instanceof PyGenerator) return v;
    }
    const iterFn = cls.lookup('__iter__');
    if (iterFn !== undefined && iterFn !== None) {
      const it = callSpecial(rt, v, iterFn, []);
      if (!isIterator(it)) throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
      return it;
    }
    const getitem = cls.lookup('__getitem__');
    if (getitem !== undefined && getitem !== None && !(v instanceof PyDict)) return new SeqIterator(v, getitem);
  }
  return null;
}

export function keyIterator(d: PyDict): TableIterator {
  const it = new TableIterator(d, 'keys');
  it.cls = DictKeyIteratorType;
  return it;
}

function isIterator(v: Value): boolean {
  if (v instanceof PyIterator || v instanceof PyGenerator) return true;
  const n = lookupSpecial(v, '__next__');
  return n !== undefined && n !== None;
}

/** `next(it)` in the internal protocol. */
export function iterNext(rt: Runtime, it: Value): Next {
  if (it instanceof PyIterator) return it.next(rt);
  if (it instanceof PyGenerator) return it.resume(rt, None);
  const fn = lookupSpecial(it, '__next__');
  if (fn === undefined || fn === None) throw typeError(`'${typeName(it)}' object is not an iterator`);
  const sp = rt.sp;
  try {
    return callSpecial(rt, it, fn, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubclassOf(StopIterationType)) {
      rt.sp = sp;
      return DONE;
    }
    throw e;
  }
}

/** Calls `fn` for each element; stops early when `fn` returns true. Charges one tick per element. */
export function iterate(rt: Runtime, v: Value, fn: (x: Value) => boolean | void): void {
  if (typeof v === 'object' && (v.cls === undefined ? false : (v as PyObject).cls.builtin)) {
    if (v instanceof PyList || v instanceof PyTuple) {
      const items = v.items;
      for (let i = 0; i < items.length; i++) {
        if (--rt.ticks < 0) rt.checkpoint();
        if (fn(items[i]) === true) return;
      }
      return;
    }
  }
  const it = getIter(rt, v);
  for (;;) {
    const x = iterNext(rt, it);
    if (x === DONE) return;
    if (--rt.ticks < 0) rt.checkpoint();
    if (fn(x) === true) return;
  }
}

/** All elements of an iterable as a fresh array (list(v)). */
export function toArray(rt: Runtime, v: Value): Value[] {
  if (typeof v === 'object' && (v instanceof PyList || v instanceof PyTuple) && v.cls.builtin) {
    rt.charge(v.items.length);
    return v.items.slice();
  }
  const out: Value[] = [];
  iterate(rt, v, (x) => {
    out.push(x);
  });
  return out;
}
