/**
 * The `bisect` module: binary search and insertion in sorted sequences,
 * native (these sit in hot loops). Like CPython it works on any sequence
 * (`len()` and `a[i]`), compares with `<` only, applies `key` to the
 * sequence's elements (not to `x`) in searches, and inserts through
 * `a.insert(i, x)` when `a` is not a plain list.
 */
import type { ModuleDef } from '../core/modules.js';
import type { Value } from '../core/runtime/object.js';
import { None } from '../core/runtime/types.js';
import { PyBuiltin } from '../core/runtime/function.js';
import { typeError, valueError } from '../core/runtime/exceptions.js';
import { PyList } from '../core/runtime/values.js';
import { ListType } from '../core/runtime/types.js';
import { argSpec, parseArgs, type ArgSpec } from '../core/runtime/args.js';
import { lessThan } from '../core/runtime/compare.js';
import { len } from '../core/runtime/ops.js';
import { getItem, requireIndex } from '../core/runtime/subscript.js';
import { callValue } from '../core/runtime/call.js';
import { getAttr } from '../core/runtime/attrs.js';
import type { Runtime } from '../core/runtime/runtime.js';

const PARAMS = ['a', 'x', 'lo?', 'hi?', '*', 'key?'];

/** The search window: lo must be >= 0; hi None (or -1, CPython's default) means len(a). */
function bounds(rt: Runtime, a: Value, lo: Value, hi: Value): [number, number] {
  const l = lo === undefined ? 0 : Number(requireIndex(rt, lo));
  if (l < 0) throw valueError('lo must be non-negative');
  let h: number;
  if (hi === undefined || hi === None) h = len(rt, a);
  else {
    h = Number(requireIndex(rt, hi));
    if (h === -1) h = len(rt, a);
  }
  return [l, h];
}

/** The element at `i`, through `key` when given (lists read directly). */
function probe(rt: Runtime, a: Value, i: number, key: Value): Value {
  const item = a instanceof PyList && a.cls === ListType && i < a.items.length ? a.items[i] : getItem(rt, a, i);
  return key === undefined || key === None ? item : callValue(rt, key, [item], null);
}

/**
 * The insertion point for `x` (already passed through key) in a[lo:hi]: before
 * equal elements (`right` false) or after them.
 */
function search(rt: Runtime, a: Value, x: Value, lo: number, hi: number, key: Value, right: boolean): number {
  while (lo < hi) {
    if (--rt.ticks < 0) rt.checkpoint();
    const mid = Math.floor((lo + hi) / 2);
    const item = probe(rt, a, mid, key);
    const goRight = right ? !lessThan(rt, x, item) : lessThan(rt, item, x);
    if (goRight) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Argument Clinic wording: a missing required argument is reported by name
 * (even positionally), extra positionals as "positional arguments".
 */
function parse(spec: ArgSpec, args: Value[], kwnames: string[] | null): Value[] {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > spec.kwOnly) throw typeError(`${spec.fname}() takes at most ${spec.kwOnly} positional arguments (${npos} given)`);
  for (let i = npos; i < spec.required; i++) {
    if (kwnames === null || !kwnames.includes(spec.names[i])) {
      throw typeError(`${spec.fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
    }
  }
  return parseArgs(spec, args, kwnames);
}

function bisectFunction(name: string, right: boolean, doc: string): PyBuiltin {
  const spec = argSpec(name, PARAMS);
  return new PyBuiltin(name, (rt, args, kwnames) => {
    const [a, x, lo, hi, key] = parse(spec, args, kwnames);
    const [l, h] = bounds(rt, a, lo, hi);
    return search(rt, a, x, l, h, key, right);
  }, null, doc, 'bisect');
}

function insortFunction(name: string, right: boolean, doc: string): PyBuiltin {
  const spec = argSpec(name, PARAMS);
  return new PyBuiltin(name, (rt, args, kwnames) => {
    const [a, x, lo, hi, key] = parse(spec, args, kwnames);
    const [l, h] = bounds(rt, a, lo, hi);
    const k = key === undefined || key === None ? x : callValue(rt, key, [x], null);
    const i = search(rt, a, k, l, h, key, right);
    if (a instanceof PyList && a.cls === ListType) {
      rt.checkValueSize((a.items.length + 1) * 8, 'list');
      a.items.splice(Math.min(i, a.items.length), 0, x);
    } else {
      callValue(rt, getAttr(rt, a, 'insert'), [i, x], null);
    }
    return None;
  }, null, doc, 'bisect');
}

export const modules: ModuleDef[] = [
  {
    name: 'bisect',
    summary: 'Bisection algorithms: binary search and insertion into sorted sequences.',
    build() {
      const bisectRight = bisectFunction('bisect_right', true,
        'Return the index where to insert x in a (sorted) to keep it sorted, after any entries equal to x.');
      const insortRight = insortFunction('insort_right', true,
        'Insert x into a (sorted), keeping it sorted; after any entries equal to x.');
      return {
        bisect_left: bisectFunction('bisect_left', false,
          'Return the index where to insert x in a (sorted) to keep it sorted, before any entries equal to x.'),
        bisect_right: bisectRight,
        bisect: bisectRight,
        insort_left: insortFunction('insort_left', false,
          'Insert x into a (sorted), keeping it sorted; before any entries equal to x.'),
        insort_right: insortRight,
        insort: insortRight,
      };
    },
  },
];
