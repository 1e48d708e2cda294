/**
 * The `collections` package: `deque` (native, a ring buffer with O(1) work
 * at both ends), `Counter`, `defaultdict`, `OrderedDict`, `namedtuple`,
 * `ChainMap`, `UserDict`, `UserList`, `UserString` (Python source, exact
 * Python semantics), and `collections.abc`, whose ABCs (built on the `abc`
 * module) know the builtin types, so `isinstance([], Sequence)` holds.
 *
 * Modules defined here:
 *   - `_collections`: the native parts (`deque`, `_count_elements`);
 *   - `collections`: Python source on top of it;
 *   - `collections.abc`: Python source.
 */
import type { ModuleDef } from '../core/modules.js';
import { PyClass, PyObject, type Value } from '../core/runtime/object.js';
import { DictType, None, NotImplemented, ObjectType, builtinType } from '../core/runtime/types.js';
import { PyBuiltin, PyGetSet, defineMethods } from '../core/runtime/function.js';
import { indexError, runtimeError, typeError, valueError } from '../core/runtime/exceptions.js';
import { EMPTY_TUPLE, tuple } from '../core/runtime/values.js';
import { ABSENT, PyDict } from '../core/runtime/dict.js';
import { argSpec, parseArgs } from '../core/runtime/args.js';
import { DONE, PyIterator, getIter, iterNext, type Next } from '../core/runtime/iter.js';
import { eq, type CmpOp } from '../core/runtime/compare.js';
import { binaryOp } from '../core/runtime/arith.js';
import { repr, typeName, lookupSpecial, callSpecial } from '../core/runtime/ops.js';
import { indexValue, requireIndex, setItem } from '../core/runtime/subscript.js';
import { callValue } from '../core/runtime/call.js';
import { PyNativeObject, getAttr } from '../core/runtime/attrs.js';
import { defineIteratorType } from '../core/runtime/methods/iterators.js';
import { dictView } from '../core/runtime/methods/object.js';
import {
  checkPositional, classGetItem, noArgs0, noKw, oneArg, repeatCount, searchBounds, seqRichCompare, staticNative, newTarget,
} from '../core/runtime/methods/list.js';
import type { Runtime } from '../core/runtime/runtime.js';

// ====================================================================== deque

export const DequeType = builtinType('deque', ObjectType, { module: 'collections' });

/**
 * A double-ended queue: a power-of-two ring buffer. `state` changes on every
 * structural mutation so iterators can refuse to continue (as CPython does).
 */
export class PyDeque extends PyNativeObject {
  buf: Value[] = new Array(8);
  head = 0;
  size = 0;
  /** -1 when unbounded. */
  maxlen = -1;
  state = 0;

  at(i: number): Value {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }

  setAt(i: number, v: Value): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }

  /** The elements in order, as a fresh array. */
  toArray(): Value[] {
    const out: Value[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }

  /** Replaces the contents (keeps maxlen; the caller trims). */
  fill(items: Value[]): void {
    let cap = 8;
    while (cap < items.length) cap *= 2;
    this.buf = new Array(cap);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.size = items.length;
    this.state++;
  }

  private grow(): void {
    const items = this.toArray();
    const cap = this.buf.length * 2;
    this.buf = new Array(cap);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
  }

  pushBack(rt: Runtime, v: Value): void {
    if (this.maxlen === 0) return;
    if (this.size === this.maxlen) this.popFront();
    if (this.size === this.buf.length) this.growChecked(rt);
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v;
    this.size++;
    this.state++;
  }

  pushFront(rt: Runtime, v: Value): void {
    if (this.maxlen === 0) return;
    if (this.size === this.maxlen) this.popBack();
    if (this.size === this.buf.length) this.growChecked(rt);
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
    this.state++;
  }

  private growChecked(rt: Runtime): void {
    rt.checkValueSize(this.buf.length * 16, 'deque');
    rt.allocate(this.buf.length * 8);
    this.grow();
  }

  popBack(): Value {
    const i = (this.head + this.size - 1) & (this.buf.length - 1);
    const v = this.buf[i];
    this.buf[i] = undefined;
    this.size--;
    this.state++;
    return v;
  }

  popFront(): Value {
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    this.state++;
    return v;
  }

  clear(): void {
    this.buf = new Array(8);
    this.head = 0;
    this.size = 0;
    this.state++;
  }
}
PyDeque.prototype.cls = DequeType;

function deque(v: Value): PyDeque {
  return v as PyDeque;
}

/** A new empty deque of class `cls` (a subclass instance gets its `__dict__`). */
function newDeque(cls: PyClass): PyDeque {
  const d = new PyDeque();
  if (!cls.builtin) {
    d.cls = cls;
    if (cls.instanceDict) d.dict = new Map();
  }
  return d;
}

/** The `maxlen` argument: None or a non-negative int. */
function maxlenArg(v: Value): number {
  if (v === undefined || v === None) return -1;
  const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  if (typeof n !== 'number' && typeof n !== 'bigint') throw typeError('an integer is required');
  if (n < 0) throw valueError('maxlen must be non-negative');
  return typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
}

/** Appends every element of `iterable` (a snapshot when it is the deque itself). */
function extendBack(rt: Runtime, d: PyDeque, iterable: Value): void {
  if (iterable === d) {
    for (const x of d.toArray()) d.pushBack(rt, x);
    return;
  }
  const it = getIter(rt, iterable);
  for (;;) {
    const x = iterNext(rt, it);
    if (x === DONE) return;
    if (--rt.ticks < 0) rt.checkpoint();
    d.pushBack(rt, x);
  }
}

function extendFront(rt: Runtime, d: PyDeque, iterable: Value): void {
  if (iterable === d) {
    for (const x of d.toArray()) d.pushFront(rt, x);
    return;
  }
  const it = getIter(rt, iterable);
  for (;;) {
    const x = iterNext(rt, it);
    if (x === DONE) return;
    if (--rt.ticks < 0) rt.checkpoint();
    d.pushFront(rt, x);
  }
}

/** A deque index argument (no slices), normalized; IndexError when out of range. */
function dequeIndex(rt: Runtime, d: PyDeque, key: Value): number {
  const i = indexValue(rt, key);
  if (i === undefined) throw typeError(`sequence index must be integer, not '${typeName(key)}'`);
  const n = typeof i === 'bigint' ? -1 : i < 0 ? i + d.size : i;
  if (n < 0 || n >= d.size) throw indexError('deque index out of range');
  return n;
}

/**
 * Finds the first element equal to `x` in positions start..stop; -1 when
 * absent. Raises if a comparison mutates the deque (as CPython does).
 */
function findIndex(rt: Runtime, d: PyDeque, x: Value, start: number, stop: number, what: string): number {
  const state = d.state;
  const end = Math.min(stop, d.size);
  for (let i = start; i < end; i++) {
    if (--rt.ticks < 0) rt.checkpoint();
    const y = d.at(i);
    const same = y === x || eq(rt, y, x);
    if (d.state !== state) throw runtimeError(what);
    if (same) return i;
  }
  return -1;
}

/** Moves the last `n` elements to the front (negative: the first to the back). */
function rotate(rt: Runtime, d: PyDeque, n: number): void {
  const len = d.size;
  if (len <= 1) return;
  let k = n % len;
  if (k < 0) k += len;
  if (k === 0) return;
  rt.charge(Math.min(k, len - k));
  if (k <= len - k) {
    for (let i = 0; i < k; i++) d.pushFront(rt, d.popBack());
  } else {
    for (let i = 0; i < len - k; i++) d.pushBack(rt, d.popFront());
  }
}

/** Copies a deque: exact deques directly, subclasses through their constructor (as CPython). */
function copyDeque(rt: Runtime, d: PyDeque): Value {
  if (d.cls === DequeType) {
    const c = new PyDeque();
    c.maxlen = d.maxlen;
    rt.charge(d.size);
    rt.checkValueSize(d.size * 8, 'deque');
    rt.allocate(d.size * 8);
    c.fill(d.toArray());
    return c;
  }
  return callValue(rt, d.cls, d.maxlen < 0 ? [d] : [d, d.maxlen], null);
}

/** `d * n` into a fresh array of elements (keeping only what fits in maxlen). */
function repeated(rt: Runtime, d: PyDeque, n: number): Value[] {
  const items = d.toArray();
  if (items.length === 0 || n <= 0) return [];
  let total = items.length * n;
  if (d.maxlen >= 0 && total > d.maxlen) total = d.maxlen;
  rt.checkValueSize(total * 8, 'deque');
  rt.allocate(total * 8);
  rt.charge(total);
  const out: Value[] = new Array(total);
  // The last `total` elements of the repetition.
  const skip = items.length * n - total;
  for (let k = 0; k < total; k++) out[k] = items[(skip + k) % items.length];
  return out;
}

const reprActive = new Set<PyDeque>();

function dequeRepr(rt: Runtime, d: PyDeque): string {
  if (reprActive.has(d)) return '[...]';
  reprActive.add(d);
  rt.enter();
  try {
    const parts: string[] = [];
    for (const x of d.toArray()) {
      rt.charge(1);
      parts.push(repr(rt, x));
    }
    const body = `[${parts.join(', ')}]`;
    const name = d.cls.name;
    return d.maxlen < 0 ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
  } finally {
    rt.leave();
    reprActive.delete(d);
  }
}

const DequeIteratorType = builtinType('_deque_iterator', ObjectType, { module: '_collections', subclassable: false });
const DequeReverseIteratorType = builtinType('_deque_reverse_iterator', ObjectType, { module: '_collections', subclassable: false });

/** Iterates a deque forwards or backwards; any structural change meanwhile is an error. */
class DequeIterator extends PyIterator {
  private index: number;
  private left: number;
  private readonly state: number;
  constructor(readonly d: PyDeque, readonly reverse: boolean) {
    super();
    this.state = d.state;
    this.left = d.size;
    this.index = reverse ? d.size - 1 : 0;
    this.cls = reverse ? DequeReverseIteratorType : DequeIteratorType;
  }
  next(): Next {
    if (this.d.state !== this.state) {
      this.left = 0;
      throw runtimeError('deque mutated during iteration');
    }
    if (this.left === 0) return DONE;
    this.left--;
    const v = this.d.at(this.index);
    this.index += this.reverse ? -1 : 1;
    return v;
  }
}
defineIteratorType(DequeIteratorType);
defineIteratorType(DequeReverseIteratorType);

const dequeInitSpec = argSpec('deque', ['iterable?', 'maxlen?']);

function initDeque(rt: Runtime, d: PyDeque, args: Value[], kwnames: string[] | null, skip: number): void {
  const [iterable, maxlen] = parseArgs(dequeInitSpec, args, kwnames, skip);
  d.maxlen = maxlenArg(maxlen);
  if (d.size > 0) d.clear();
  if (iterable !== undefined) extendBack(rt, d, iterable);
}

DequeType.construct = (rt, cls, args, kwnames) => {
  const d = newDeque(cls);
  initDeque(rt, d, args, kwnames, 0);
  return d;
};
DequeType.quickNew = DequeType.construct;
DequeType.dict.set('__new__', staticNative('__new__', (_rt, args, kwnames) => newDeque(newTarget(args, kwnames, DequeType))));
DequeType.dict.set('__hash__', None);
DequeType.dict.set('__class_getitem__', classGetItem('deque.__class_getitem__'));
DequeType.dict.set('__doc__', 'deque([iterable[, maxlen]]): a list-like sequence optimized for data accesses near its endpoints.');
DequeType.dict.set('maxlen', new PyGetSet('maxlen', (_rt, self) => (deque(self).maxlen < 0 ? None : deque(self).maxlen)));

const RICH: Record<string, CmpOp> = { __eq__: '==', __ne__: '!=', __lt__: '<', __le__: '<=', __gt__: '>', __ge__: '>=' };

defineMethods(DequeType, {
  __init__(rt, args, kwnames) {
    initDeque(rt, deque(args[0]), args, kwnames, 1);
    return None;
  },
  append(rt, args, kwnames) {
    const x = oneArg('deque.append', args, kwnames);
    deque(args[0]).pushBack(rt, x);
    return None;
  },
  appendleft(rt, args, kwnames) {
    const x = oneArg('deque.appendleft', args, kwnames);
    deque(args[0]).pushFront(rt, x);
    return None;
  },
  pop(_rt, args, kwnames) {
    noArgs0('deque.pop', args, kwnames);
    const d = deque(args[0]);
    if (d.size === 0) throw indexError('pop from an empty deque');
    return d.popBack();
  },
  popleft(_rt, args, kwnames) {
    noArgs0('deque.popleft', args, kwnames);
    const d = deque(args[0]);
    if (d.size === 0) throw indexError('pop from an empty deque');
    return d.popFront();
  },
  extend(rt, args, kwnames) {
    extendBack(rt, deque(args[0]), oneArg('deque.extend', args, kwnames));
    return None;
  },
  extendleft(rt, args, kwnames) {
    extendFront(rt, deque(args[0]), oneArg('deque.extendleft', args, kwnames));
    return None;
  },
  clear(_rt, args, kwnames) {
    noArgs0('deque.clear', args, kwnames);
    deque(args[0]).clear();
    return None;
  },
  copy(rt, args, kwnames) {
    noArgs0('deque.copy', args, kwnames);
    return copyDeque(rt, deque(args[0]));
  },
  __copy__(rt, args, kwnames) {
    noArgs0('deque.__copy__', args, kwnames);
    return copyDeque(rt, deque(args[0]));
  },
  count(rt, args, kwnames) {
    const x = oneArg('deque.count', args, kwnames);
    const d = deque(args[0]);
    const state = d.state;
    let n = 0;
    for (let i = 0; i < d.size; i++) {
      if (--rt.ticks < 0) rt.checkpoint();
      const y = d.at(i);
      const same = y === x || eq(rt, y, x);
      if (d.state !== state) throw runtimeError('deque mutated during iteration');
      if (same) n++;
    }
    return n;
  },
  index(rt, args, kwnames) {
    noKw('deque.index', kwnames);
    checkPositional('index', args.length - 1, 1, 3);
    const d = deque(args[0]);
    const [start, stop] = searchBounds(rt, args[2], args[3], d.size);
    const i = findIndex(rt, d, args[1], start, stop, 'deque mutated during iteration');
    if (i < 0) throw valueError(`${repr(rt, args[1])} is not in deque`);
    return i;
  },
  insert(rt, args, kwnames) {
    noKw('deque.insert', kwnames);
    checkPositional('insert', args.length - 1, 2, 2);
    const d = deque(args[0]);
    const raw = requireIndex(rt, args[1]);
    if (d.maxlen >= 0 && d.size >= d.maxlen) throw indexError('deque already at its maximum size');
    let i = typeof raw === 'bigint' ? (raw < 0n ? 0 : d.size) : raw;
    if (i < 0) i = Math.max(0, i + d.size);
    if (i > d.size) i = d.size;
    const items = d.toArray();
    rt.charge(items.length);
    items.splice(i, 0, args[2]);
    d.fill(items);
    return None;
  },
  remove(rt, args, kwnames) {
    const x = oneArg('deque.remove', args, kwnames);
    const d = deque(args[0]);
    const i = findIndex(rt, d, x, 0, d.size, 'deque mutated during remove().');
    if (i < 0) throw valueError(`${repr(rt, x)} is not in deque`);
    deleteAt(rt, d, i);
    return None;
  },
  reverse(rt, args, kwnames) {
    noArgs0('deque.reverse', args, kwnames);
    const d = deque(args[0]);
    rt.charge(d.size);
    const items = d.toArray().reverse();
    for (let i = 0; i < items.length; i++) d.setAt(i, items[i]);
    return None;
  },
  rotate(rt, args, kwnames) {
    noKw('deque.rotate', kwnames);
    checkPositional('deque.rotate', args.length - 1, 0, 1);
    const raw = args.length > 1 ? requireIndex(rt, args[1]) : 1;
    const d = deque(args[0]);
    const n = typeof raw === 'bigint' ? Number(raw % BigInt(Math.max(1, d.size))) : raw;
    rotate(rt, d, n);
    return None;
  },
  __len__(_rt, args) {
    return deque(args[0]).size;
  },
  __iter__(_rt, args) {
    return new DequeIterator(deque(args[0]), false);
  },
  __reversed__(_rt, args) {
    return new DequeIterator(deque(args[0]), true);
  },
  __contains__(rt, args) {
    const d = deque(args[0]);
    return findIndex(rt, d, args[1], 0, d.size, 'deque mutated during iteration') >= 0;
  },
  __getitem__(rt, args) {
    const d = deque(args[0]);
    return d.at(dequeIndex(rt, d, args[1]));
  },
  __setitem__(rt, args) {
    const d = deque(args[0]);
    d.setAt(dequeIndex(rt, d, args[1]), args[2]);
    return None;
  },
  __delitem__(rt, args) {
    const d = deque(args[0]);
    deleteAt(rt, d, dequeIndex(rt, d, args[1]));
    return None;
  },
  __repr__(rt, args) {
    return dequeRepr(rt, deque(args[0]));
  },
  __reduce__(_rt, args) {
    // (class, constructor args, instance dict, items): what copy needs to rebuild the deque.
    const d = deque(args[0]);
    const ctorArgs = d.maxlen < 0 ? EMPTY_TUPLE : tuple([EMPTY_TUPLE, d.maxlen]);
    const state = d.dict !== null && d.dict.size > 0 ? dictView(new Map(d.dict)) : None;
    return tuple([d.cls, ctorArgs, state, new DequeIterator(d, false)]);
  },
  __add__(rt, args) {
    const [a, b] = args;
    if (!(b instanceof PyDeque)) {
      throw typeError(`can only concatenate deque (not "${typeName(b)}") to deque`);
    }
    const r = copyDeque(rt, deque(a));
    extendBack(rt, deque(r), b);
    return r;
  },
  __iadd__(rt, args) {
    extendBack(rt, deque(args[0]), args[1]);
    return args[0];
  },
  __mul__(rt, args) {
    return dequeTimes(rt, deque(args[0]), args[1], false);
  },
  __rmul__(rt, args) {
    return dequeTimes(rt, deque(args[0]), args[1], false);
  },
  __imul__(rt, args) {
    return dequeTimes(rt, deque(args[0]), args[1], true);
  },
}, { checkArity: true });

for (const name of Object.keys(RICH)) {
  const op = RICH[name];
  defineMethods(DequeType, {
    [name](rt, args) {
      const [a, b] = args;
      if (!(b instanceof PyDeque)) return NotImplemented;
      return seqRichCompare(rt, { items: deque(a).toArray() }, { items: b.toArray() }, op);
    },
  }, { checkArity: true });
}

/** Attaches docstrings (for `help()` and the catalog) to native methods already defined on `type`. */
function documentMethods(type: PyClass, docs: Record<string, string>): void {
  for (const name of Object.keys(docs)) {
    const m = type.dict.get(name) as PyBuiltin;
    type.dict.set(name, new PyBuiltin(name, m.fn, m.objclass, docs[name], m.module));
  }
}

documentMethods(DequeType, {
  append: 'Add an element to the right side of the deque.',
  appendleft: 'Add an element to the left side of the deque.',
  pop: 'Remove and return the rightmost element (IndexError when empty).',
  popleft: 'Remove and return the leftmost element (IndexError when empty).',
  extend: 'Extend the right side of the deque with the elements of the iterable.',
  extendleft: 'Extend the left side of the deque with the elements of the iterable (they end up reversed).',
  clear: 'Remove all elements from the deque.',
  copy: 'Return a shallow copy of the deque.',
  count: 'Return the number of elements equal to value.',
  index: 'Return the first index of value (within start..stop); ValueError when absent.',
  insert: 'Insert value before index (IndexError when the deque is at its maximum size).',
  remove: 'Remove the first element equal to value; ValueError when absent.',
  reverse: 'Reverse the elements in place.',
  rotate: 'Rotate the deque n steps to the right (default 1); negative n rotates left.',
});

function deleteAt(rt: Runtime, d: PyDeque, i: number): void {
  if (i === 0) {
    d.popFront();
    return;
  }
  if (i === d.size - 1) {
    d.popBack();
    return;
  }
  const items = d.toArray();
  rt.charge(items.length);
  items.splice(i, 1);
  d.fill(items);
}

function dequeTimes(rt: Runtime, d: PyDeque, n: Value, inplace: boolean): Value {
  const count = repeatCount(rt, n);
  if (count === undefined) {
    // A user type still gets its reflected method; builtin operands fail like CPython's sequence repeat.
    if (n instanceof PyObject && !n.cls.builtin) return NotImplemented;
    throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  const items = repeated(rt, d, count);
  if (inplace) {
    d.fill(items);
    return d;
  }
  const r = copyDeque(rt, d) as PyDeque;
  r.fill(items);
  return r;
}

// ====================================================================== _count_elements

/** Whether `m` is a dict whose `get`/`__setitem__` are dict's own (so its table can be updated directly). */
function plainCounting(m: Value): m is PyDict {
  if (!(m instanceof PyDict)) return false;
  return m.cls.lookup('get') === DictType.dict.get('get') && m.cls.lookup('__setitem__') === DictType.dict.get('__setitem__');
}

/** `_count_elements(mapping, iterable)`: mapping[x] = mapping.get(x, 0) + 1 for each element. */
function countElements(rt: Runtime, mapping: Value, iterable: Value): Value {
  const it = getIter(rt, iterable);
  if (plainCounting(mapping)) {
    for (;;) {
      const x = iterNext(rt, it);
      if (x === DONE) return None;
      if (--rt.ticks < 0) rt.checkpoint();
      const old = mapping.get(rt, x);
      if (old === ABSENT) mapping.set(rt, x, 1);
      else mapping.set(rt, x, typeof old === 'number' && old < Number.MAX_SAFE_INTEGER ? old + 1 : binaryOp(rt, '+', old, 1));
    }
  }
  const get = getAttr(rt, mapping, 'get');
  const setitem = lookupSpecial(mapping, '__setitem__');
  for (;;) {
    const x = iterNext(rt, it);
    if (x === DONE) return None;
    if (--rt.ticks < 0) rt.checkpoint();
    const n = binaryOp(rt, '+', callValue(rt, get, [x, 0], null), 1);
    if (setitem !== undefined && setitem !== None) callSpecial(rt, mapping, setitem, [x, n]);
    else setItem(rt, mapping, x, n);
  }
}

// ====================================================================== Python sources

const COLLECTIONS_SOURCE = String.raw`"""Container datatypes: deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap, UserDict, UserList, UserString."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque', 'namedtuple']

from _collections import deque, _count_elements
import collections.abc as _abc
from collections.abc import KeysView as _KeysView, ValuesView as _ValuesView, ItemsView as _ItemsView
from operator import itemgetter as _itemgetter, eq as _eq
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
    'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
])


def _plural_names(names):
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


# ---------------------------------------------------------------- OrderedDict

class _odict_keys(_KeysView):
    __slots__ = ()

    def __repr__(self):
        return 'odict_keys(' + repr(list(self._mapping)) + ')'

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))


class _odict_values(_ValuesView):
    __slots__ = ()

    def __repr__(self):
        return 'odict_values(' + repr(list(self)) + ')'

    def __reversed__(self):
        m = self._mapping
        for key in reversed(dict.keys(m)):
            yield m[key]


class _odict_items(_ItemsView):
    __slots__ = ()

    def __repr__(self):
        return 'odict_items(' + repr(list(self)) + ')'

    def __reversed__(self):
        m = self._mapping
        for key in reversed(dict.keys(m)):
            yield (key, m[key])


_odict_keys.__name__ = _odict_keys.__qualname__ = 'odict_keys'
_odict_values.__name__ = _odict_values.__qualname__ = 'odict_values'
_odict_items.__name__ = _odict_items.__qualname__ = 'odict_items'


class OrderedDict(dict):
    """Dictionary that remembers insertion order and whose equality with another OrderedDict is order-sensitive."""

    def popitem(self, last=True):
        """Remove and return a (key, value) pair: the last inserted when last is true, else the first."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return (key, dict.pop(self, key))

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (or to the beginning when last is false). KeyError if absent."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def keys(self):
        """A set-like view of the keys, in order."""
        return _odict_keys(self)

    def values(self):
        """A view of the values, in key order."""
        return _odict_values(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return _odict_items(self)

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        return self.__class__.__name__ + '(' + repr(list(dict.items(self))) + ')'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def copy(self):
        """A shallow copy, of the same class."""
        return self.__class__(self)

    def __copy__(self):
        return self.__class__(self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __reduce__(self):
        return (self.__class__, (list(dict.items(self)),))


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory.

    A missing key is created with default_factory() (no arguments) when read
    through d[key]; without a factory a missing key raises KeyError.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        shown = 'None' if factory is None else repr(factory)
        return self.__class__.__name__ + '(' + shown + ', ' + dict.__repr__(self) + ')'

    def copy(self):
        """A shallow copy with the same default_factory."""
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self.default_factory,), None, None, iter(dict.items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------- Counter

class Counter(dict):
    """Dict subclass for counting hashable items (a multiset).

    Elements are keys and their counts are values; a missing element counts 0.

    >>> Counter('abracadabra').most_common(3)
    [('a', 5), ('b', 2), ('r', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, most common first (all of them when n is None).

        Elements with equal counts keep their first-seen order.
        """
        ordered = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ordered
        if n <= 0:
            return []
        return ordered[:n]

    def elements(self):
        """An iterator over the elements, each repeated as many times as its count (counts below one are skipped)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts (and keyword counts)."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts from an iterable of elements or a mapping of counts; counts may go negative."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy, of the same class."""
        return self.__class__(self)

    def __copy__(self):
        return self.__class__(self)

    def __reduce__(self):
        return (self.__class__, (dict(self),))

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return name + '(' + repr(shown) + ')'

    # Multiset comparisons: missing elements count as zero.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: results keep only positive counts.
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            left = count - other[elem]
            if left > 0:
                result[elem] = left
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            theirs = other[elem]
            best = theirs if count < theirs else count
            if best > 0:
                result[elem] = best
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            theirs = other[elem]
            least = count if count < theirs else theirs
            if least > 0:
                result[elem] = least
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            theirs = other[elem]
            if theirs < count:
                self[elem] = theirs
        return self._keep_positive()


# ---------------------------------------------------------------- namedtuple

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new tuple subclass named typename whose fields are also accessible by attribute.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
                field_names[index] = '_' + str(index)
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(name))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: ' + repr(name))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = value

    fields = tuple(field_names)
    nfields = len(fields)
    positions = {name: i for i, name in enumerate(fields)}
    first_default = nfields - len(field_defaults)
    qualified_new = typename + '.__new__'
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple_new(_cls, args)
        given = len(args)
        if given > nfields:
            if first_default < nfields:
                takes = 'from ' + str(first_default + 1) + ' to ' + str(nfields + 1) + ' positional arguments'
            else:
                takes = str(nfields + 1) + ' positional argument' + ('' if nfields == 0 else 's')
            raise TypeError(qualified_new + '() takes ' + takes + ' but ' + str(given + 1) + ' were given')
        values = list(args) + [_MISSING] * (nfields - given)
        for key, value in kwargs.items():
            index = positions.get(key)
            if index is None:
                raise TypeError(qualified_new + "() got an unexpected keyword argument '" + key + "'")
            if values[index] is not _MISSING:
                raise TypeError(qualified_new + "() got multiple values for argument '" + key + "'")
            values[index] = value
        missing = []
        for index in range(nfields):
            if values[index] is _MISSING:
                if index >= first_default:
                    values[index] = field_defaults[fields[index]]
                else:
                    missing.append(fields[index])
        if missing:
            count = len(missing)
            raise TypeError(qualified_new + '() missing ' + str(count) + ' required positional argument'
                            + ('' if count == 1 else 's') + ': ' + _plural_names(missing))
        return tuple_new(_cls, values)

    __new__.__qualname__ = qualified_new
    __new__.__doc__ = 'Create new instance of ' + typename + '(' + ', '.join(fields) + ')'
    if field_defaults:
        __new__.__defaults__ = tuple(field_defaults.values())

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected ' + str(nfields) + ' arguments, got ' + str(len(result)))
        return result

    _make.__func__.__doc__ = 'Make a new ' + typename + ' object from a sequence or iterable'

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError('Got unexpected field names: ' + repr(list(kwds)))
        return result

    _replace.__doc__ = 'Return a new ' + typename + ' object replacing specified fields with new values'

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            [name + '=' + repr(value) for name, value in zip(fields, self)]) + ')'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    namespace = {
        '__doc__': typename + '(' + ', '.join(fields) + ')',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
        '__module__': '__main__' if module is None else module,
        '__qualname__': typename,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(_itemgetter(index), doc='Alias for field number ' + str(index))
    for method in (__repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__
    _replace.__qualname__ = typename + '._replace'
    _make.__func__.__qualname__ = typename + '._make'
    return type(typename, (tuple,), namespace)


class _Missing:
    def __repr__(self):
        return '<missing>'


_MISSING = _Missing()


# ---------------------------------------------------------------- ChainMap

class ChainMap(_abc.MutableMapping):
    """A ChainMap groups several mappings into one view: lookups search them in order,
    writes and deletions go to the first one (maps[0])."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        """D[key] if key is in any of the maps, else default."""
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(dict.fromkeys(mapping))
        return iter(merged)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(map(repr, self.maps)) + ')'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap with a single dict created from iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap with a copy of maps[0] and the other maps shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map (m, or a new dict) followed by all the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap of all the maps but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: ' + repr(key))

    def popitem(self):
        """Remove and return an item pair from maps[0]; KeyError when maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value; KeyError when it is not there (and no default)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: ' + repr(key))

    def clear(self):
        """Clear maps[0], leaving the other maps intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# ---------------------------------------------------------------- UserDict / UserList / UserString

class UserDict(_abc.MutableMapping):
    """A dict-like wrapper around a real dict, kept in the data attribute (meant for subclassing)."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        """D[key] if key in D, else default."""
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        """A shallow copy."""
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance with keys from iterable, all set to value."""
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_abc.MutableSequence):
    """A list-like wrapper around a real list, kept in the data attribute (meant for subclassing)."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        """Append item to the end."""
        self.data.append(item)

    def insert(self, i, item):
        """Insert item before index i."""
        self.data.insert(i, item)

    def pop(self, i=-1):
        """Remove and return the item at index i (default last)."""
        return self.data.pop(i)

    def remove(self, item):
        """Remove the first occurrence of item."""
        self.data.remove(item)

    def clear(self):
        """Remove all items."""
        self.data.clear()

    def copy(self):
        """A shallow copy, of the same class."""
        return self.__class__(self)

    def count(self, item):
        """Number of occurrences of item."""
        return self.data.count(item)

    def index(self, item, *args):
        """Index of the first occurrence of item."""
        return self.data.index(item, *args)

    def reverse(self):
        """Reverse in place."""
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        """Sort in place (same arguments as list.sort)."""
        self.data.sort(*args, **kwds)

    def extend(self, other):
        """Append the elements of other."""
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_abc.Sequence):
    """A str-like wrapper around a real str, kept in the data attribute (meant for subclassing)."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=9223372036854775807):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=9223372036854775807):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=9223372036854775807):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=9223372036854775807):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=9223372036854775807):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=9223372036854775807):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=9223372036854775807):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
`;

const ABC_SOURCE = String.raw`"""Abstract base classes for containers (PEP 3119).

The builtin types are registered with the ABCs they implement, so
isinstance([], Sequence) and isinstance({}, Mapping) hold. The "one-trick"
ABCs (Hashable, Iterable, Iterator, Reversible, Sized, Container, Callable,
Collection, Generator, Awaitable, ...) also accept any class that defines
the methods they stand for.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible',
           'Sized', 'Container', 'Callable', 'Collection',
           'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString']


def _implements(C, *methods):
    """True when C's MRO defines every method (NotImplemented when one is missing or set to None)."""
    for method in methods:
        for klass in C.__mro__:
            if method in klass.__dict__:
                if klass.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _structural(abc, *methods):
    """A __subclasshook__ recognising any class that defines methods (for abc itself, not its subclasses)."""
    def __subclasshook__(cls, C):
        if cls is abc[0]:
            return _implements(C, *methods)
        return NotImplemented
    return classmethod(__subclasshook__)


def _one_trick(name, bases, methods, doc):
    """Builds an ABC whose abstract methods are methods and which recognises any class defining them."""
    holder = [None]
    namespace = {'__slots__': (), '__doc__': doc, '__module__': 'collections.abc', '__qualname__': name,
                 '__subclasshook__': _structural(holder, *methods)}
    for method in methods:
        def stub(self, *args, **kwargs):
            raise NotImplementedError
        stub.__name__ = method
        stub.__qualname__ = name + '.' + method
        namespace[method] = abstractmethod(stub)
    cls = ABCMeta(name, bases, namespace)
    holder[0] = cls
    return cls


Hashable = _one_trick('Hashable', (), ('__hash__',), 'Objects that define __hash__.')
Awaitable = _one_trick('Awaitable', (), ('__await__',), 'Objects usable in await expressions.')
AsyncIterable = _one_trick('AsyncIterable', (), ('__aiter__',), 'Objects that define __aiter__.')
Iterable = _one_trick('Iterable', (), ('__iter__',), 'Objects that define __iter__.')
Sized = _one_trick('Sized', (), ('__len__',), 'Objects that define __len__.')
Container = _one_trick('Container', (), ('__contains__',), 'Objects that define __contains__.')
Callable = _one_trick('Callable', (), ('__call__',), 'Objects that define __call__.')


class Iterator(Iterable):
    """Iterables that also define __next__; iterating an iterator returns itself."""
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Return the next item, or raise StopIteration when there is none."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _implements(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    """Iterables that also define __reversed__."""
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _implements(C, '__reversed__', '__iter__')
        return NotImplemented


class Generator(Iterator):
    """Iterators with send, throw and close (generator objects)."""
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume with value; return the next yielded value or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the paused point; return the next yielded value or raise StopIteration."""
        if val is None:
            val = typ() if tb is None else typ
        raise val

    def close(self):
        """Raise GeneratorExit at the paused point."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _implements(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


class Coroutine(Awaitable):
    """Awaitables with send, throw and close."""
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            val = typ() if tb is None else typ
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('coroutine ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _implements(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterator(AsyncIterable):
    """Asynchronous iterables that also define __anext__ (there is no async code in Sandling)."""
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _implements(C, '__anext__', '__aiter__')
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    """Asynchronous iterators with asend, athrow and aclose."""
    __slots__ = ()

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        if val is None:
            val = typ() if tb is None else typ
        raise val

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _implements(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


class Collection(Sized, Iterable, Container):
    """Sized iterable containers."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _implements(C, '__len__', '__iter__', '__contains__')
        return NotImplemented


# ---------------------------------------------------------------- sets

class Set(Collection):
    """Read-only sets. Subclasses define __contains__, __iter__ and __len__;
    the comparisons, isdisjoint and the & | - ^ operators come from here."""
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(elem in other for elem in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(elem in self for elem in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Builds a result set from an iterable (override when the constructor takes something else)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when no element of other is in the set."""
        return not any(value in self for value in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(elem for group in (self, other) for elem in group)

    __ror__ = __or__

    def _as_set(self, other):
        return other if isinstance(other, Set) else self._from_iterable(other)

    def __sub__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        other = self._as_set(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        other = self._as_set(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        other = self._as_set(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash that depends only on the elements (for immutable subclasses' __hash__)."""
        return hash(frozenset(self))


class MutableSet(Set):
    """Mutable sets: subclasses also define add and discard; remove, pop, clear
    and the in-place operators come from here."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element if present."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element; KeyError when absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return an arbitrary element; KeyError when empty."""
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        """Remove every element."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for value in self._as_set(it):
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ---------------------------------------------------------------- mappings

class Mapping(Collection):
    """Read-only mappings. Subclasses define __getitem__, __iter__ and __len__;
    get, __contains__, keys, items, values and == come from here."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] when present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    """A view over a mapping (the base of KeysView, ItemsView and ValuesView)."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return type(self).__name__ + '(' + repr(self._mapping) + ')'


class KeysView(MappingView, Set):
    """A set-like view of a mapping's keys."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):
    """A set-like view of a mapping's (key, value) pairs."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        return ((key, mapping[key]) for key in mapping)


class ValuesView(MappingView, Collection):
    """A view of a mapping's values."""
    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        return (mapping[key] for key in mapping)


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """Mutable mappings: subclasses also define __setitem__ and __delitem__;
    pop, popitem, clear, update and setdefault come from here."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value; default (or KeyError) when absent."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError when empty."""
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Update from a mapping, an object with keys(), or (key, value) pairs, then from keywords."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key] when present; else set it to default and return default."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---------------------------------------------------------------- sequences

class Sequence(Reversible, Collection):
    """Read-only sequences. Subclasses define __getitem__ and __len__;
    __iter__, __contains__, __reversed__, index and count come from here."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                value = self[i]
            except IndexError:
                return
            yield value
            i += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value (within start..stop); ValueError when absent."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """The number of occurrences of value."""
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """bytes and bytearray."""
    __slots__ = ()


class MutableSequence(Sequence):
    """Mutable sequences: subclasses also define __setitem__, __delitem__ and
    insert; append, clear, reverse, extend, pop, remove and += come from here."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for i in range(n // 2):
            j = n - 1 - i
            self[i], self[j] = self[j], self[i]

    def extend(self, values):
        """Append every element of values."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove and return the item at index (default the last); IndexError when out of range."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first occurrence of value; ValueError when absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---------------------------------------------------------------- the builtin types

def _register_builtins():
    from _collections import deque

    def gen():
        yield
    sample_iterables = (b'', bytearray(), '', [], (), set(), frozenset(), {}, {}.keys(), {}.values(),
                        {}.items(), range(0), deque())
    iterator_types = {type(iter(x)) for x in sample_iterables}
    iterator_types |= {type(reversed(x)) for x in ([], (), {}, range(0), deque())}
    iterator_types |= {type(zip()), type(map(len, [])), type(filter(None, [])), type(enumerate([]))}
    for t in iterator_types:
        Iterator.register(t)
    Generator.register(type(gen()))
    for t in (tuple, str, range):
        Sequence.register(t)
    for t in (bytes, bytearray):
        ByteString.register(t)
    for t in (list, bytearray, deque):
        MutableSequence.register(t)
    Set.register(frozenset)
    MutableSet.register(set)
    Mapping.register(type(type.__dict__))
    MutableMapping.register(dict)
    KeysView.register(type({}.keys()))
    ValuesView.register(type({}.values()))
    ItemsView.register(type({}.items()))


_register_builtins()
del _register_builtins
`;

// ====================================================================== module definitions

export const modules: ModuleDef[] = [
  {
    name: '_collections',
    summary: 'Native parts of the collections module (deque, _count_elements).',
    build() {
      return {
        deque: DequeType,
        _deque_iterator: DequeIteratorType,
        _deque_reverse_iterator: DequeReverseIteratorType,
        _count_elements: new PyBuiltin('_count_elements', (rt, args, kwnames) => {
          noKw('_count_elements', kwnames);
          checkPositional('_count_elements', args.length, 2, 2);
          return countElements(rt, args[0], args[1]);
        }, null, 'Count the elements of an iterable into a mapping (mapping[x] += 1, from 0).', '_collections'),
      };
    },
  },
  {
    name: 'collections',
    summary: 'Container datatypes: deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap, UserDict, UserList, UserString.',
    source: COLLECTIONS_SOURCE,
  },
  {
    name: 'collections.abc',
    summary: 'Abstract base classes for containers (Mapping, Sequence, Iterable, ...), usable with isinstance on builtin types.',
    source: ABC_SOURCE,
  },
];
