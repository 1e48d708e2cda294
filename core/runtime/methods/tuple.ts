/**
 * The `tuple` type: constructor, `__new__` for subclasses, `count`/`index`
 * and the special methods user subclasses inherit.
 */
import { PyClass, type Value } from '../object.js';
import { NotImplemented, ObjectType, TupleType } from '../types.js';
import { indexError, typeError, valueError } from '../exceptions.js';
import { PyBuiltin, defineMethods } from '../function.js';
import { PyList, PySlice, PyTuple, tuple } from '../values.js';
import { ArrayIterator, TupleIteratorType, toArray } from '../iter.js';
import { type CmpOp } from '../compare.js';
import { builtinRepr, typeName } from '../ops.js';
import { indexValue, sliceBounds } from '../subscript.js';
import { pyHash } from '../hashing.js';
import type { Runtime } from '../runtime.js';
import {
  adopt, checkPositional, classGetItem, clinicArgs, concatItems, itemIndex, newTarget, noArgs0, noKw, oneArg, repeatCount,
  repeatItems, searchBounds, seqContains, seqCount, seqFind, seqRichCompare, staticNative, wrapperArgs,
} from './list.js';

/** Imported by the bootstrap module; the method tables are filled at module load. */
export function installTupleMethods(): void {}

function tup(v: Value): PyTuple {
  return v as PyTuple;
}

/** Builds a tuple (exact or of a subclass) from the arguments of `tuple(...)` / `T(...)`. */
function tupleNew(rt: Runtime, cls: PyClass, args: Value[], kwnames: string[] | null, skip: number): PyTuple {
  // Keywords are refused unless a subclass defines its own __init__ to take them (as CPython).
  if (cls === TupleType || cls.lookup('__init__') === ObjectType.dict.get('__init__')) noKw('tuple', kwnames);
  const npos = args.length - skip - (kwnames === null ? 0 : kwnames.length);
  checkPositional('tuple', npos, 0, 1);
  if (npos === 0) return cls === TupleType ? tuple([]) : adopt(new PyTuple([]), cls);
  const src = args[skip];
  if (cls === TupleType && src instanceof PyTuple && src.cls === TupleType) return src;
  if (src instanceof PyTuple || src instanceof PyList) rt.checkValueSize(src.items.length * 8, 'tuple');
  const items = toArray(rt, src);
  rt.checkValueSize(items.length * 8, 'tuple');
  return cls === TupleType ? tuple(items) : adopt(new PyTuple(items), cls);
}

TupleType.construct = (rt, cls, args, kwnames) => tupleNew(rt, cls, args, kwnames, 0);

TupleType.dict.set('__new__', staticNative('__new__', (rt, args, kwnames) => {
  const cls = newTarget(args, kwnames, TupleType);
  return tupleNew(rt, cls, args, kwnames, 1);
}));
TupleType.dict.set('__class_getitem__', classGetItem('tuple.__class_getitem__'));

function tupleGetItem(rt: Runtime, self: PyTuple, key: Value): Value {
  const items = self.items;
  if (typeof key === 'number') {
    const j = key < 0 ? key + items.length : key;
    if (j >= 0 && j < items.length) return items[j];
    throw indexError('tuple index out of range');
  }
  if (key instanceof PySlice) {
    const b = sliceBounds(rt, key, items.length);
    if (b.step === 1 && b.count === items.length && self.cls === TupleType) return self;
    rt.checkValueSize(b.count * 8, 'tuple');
    rt.charge(b.count);
    if (b.step === 1) return tuple(items.slice(b.start, b.start + b.count));
    const out: Value[] = new Array(b.count);
    for (let i = 0, j = b.start; i < b.count; i++, j += b.step) out[i] = items[j];
    return tuple(out);
  }
  const i = indexValue(rt, key);
  if (i === undefined) throw typeError(`tuple indices must be integers or slices, not ${typeName(key)}`);
  const j = itemIndex(i, items.length);
  if (j < 0) throw indexError('tuple index out of range');
  return items[j];
}

function repeat(rt: Runtime, self: PyTuple, n: number): PyTuple {
  if (n === 1 && self.cls === TupleType) return self;
  return tuple(repeatItems(rt, self.items, n));
}

const RICH: Record<string, CmpOp> = { __eq__: '==', __ne__: '!=', __lt__: '<', __le__: '<=', __gt__: '>', __ge__: '>=' };
const tupleCmp: Record<string, PyBuiltin['fn']> = {};
for (const name of Object.keys(RICH)) {
  const op = RICH[name];
  tupleCmp[name] = (rt, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 1);
    const other = args[1];
    if (!(other instanceof PyTuple)) return NotImplemented;
    return seqRichCompare(rt, tup(args[0]), other, op);
  };
}

defineMethods(TupleType, {
  index(rt, args, kwnames) {
    clinicArgs('tuple.index', 'index', args, kwnames, 1, 3);
    const self = tup(args[0]);
    const [start, stop] = searchBounds(rt, args[2], args[3], self.items.length);
    const i = seqFind(rt, self, args[1], start, stop);
    if (i < 0) throw valueError('tuple.index(x): x not in tuple');
    return i;
  },
  count(rt, args, kwnames) {
    const x = oneArg('tuple.count', args, kwnames);
    return seqCount(rt, tup(args[0]), x);
  },
  __len__(_rt, args, kwnames) {
    wrapperArgs('__len__', args, kwnames, 0);
    return tup(args[0]).items.length;
  },
  __getitem__(rt, args, kwnames) {
    wrapperArgs('__getitem__', args, kwnames, 1);
    return tupleGetItem(rt, tup(args[0]), args[1]);
  },
  __contains__(rt, args, kwnames) {
    wrapperArgs('__contains__', args, kwnames, 1);
    return seqContains(rt, tup(args[0]), args[1]);
  },
  __iter__(_rt, args, kwnames) {
    wrapperArgs('__iter__', args, kwnames, 0);
    const it = new ArrayIterator(tup(args[0]));
    it.cls = TupleIteratorType;
    return it;
  },
  __add__(rt, args, kwnames) {
    wrapperArgs('__add__', args, kwnames, 1);
    const self = tup(args[0]);
    const other = args[1];
    // NotImplemented (CPython raises when called directly) lets `a + b` try b.__radd__.
    if (!(other instanceof PyTuple)) return NotImplemented;
    if (other.items.length === 0 && self.cls === TupleType) return self;
    if (self.items.length === 0 && other.cls === TupleType) return other;
    return tuple(concatItems(rt, self.items, other.items, 'tuple'));
  },
  __mul__(rt, args, kwnames) {
    wrapperArgs('__mul__', args, kwnames, 1);
    const n = repeatCount(rt, args[1]);
    if (n === undefined) return NotImplemented;
    return repeat(rt, tup(args[0]), n);
  },
  __rmul__(rt, args, kwnames) {
    wrapperArgs('__rmul__', args, kwnames, 1);
    const n = repeatCount(rt, args[1]);
    if (n === undefined) return NotImplemented;
    return repeat(rt, tup(args[0]), n);
  },
  __hash__(rt, args, kwnames) {
    wrapperArgs('__hash__', args, kwnames, 0);
    return pyHash(rt, tup(args[0]));
  },
  __repr__(rt, args, kwnames) {
    wrapperArgs('__repr__', args, kwnames, 0);
    return builtinRepr(rt, args[0]);
  },
  __getnewargs__(_rt, args, kwnames) {
    noArgs0('tuple.__getnewargs__', args, kwnames);
    return tuple([tuple(tup(args[0]).items.slice())]);
  },
  ...tupleCmp,
});
