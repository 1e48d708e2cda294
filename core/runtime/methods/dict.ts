/**
 * The `dict` type and its views (`dict_keys`, `dict_values`, `dict_items`):
 * constructor, `__new__`/`__init__` for subclasses, the public methods, the
 * operators (`|`, `|=`, `==`), reversed iteration, and the set operations of
 * keys/items views. Iterating a dict or a view while its keys change raises
 * RuntimeError, as in CPython.
 */
import { PyClass, PyObject, type Value } from '../object.js';
import { DictType, MappingProxyType, None, NotImplemented, ObjectType, builtinType } from '../types.js';
import { keyError, runtimeError, typeError, valueError } from '../exceptions.js';
import { PyBuiltin, defineGetSets, defineMethods } from '../function.js';
import { PyList, PyTuple, tuple } from '../values.js';
import { ABSENT, PyDict, PySet, PySetBase } from '../dict.js';
import {
  DONE, DictItemIteratorType, DictValueIteratorType, PyIterator, TableIterator, getIterOrNull,
  iterNext, iterate, keyIterator, type Next,
} from '../iter.js';
import { eq } from '../compare.js';
import { builtinRepr, callSpecial, lookupSpecial, typeName } from '../ops.js';
import { getItem, setItem } from '../subscript.js';
import { getAttrOrUndefined } from '../attrs.js';
import { callValue } from '../call.js';
import type { Runtime } from '../runtime.js';
import { defineIteratorType } from './iterators.js';
import {
  adopt, checkPositional, classGetItem, classNative, clinicArgs, newTarget, noArgs0, oneArg, staticNative, wrapperArgs,
} from './list.js';
import { fillSet, setContains } from './set.js';

/** Imported by the bootstrap module; the method tables are filled at module load. */
export function installDictMethods(): void {}

function dict(v: Value): PyDict {
  return v as PyDict;
}

// ================================================================ views

export const DictKeysType = builtinType('dict_keys', ObjectType, { subclassable: false });
export const DictValuesType = builtinType('dict_values', ObjectType, { subclassable: false });
export const DictItemsType = builtinType('dict_items', ObjectType, { subclassable: false });

export type DictViewKind = 'keys' | 'values' | 'items';

/** `d.keys()`, `d.values()`, `d.items()`: live views of a dict. */
export class PyDictView extends PyObject {
  constructor(readonly dict: PyDict, readonly kind: DictViewKind) {
    super();
    this.cls = kind === 'keys' ? DictKeysType : kind === 'values' ? DictValuesType : DictItemsType;
  }
}

export const DictReverseKeyIteratorType = builtinType('dict_reversekeyiterator', ObjectType, { subclassable: false });
export const DictReverseValueIteratorType = builtinType('dict_reversevalueiterator', ObjectType, { subclassable: false });
export const DictReverseItemIteratorType = builtinType('dict_reverseitemiterator', ObjectType, { subclassable: false });

/**
 * `reversed(d)` / `reversed(d.items())`: JS Maps only iterate forwards, so the
 * keys are snapshotted on creation; values are read live. Raises like the
 * forward iterator when keys are added or removed meanwhile.
 */
export class ReverseTableIterator extends PyIterator {
  private readonly keys: Value[];
  private i: number;
  private readonly version: number;
  private readonly size: number;
  constructor(rt: Runtime, readonly table: PyDict, readonly kind: DictViewKind) {
    super();
    rt.charge(table.map.size);
    this.keys = Array.from(table.map.keys());
    this.i = this.keys.length - 1;
    this.version = table.version;
    this.size = table.map.size;
    this.cls = kind === 'keys' ? DictReverseKeyIteratorType : kind === 'values' ? DictReverseValueIteratorType : DictReverseItemIteratorType;
  }
  next(): Next {
    const t = this.table;
    if (this.i < 0) return DONE;
    if (t.version !== this.version) {
      this.i = -1;
      throw runtimeError(t.map.size !== this.size ? 'dictionary changed size during iteration' : 'dictionary keys changed during iteration');
    }
    const nk = this.keys[this.i--];
    if (this.kind === 'keys') return t.keyOf(nk);
    const v = t.map.get(nk);
    if (this.kind === 'values') return v;
    return tuple([t.keyOf(nk), v]);
  }
}
defineIteratorType(DictReverseKeyIteratorType);
defineIteratorType(DictReverseValueIteratorType);
defineIteratorType(DictReverseItemIteratorType);

/** A forward iterator over a dict's keys, values or items. */
export function dictIterator(d: PyDict, kind: DictViewKind): TableIterator {
  if (kind === 'keys') return keyIterator(d);
  const it = new TableIterator(d, kind);
  it.cls = kind === 'values' ? DictValueIteratorType : DictItemIteratorType;
  return it;
}

/** `x in view` for keys and items views. */
function viewContains(rt: Runtime, v: PyDictView, x: Value): boolean {
  if (v.kind === 'keys') return v.dict.has(rt, x);
  if (v.kind === 'items') {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const found = v.dict.get(rt, x.items[0]);
    if (found === ABSENT) return false;
    return eq(rt, found, x.items[1]);
  }
  let hit = false;
  iterate(rt, v, (y) => {
    if (y === x || eq(rt, y, x)) {
      hit = true;
      return true;
    }
  });
  return hit;
}

/** Set-like operands of view comparisons: sets, frozensets, keys and items views. */
function isSetLike(v: Value): v is PySetBase | PyDictView {
  return v instanceof PySetBase || (v instanceof PyDictView && v.kind !== 'values');
}

function setLikeSize(v: PySetBase | PyDictView): number {
  return v instanceof PyDictView ? v.dict.map.size : v.map.size;
}

function setLikeContains(rt: Runtime, c: PySetBase | PyDictView, x: Value): boolean {
  return c instanceof PyDictView ? viewContains(rt, c, x) : setContains(rt, c, x);
}

/** Every element of `a` is in `b`. */
function allContainedIn(rt: Runtime, a: Value, b: PySetBase | PyDictView): boolean {
  let ok = true;
  iterate(rt, a, (x) => {
    if (!setLikeContains(rt, b, x)) {
      ok = false;
      return true;
    }
  });
  return ok;
}

const viewReprActive = new Set<PyDictView>();

function viewRepr(rt: Runtime, v: PyDictView): string {
  const name = typeName(v);
  if (viewReprActive.has(v)) return '...';
  viewReprActive.add(v);
  try {
    const items: Value[] = [];
    iterate(rt, v, (x) => {
      items.push(x);
    });
    return `${name}(${builtinRepr(rt, new PyList(items))})`;
  } finally {
    viewReprActive.delete(v);
  }
}

/** A read-only snapshot of the dict, for `view.mapping`. */
function mappingProxy(rt: Runtime, d: PyDict): PyDict {
  const p = new PyDict();
  p.updateFrom(rt, d);
  p.cls = MappingProxyType;
  return p;
}

function view(v: Value): PyDictView {
  return v as PyDictView;
}

/** The `&` of a view and any iterable (either order): elements of `other` found in the view. */
function viewAnd(rt: Runtime, a: Value, b: Value): PySet {
  let v: PyDictView;
  let other: Value;
  if (a instanceof PyDictView) {
    v = a;
    other = b;
  } else {
    v = view(b);
    other = a;
  }
  const r = new PySet();
  iterate(rt, other, (x) => {
    if (viewContains(rt, v, x)) r.add(rt, x);
  });
  return r;
}

function setOf(rt: Runtime, x: Value): PySet {
  const s = new PySet();
  fillSet(rt, s, x);
  return s;
}

const VIEW_BINARY: Record<string, (rt: Runtime, a: Value, b: Value) => PySet> = {
  and: viewAnd,
  or: (rt, a, b) => {
    const r = setOf(rt, a);
    fillSet(rt, r, b);
    return r;
  },
  sub: (rt, a, b) => {
    const r = setOf(rt, a);
    iterate(rt, b, (x) => {
      r.discard(rt, x);
    });
    return r;
  },
  xor: (rt, a, b) => {
    const r = setOf(rt, a);
    const other = setOf(rt, b);
    for (const k of Array.from(other.map.values())) {
      if (--rt.ticks < 0) rt.checkpoint();
      if (r.has(rt, k)) r.discard(rt, k);
      else r.add(rt, k);
    }
    return r;
  },
};

function viewMethods(type: PyClass, setLike: boolean): Record<string, PyBuiltin['fn']> {
  const tn = type.name;
  const m: Record<string, PyBuiltin['fn']> = {
    __len__(_rt, args, kwnames) {
      wrapperArgs('__len__', args, kwnames, 0);
      return view(args[0]).dict.map.size;
    },
    __iter__(_rt, args, kwnames) {
      wrapperArgs('__iter__', args, kwnames, 0);
      const v = view(args[0]);
      return dictIterator(v.dict, v.kind);
    },
    __reversed__(rt, args, kwnames) {
      noArgs0(`${tn}.__reversed__`, args, kwnames);
      const v = view(args[0]);
      return new ReverseTableIterator(rt, v.dict, v.kind);
    },
    __repr__(rt, args, kwnames) {
      wrapperArgs('__repr__', args, kwnames, 0);
      return viewRepr(rt, view(args[0]));
    },
  };
  if (!setLike) return m;
  m.__contains__ = (rt, args, kwnames) => {
    wrapperArgs('__contains__', args, kwnames, 1);
    return viewContains(rt, view(args[0]), args[1]);
  };
  m.isdisjoint = (rt, args, kwnames) => {
    const other = oneArg(`${tn}.isdisjoint`, args, kwnames);
    const v = view(args[0]);
    if (other === v) return v.dict.map.size === 0;
    let disjoint = true;
    if (isSetLike(other) && setLikeSize(other) > v.dict.map.size) {
      iterate(rt, v, (x) => {
        if (setLikeContains(rt, other, x)) {
          disjoint = false;
          return true;
        }
      });
    } else {
      iterate(rt, other, (x) => {
        if (viewContains(rt, v, x)) {
          disjoint = false;
          return true;
        }
      });
    }
    return disjoint;
  };
  const cmp: Record<string, (rt: Runtime, a: PyDictView, b: PySetBase | PyDictView) => boolean> = {
    __eq__: (rt, a, b) => setLikeSize(a) === setLikeSize(b) && allContainedIn(rt, a, b),
    __ne__: (rt, a, b) => !(setLikeSize(a) === setLikeSize(b) && allContainedIn(rt, a, b)),
    __lt__: (rt, a, b) => setLikeSize(a) < setLikeSize(b) && allContainedIn(rt, a, b),
    __le__: (rt, a, b) => setLikeSize(a) <= setLikeSize(b) && allContainedIn(rt, a, b),
    __gt__: (rt, a, b) => setLikeSize(a) > setLikeSize(b) && allContainedIn(rt, b, a),
    __ge__: (rt, a, b) => setLikeSize(a) >= setLikeSize(b) && allContainedIn(rt, b, a),
  };
  for (const name of Object.keys(cmp)) {
    const test = cmp[name];
    m[name] = (rt, args, kwnames) => {
      wrapperArgs(name, args, kwnames, 1);
      const other = args[1];
      if (!isSetLike(other)) return NotImplemented;
      return test(rt, view(args[0]), other);
    };
  }
  for (const op of Object.keys(VIEW_BINARY)) {
    const fn = VIEW_BINARY[op];
    m[`__${op}__`] = (rt, args, kwnames) => {
      wrapperArgs(`__${op}__`, args, kwnames, 1);
      return fn(rt, args[0], args[1]);
    };
    m[`__r${op}__`] = (rt, args, kwnames) => {
      wrapperArgs(`__r${op}__`, args, kwnames, 1);
      return fn(rt, args[1], args[0]);
    };
  }
  return m;
}

defineMethods(DictKeysType, viewMethods(DictKeysType, true));
defineMethods(DictValuesType, viewMethods(DictValuesType, false));
defineMethods(DictItemsType, viewMethods(DictItemsType, true));
DictKeysType.dict.set('__hash__', None);
DictItemsType.dict.set('__hash__', None);
for (const t of [DictKeysType, DictValuesType, DictItemsType]) {
  defineGetSets(t, { mapping: (rt, self) => mappingProxy(rt, view(self).dict) });
}

// ================================================================ dict

let dictIterFn: Value;

/** Whether `v` can be merged by reading its table directly (dicts that iterate natively). */
function isPlainDict(v: Value): v is PyDict {
  if (!(v instanceof PyDict)) return false;
  if (v.cls === DictType || v.cls === MappingProxyType) return true;
  dictIterFn ??= DictType.dict.get('__iter__');
  return v.cls.lookup('__iter__') === dictIterFn;
}

/** Copies every entry of `src` into `d`, with size and budget checks. */
function mergeDict(rt: Runtime, d: PyDict, src: PyDict): void {
  const n = src.map.size;
  if (n === 0 || src === d) return;
  rt.checkValueSize((d.map.size + n) * 8, 'dict');
  rt.charge(n);
  d.updateFrom(rt, src);
}

/** `d.update(arg)` for one positional argument: a dict, a mapping with `keys()`, or key/value pairs. */
export function dictUpdateArg(rt: Runtime, d: PyDict, arg: Value): void {
  if (isPlainDict(arg)) {
    mergeDict(rt, d, arg);
    return;
  }
  const builtin = typeof arg !== 'object' || ((arg as PyObject).cls.builtin && !(arg instanceof PyClass));
  const keys = builtin ? (lookupSpecial(arg, 'keys') === undefined ? undefined : getAttrOrUndefined(rt, arg, 'keys')) : getAttrOrUndefined(rt, arg, 'keys');
  if (keys !== undefined) {
    const ks = callValue(rt, keys, [], null);
    let count = 0;
    iterate(rt, ks, (k) => {
      d.set(rt, k, getItem(rt, arg, k));
      if ((++count & 0xffff) === 0) rt.checkValueSize(d.map.size * 8, 'dict');
    });
    return;
  }
  mergePairs(rt, d, arg);
}

/** `dict(pairs)`: each element must be an iterable of exactly two items. */
function mergePairs(rt: Runtime, d: PyDict, arg: Value): void {
  let i = 0;
  iterate(rt, arg, (item) => {
    let pair: Value[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      const it = getIterOrNull(rt, item);
      if (it === null) throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      pair = [];
      for (;;) {
        const x = iterNext(rt, it);
        if (x === DONE) break;
        if (--rt.ticks < 0) rt.checkpoint();
        pair.push(x);
        if (pair.length > 2 && (pair.length & 0xffff) === 0) rt.checkValueSize(pair.length * 8, 'sequence');
      }
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    d.set(rt, pair[0], pair[1]);
    if ((++i & 0xffff) === 0) rt.checkValueSize(d.map.size * 8, 'dict');
  });
}

/** The shared body of `dict(...)`, `dict.__init__` and `dict.update`: one optional positional, then keywords. */
function dictUpdateCall(rt: Runtime, d: PyDict, args: Value[], kwnames: string[] | null, skip: number, name: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - skip - nkw;
  checkPositional(name, npos, 0, 1);
  if (npos === 1) dictUpdateArg(rt, d, args[skip]);
  if (nkw > 0) {
    const base = args.length - nkw;
    for (let k = 0; k < nkw; k++) d.set(rt, kwnames![k], args[base + k]);
  }
}

/** Python dict equality (same keys, equal values). */
export function dictEquals(rt: Runtime, a: PyDict, b: PyDict): boolean {
  if (a === b) return true;
  if (a.map.size !== b.map.size) return false;
  rt.enter();
  try {
    for (const [nk, v] of a.map) {
      if (--rt.ticks < 0) rt.checkpoint();
      const w = b.get(rt, a.keyOf(nk));
      if (w === ABSENT) return false;
      if (v !== w && !eq(rt, v, w)) return false;
    }
  } finally {
    rt.leave();
  }
  return true;
}

/** An exact-dict copy. */
export function dictCopy(rt: Runtime, d: PyDict): PyDict {
  const r = new PyDict();
  mergeDict(rt, r, d);
  return r;
}

/** Cached key order for repeated `popitem()` (JS Maps cannot find their last entry cheaply). */
const popCache = new WeakMap<PyDict, { version: number; keys: Value[] }>();

function popItem(rt: Runtime, d: PyDict): PyTuple {
  if (d.map.size === 0) throw keyError('popitem(): dictionary is empty');
  let c = popCache.get(d);
  if (c === undefined || c.version !== d.version) {
    rt.charge(d.map.size);
    c = { version: 0, keys: Array.from(d.map.keys()) };
    popCache.set(d, c);
  }
  const nk = c.keys.pop();
  const key = d.keyOf(nk);
  const v = d.map.get(nk);
  d.delete(rt, key);
  c.version = d.version;
  if (c.keys.length === 0) popCache.delete(d);
  return tuple([key, v]);
}

DictType.construct = (rt, _cls, args, kwnames) => {
  const d = new PyDict();
  dictUpdateCall(rt, d, args, kwnames, 0, 'dict');
  return d;
};

DictType.dict.set('__new__', staticNative('__new__', (_rt, args, kwnames) => {
  const cls = newTarget(args, kwnames, DictType);
  return adopt(new PyDict(), cls);
}));
DictType.dict.set('__class_getitem__', classGetItem('dict.__class_getitem__'));
DictType.dict.set('__hash__', None);
DictType.dict.set('fromkeys', classNative('fromkeys', (rt, args, kwnames) => {
  clinicArgs('dict.fromkeys', 'fromkeys', args, kwnames, 1, 2);
  const cls = args[0];
  const value = args.length > 2 ? args[2] : None;
  const d = callValue(rt, cls, [], null);
  if (d instanceof PyDict && d.cls === DictType) {
    let count = 0;
    iterate(rt, args[1], (k) => {
      d.set(rt, k, value);
      if ((++count & 0xffff) === 0) rt.checkValueSize(d.map.size * 8, 'dict');
    });
  } else {
    // PyObject_SetItem: a subclass's own __setitem__ is honoured.
    const setitem = lookupSpecial(d, '__setitem__');
    iterate(rt, args[1], (k) => {
      if (setitem === undefined || setitem === None) setItem(rt, d, k, value);
      else callSpecial(rt, d, setitem, [k, value]);
    });
  }
  return d;
}));

function dictGetItem(rt: Runtime, d: PyDict, key: Value): Value {
  const v = d.get(rt, key);
  if (v !== ABSENT) return v;
  if (!d.cls.builtin) {
    const missing = d.cls.lookup('__missing__');
    if (missing !== undefined && missing !== None) return callSpecial(rt, d, missing, [key]);
  }
  throw keyError(key);
}

defineMethods(DictType, {
  __init__(rt, args, kwnames) {
    dictUpdateCall(rt, dict(args[0]), args, kwnames, 1, 'dict');
    return None;
  },
  keys(_rt, args, kwnames) {
    noArgs0('dict.keys', args, kwnames);
    return new PyDictView(dict(args[0]), 'keys');
  },
  values(_rt, args, kwnames) {
    noArgs0('dict.values', args, kwnames);
    return new PyDictView(dict(args[0]), 'values');
  },
  items(_rt, args, kwnames) {
    noArgs0('dict.items', args, kwnames);
    return new PyDictView(dict(args[0]), 'items');
  },
  get(rt, args, kwnames) {
    const n = clinicArgs('dict.get', 'get', args, kwnames, 1, 2);
    const v = dict(args[0]).get(rt, args[1]);
    if (v !== ABSENT) return v;
    return n === 2 ? args[2] : None;
  },
  setdefault(rt, args, kwnames) {
    const n = clinicArgs('dict.setdefault', 'setdefault', args, kwnames, 1, 2);
    const d = dict(args[0]);
    const v = d.get(rt, args[1]);
    if (v !== ABSENT) return v;
    const dflt = n === 2 ? args[2] : None;
    d.set(rt, args[1], dflt);
    return dflt;
  },
  pop(rt, args, kwnames) {
    const n = clinicArgs('dict.pop', 'pop', args, kwnames, 1, 2);
    const d = dict(args[0]);
    // CPython answers an empty dict without hashing the key: `{}.pop([])` is a KeyError.
    const v = d.map.size === 0 ? ABSENT : d.delete(rt, args[1]);
    if (v !== ABSENT) return v;
    if (n === 2) return args[2];
    throw keyError(args[1]);
  },
  popitem(rt, args, kwnames) {
    noArgs0('dict.popitem', args, kwnames);
    return popItem(rt, dict(args[0]));
  },
  update(rt, args, kwnames) {
    dictUpdateCall(rt, dict(args[0]), args, kwnames, 1, 'update');
    return None;
  },
  copy(rt, args, kwnames) {
    noArgs0('dict.copy', args, kwnames);
    return dictCopy(rt, dict(args[0]));
  },
  clear(_rt, args, kwnames) {
    noArgs0('dict.clear', args, kwnames);
    dict(args[0]).clearAll();
    popCache.delete(dict(args[0]));
    return None;
  },
  __len__(_rt, args, kwnames) {
    wrapperArgs('__len__', args, kwnames, 0);
    return dict(args[0]).map.size;
  },
  __getitem__(rt, args, kwnames) {
    const key = oneArg('dict.__getitem__', args, kwnames);
    return dictGetItem(rt, dict(args[0]), key);
  },
  __setitem__(rt, args, kwnames) {
    wrapperArgs('__setitem__', args, kwnames, 2, ' ');
    dict(args[0]).set(rt, args[1], args[2]);
    return None;
  },
  __delitem__(rt, args, kwnames) {
    wrapperArgs('__delitem__', args, kwnames, 1);
    if (dict(args[0]).delete(rt, args[1]) === ABSENT) throw keyError(args[1]);
    return None;
  },
  __contains__(rt, args, kwnames) {
    const key = oneArg('dict.__contains__', args, kwnames);
    return dict(args[0]).has(rt, key);
  },
  __iter__(_rt, args, kwnames) {
    wrapperArgs('__iter__', args, kwnames, 0);
    return keyIterator(dict(args[0]));
  },
  __reversed__(rt, args, kwnames) {
    noArgs0('dict.__reversed__', args, kwnames);
    return new ReverseTableIterator(rt, dict(args[0]), 'keys');
  },
  __eq__(rt, args, kwnames) {
    wrapperArgs('__eq__', args, kwnames, 1);
    const other = args[1];
    if (!(other instanceof PyDict)) return NotImplemented;
    return dictEquals(rt, dict(args[0]), other);
  },
  __ne__(rt, args, kwnames) {
    wrapperArgs('__ne__', args, kwnames, 1);
    const other = args[1];
    if (!(other instanceof PyDict)) return NotImplemented;
    return !dictEquals(rt, dict(args[0]), other);
  },
  __or__(rt, args, kwnames) {
    wrapperArgs('__or__', args, kwnames, 1);
    const other = args[1];
    if (!(other instanceof PyDict)) return NotImplemented;
    const r = dictCopy(rt, dict(args[0]));
    dictUpdateArg(rt, r, other);
    return r;
  },
  __ror__(rt, args, kwnames) {
    wrapperArgs('__ror__', args, kwnames, 1);
    const other = args[1];
    if (!(other instanceof PyDict)) return NotImplemented;
    const r = dictCopy(rt, other);
    dictUpdateArg(rt, r, dict(args[0]));
    return r;
  },
  __ior__(rt, args, kwnames) {
    wrapperArgs('__ior__', args, kwnames, 1);
    dictUpdateArg(rt, dict(args[0]), args[1]);
    return args[0];
  },
  __repr__(rt, args, kwnames) {
    wrapperArgs('__repr__', args, kwnames, 0);
    return builtinRepr(rt, args[0]);
  },
});

// A mappingproxy (a class's `__dict__`, `view.mapping`) is a read-only PyDict
// snapshot: it shares dict's read methods, bound to its own type.
for (const name of ['keys', 'values', 'items', 'get', 'copy']) {
  const m = DictType.dict.get(name) as PyBuiltin;
  MappingProxyType.dict.set(name, new PyBuiltin(name, m.fn, MappingProxyType));
}
