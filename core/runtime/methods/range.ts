/**
 * The `range` and `slice` types: constructors, attributes, `range` sequence
 * methods (exact for bounds of any size) and `slice.indices`.
 */
import type { Value } from '../object.js';
import { None, NotImplemented, RangeType, SliceType } from '../types.js';
import { indexError, overflowError, typeError, valueError } from '../exceptions.js';
import { PyBuiltin, defineGetSets, defineMethods } from '../function.js';
import { PyRange, PySlice, tuple } from '../values.js';
import {
  big, intAdd, intCompare, intFloorDiv, intMul, intNeg, intSign, intSub, isInt, normBig, type Int,
} from '../int.js';
import { rangeContains, rangeItem, rangeLengthInt } from '../range.js';
import { RangeIterator, iterate } from '../iter.js';
import { eq, type CmpOp } from '../compare.js';
import { builtinRepr, repr, typeName } from '../ops.js';
import { indexValue, requireIndex } from '../subscript.js';
import { pyHash } from '../hashing.js';
import type { Runtime } from '../runtime.js';
import {
  checkPositional, newTarget, noArgs0, noKw, oneArg, seqRichCompare, staticNative, wrapperArgs,
} from './list.js';

/** Imported by the bootstrap module; the method tables are filled at module load. */
export function installRangeMethods(): void {}

function rng(v: Value): PyRange {
  return v as PyRange;
}

const SSIZE_MAX = 2n ** 63n;

// ================================================================= range

/** `range(stop)` / `range(start, stop[, step])`. */
function makeRange(rt: Runtime, args: Value[], kwnames: string[] | null, skip: number): PyRange {
  noKw('range', kwnames);
  const n = args.length - skip;
  checkPositional('range', n, 1, 3);
  if (n === 1) return new PyRange(0, requireIndex(rt, args[skip]), 1);
  const start = requireIndex(rt, args[skip]);
  const stop = requireIndex(rt, args[skip + 1]);
  const step = n === 3 ? requireIndex(rt, args[skip + 2]) : 1;
  if (step === 0) throw valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
}

RangeType.construct = (rt, _cls, args, kwnames) => makeRange(rt, args, kwnames, 0);
RangeType.dict.set('__new__', staticNative('__new__', (rt, args, kwnames) => {
  newTarget(args, kwnames, RangeType);
  return makeRange(rt, args, kwnames, 1);
}));

/** The exact length as a C ssize_t (OverflowError beyond 63 bits). */
export function rangeLenChecked(r: PyRange): Int {
  const n = rangeLengthInt(r);
  if (typeof n === 'bigint' && n >= SSIZE_MAX) throw overflowError('Python int too large to convert to C ssize_t');
  return n;
}

/** An int argument for the fast paths of `in` / `count` / `index` (CPython: exact int or bool). */
function exactInt(v: Value): Int | undefined {
  if (typeof v === 'boolean') return v ? 1 : 0;
  return isInt(v) ? v : undefined;
}

/** Slice bounds `(start, stop, step)` for a length of any size (slice.indices, range slicing). */
export function sliceIndicesInt(rt: Runtime, s: PySlice, length: Int): [Int, Int, Int] {
  let step: Int = 1;
  if (s.step !== None) {
    step = sliceArg(rt, s.step);
    if (intSign(step) === 0) throw valueError('slice step cannot be zero');
  }
  const negative = intSign(step) < 0;
  const lower: Int = negative ? -1 : 0;
  const upper: Int = negative ? intAdd(length, -1) : length;
  const clamp = (v: Value, dflt: Int): Int => {
    if (v === None) return dflt;
    let i = sliceArg(rt, v);
    if (intSign(i) < 0) {
      i = intAdd(i, length);
      if (intCompare(i, lower) < 0) i = lower;
    } else if (intCompare(i, upper) > 0) i = upper;
    return i;
  };
  const start = clamp(s.start, negative ? upper : lower);
  const stop = clamp(s.stop, negative ? lower : upper);
  return [start, stop, step];
}

function sliceArg(rt: Runtime, v: Value): Int {
  const i = indexValue(rt, v);
  if (i === undefined) throw typeError('slice indices must be integers or None or have an __index__ method');
  return i;
}

/** `r[key]` with exact arithmetic for bounds and indexes of any size. */
function rangeSubscript(rt: Runtime, r: PyRange, key: Value): Value {
  const n = rangeLengthInt(r);
  if (key instanceof PySlice) {
    const [a, b, st] = sliceIndicesInt(rt, key, n);
    return new PyRange(rangeItem(r, a), rangeItem(r, b), intMul(r.step, st));
  }
  const i = indexValue(rt, key);
  if (i === undefined) throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  const j = intSign(i) < 0 ? intAdd(i, n) : i;
  if (intSign(j) < 0 || intCompare(j, n) >= 0) throw indexError('range object index out of range');
  return rangeItem(r, j);
}

/** Equality of ranges as sequences. */
function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  const n = rangeLengthInt(a);
  if (intCompare(n, rangeLengthInt(b)) !== 0) return false;
  if (n === 0) return true;
  if (intCompare(a.start, b.start) !== 0) return false;
  return n === 1 || intCompare(a.step, b.step) === 0;
}

/** Position of `x` (found by `==`) by iterating the range, or -1. */
function rangeSearch(rt: Runtime, r: PyRange, x: Value): Int {
  let pos = -1;
  let i = 0;
  iterate(rt, r, (y) => {
    if (eq(rt, y, x)) {
      pos = i;
      return true;
    }
    i++;
  });
  return pos;
}

defineGetSets(RangeType, {
  start: (_rt, self) => rng(self).start,
  stop: (_rt, self) => rng(self).stop,
  step: (_rt, self) => rng(self).step,
});

defineMethods(RangeType, {
  __len__(_rt, args, kwnames) {
    wrapperArgs('__len__', args, kwnames, 0);
    return rangeLenChecked(rng(args[0]));
  },
  __bool__(_rt, args, kwnames) {
    wrapperArgs('__bool__', args, kwnames, 0);
    return rangeLengthInt(rng(args[0])) !== 0;
  },
  __getitem__(rt, args, kwnames) {
    wrapperArgs('__getitem__', args, kwnames, 1);
    return rangeSubscript(rt, rng(args[0]), args[1]);
  },
  __contains__(rt, args, kwnames) {
    wrapperArgs('__contains__', args, kwnames, 1);
    const r = rng(args[0]);
    const i = exactInt(args[1]);
    if (i !== undefined) return rangeContains(r, i);
    return rangeSearch(rt, r, args[1]) !== -1;
  },
  __iter__(_rt, args, kwnames) {
    wrapperArgs('__iter__', args, kwnames, 0);
    return new RangeIterator(rng(args[0]));
  },
  __reversed__(_rt, args, kwnames) {
    noArgs0('range.__reversed__', args, kwnames);
    const r = rng(args[0]);
    const n = rangeLengthInt(r);
    if (n === 0) return new RangeIterator(new PyRange(0, 0, 1));
    const last = rangeItem(r, intAdd(n, -1));
    return new RangeIterator(new PyRange(last, intSub(r.start, r.step), intNeg(r.step)));
  },
  count(rt, args, kwnames) {
    const x = oneArg('range.count', args, kwnames);
    const r = rng(args[0]);
    const i = exactInt(x);
    if (i !== undefined) return rangeContains(r, i) ? 1 : 0;
    let count = 0;
    iterate(rt, r, (y) => {
      if (eq(rt, y, x)) count++;
    });
    return count;
  },
  index(rt, args, kwnames) {
    const x = oneArg('range.index', args, kwnames);
    const r = rng(args[0]);
    const i = exactInt(x);
    if (i !== undefined) {
      if (!rangeContains(r, i)) throw valueError(`${repr(rt, x)} is not in range`);
      return intFloorDiv(intSub(i, r.start), r.step);
    }
    const pos = rangeSearch(rt, r, x);
    if (pos === -1) throw valueError('sequence.index(x): x not in sequence');
    return pos;
  },
  __eq__(_rt, args, kwnames) {
    wrapperArgs('__eq__', args, kwnames, 1);
    const other = args[1];
    if (!(other instanceof PyRange)) return NotImplemented;
    return rangeEquals(rng(args[0]), other);
  },
  __ne__(_rt, args, kwnames) {
    wrapperArgs('__ne__', args, kwnames, 1);
    const other = args[1];
    if (!(other instanceof PyRange)) return NotImplemented;
    return !rangeEquals(rng(args[0]), other);
  },
  __hash__(rt, args, kwnames) {
    wrapperArgs('__hash__', args, kwnames, 0);
    const r = rng(args[0]);
    const n = rangeLengthInt(r);
    if (n === 0) return pyHash(rt, tuple([n, None, None]));
    if (n === 1) return pyHash(rt, tuple([n, r.start, None]));
    return pyHash(rt, tuple([n, r.start, r.step]));
  },
  __repr__(rt, args, kwnames) {
    wrapperArgs('__repr__', args, kwnames, 0);
    return builtinRepr(rt, args[0]);
  },
});

// ================================================================= slice

function makeSlice(args: Value[], kwnames: string[] | null, skip: number): PySlice {
  noKw('slice', kwnames);
  const n = args.length - skip;
  checkPositional('slice', n, 1, 3);
  if (n === 1) return new PySlice(None, args[skip], None);
  return new PySlice(args[skip], args[skip + 1], n === 3 ? args[skip + 2] : None);
}

SliceType.construct = (_rt, _cls, args, kwnames) => makeSlice(args, kwnames, 0);
SliceType.dict.set('__new__', staticNative('__new__', (_rt, args, kwnames) => {
  newTarget(args, kwnames, SliceType);
  return makeSlice(args, kwnames, 1);
}));
SliceType.dict.set('__hash__', None);

function slc(v: Value): PySlice {
  return v as PySlice;
}

defineGetSets(SliceType, {
  start: (_rt, self) => slc(self).start,
  stop: (_rt, self) => slc(self).stop,
  step: (_rt, self) => slc(self).step,
});

const RICH: Record<string, CmpOp> = { __eq__: '==', __ne__: '!=', __lt__: '<', __le__: '<=', __gt__: '>', __ge__: '>=' };
const sliceCmp: Record<string, PyBuiltin['fn']> = {};
for (const name of Object.keys(RICH)) {
  const op = RICH[name];
  sliceCmp[name] = (rt, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 1);
    const a = slc(args[0]);
    const b = args[1];
    if (!(b instanceof PySlice)) return NotImplemented;
    if (a === b && (op === '==' || op === '!=')) return op === '==';
    return seqRichCompare(rt, { items: [a.start, a.stop, a.step] }, { items: [b.start, b.stop, b.step] }, op);
  };
}

defineMethods(SliceType, {
  indices(rt, args, kwnames) {
    const len = oneArg('slice.indices', args, kwnames);
    const length = requireIndex(rt, len);
    if (intSign(length) < 0) throw valueError('length should not be negative');
    const [start, stop, step] = sliceIndicesInt(rt, slc(args[0]), length);
    return tuple([normBig(big(start)), normBig(big(stop)), normBig(big(step))]);
  },
  __repr__(rt, args, kwnames) {
    wrapperArgs('__repr__', args, kwnames, 0);
    return builtinRepr(rt, args[0]);
  },
  ...sliceCmp,
});
