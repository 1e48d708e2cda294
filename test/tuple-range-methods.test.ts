import { describe, expect, test } from 'vitest';
import type { Runtime } from '../core/runtime/runtime.js';
import { testRuntime } from './helpers.js';
import { ResourceExhausted } from '../core/errors.js';
import { PyClass, type Value } from '../core/runtime/object.js';
import { IntType, None, NotImplemented, RangeType, SliceType, TupleType } from '../core/runtime/types.js';
import { EMPTY_TUPLE, PyFloat, PyList, PySlice, PyTuple, tuple } from '../core/runtime/values.js';
import { PyBaseException } from '../core/runtime/exceptions.js';
import { PyBuiltin } from '../core/runtime/function.js';
import { exceptionStr, repr } from '../core/runtime/ops.js';
import { callClass } from '../core/runtime/call.js';
import { DONE, iterNext } from '../core/runtime/iter.js';
import { installTupleMethods } from '../core/runtime/methods/tuple.js';
import { installRangeMethods } from '../core/runtime/methods/range.js';
import '../core/runtime/methods/list.js';
import '../core/runtime/methods/object.js'; // object.__hash__ (hash(None) inside range hashes)

installTupleMethods();
installRangeMethods();

function makeRt(maxOps = Infinity): Runtime {
  return testRuntime({ maxOps });
}
const rt = makeRt();

const call = (type: PyClass, name: string, ...args: Value[]): Value => type.dict.get(name).fn(rt, args, null);
const callKw = (type: PyClass, name: string, args: Value[], kw: Record<string, Value>): Value =>
  type.dict.get(name).fn(rt, [...args, ...Object.values(kw)], Object.keys(kw));
const r = (v: Value) => repr(rt, v);
const T = (...items: Value[]) => tuple(items);
const L = (...items: Value[]) => new PyList(items);
const get = (type: PyClass, name: string, self: Value) => type.dict.get(name).get(rt, self);

function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.cls.name}: ${exceptionStr(rt, e)}`;
    throw e;
  }
  throw new Error('no exception raised');
}

function iterAll(it: Value): Value[] {
  const out: Value[] = [];
  for (;;) {
    const x = iterNext(rt, it);
    if (x === DONE) return out;
    out.push(x);
  }
}

describe('tuple', () => {
  const mk = (args: Value[], kwnames: string[] | null = null) => TupleType.construct!(rt, TupleType, args, kwnames);
  test('constructor', () => {
    expect(mk([])).toBe(EMPTY_TUPLE);
    expect(r(mk([L(1, 2)]))).toBe('(1, 2)');
    expect(r(mk(['a']))).toBe("('a',)");
    const t = T(1, 2);
    expect(mk([t])).toBe(t);
    expect(err(() => mk([1, 2]))).toBe('TypeError: tuple expected at most 1 argument, got 2');
    expect(err(() => mk([L()], ['iterable']))).toBe('TypeError: tuple() takes no keyword arguments');
    expect(err(() => mk([1]))).toBe("TypeError: 'int' object is not iterable");
  });
  test('subclasses get their value from __new__', () => {
    const Sub = new PyClass('T', [TupleType]);
    const o = callClass(rt, Sub, [L(1, 2)], null);
    expect(o).toBeInstanceOf(PyTuple);
    expect(o.cls).toBe(Sub);
    expect(o.dict).toBeInstanceOf(Map);
    expect(r(o)).toBe('(1, 2)');
    expect(callClass(rt, Sub, [], null).cls).toBe(Sub);
    expect(err(() => callClass(rt, Sub, [1, 2], null))).toBe('TypeError: tuple expected at most 1 argument, got 2');
    expect(err(() => callClass(rt, Sub, [L()], ['x']))).toBe('TypeError: tuple() takes no keyword arguments');
    const Sub2 = new PyClass('T2', [TupleType]);
    Sub2.dict.set('__init__', new PyBuiltin('__init__', () => None));
    expect(r(callClass(rt, Sub2, [L(1), 2], ['x']))).toBe('(1,)');
    const n = TupleType.dict.get('__new__').func;
    expect(err(() => n.fn(rt, [IntType], null))).toBe('TypeError: tuple.__new__(int): int is not a subtype of tuple');
    expect(call(TupleType, '__mul__', o, 1).cls).toBe(TupleType);
    expect(call(TupleType, '__add__', o, EMPTY_TUPLE).cls).toBe(TupleType);
    expect(call(TupleType, '__hash__', o)).toEqual(call(TupleType, '__hash__', T(1, 2)));
  });
  test('count / index', () => {
    const t = T(1, 2, 3, 2);
    expect(call(TupleType, 'count', t, 2)).toBe(2);
    expect(call(TupleType, 'index', t, 2)).toBe(1);
    expect(call(TupleType, 'index', t, 2, 2)).toBe(3);
    expect(call(TupleType, 'index', t, 2, -1)).toBe(3);
    expect(err(() => call(TupleType, 'index', t, 9))).toBe('ValueError: tuple.index(x): x not in tuple');
    expect(err(() => call(TupleType, 'index', t, 3, 0, 2))).toBe('ValueError: tuple.index(x): x not in tuple');
    expect(err(() => call(TupleType, 'index', t))).toBe('TypeError: index expected at least 1 argument, got 0');
    expect(err(() => call(TupleType, 'index', t, 1, 2, 3, 4))).toBe('TypeError: index expected at most 3 arguments, got 4');
    expect(err(() => call(TupleType, 'index', t, 1, 'a'))).toBe('TypeError: slice indices must be integers or have an __index__ method');
    expect(err(() => call(TupleType, 'count', t))).toBe('TypeError: tuple.count() takes exactly one argument (0 given)');
    expect(err(() => callKw(TupleType, 'count', [t], { x: 1 }))).toBe('TypeError: tuple.count() takes no keyword arguments');
  });
  test('special methods', () => {
    const t = T(1, 2, 3);
    expect(call(TupleType, '__len__', t)).toBe(3);
    expect(call(TupleType, '__getitem__', t, -1)).toBe(3);
    expect(r(call(TupleType, '__getitem__', t, new PySlice(None, None, -1)))).toBe('(3, 2, 1)');
    expect(call(TupleType, '__getitem__', t, new PySlice(None, None, None))).toBe(t);
    expect(err(() => call(TupleType, '__getitem__', t, 3))).toBe('IndexError: tuple index out of range');
    expect(err(() => call(TupleType, '__getitem__', t, 'a'))).toBe('TypeError: tuple indices must be integers or slices, not str');
    expect(err(() => call(TupleType, '__getitem__', t, 2n ** 100n))).toBe("IndexError: cannot fit 'int' into an index-sized integer");
    expect(err(() => call(TupleType, '__getitem__', t))).toBe('TypeError: expected 1 argument, got 0');
    expect(call(TupleType, '__contains__', t, new PyFloat(2))).toBe(true);
    expect(iterAll(call(TupleType, '__iter__', t))).toEqual([1, 2, 3]);
    expect(call(TupleType, '__iter__', t).cls.name).toBe('tuple_iterator');
    expect(r(call(TupleType, '__add__', t, T(4)))).toBe('(1, 2, 3, 4)');
    expect(call(TupleType, '__add__', t, EMPTY_TUPLE)).toBe(t);
    expect(call(TupleType, '__add__', EMPTY_TUPLE, t)).toBe(t);
    expect(call(TupleType, '__add__', t, L(4))).toBe(NotImplemented);
    expect(r(call(TupleType, '__mul__', T(1), 3))).toBe('(1, 1, 1)');
    expect(call(TupleType, '__mul__', t, 1)).toBe(t);
    expect(call(TupleType, '__rmul__', t, 0)).toBe(EMPTY_TUPLE);
    expect(call(TupleType, '__mul__', t, 'a')).toBe(NotImplemented);
    expect(err(() => call(TupleType, '__mul__', t, 2n ** 100n))).toBe("OverflowError: cannot fit 'int' into an index-sized integer");
    expect(call(TupleType, '__eq__', T(1, 2), T(new PyFloat(1), 2))).toBe(true);
    expect(call(TupleType, '__eq__', T(1), L(1))).toBe(NotImplemented);
    expect(call(TupleType, '__lt__', T(1, 2), T(1, 3))).toBe(true);
    expect(call(TupleType, '__ge__', T(1, 2), T(1))).toBe(true);
    expect(err(() => call(TupleType, '__lt__', T(1, 'a'), T(1, 2)))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(call(TupleType, '__repr__', T(1))).toBe('(1,)');
    expect(r(call(TupleType, '__getnewargs__', T(1)))).toBe('((1,),)');
  });
  test('hash matches CPython', () => {
    expect(call(TupleType, '__hash__', T(1, 2))).toBe(-3550055125485641917n);
    expect(call(TupleType, '__hash__', EMPTY_TUPLE)).toBe(5740354900026072187n);
    expect(err(() => call(TupleType, '__hash__', T(L())))).toBe("TypeError: unhashable type: 'list'");
  });
  test('budget and size', () => {
    const big = new PyTuple(Array.from({ length: 20000 }, (_, i) => i));
    for (const [name, args] of [['count', [big, -1]], ['index', [big, -1]], ['__contains__', [big, -1]], ['__add__', [big, big]], ['__mul__', [big, 3]]] as [string, Value[]][]) {
      expect(() => TupleType.dict.get(name).fn(makeRt(1000), args, null), name).toThrow(ResourceExhausted);
    }
    expect(() => TupleType.construct!(makeRt(1000), TupleType, [L(...big.items)], null)).toThrow(ResourceExhausted);
  });
});

describe('range', () => {
  const mk = (...args: Value[]) => RangeType.construct!(rt, RangeType, args, null);
  test('constructor', () => {
    expect(r(mk(5))).toBe('range(0, 5)');
    expect(r(mk(1, 10, 3))).toBe('range(1, 10, 3)');
    expect(r(mk(true, 3))).toBe('range(1, 3)');
    expect(r(mk(-1))).toBe('range(0, -1)');
    expect(err(() => mk())).toBe('TypeError: range expected at least 1 argument, got 0');
    expect(err(() => mk(1, 2, 3, 4))).toBe('TypeError: range expected at most 3 arguments, got 4');
    expect(err(() => mk(new PyFloat(1)))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(err(() => mk(1, 'a'))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(err(() => mk(1, 2, 0))).toBe('ValueError: range() arg 3 must not be zero');
    expect(err(() => RangeType.construct!(rt, RangeType, [1], ['x']))).toBe('TypeError: range() takes no keyword arguments');
    const n = RangeType.dict.get('__new__').func;
    expect(r(n.fn(rt, [RangeType, 3], null))).toBe('range(0, 3)');
    expect(err(() => n.fn(rt, [IntType, 3], null))).toBe('TypeError: range.__new__(int): int is not a subtype of range');
  });
  test('attributes, len, bool', () => {
    const x = mk(1, 10, 3);
    expect([get(RangeType, 'start', x), get(RangeType, 'stop', x), get(RangeType, 'step', x)]).toEqual([1, 10, 3]);
    expect(call(RangeType, '__len__', x)).toBe(3);
    expect(call(RangeType, '__len__', mk(2n ** 62n))).toBe(2n ** 62n);
    expect(err(() => call(RangeType, '__len__', mk(2n ** 64n)))).toBe('OverflowError: Python int too large to convert to C ssize_t');
    expect(err(() => call(RangeType, '__len__', mk(-(2n ** 63n), 2n ** 63n - 1n, 2))))
      .toBe('OverflowError: Python int too large to convert to C ssize_t');
    expect(err(() => call(RangeType, '__len__', x, 1))).toBe('TypeError: expected 0 arguments, got 1');
    expect(call(RangeType, '__bool__', mk(0))).toBe(false);
    expect(call(RangeType, '__bool__', mk(2n ** 80n))).toBe(true);
  });
  test('getitem', () => {
    expect(call(RangeType, '__getitem__', mk(-5, 5, 3), -1)).toBe(4);
    expect(call(RangeType, '__getitem__', mk(10), true)).toBe(1);
    expect(r(call(RangeType, '__getitem__', mk(10), new PySlice(1, 8, 3)))).toBe('range(1, 8, 3)');
    expect(r(call(RangeType, '__getitem__', mk(10), new PySlice(-100, 100, None)))).toBe('range(0, 10)');
    expect(r(call(RangeType, '__getitem__', mk(0, 20, 3), new PySlice(None, None, -2)))).toBe('range(18, -3, -6)');
    expect(r(call(RangeType, '__getitem__', mk(2n ** 70n), new PySlice(5, 2n ** 69n, 7)))).toBe('range(5, 590295810358705651712, 7)');
    expect(call(RangeType, '__getitem__', mk(2n ** 70n), 2n ** 69n)).toBe(2n ** 69n);
    expect(err(() => call(RangeType, '__getitem__', mk(10), 10))).toBe('IndexError: range object index out of range');
    expect(err(() => call(RangeType, '__getitem__', mk(10), 2n ** 100n))).toBe('IndexError: range object index out of range');
    expect(err(() => call(RangeType, '__getitem__', mk(10), 'a'))).toBe('TypeError: range indices must be integers or slices, not str');
  });
  test('contains / count / index', () => {
    const x = mk(1, 10, 3);
    expect(call(RangeType, '__contains__', x, 7)).toBe(true);
    expect(call(RangeType, '__contains__', x, 8)).toBe(false);
    expect(call(RangeType, '__contains__', mk(3), true)).toBe(true);
    expect(call(RangeType, '__contains__', x, new PyFloat(7))).toBe(true);
    expect(call(RangeType, '__contains__', x, 'a')).toBe(false);
    expect(call(RangeType, 'count', x, 7)).toBe(1);
    expect(call(RangeType, 'count', x, new PyFloat(7))).toBe(1);
    expect(call(RangeType, 'count', x, None)).toBe(0);
    expect(call(RangeType, 'index', x, 7)).toBe(2);
    expect(call(RangeType, 'index', mk(10, 0, -3), 4)).toBe(2);
    expect(call(RangeType, 'index', x, new PyFloat(7))).toBe(2);
    expect(call(RangeType, 'index', mk(10), true)).toBe(1);
    expect(call(RangeType, 'index', mk(2n ** 100n), 2n ** 99n)).toBe(2n ** 99n);
    expect(err(() => call(RangeType, 'index', mk(3), 3))).toBe('ValueError: 3 is not in range');
    expect(err(() => call(RangeType, 'index', mk(3), 'a'))).toBe('ValueError: sequence.index(x): x not in sequence');
    expect(err(() => call(RangeType, 'count', x))).toBe('TypeError: range.count() takes exactly one argument (0 given)');
    expect(err(() => callKw(RangeType, 'count', [x], { x: 1 }))).toBe('TypeError: range.count() takes no keyword arguments');
    expect(err(() => call(RangeType, 'index', x))).toBe('TypeError: range.index() takes exactly one argument (0 given)');
  });
  test('iteration', () => {
    expect(iterAll(call(RangeType, '__iter__', mk(1, 10, 3)))).toEqual([1, 4, 7]);
    expect(iterAll(call(RangeType, '__reversed__', mk(1, 10, 3)))).toEqual([7, 4, 1]);
    expect(iterAll(call(RangeType, '__reversed__', mk(0)))).toEqual([]);
    expect(iterAll(call(RangeType, '__reversed__', mk(5, 0, -2)))).toEqual([1, 3, 5]);
    expect(iterAll(call(RangeType, '__reversed__', mk(2n ** 70n, 2n ** 70n + 3n)))).toEqual([2n ** 70n + 2n, 2n ** 70n + 1n, 2n ** 70n]);
    expect(call(RangeType, '__reversed__', mk(3)).cls.name).toBe('range_iterator');
    expect(err(() => call(RangeType, '__reversed__', mk(3), 1))).toBe('TypeError: range.__reversed__() takes no arguments (1 given)');
  });
  test('equality, hash, repr', () => {
    expect(call(RangeType, '__eq__', mk(0, 3, 2), mk(0, 4, 2))).toBe(true);
    expect(call(RangeType, '__eq__', mk(0), mk(5, 5, 3))).toBe(true);
    expect(call(RangeType, '__eq__', mk(1, 2, 5), mk(1, 2))).toBe(true);
    expect(call(RangeType, '__eq__', mk(3), mk(4))).toBe(false);
    expect(call(RangeType, '__ne__', mk(3), mk(4))).toBe(true);
    expect(call(RangeType, '__eq__', mk(3), L(0, 1, 2))).toBe(NotImplemented);
    expect(call(RangeType, '__hash__', mk(0, 3, 2))).toEqual(call(RangeType, '__hash__', mk(0, 4, 2)));
    expect(call(RangeType, '__hash__', mk(1, 2, 5))).toEqual(call(RangeType, '__hash__', mk(1, 2)));
    expect(call(RangeType, '__hash__', mk(0))).toEqual(call(RangeType, '__hash__', mk(5, 5, 3)));
    expect(call(RangeType, '__repr__', mk(0, 5, 1))).toBe('range(0, 5)');
    expect(call(RangeType, '__repr__', mk(2n ** 70n))).toBe('range(0, 1180591620717411303424)');
  });
  test('non-int search charges the budget', () => {
    expect(() => RangeType.dict.get('__contains__').fn(makeRt(1000), [mk(10n ** 15n), new PyFloat(0.5)], null)).toThrow(ResourceExhausted);
    expect(() => RangeType.dict.get('count').fn(makeRt(1000), [mk(10n ** 15n), 'a'], null)).toThrow(ResourceExhausted);
  });
});

describe('slice', () => {
  const mk = (...args: Value[]) => SliceType.construct!(rt, SliceType, args, null);
  test('constructor and attributes', () => {
    expect(r(mk(1))).toBe('slice(None, 1, None)');
    expect(r(mk(1, 2))).toBe('slice(1, 2, None)');
    const s = mk('a', L(), 3);
    expect(r(s)).toBe("slice('a', [], 3)");
    expect([get(SliceType, 'start', s), get(SliceType, 'step', s)]).toEqual(['a', 3]);
    expect(get(SliceType, 'stop', s)).toBeInstanceOf(PyList);
    expect(err(() => mk())).toBe('TypeError: slice expected at least 1 argument, got 0');
    expect(err(() => mk(1, 2, 3, 4))).toBe('TypeError: slice expected at most 3 arguments, got 4');
    expect(err(() => SliceType.construct!(rt, SliceType, [1], ['x']))).toBe('TypeError: slice() takes no keyword arguments');
    expect(SliceType.dict.get('__hash__')).toBe(None);
  });
  test('indices', () => {
    const ind = (s: PySlice, n: Value) => r(call(SliceType, 'indices', s, n));
    expect(ind(mk(None, None, None), 5)).toBe('(0, 5, 1)');
    expect(ind(mk(-3, None), 5)).toBe('(2, 5, 1)');
    expect(ind(mk(10, -10, -2), 5)).toBe('(4, -1, -2)');
    expect(ind(mk(1, 2, 3), 0)).toBe('(0, 0, 3)');
    expect(ind(mk(None, None, -1), 5)).toBe('(4, -1, -1)');
    expect(ind(mk(2n ** 100n, -(2n ** 100n), -3), 5)).toBe('(4, -1, -3)');
    expect(ind(mk(1, 2, 3), 2n ** 100n)).toBe('(1, 2, 3)');
    expect(ind(mk(-(2n ** 100n), 2n ** 100n), 2n ** 70n)).toBe('(0, 1180591620717411303424, 1)');
    expect(ind(mk(true, 3), 5)).toBe('(1, 3, 1)');
    expect(err(() => call(SliceType, 'indices', mk(1, 2), -1))).toBe('ValueError: length should not be negative');
    expect(err(() => call(SliceType, 'indices', mk(1, 2), 'a'))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(err(() => call(SliceType, 'indices', mk(1, 2, 0), 3))).toBe('ValueError: slice step cannot be zero');
    expect(err(() => call(SliceType, 'indices', mk('a'), 3))).toBe('TypeError: slice indices must be integers or None or have an __index__ method');
    expect(err(() => call(SliceType, 'indices', mk(1)))).toBe('TypeError: slice.indices() takes exactly one argument (0 given)');
  });
  test('comparisons', () => {
    expect(call(SliceType, '__eq__', mk(1, 2), mk(1, 2))).toBe(true);
    expect(call(SliceType, '__eq__', mk(1, 2), T(1, 2, None))).toBe(NotImplemented);
    expect(call(SliceType, '__ne__', mk(1, 2), mk(1, 3))).toBe(true);
    expect(call(SliceType, '__lt__', mk(1, 2), mk(1, 3))).toBe(true);
    expect(err(() => call(SliceType, '__lt__', mk(1, 2), mk(1, 2, 3))))
      .toBe("TypeError: '<' not supported between instances of 'NoneType' and 'int'");
    const nan = new PyFloat(NaN);
    const s = new PySlice(nan, None, None);
    expect(call(SliceType, '__eq__', s, s)).toBe(true);
  });
});
