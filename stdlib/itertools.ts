/**
 * The `itertools` module: CPython 3.11's iterator building blocks, all native
 * and lazy. Each one is a class (`type(count())` is `itertools.count`) whose
 * instances are native iterators; infinite ones (`count`, `cycle`, `repeat`)
 * are stopped by the instruction budget of whatever consumes them, and every
 * internal loop that skips elements charges the budget too.
 */
import type { ModuleDef } from '../core/modules.js';
import { PyClass, type Value } from '../core/runtime/object.js';
import { None, ObjectType, builtinType } from '../core/runtime/types.js';
import { PyBuiltin, PyClassMethod, defineMethods } from '../core/runtime/function.js';
import { typeError, valueError } from '../core/runtime/exceptions.js';
import { PyFloat, tuple, EMPTY_TUPLE } from '../core/runtime/values.js';
import { argSpec, parseArgs, type ArgSpec } from '../core/runtime/args.js';
import { DONE, PyIterator, getIter, iterNext, toArray, type Next } from '../core/runtime/iter.js';
import { binaryOp } from '../core/runtime/arith.js';
import { eq } from '../core/runtime/compare.js';
import { addressOf, lookupSpecial, repr, truthy } from '../core/runtime/ops.js';
import { indexValue, requireIndex } from '../core/runtime/subscript.js';
import { callValue } from '../core/runtime/call.js';
import { getAttr } from '../core/runtime/attrs.js';
import { stopIteration } from '../core/runtime/exceptions.js';
import { checkPositional, noKw } from '../core/runtime/methods/list.js';
import type { Runtime } from '../core/runtime/runtime.js';

// ------------------------------------------------------------------ shared plumbing

/** Creates an `itertools.<name>` iterator class: `__iter__`, `__next__`, a module-qualified repr. */
function iteratorType(name: string, doc: string, construct: PyClass['construct']): PyClass {
  const t = builtinType(name, ObjectType, { module: 'itertools', subclassable: false });
  t.construct = construct;
  defineMethods(t, {
    __iter__(_rt, args) {
      return args[0];
    },
    __next__(rt, args) {
      const v = (args[0] as PyIterator).next(rt);
      if (v === DONE) throw stopIteration(None);
      return v;
    },
    __repr__(rt, args) {
      return `<itertools.${name} object at ${addressOf(rt, args[0])}>`;
    },
  });
  t.dict.set('__doc__', doc);
  return t;
}

/** Periodic size check for buffers that grow with the input (cycle, tee). */
function checkBuffer(rt: Runtime, n: number, what: string): void {
  if ((n & 0xffff) === 0) rt.checkValueSize(n * 8, what);
}

/** A non-negative count argument (`r`, `repeat`, `n`) as a JS number; huge values saturate. */
function countArg(rt: Runtime, v: Value, negative: string): number {
  const i = requireIndex(rt, v);
  if (i < 0) throw valueError(negative);
  return typeof i === 'bigint' ? Number.MAX_SAFE_INTEGER : i;
}

/**
 * Argument Clinic reports a missing required argument by name even when
 * every argument was positional (`parseArgs` then says "takes exactly").
 */
function clinicParse(spec: ArgSpec, args: Value[], kwnames: string[] | null): Value[] {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  for (let i = npos; i < spec.required; i++) {
    if (kwnames === null || !kwnames.includes(spec.names[i])) {
      throw typeError(`${spec.fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
    }
  }
  return parseArgs(spec, args, kwnames);
}

/** CPython's PyNumber_Check: ints, floats and objects with `__index__`, `__int__` or `__float__`. */
function isNumber(v: Value): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return true;
  if (typeof v !== 'object') return false;
  for (const name of ['__index__', '__int__', '__float__']) {
    const fn = lookupSpecial(v, name);
    if (fn !== undefined && fn !== None) return true;
  }
  return false;
}

// ------------------------------------------------------------------ count / cycle / repeat

class CountIterator extends PyIterator {
  constructor(public current: Value, readonly step: Value) {
    super();
  }
  next(rt: Runtime): Next {
    const v = this.current;
    if (typeof v === 'number' && typeof this.step === 'number') {
      const n = v + this.step;
      this.current = Number.isSafeInteger(n) ? n : binaryOp(rt, '+', v, this.step);
    } else {
      this.current = binaryOp(rt, '+', v, this.step);
    }
    return v;
  }
}

const countSpec = argSpec('count', ['start?', 'step?']);
export const CountType = iteratorType('count',
  'count(start=0, step=1): return start, start+step, start+2*step, ... without end.',
  (_rt, _cls, args, kwnames) => {
    const [start = 0, step = 1] = parseArgs(countSpec, args, kwnames);
    if (!isNumber(start) || !isNumber(step)) throw typeError('a number is required');
    return new CountIterator(start, step);
  });
CountIterator.prototype.cls = CountType;
defineMethods(CountType, {
  __repr__(rt, args) {
    const c = args[0] as CountIterator;
    if (c.step === 1) return `count(${repr(rt, c.current)})`;
    return `count(${repr(rt, c.current)}, ${repr(rt, c.step)})`;
  },
});

class CycleIterator extends PyIterator {
  private readonly saved: Value[] = [];
  private index = 0;
  private exhausted = false;
  constructor(readonly it: Value) {
    super();
  }
  next(rt: Runtime): Next {
    if (!this.exhausted) {
      const x = iterNext(rt, this.it);
      if (x !== DONE) {
        this.saved.push(x);
        rt.allocate(8);
        checkBuffer(rt, this.saved.length, 'cycle buffer');
        return x;
      }
      this.exhausted = true;
    }
    if (this.saved.length === 0) return DONE;
    const v = this.saved[this.index];
    this.index = (this.index + 1) % this.saved.length;
    return v;
  }
}

export const CycleType = iteratorType('cycle',
  'cycle(iterable): return the elements of iterable, then repeat them forever.',
  (rt, _cls, args, kwnames) => {
    noKw('cycle', kwnames);
    checkPositional('cycle', args.length, 1, 1);
    return new CycleIterator(getIter(rt, args[0]));
  });
CycleIterator.prototype.cls = CycleType;

class RepeatIterator extends PyIterator {
  /** Remaining count, or -1 for forever. */
  constructor(readonly value: Value, public left: number) {
    super();
  }
  next(): Next {
    if (this.left === 0) return DONE;
    if (this.left > 0) this.left--;
    return this.value;
  }
}

const repeatSpec = argSpec('repeat', ['object', 'times?']);
export const RepeatType = iteratorType('repeat',
  'repeat(object[, times]): return object over and over, times times or forever.',
  (rt, _cls, args, kwnames) => {
    const [obj, times] = parseArgs(repeatSpec, args, kwnames);
    if (times === undefined) return new RepeatIterator(obj, -1);
    const n = requireIndex(rt, times);
    const left = typeof n === 'bigint' ? (n < 0n ? 0 : Number.MAX_SAFE_INTEGER) : Math.max(0, n);
    return new RepeatIterator(obj, left);
  });
RepeatIterator.prototype.cls = RepeatType;
defineMethods(RepeatType, {
  __repr__(rt, args) {
    const r = args[0] as RepeatIterator;
    return r.left < 0 ? `repeat(${repr(rt, r.value)})` : `repeat(${repr(rt, r.value)}, ${r.left})`;
  },
  __length_hint__(_rt, args) {
    const r = args[0] as RepeatIterator;
    if (r.left < 0) throw typeError('len() of unsized object');
    return r.left;
  },
});

// ------------------------------------------------------------------ accumulate / chain / compress

class AccumulateIterator extends PyIterator {
  private total: Value = undefined;
  constructor(readonly it: Value, readonly func: Value, private initial: Value) {
    super();
  }
  next(rt: Runtime): Next {
    if (this.initial !== undefined) {
      this.total = this.initial;
      this.initial = undefined;
      return this.total;
    }
    const x = iterNext(rt, this.it);
    if (x === DONE) return DONE;
    if (this.total === undefined) this.total = x;
    else if (this.func === None) this.total = binaryOp(rt, '+', this.total, x);
    else this.total = callValue(rt, this.func, [this.total, x], null);
    return this.total;
  }
}

const accumulateSpec = argSpec('accumulate', ['iterable', 'func?', '*', 'initial?']);
export const AccumulateType = iteratorType('accumulate',
  'accumulate(iterable, func=None, *, initial=None): running totals (or results of func).',
  (rt, _cls, args, kwnames) => {
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos > 2) throw typeError(`accumulate() takes at most 2 positional arguments (${npos} given)`);
    const [iterable, func = None, initial = None] = parseArgs(accumulateSpec, args, kwnames);
    return new AccumulateIterator(getIter(rt, iterable), func, initial === None ? undefined : initial);
  });
AccumulateIterator.prototype.cls = AccumulateType;

class ChainIterator extends PyIterator {
  private active: Value = null;
  constructor(readonly sources: Value) {
    super();
  }
  next(rt: Runtime): Next {
    for (;;) {
      if (this.active === null) {
        const src = iterNext(rt, this.sources);
        if (src === DONE) return DONE;
        this.active = getIter(rt, src);
      }
      const x = iterNext(rt, this.active);
      if (x !== DONE) return x;
      this.active = null;
      rt.charge(1);
    }
  }
}

export const ChainType = iteratorType('chain',
  'chain(*iterables): the elements of the first iterable, then of the next, and so on.',
  (rt, _cls, args, kwnames) => {
    noKw('chain', kwnames);
    return new ChainIterator(getIter(rt, tuple(args.slice())));
  });
ChainIterator.prototype.cls = ChainType;
ChainType.dict.set('from_iterable', new PyClassMethod(new PyBuiltin('from_iterable', (rt, args, kwnames) => {
  noKw('chain.from_iterable', kwnames);
  if (args.length !== 2) throw typeError(`chain.from_iterable() takes exactly one argument (${args.length - 1} given)`);
  return new ChainIterator(getIter(rt, args[1]));
}, null, 'Alternative chain() constructor taking a single iterable of iterables.')));

class CompressIterator extends PyIterator {
  constructor(readonly data: Value, readonly selectors: Value) {
    super();
  }
  next(rt: Runtime): Next {
    for (;;) {
      const x = iterNext(rt, this.data);
      if (x === DONE) return DONE;
      const s = iterNext(rt, this.selectors);
      if (s === DONE) return DONE;
      if (truthy(rt, s)) return x;
      rt.charge(1);
    }
  }
}

const compressSpec = argSpec('compress', ['data', 'selectors']);
export const CompressType = iteratorType('compress',
  'compress(data, selectors): the elements of data whose matching selector is true.',
  (rt, _cls, args, kwnames) => {
    const [data, selectors] = clinicParse(compressSpec, args, kwnames);
    return new CompressIterator(getIter(rt, data), getIter(rt, selectors));
  });
CompressIterator.prototype.cls = CompressType;

// ------------------------------------------------------------------ predicate-driven iterators

/** `name(predicate, iterable)`: positional only, no keywords. */
function predicateArgs(rt: Runtime, name: string, args: Value[], kwnames: string[] | null): [Value, Value] {
  noKw(name, kwnames);
  checkPositional(name, args.length, 2, 2);
  return [args[0], getIter(rt, args[1])];
}

class DropWhileIterator extends PyIterator {
  private dropping = true;
  constructor(readonly pred: Value, readonly it: Value) {
    super();
  }
  next(rt: Runtime): Next {
    for (;;) {
      const x = iterNext(rt, this.it);
      if (x === DONE) return DONE;
      if (!this.dropping) return x;
      if (!truthy(rt, callValue(rt, this.pred, [x], null))) {
        this.dropping = false;
        return x;
      }
      rt.charge(1);
    }
  }
}

export const DropWhileType = iteratorType('dropwhile',
  'dropwhile(predicate, iterable): skip elements while predicate is true, then return the rest.',
  (rt, _cls, args, kwnames) => new DropWhileIterator(...predicateArgs(rt, 'dropwhile', args, kwnames)));
DropWhileIterator.prototype.cls = DropWhileType;

class TakeWhileIterator extends PyIterator {
  private stopped = false;
  constructor(readonly pred: Value, readonly it: Value) {
    super();
  }
  next(rt: Runtime): Next {
    if (this.stopped) return DONE;
    const x = iterNext(rt, this.it);
    if (x === DONE) return DONE;
    if (truthy(rt, callValue(rt, this.pred, [x], null))) return x;
    this.stopped = true;
    return DONE;
  }
}

export const TakeWhileType = iteratorType('takewhile',
  'takewhile(predicate, iterable): return elements while predicate is true.',
  (rt, _cls, args, kwnames) => new TakeWhileIterator(...predicateArgs(rt, 'takewhile', args, kwnames)));
TakeWhileIterator.prototype.cls = TakeWhileType;

class FilterFalseIterator extends PyIterator {
  constructor(readonly pred: Value, readonly it: Value) {
    super();
  }
  next(rt: Runtime): Next {
    for (;;) {
      const x = iterNext(rt, this.it);
      if (x === DONE) return DONE;
      const keep = this.pred === None ? truthy(rt, x) : truthy(rt, callValue(rt, this.pred, [x], null));
      if (!keep) return x;
      rt.charge(1);
    }
  }
}

export const FilterFalseType = iteratorType('filterfalse',
  'filterfalse(predicate, iterable): the elements for which predicate (or the element itself) is false.',
  (rt, _cls, args, kwnames) => new FilterFalseIterator(...predicateArgs(rt, 'filterfalse', args, kwnames)));
FilterFalseIterator.prototype.cls = FilterFalseType;

class StarmapIterator extends PyIterator {
  constructor(readonly func: Value, readonly it: Value) {
    super();
  }
  next(rt: Runtime): Next {
    const x = iterNext(rt, this.it);
    if (x === DONE) return DONE;
    return callValue(rt, this.func, toArray(rt, x), null);
  }
}

export const StarmapType = iteratorType('starmap',
  'starmap(function, iterable): function(*args) for each args tuple of iterable.',
  (rt, _cls, args, kwnames) => new StarmapIterator(...predicateArgs(rt, 'starmap', args, kwnames)));
StarmapIterator.prototype.cls = StarmapType;

// ------------------------------------------------------------------ groupby

/** State shared by a groupby iterator and its current group. */
class GroupByIterator extends PyIterator {
  currKey: Value = undefined;
  currValue: Value = undefined;
  tgtKey: Value = undefined;
  /** The group handed out last; older groups stop when the outer iterator moves on. */
  currGrouper: GrouperIterator | null = null;
  constructor(readonly it: Value, readonly keyfunc: Value) {
    super();
  }

  /** Advances the underlying iterator by one element; false when exhausted. */
  step(rt: Runtime): boolean {
    const x = iterNext(rt, this.it);
    if (x === DONE) return false;
    this.currKey = this.keyfunc === None ? x : callValue(rt, this.keyfunc, [x], null);
    this.currValue = x;
    return true;
  }

  next(rt: Runtime): Next {
    this.currGrouper = null;
    // Skip what is left of the current group.
    for (;;) {
      if (this.currKey !== undefined) {
        if (this.tgtKey === undefined || !eq(rt, this.tgtKey, this.currKey)) break;
      }
      if (!this.step(rt)) return DONE;
      rt.charge(1);
    }
    this.tgtKey = this.currKey;
    const g = new GrouperIterator(this, this.tgtKey);
    this.currGrouper = g;
    return tuple([this.currKey, g]);
  }
}

class GrouperIterator extends PyIterator {
  constructor(readonly parent: GroupByIterator, readonly tgtKey: Value) {
    super();
  }
  next(rt: Runtime): Next {
    const p = this.parent;
    if (p.currGrouper !== this) return DONE;
    if (p.currValue === undefined) {
      if (!p.step(rt)) return DONE;
    }
    if (!eq(rt, this.tgtKey, p.currKey)) return DONE;
    const v = p.currValue;
    p.currValue = undefined;
    return v;
  }
}

const groupbySpec = argSpec('groupby', ['iterable', 'key?']);
export const GroupByType = iteratorType('groupby',
  'groupby(iterable, key=None): (key, group) pairs for runs of consecutive elements with equal keys.',
  (rt, _cls, args, kwnames) => {
    const [iterable, key = None] = parseArgs(groupbySpec, args, kwnames);
    return new GroupByIterator(getIter(rt, iterable), key);
  });
GroupByIterator.prototype.cls = GroupByType;
export const GrouperType = iteratorType('_grouper', 'One group of a groupby iterator.', () => {
  throw typeError("cannot create 'itertools._grouper' instances");
});
GrouperIterator.prototype.cls = GrouperType;

// ------------------------------------------------------------------ islice

class IsliceIterator extends PyIterator {
  private it: Value;
  private count = 0;
  constructor(it: Value, private nextIndex: number, readonly stop: number, readonly step: number) {
    super();
    this.it = it;
  }
  next(rt: Runtime): Next {
    if (this.it === null) return DONE;
    while (this.count < this.nextIndex) {
      const skipped = iterNext(rt, this.it);
      if (skipped === DONE) return this.finish();
      this.count++;
      rt.charge(1);
    }
    if (this.stop >= 0 && this.count >= this.stop) return this.finish();
    const x = iterNext(rt, this.it);
    if (x === DONE) return this.finish();
    this.count++;
    const old = this.nextIndex;
    this.nextIndex += this.step;
    if (this.nextIndex < old || (this.stop >= 0 && this.nextIndex > this.stop)) this.nextIndex = this.stop;
    return x;
  }
  private finish(): Next {
    this.it = null;
    return DONE;
  }
}

const MAXSIZE = Number.MAX_SAFE_INTEGER;

/** An islice bound: None (null) or an int in 0..sys.maxsize, else ValueError `message`. */
function isliceBound(rt: Runtime, v: Value, message: string): number | null {
  if (v === None) return null;
  const i = indexValue(rt, v);
  if (i === undefined || i < 0) throw valueError(message);
  return typeof i === 'bigint' ? MAXSIZE : Math.min(i, MAXSIZE);
}

const STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const INDICES_MESSAGE = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

export const IsliceType = iteratorType('islice',
  'islice(iterable, stop) or islice(iterable, start, stop[, step]): selected elements, like a slice.',
  (rt, _cls, args, kwnames) => {
    noKw('islice', kwnames);
    checkPositional('islice', args.length, 2, 4);
    const it = getIter(rt, args[0]);
    let start = 0;
    let stop: number | null;
    let step = 1;
    if (args.length === 2) {
      stop = isliceBound(rt, args[1], STOP_MESSAGE);
    } else {
      const a = isliceBound(rt, args[1], INDICES_MESSAGE);
      stop = isliceBound(rt, args[2], STOP_MESSAGE);
      start = a ?? 0;
      if (args.length === 4 && args[3] !== None) {
        const s = indexValue(rt, args[3]);
        if (s === undefined || s <= 0) throw valueError('Step for islice() must be a positive integer or None.');
        step = typeof s === 'bigint' ? MAXSIZE : s;
      }
    }
    return new IsliceIterator(it, start, stop ?? -1, step);
  });
IsliceIterator.prototype.cls = IsliceType;

// ------------------------------------------------------------------ pairwise / zip_longest

class PairwiseIterator extends PyIterator {
  private old: Value = undefined;
  private done = false;
  constructor(readonly it: Value) {
    super();
  }
  next(rt: Runtime): Next {
    if (this.done) return DONE;
    if (this.old === undefined) {
      const first = iterNext(rt, this.it);
      if (first === DONE) return this.finish();
      this.old = first;
    }
    const x = iterNext(rt, this.it);
    if (x === DONE) return this.finish();
    const pair = tuple([this.old, x]);
    this.old = x;
    return pair;
  }
  private finish(): Next {
    this.done = true;
    this.old = undefined;
    return DONE;
  }
}

export const PairwiseType = iteratorType('pairwise',
  'pairwise(iterable): successive overlapping pairs (s0, s1), (s1, s2), ...',
  (rt, _cls, args, kwnames) => {
    noKw('pairwise', kwnames);
    checkPositional('pairwise', args.length, 1, 1);
    return new PairwiseIterator(getIter(rt, args[0]));
  });
PairwiseIterator.prototype.cls = PairwiseType;

class ZipLongestIterator extends PyIterator {
  private active: number;
  constructor(readonly its: (Value | null)[], readonly fill: Value) {
    super();
    this.active = its.length;
  }
  next(rt: Runtime): Next {
    if (this.its.length === 0 || this.active === 0) return DONE;
    const out: Value[] = new Array(this.its.length);
    for (let i = 0; i < this.its.length; i++) {
      const it = this.its[i];
      let x: Next = DONE;
      if (it !== null) {
        x = iterNext(rt, it);
        if (x === DONE) {
          this.its[i] = null;
          if (--this.active === 0) return DONE;
        }
      }
      out[i] = x === DONE ? this.fill : x;
    }
    return tuple(out);
  }
}

export const ZipLongestType = iteratorType('zip_longest',
  'zip_longest(*iterables, fillvalue=None): like zip, padding shorter iterables with fillvalue.',
  (rt, _cls, args, kwnames) => {
    let fill: Value = None;
    const nkw = kwnames === null ? 0 : kwnames.length;
    for (let k = 0; k < nkw; k++) {
      if (kwnames![k] !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument');
      fill = args[args.length - nkw + k];
    }
    const its = args.slice(0, args.length - nkw).map((a) => getIter(rt, a));
    return new ZipLongestIterator(its, fill);
  });
ZipLongestIterator.prototype.cls = ZipLongestType;

// ------------------------------------------------------------------ tee

/** One buffered element of a tee group; `next` is filled when some tee reads past it. */
interface TeeLink {
  value: Value;
  next: TeeLink | null;
}

/** The source shared by the tees of one group. */
class TeeSource {
  exhausted = false;
  constructor(readonly it: Value) {}
}

class TeeIterator extends PyIterator {
  /** `position.next` is the element this tee returns next. */
  constructor(readonly source: TeeSource, public position: TeeLink) {
    super();
  }
  next(rt: Runtime): Next {
    let link = this.position.next;
    if (link === null) {
      if (this.source.exhausted) return DONE;
      const x = iterNext(rt, this.source.it);
      if (this.position.next !== null) {
        // Re-entered through the source: another read already filled the link.
        link = this.position.next;
      } else {
        if (x === DONE) {
          this.source.exhausted = true;
          return DONE;
        }
        rt.allocate(32);
        link = { value: x, next: null };
        this.position.next = link;
      }
    }
    this.position = link;
    return link.value;
  }
  copy(): TeeIterator {
    const t = new TeeIterator(this.source, this.position);
    t.cls = this.cls;
    return t;
  }
}

export const TeeType = iteratorType('_tee', 'Iterator wrapped to make it copyable.', (rt, _cls, args, kwnames) => {
  noKw('_tee', kwnames);
  checkPositional('_tee', args.length, 1, 1);
  return teeOf(rt, args[0]);
});
TeeIterator.prototype.cls = TeeType;
defineMethods(TeeType, {
  __copy__(_rt, args) {
    return (args[0] as TeeIterator).copy();
  },
});

/** `_tee(iterable)`: a tee over `iterable` (a tee itself is copied, so both share one buffer). */
function teeOf(rt: Runtime, iterable: Value): TeeIterator {
  const it = getIter(rt, iterable);
  if (it instanceof TeeIterator) return it.copy();
  return new TeeIterator(new TeeSource(it), { value: None, next: null });
}

function tee(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  noKw('itertools.tee', kwnames);
  checkPositional('tee', args.length, 1, 2);
  const n = args.length > 1 ? countArg(rt, args[1], 'n must be >= 0') : 2;
  const it = getIter(rt, args[0]);
  if (n === 0) return EMPTY_TUPLE;
  rt.checkValueSize(n * 8, 'tee result');
  // An iterator that can copy itself (a tee) is used as the first result, as in CPython.
  const copyFn = lookupSpecial(it, '__copy__');
  const first = copyFn !== undefined && copyFn !== None ? it : new TeeIterator(new TeeSource(it), { value: None, next: null });
  const out: Value[] = [first];
  for (let i = 1; i < n; i++) {
    out.push(first instanceof TeeIterator ? first.copy() : callValue(rt, getAttr(rt, first, '__copy__'), [], null));
  }
  return tuple(out);
}

// ------------------------------------------------------------------ combinatorics

/** Cartesian product: an odometer of indices over the materialized pools. */
class ProductIterator extends PyIterator {
  private indices: number[] | null = null;
  private done = false;
  constructor(readonly pools: Value[][]) {
    super();
  }
  next(rt: Runtime): Next {
    if (this.done) return DONE;
    const pools = this.pools;
    rt.charge(pools.length);
    if (this.indices === null) {
      if (pools.some((p) => p.length === 0)) return this.finish();
      this.indices = new Array(pools.length).fill(0);
    } else {
      let i = pools.length - 1;
      for (; i >= 0; i--) {
        this.indices[i]++;
        if (this.indices[i] < pools[i].length) break;
        this.indices[i] = 0;
      }
      if (i < 0) return this.finish();
    }
    const idx = this.indices;
    return tuple(pools.map((p, k) => p[idx[k]]));
  }
  private finish(): Next {
    this.done = true;
    return DONE;
  }
}

export const ProductType = iteratorType('product',
  'product(*iterables, repeat=1): the cartesian product, like nested for-loops.',
  (rt, _cls, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    let repeat = 1;
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      if (name !== 'repeat') throw typeError(`'${name}' is an invalid keyword argument for product()`);
      repeat = countArg(rt, args[args.length - nkw + k], 'repeat argument cannot be negative');
    }
    const lists = args.slice(0, args.length - nkw).map((a) => toArray(rt, a));
    const npools = lists.length * repeat;
    if (lists.length > 0) rt.checkValueSize(npools * 8, 'product pools');
    const pools: Value[][] = [];
    for (let r = 0; r < repeat && lists.length > 0; r++) {
      rt.charge(lists.length);
      for (const l of lists) pools.push(l);
    }
    return new ProductIterator(pools);
  });
ProductIterator.prototype.cls = ProductType;

/** r-length permutations in lexicographic index order. */
class PermutationsIterator extends PyIterator {
  private indices: number[];
  private cycles: number[];
  private first = true;
  private done: boolean;
  constructor(readonly pool: Value[], readonly r: number) {
    super();
    const n = pool.length;
    this.done = r > n;
    this.indices = this.done ? [] : Array.from({ length: n }, (_, i) => i);
    this.cycles = this.done ? [] : Array.from({ length: r }, (_, i) => n - i);
  }
  next(rt: Runtime): Next {
    if (this.done) return DONE;
    const { pool, r, indices, cycles } = this;
    rt.charge(r + 1);
    if (this.first) {
      this.first = false;
      return tuple(indices.slice(0, r).map((i) => pool[i]));
    }
    const n = pool.length;
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        // Rotate indices[i:] left by one.
        const moved = indices[i];
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
        indices[n - 1] = moved;
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i];
        [indices[i], indices[j]] = [indices[j], indices[i]];
        return tuple(indices.slice(0, r).map((k) => pool[k]));
      }
    }
    this.done = true;
    return DONE;
  }
}

const permutationsSpec = argSpec('permutations', ['iterable', 'r?']);
export const PermutationsType = iteratorType('permutations',
  'permutations(iterable, r=None): successive r-length permutations of the elements.',
  (rt, _cls, args, kwnames) => {
    const [iterable, rArg = None] = parseArgs(permutationsSpec, args, kwnames);
    const pool = toArray(rt, iterable);
    let r = pool.length;
    if (rArg !== None) {
      if (typeof rArg !== 'number' && typeof rArg !== 'bigint' && typeof rArg !== 'boolean') throw typeError('Expected int as r');
      const ri = requireIndex(rt, rArg);
      if (ri < 0) throw valueError('r must be non-negative');
      r = typeof ri === 'bigint' ? MAXSIZE : ri;
    }
    return new PermutationsIterator(pool, r);
  });
PermutationsIterator.prototype.cls = PermutationsType;

/** r-length combinations (optionally with replacement) in lexicographic index order. */
class CombinationsIterator extends PyIterator {
  private indices: number[] | null = null;
  private done: boolean;
  constructor(readonly pool: Value[], readonly r: number, readonly replace: boolean) {
    super();
    this.done = replace ? pool.length === 0 && r > 0 : r > pool.length;
  }
  next(rt: Runtime): Next {
    if (this.done) return DONE;
    const { pool, r } = this;
    const n = pool.length;
    rt.charge(r + 1);
    if (this.indices === null) {
      this.indices = Array.from({ length: r }, (_, i) => (this.replace ? 0 : i));
    } else if (!this.advance(n, r, this.indices)) {
      this.done = true;
      return DONE;
    }
    return tuple(this.indices.map((i) => pool[i]));
  }
  private advance(n: number, r: number, indices: number[]): boolean {
    let i = r - 1;
    if (this.replace) {
      while (i >= 0 && indices[i] === n - 1) i--;
      if (i < 0) return false;
      const v = indices[i] + 1;
      for (let j = i; j < r; j++) indices[j] = v;
      return true;
    }
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) return false;
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    return true;
  }
}

function combinationsType(name: string, replace: boolean, doc: string): PyClass {
  const spec = argSpec(name, ['iterable', 'r']);
  const t = iteratorType(name, doc, (rt, _cls, args, kwnames) => {
    const [iterable, rArg] = clinicParse(spec, args, kwnames);
    const pool = toArray(rt, iterable);
    const r = countArg(rt, rArg, 'r must be non-negative');
    const it = new CombinationsIterator(pool, r, replace);
    it.cls = t;
    return it;
  });
  return t;
}

export const CombinationsType = combinationsType('combinations', false,
  'combinations(iterable, r): successive r-length combinations of the elements, in order.');
export const CombinationsWithReplacementType = combinationsType('combinations_with_replacement', true,
  'combinations_with_replacement(iterable, r): r-length combinations allowing repeated elements.');

// ------------------------------------------------------------------ the module

export const modules: ModuleDef[] = [
  {
    name: 'itertools',
    summary: 'Functions creating iterators for efficient looping (count, chain, groupby, product, ...).',
    build() {
      return {
        count: CountType,
        cycle: CycleType,
        repeat: RepeatType,
        accumulate: AccumulateType,
        chain: ChainType,
        compress: CompressType,
        dropwhile: DropWhileType,
        filterfalse: FilterFalseType,
        groupby: GroupByType,
        islice: IsliceType,
        pairwise: PairwiseType,
        starmap: StarmapType,
        takewhile: TakeWhileType,
        tee: new PyBuiltin('tee', tee, null, 'tee(iterable, n=2): n independent iterators over one iterable.', 'itertools'),
        zip_longest: ZipLongestType,
        product: ProductType,
        permutations: PermutationsType,
        combinations: CombinationsType,
        combinations_with_replacement: CombinationsWithReplacementType,
        _grouper: GrouperType,
        _tee: TeeType,
      };
    },
  },
];
