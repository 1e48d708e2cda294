/**
 * The one iteration driver of `for` statements and comprehension levels: fast
 * paths for ranges, lists and tuples, and dicts and their views (no iterator
 * object, and no tuple per item when the target is a pair: `for k, v in d.items()`),
 * then the generic iterator protocol. Charging and body calls are the caller's.
 */
import type * as A from '../ast.js';
import type { Value } from '../runtime/object.js';
import { DictType, ListType } from '../runtime/types.js';
import { PyList, PyRange, PyTuple, tuple } from '../runtime/values.js';
import { PyDict } from '../runtime/dict.js';
import { runtimeError } from '../runtime/exceptions.js';
import { DONE, getIter, iterNext } from '../runtime/iter.js';
import { PyDictView } from '../runtime/methods/dict.js';
import type { Frame } from '../runtime/runtime.js';
import { Ctx, type Store } from './context.js';
import { compileStore } from './targets.js';

/** Stores for a loop target: the general one, plus a pair of stores for `k, v` targets. */
export interface LoopTarget {
  store: Store;
  pair: [Store, Store] | null;
}

export function compileLoopTarget(ctx: Ctx, target: A.Expr): LoopTarget {
  const store = compileStore(ctx, target);
  const isPair = (target.kind === 'Tuple' || target.kind === 'List') && target.elts.length === 2 && target.elts.every((e) => e.kind !== 'Starred');
  const pair = isPair ? [compileStore(ctx, (target as A.TupleExpr).elts[0]), compileStore(ctx, (target as A.TupleExpr).elts[1])] as [Store, Store] : null;
  return { store, pair };
}

/** A dict was resized (or its keys replaced) while a loop walked it. */
export function changed(d: PyDict, size: number): never {
  throw runtimeError(d.map.size !== size ? 'dictionary changed size during iteration' : 'dictionary keys changed during iteration');
}

/**
 * Runs `step` for each element of `it` (after storing it through `target`);
 * `step` returns true to stop early. Returns true when stopped early.
 */
export function forEachElement(f: Frame, it: Value, target: LoopTarget, step: (f: Frame) => boolean): boolean {
  const { store, pair } = target;
  if (it instanceof PyRange && typeof it.start === 'number' && typeof it.stop === 'number' && typeof it.step === 'number') {
    const { start, stop, step: inc } = it;
    for (let i = start; inc > 0 ? i < stop : i > stop; i += inc) {
      store(f, i);
      if (step(f)) return true;
    }
    return false;
  }
  if ((it instanceof PyList && it.cls === ListType) || (it instanceof PyTuple && it.cls.builtin)) {
    for (let i = 0; i < it.items.length; i++) {
      store(f, it.items[i]);
      if (step(f)) return true;
    }
    return false;
  }
  const view = it instanceof PyDictView ? it : null;
  const d = view !== null ? view.dict : it instanceof PyDict && it.cls === DictType ? it : null;
  if (d !== null) {
    const kind = view === null ? 'keys' : view.kind;
    const version = d.version;
    const size = d.map.size;
    // Keys and values come from their own iterators: no [key, value] pair per step.
    if (kind !== 'items') {
      for (const x of kind === 'keys' ? d.map.keys() : d.map.values()) {
        if (d.version !== version) changed(d, size);
        store(f, kind === 'keys' ? d.keyOf(x) : x);
        if (step(f)) return true;
      }
    } else {
      for (const [nk, v] of d.map) {
        if (d.version !== version) changed(d, size);
        if (pair !== null) {
          pair[0](f, d.keyOf(nk));
          pair[1](f, v);
        } else store(f, tuple([d.keyOf(nk), v]));
        if (step(f)) return true;
      }
    }
    if (d.version !== version) changed(d, size);
    return false;
  }
  const rt = f.rt;
  const iterator = getIter(rt, it);
  for (;;) {
    const x = iterNext(rt, iterator);
    if (x === DONE) return false;
    store(f, x);
    if (step(f)) return true;
  }
}
