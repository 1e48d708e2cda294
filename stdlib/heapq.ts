/**
 * The `heapq` module: binary min-heaps on plain lists. The sift operations are
 * native (`_heapq`) and follow CPython's exact algorithm, so heaps hold their
 * elements in the same positions as in CPython; only `<` is used to compare.
 * `merge`, `nlargest` and `nsmallest` are Python source on top of them.
 */
import type { ModuleDef } from '../core/modules.js';
import type { Value } from '../core/runtime/object.js';
import { None } from '../core/runtime/types.js';
import { PyBuiltin } from '../core/runtime/function.js';
import { indexError, runtimeError, typeError } from '../core/runtime/exceptions.js';
import { PyList } from '../core/runtime/values.js';
import { lessThan } from '../core/runtime/compare.js';
import { typeName } from '../core/runtime/ops.js';
import { checkPositional, noKw } from '../core/runtime/methods/list.js';
import type { Runtime } from '../core/runtime/runtime.js';

const MODULE = '_heapq';

/** `a < b` for a min-heap; swapped for the max-heap helpers. */
type Less = (rt: Runtime, a: Value, b: Value) => boolean;
const minLess: Less = (rt, a, b) => lessThan(rt, a, b);
const maxLess: Less = (rt, a, b) => lessThan(rt, b, a);

/** Comparisons may run user code that resizes the heap: CPython refuses to continue. */
function checkSize(heap: PyList, size: number): void {
  if (heap.items.length !== size) throw runtimeError('list changed size during iteration');
}

/** Moves the item at `pos` up towards `start` while it is smaller than its parent. */
function siftDown(rt: Runtime, heap: PyList, start: number, pos: number, less: Less): void {
  const size = heap.items.length;
  const item = heap.items[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap.items[parentPos];
    const smaller = less(rt, item, parent);
    checkSize(heap, size);
    if (!smaller) break;
    heap.items[pos] = parent;
    pos = parentPos;
  }
  heap.items[pos] = item;
}

/** Moves the smaller child up until a leaf is reached, puts the item there, then sifts it down. */
function siftUp(rt: Runtime, heap: PyList, pos: number, less: Less): void {
  const end = heap.items.length;
  const start = pos;
  const item = heap.items[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    if (--rt.ticks < 0) rt.checkpoint();
    const right = child + 1;
    if (right < end) {
      const leftSmaller = less(rt, heap.items[child], heap.items[right]);
      checkSize(heap, end);
      if (!leftSmaller) child = right;
    }
    heap.items[pos] = heap.items[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap.items[pos] = item;
  siftDown(rt, heap, start, pos, less);
}

/** The heap argument: a list (subclasses included), else CPython's TypeError. */
function heapArg(fname: string, v: Value, multi: boolean): PyList {
  if (!(v instanceof PyList)) {
    throw typeError(multi ? `${fname}() argument 1 must be list, not ${typeName(v)}` : `${fname}() argument must be list, not ${typeName(v)}`);
  }
  return v;
}

function twoArgs(fname: string, args: Value[], kwnames: string[] | null): PyList {
  noKw(`${MODULE}.${fname}`, kwnames);
  checkPositional(fname, args.length, 2, 2);
  return heapArg(fname, args[0], true);
}

function oneArg(fname: string, args: Value[], kwnames: string[] | null): PyList {
  noKw(`${MODULE}.${fname}`, kwnames);
  if (args.length !== 1) throw typeError(`${MODULE}.${fname}() takes exactly one argument (${args.length} given)`);
  return heapArg(fname, args[0], false);
}

function heappush(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  const heap = twoArgs('heappush', args, kwnames);
  rt.checkValueSize((heap.items.length + 1) * 8, 'list');
  heap.items.push(args[1]);
  siftDown(rt, heap, 0, heap.items.length - 1, minLess);
  return None;
}

function pop(rt: Runtime, heap: PyList, less: Less): Value {
  if (heap.items.length === 0) throw indexError('index out of range');
  const last = heap.items.pop();
  if (heap.items.length === 0) return last;
  const top = heap.items[0];
  heap.items[0] = last;
  siftUp(rt, heap, 0, less);
  return top;
}

function replace(rt: Runtime, heap: PyList, item: Value, less: Less): Value {
  if (heap.items.length === 0) throw indexError('index out of range');
  const top = heap.items[0];
  heap.items[0] = item;
  siftUp(rt, heap, 0, less);
  return top;
}

function heapify(rt: Runtime, heap: PyList, less: Less): Value {
  for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftUp(rt, heap, i, less);
  return None;
}

function heappushpop(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  const heap = twoArgs('heappushpop', args, kwnames);
  const item = args[1];
  if (heap.items.length === 0) return item;
  const top = heap.items[0];
  const smaller = lessThan(rt, top, item);
  if (heap.items.length === 0) throw indexError('index out of range');
  if (!smaller) return item;
  heap.items[0] = item;
  siftUp(rt, heap, 0, minLess);
  return top;
}

function fn(name: string, impl: PyBuiltin['fn'], doc: string): PyBuiltin {
  return new PyBuiltin(name, impl, null, doc, MODULE);
}

const HEAPQ_SOURCE = String.raw`"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k:
a[0] is always the smallest element.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapify_max, _heapreplace_max


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted iterator (lazily).

    Equal elements come out in the order of the iterables they come from.
    key and reverse mean the same as for sorted().
    """
    # Heap entries are [sort key, iterable index, value, advance]: the index breaks
    # ties (negated when reversed, so earlier iterables still win) and never lets
    # values or advance functions be compared.
    step = -1 if reverse else 1
    entries = []
    for index, iterable in enumerate(iterables):
        advance = iter(iterable).__next__
        try:
            value = advance()
        except StopIteration:
            continue
        entries.append([value if key is None else key(value), index * step, value, advance])
    if reverse:
        make_heap, pop_top, replace_top = _heapify_max, _heappop_max, _heapreplace_max
    else:
        make_heap, pop_top, replace_top = heapify, heappop, heapreplace
    make_heap(entries)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        try:
            value = top[3]()
        except StopIteration:
            pop_top(entries)
            continue
        top[0] = value if key is None else key(value)
        top[2] = value
        replace_top(entries, top)
    if entries:
        last = entries[0]
        yield last[2]
        yield from _rest(last[3])


def _rest(advance):
    while True:
        try:
            value = advance()
        except StopIteration:
            return
        yield value


def _select(n, iterable, key, largest):
    """The n smallest (or largest) elements, like sorted(iterable, key=key, reverse=largest)[:n]."""
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    # Keep the best n in a heap whose top is the worst of them. Entries are
    # (sort key, arrival order, element); the order keeps the result stable
    # and spares elements from being compared.
    it = iter(iterable)
    step = -1 if largest else 1
    best = []
    for order, elem in zip(range(0, n * step, step), it):
        best.append((elem if key is None else key(elem), order, elem))
    if not best:
        return best
    if largest:
        heapify(best)
    else:
        _heapify_max(best)
    worst = best[0][0]
    order = n * step
    for elem in it:
        k = elem if key is None else key(elem)
        if (worst < k) if largest else (k < worst):
            if largest:
                heapreplace(best, (k, order, elem))
            else:
                _heapreplace_max(best, (k, order, elem))
            worst = best[0][0]
        order += step
    best.sort(reverse=largest)
    return [entry[2] for entry in best]


def nsmallest(n, iterable, key=None):
    """The n smallest elements of iterable: sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest elements of iterable: sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)
`;

export const modules: ModuleDef[] = [
  {
    name: '_heapq',
    summary: 'Native heap operations behind heapq.',
    build() {
      return {
        heappush: fn('heappush', heappush, 'Push item onto heap, maintaining the heap invariant.'),
        heappop: fn('heappop', (rt, args, kwnames) => pop(rt, oneArg('heappop', args, kwnames), minLess),
          'Pop the smallest item off the heap, maintaining the heap invariant.'),
        heapify: fn('heapify', (rt, args, kwnames) => heapify(rt, oneArg('heapify', args, kwnames), minLess),
          'Transform list into a heap, in-place, in O(len(heap)) time.'),
        heapreplace: fn('heapreplace', (rt, args, kwnames) => replace(rt, twoArgs('heapreplace', args, kwnames), args[1], minLess),
          'Pop and return the smallest item, then push the new item (IndexError on an empty heap).'),
        heappushpop: fn('heappushpop', heappushpop,
          'Push item on the heap, then pop and return the smallest item (faster than the two calls).'),
        _heappop_max: fn('_heappop_max', (rt, args, kwnames) => pop(rt, oneArg('_heappop_max', args, kwnames), maxLess),
          'Maxheap variant of heappop.'),
        _heapify_max: fn('_heapify_max', (rt, args, kwnames) => heapify(rt, oneArg('_heapify_max', args, kwnames), maxLess),
          'Maxheap variant of heapify.'),
        _heapreplace_max: fn('_heapreplace_max',
          (rt, args, kwnames) => replace(rt, twoArgs('_heapreplace_max', args, kwnames), args[1], maxLess),
          'Maxheap variant of heapreplace.'),
      };
    },
  },
  { name: 'heapq', summary: 'Heap queue (priority queue) algorithms on lists.', source: HEAPQ_SOURCE },
];
