/**
 * The `set` and `frozenset` types: constructors, `__new__`/`__init__` for
 * subclasses, the public methods (which take any iterables where CPython's
 * do) and the operators (which take only sets: `{1} | [2]` is a TypeError).
 * Results of frozenset methods are frozensets; results are always of the
 * exact base type, never of a user subclass (as in CPython).
 */
import { PyClass, type Value } from '../object.js';
import { FrozenSetType, None, NotImplemented, ObjectType, SetType } from '../types.js';
import { keyError } from '../exceptions.js';
import { PyBuiltin, defineMethods } from '../function.js';
import { PyDict, PyFrozenSet, PySet, PySetBase } from '../dict.js';
import { SetIteratorType, TableIterator, iterate } from '../iter.js';
import { builtinRepr } from '../ops.js';
import { pyHash } from '../hashing.js';
import type { Runtime } from '../runtime.js';
import {
  adopt, checkPositional, classGetItem, newTarget, noArgs0, noKw, oneArg, staticNative, wrapperArgs,
} from './list.js';

/** Imported by the bootstrap module; the method tables are filled at module load. */
export function installSetMethods(): void {}

function anySet(v: Value): PySetBase {
  return v as PySetBase;
}

/** An empty set of `s`'s base type (set or frozenset). */
function newLike(s: PySetBase): PySetBase {
  return s instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
}

/** Copies every element of `src` into `dst` (charging one step each). */
export function copyInto(rt: Runtime, dst: PySetBase, src: PySetBase): void {
  const n = src.map.size;
  if (n === 0 || dst === src) return;
  rt.checkValueSize((dst.map.size + n) * 8, 'set');
  rt.charge(n);
  if (src.buckets === null) {
    // No bucketed keys (tuples, frozensets, user-hashed objects): normalized keys carry over as-is.
    for (const [nk, k] of src.map) {
      if (!dst.map.has(nk)) {
        dst.map.set(nk, k);
        dst.version++;
      }
    }
    return;
  }
  for (const k of Array.from(src.map.values())) dst.add(rt, k);
}

/** Adds every element of `iterable` to `dst` (set.update with one argument). */
export function fillSet(rt: Runtime, dst: PySetBase, iterable: Value): void {
  if (iterable instanceof PySetBase) {
    copyInto(rt, dst, iterable);
    return;
  }
  if (iterable instanceof PyDict && iterable.cls.builtin && iterable.buckets === null) {
    const n = iterable.map.size;
    rt.checkValueSize((dst.map.size + n) * 8, 'set');
    rt.charge(n);
    for (const nk of Array.from(iterable.map.keys())) {
      if (dst.buckets === null && !dst.map.has(nk)) {
        dst.map.set(nk, iterable.keyOf(nk));
        dst.version++;
      } else dst.add(rt, iterable.keyOf(nk));
    }
    return;
  }
  let count = 0;
  iterate(rt, iterable, (x) => {
    dst.add(rt, x);
    if ((++count & 0xffff) === 0) rt.checkValueSize(dst.map.size * 8, 'set');
  });
}

/** A new set holding the elements of `iterable`. */
export function setFrom(rt: Runtime, iterable: Value): PySet {
  const s = new PySet();
  fillSet(rt, s, iterable);
  return s;
}

/** A frozenset with the elements of the set `s` (for looking up an unhashable set as a key). */
function frozenOf(rt: Runtime, s: PySetBase): PyFrozenSet {
  const f = new PyFrozenSet();
  copyInto(rt, f, s);
  return f;
}

/** CPython retries a lookup of an unhashable set as the equal frozenset. */
function lookupKey(rt: Runtime, k: Value): Value {
  if (k instanceof PySet && k.cls.lookup('__hash__') === None) return frozenOf(rt, k);
  return k;
}

/** `x in s`, with the set-as-frozenset retry. */
export function setContains(rt: Runtime, s: PySetBase, x: Value): boolean {
  return s.has(rt, lookupKey(rt, x));
}

/** Snapshot of the elements (safe against mutation by user `__eq__`/`__hash__`). */
function elements(rt: Runtime, s: PySetBase): Value[] {
  rt.charge(s.map.size);
  return Array.from(s.map.values());
}

/** `a & other` as a new set of a's base type. */
function intersect(rt: Runtime, a: PySetBase, other: Value): PySetBase {
  const r = newLike(a);
  if (other === a) {
    copyInto(rt, r, a);
    return r;
  }
  if (other instanceof PySetBase) {
    let small: PySetBase = a;
    let large: PySetBase = other;
    if (small.map.size > large.map.size) {
      small = other;
      large = a;
    }
    for (const k of elements(rt, small)) if (large.has(rt, k)) r.add(rt, k);
    return r;
  }
  iterate(rt, other, (k) => {
    if (a.has(rt, k)) r.add(rt, k);
  });
  return r;
}

/** Removes from `s` every element of `other`. */
function differenceUpdate(rt: Runtime, s: PySetBase, other: Value): void {
  if (other === s) {
    s.clearAll();
    return;
  }
  if (other instanceof PySetBase) {
    if (other.map.size > s.map.size * 4) {
      for (const k of elements(rt, s)) if (other.has(rt, k)) s.discard(rt, k);
    } else {
      for (const k of elements(rt, other)) s.discard(rt, k);
    }
    return;
  }
  iterate(rt, other, (k) => {
    s.discard(rt, k);
  });
}

/** Toggles in `s` every element of `other`. */
function symmetricDifferenceUpdate(rt: Runtime, s: PySetBase, other: Value): void {
  if (other === s) {
    s.clearAll();
    return;
  }
  const src = other instanceof PySetBase ? other : setFrom(rt, other);
  for (const k of elements(rt, src)) {
    if (s.has(rt, k)) s.discard(rt, k);
    else s.add(rt, k);
  }
}

/** Is every element of `a` in `b`? */
function subset(rt: Runtime, a: PySetBase, b: PySetBase): boolean {
  if (a.map.size > b.map.size) return false;
  for (const k of elements(rt, a)) if (!b.has(rt, k)) return false;
  return true;
}

function isDisjoint(rt: Runtime, s: PySetBase, other: Value): boolean {
  if (other instanceof PySetBase) {
    let small: PySetBase = s;
    let large: PySetBase = other;
    if (small.map.size > large.map.size) {
      small = other;
      large = s;
    }
    for (const k of elements(rt, small)) if (large.has(rt, k)) return false;
    return true;
  }
  let disjoint = true;
  iterate(rt, other, (k) => {
    if (s.has(rt, k)) {
      disjoint = false;
      return true;
    }
  });
  return disjoint;
}

/** Replaces the contents of `s` with those of `src`. */
function replaceContents(rt: Runtime, s: PySetBase, src: PySetBase): void {
  s.clearAll();
  copyInto(rt, s, src);
}

// ================================================================ tables

const RICH: Record<string, (rt: Runtime, a: PySetBase, b: PySetBase) => boolean> = {
  __eq__: (rt, a, b) => a.map.size === b.map.size && subset(rt, a, b),
  __ne__: (rt, a, b) => !(a.map.size === b.map.size && subset(rt, a, b)),
  __lt__: (rt, a, b) => a.map.size < b.map.size && subset(rt, a, b),
  __le__: (rt, a, b) => subset(rt, a, b),
  __gt__: (rt, a, b) => b.map.size < a.map.size && subset(rt, b, a),
  __ge__: (rt, a, b) => subset(rt, b, a),
};

type BinFn = (rt: Runtime, a: PySetBase, b: PySetBase) => PySetBase;
const BINARY: Record<string, BinFn> = {
  or: (rt, a, b) => {
    const r = newLike(a);
    copyInto(rt, r, a);
    copyInto(rt, r, b);
    return r;
  },
  and: (rt, a, b) => intersect(rt, a, b),
  sub: (rt, a, b) => {
    const r = newLike(a);
    if (a === b) return r;
    for (const k of elements(rt, a)) if (!b.has(rt, k)) r.add(rt, k);
    return r;
  },
  xor: (rt, a, b) => {
    const r = newLike(a);
    copyInto(rt, r, a);
    symmetricDifferenceUpdate(rt, r, b);
    return r;
  },
};

const INPLACE: Record<string, (rt: Runtime, s: PySetBase, o: PySetBase) => void> = {
  or: (rt, s, o) => copyInto(rt, s, o),
  and: (rt, s, o) => replaceContents(rt, s, intersect(rt, s, o)),
  sub: (rt, s, o) => differenceUpdate(rt, s, o),
  xor: (rt, s, o) => symmetricDifferenceUpdate(rt, s, o),
};

function commonMethods(type: PyClass): Record<string, PyBuiltin['fn']> {
  const tn = type.name;
  const methods: Record<string, PyBuiltin['fn']> = {
    copy(rt, args, kwnames) {
      noArgs0(`${tn}.copy`, args, kwnames);
      const self = anySet(args[0]);
      if (self instanceof PyFrozenSet && self.cls === FrozenSetType) return self;
      const r = newLike(self);
      copyInto(rt, r, self);
      return r;
    },
    union(rt, args, kwnames) {
      noKw(`${tn}.union`, kwnames);
      const self = anySet(args[0]);
      const r = newLike(self);
      copyInto(rt, r, self);
      for (let i = 1; i < args.length; i++) fillSet(rt, r, args[i]);
      return r;
    },
    intersection(rt, args, kwnames) {
      noKw(`${tn}.intersection`, kwnames);
      const self = anySet(args[0]);
      if (args.length === 1) {
        const r = newLike(self);
        copyInto(rt, r, self);
        return r;
      }
      let r = intersect(rt, self, args[1]);
      for (let i = 2; i < args.length; i++) r = intersect(rt, r, args[i]);
      return r;
    },
    difference(rt, args, kwnames) {
      noKw(`${tn}.difference`, kwnames);
      const self = anySet(args[0]);
      const r = newLike(self);
      copyInto(rt, r, self);
      for (let i = 1; i < args.length; i++) differenceUpdate(rt, r, args[i]);
      return r;
    },
    symmetric_difference(rt, args, kwnames) {
      const other = oneArg(`${tn}.symmetric_difference`, args, kwnames);
      const self = anySet(args[0]);
      const r = newLike(self);
      copyInto(rt, r, self);
      symmetricDifferenceUpdate(rt, r, other === self ? r : other);
      return r;
    },
    issubset(rt, args, kwnames) {
      const other = oneArg(`${tn}.issubset`, args, kwnames);
      const self = anySet(args[0]);
      return subset(rt, self, other instanceof PySetBase ? other : setFrom(rt, other));
    },
    issuperset(rt, args, kwnames) {
      const other = oneArg(`${tn}.issuperset`, args, kwnames);
      const self = anySet(args[0]);
      if (other instanceof PySetBase) return subset(rt, other, self);
      let all = true;
      iterate(rt, other, (k) => {
        if (!self.has(rt, k)) {
          all = false;
          return true;
        }
      });
      return all;
    },
    isdisjoint(rt, args, kwnames) {
      const other = oneArg(`${tn}.isdisjoint`, args, kwnames);
      return isDisjoint(rt, anySet(args[0]), other);
    },
    __len__(_rt, args, kwnames) {
      wrapperArgs('__len__', args, kwnames, 0);
      return anySet(args[0]).map.size;
    },
    __contains__(rt, args, kwnames) {
      const x = oneArg(`${tn}.__contains__`, args, kwnames);
      return setContains(rt, anySet(args[0]), x);
    },
    __iter__(_rt, args, kwnames) {
      wrapperArgs('__iter__', args, kwnames, 0);
      const it = new TableIterator(anySet(args[0]), 'keys');
      it.cls = SetIteratorType;
      return it;
    },
    __repr__(rt, args, kwnames) {
      wrapperArgs('__repr__', args, kwnames, 0);
      return builtinRepr(rt, args[0]);
    },
  };
  for (const name of Object.keys(RICH)) {
    const test = RICH[name];
    methods[name] = (rt, args, kwnames) => {
      wrapperArgs(name, args, kwnames, 1);
      const other = args[1];
      if (!(other instanceof PySetBase)) return NotImplemented;
      return test(rt, anySet(args[0]), other);
    };
  }
  for (const op of Object.keys(BINARY)) {
    const fn = BINARY[op];
    methods[`__${op}__`] = (rt, args, kwnames) => {
      wrapperArgs(`__${op}__`, args, kwnames, 1);
      const other = args[1];
      if (!(other instanceof PySetBase)) return NotImplemented;
      return fn(rt, anySet(args[0]), other);
    };
    methods[`__r${op}__`] = (rt, args, kwnames) => {
      wrapperArgs(`__r${op}__`, args, kwnames, 1);
      const other = args[1];
      if (!(other instanceof PySetBase)) return NotImplemented;
      return fn(rt, other, anySet(args[0]));
    };
  }
  return methods;
}

// ------------------------------------------------------------------ set

SetType.construct = (rt, _cls, args, kwnames) => {
  noKw('set', kwnames);
  checkPositional('set', args.length, 0, 1);
  const s = new PySet();
  if (args.length === 1) fillSet(rt, s, args[0]);
  return s;
};

SetType.dict.set('__new__', staticNative('__new__', (_rt, args, kwnames) => {
  const cls = newTarget(args, kwnames, SetType);
  if (cls === SetType) noKw('set', kwnames);
  return adopt(new PySet(), cls);
}));
SetType.dict.set('__class_getitem__', classGetItem('set.__class_getitem__'));
SetType.dict.set('__hash__', None);

const setMethods: Record<string, PyBuiltin['fn']> = {
  __init__(rt, args, kwnames) {
    const self = anySet(args[0]);
    noKw('set', kwnames);
    checkPositional(self.cls.name, args.length - 1, 0, 1);
    self.clearAll();
    if (args.length > 1) fillSet(rt, self, args[1] === self ? new PySet() : args[1]);
    return None;
  },
  add(rt, args, kwnames) {
    const x = oneArg('set.add', args, kwnames);
    anySet(args[0]).add(rt, x);
    return None;
  },
  discard(rt, args, kwnames) {
    const x = oneArg('set.discard', args, kwnames);
    anySet(args[0]).discard(rt, lookupKey(rt, x));
    return None;
  },
  remove(rt, args, kwnames) {
    const x = oneArg('set.remove', args, kwnames);
    if (!anySet(args[0]).discard(rt, lookupKey(rt, x))) throw keyError(x);
    return None;
  },
  pop(rt, args, kwnames) {
    noArgs0('set.pop', args, kwnames);
    const self = anySet(args[0]);
    const first = self.map.values().next();
    if (first.done) throw keyError('pop from an empty set');
    self.discard(rt, first.value);
    return first.value;
  },
  clear(_rt, args, kwnames) {
    noArgs0('set.clear', args, kwnames);
    anySet(args[0]).clearAll();
    return None;
  },
  update(rt, args, kwnames) {
    noKw('set.update', kwnames);
    const self = anySet(args[0]);
    for (let i = 1; i < args.length; i++) fillSet(rt, self, args[i]);
    return None;
  },
  intersection_update(rt, args, kwnames) {
    noKw('set.intersection_update', kwnames);
    const self = anySet(args[0]);
    if (args.length === 1) return None;
    let r = intersect(rt, self, args[1]);
    for (let i = 2; i < args.length; i++) r = intersect(rt, r, args[i]);
    replaceContents(rt, self, r);
    return None;
  },
  difference_update(rt, args, kwnames) {
    noKw('set.difference_update', kwnames);
    const self = anySet(args[0]);
    for (let i = 1; i < args.length; i++) differenceUpdate(rt, self, args[i]);
    return None;
  },
  symmetric_difference_update(rt, args, kwnames) {
    const other = oneArg('set.symmetric_difference_update', args, kwnames);
    symmetricDifferenceUpdate(rt, anySet(args[0]), other);
    return None;
  },
  ...commonMethods(SetType),
};
for (const op of Object.keys(INPLACE)) {
  const fn = INPLACE[op];
  setMethods[`__i${op}__`] = (rt, args, kwnames) => {
    wrapperArgs(`__i${op}__`, args, kwnames, 1);
    const other = args[1];
    if (!(other instanceof PySetBase)) return NotImplemented;
    fn(rt, anySet(args[0]), other);
    return args[0];
  };
}
defineMethods(SetType, setMethods);

// ------------------------------------------------------------- frozenset

/** `frozenset(...)` / `F(...)`: the value comes from the arguments at creation. */
function frozensetNew(rt: Runtime, cls: PyClass, args: Value[], kwnames: string[] | null, skip: number): PyFrozenSet {
  if (cls === FrozenSetType || cls.lookup('__init__') === ObjectType.dict.get('__init__')) noKw('frozenset', kwnames);
  const npos = args.length - skip - (kwnames === null ? 0 : kwnames.length);
  checkPositional(cls.name, npos, 0, 1);
  if (npos === 1) {
    const src = args[skip];
    if (cls === FrozenSetType && src instanceof PyFrozenSet && src.cls === FrozenSetType) return src;
  }
  const f = adopt(new PyFrozenSet(), cls);
  if (npos === 1) fillSet(rt, f, args[skip]);
  return f;
}

FrozenSetType.construct = (rt, cls, args, kwnames) => frozensetNew(rt, cls, args, kwnames, 0);
FrozenSetType.dict.set('__new__', staticNative('__new__', (rt, args, kwnames) => {
  const cls = newTarget(args, kwnames, FrozenSetType);
  return frozensetNew(rt, cls, args, kwnames, 1);
}));
FrozenSetType.dict.set('__class_getitem__', classGetItem('frozenset.__class_getitem__'));

defineMethods(FrozenSetType, {
  ...commonMethods(FrozenSetType),
  __hash__(rt, args, kwnames) {
    wrapperArgs('__hash__', args, kwnames, 0);
    return pyHash(rt, args[0]);
  },
});
