import { describe, expect, test } from 'vitest';
import type { Runtime } from '../core/runtime/runtime.js';
import { testRuntime } from './helpers.js';
import { ResourceExhausted } from '../core/errors.js';
import { PyClass, PyInstance, type Value } from '../core/runtime/object.js';
import { ListType, None, NotImplemented, ObjectType, TupleType } from '../core/runtime/types.js';
import { PyFloat, PyList, PySlice, PyTuple, tuple } from '../core/runtime/values.js';
import { PyBaseException, valueError } from '../core/runtime/exceptions.js';
import { PyBuiltin } from '../core/runtime/function.js';
import { exceptionStr, repr } from '../core/runtime/ops.js';
import { callClass } from '../core/runtime/call.js';
import { DONE, getIter, iterNext } from '../core/runtime/iter.js';
import { lessThan } from '../core/runtime/compare.js';
import { installListMethods, sortedList } from '../core/runtime/methods/list.js';
import '../core/runtime/methods/tuple.js';

installListMethods();

function makeRt(maxOps = Infinity, maxValueBytes = Infinity): Runtime {
  return testRuntime({ maxOps, maxValueBytes });
}
const rt = makeRt();

const call = (type: PyClass, name: string, ...args: Value[]): Value => type.dict.get(name).fn(rt, args, null);
/** Calls with keyword arguments: `kw` values follow the positional ones. */
const callKw = (type: PyClass, name: string, args: Value[], kw: Record<string, Value>): Value =>
  type.dict.get(name).fn(rt, [...args, ...Object.values(kw)], Object.keys(kw));
const L = (...items: Value[]) => new PyList(items);
const r = (v: Value) => repr(rt, v);
const fn = (f: (...a: Value[]) => Value) => new PyBuiltin('f', (_rt, args) => f(...args));

/** "Type: message" of the Python exception raised by `f`. */
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

describe('list constructor', () => {
  const make = (args: Value[], kwnames: string[] | null = null) => ListType.construct!(rt, ListType, args, kwnames);
  test('forms', () => {
    expect(r(make([]))).toBe('[]');
    expect(r(make([tuple([1, 2])]))).toBe('[1, 2]');
    expect(r(make(['ab']))).toBe("['a', 'b']");
    const src = L(1, 2);
    const copy = make([src]);
    expect(copy).not.toBe(src);
    expect(r(copy)).toBe('[1, 2]');
  });
  test('errors', () => {
    expect(err(() => make([1, 2]))).toBe('TypeError: list expected at most 1 argument, got 2');
    expect(err(() => make([1]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => make([1], ['x']))).toBe('TypeError: list() takes no keyword arguments');
  });
});

describe('list subclasses', () => {
  const Sub = new PyClass('L', [ListType]);
  test('__new__ then __init__', () => {
    const o = callClass(rt, Sub, [tuple([1, 2])], null);
    expect(o).toBeInstanceOf(PyList);
    expect(o.cls).toBe(Sub);
    expect(o.dict).toBeInstanceOf(Map);
    expect(r(o)).toBe('[1, 2]');
    expect(err(() => callClass(rt, Sub, [1, 2], null))).toBe('TypeError: list expected at most 1 argument, got 2');
    expect(err(() => callClass(rt, Sub, [1], ['x']))).toBe('TypeError: list() takes no keyword arguments');
  });
  test('__new__ validation', () => {
    const n = ListType.dict.get('__new__').func;
    expect(n.fn(rt, [ListType, 1, 2, 3], null).cls).toBe(ListType);
    expect(err(() => n.fn(rt, [], null))).toBe('TypeError: list.__new__(): not enough arguments');
    expect(err(() => n.fn(rt, [1], null))).toBe('TypeError: list.__new__(X): X is not a type object (int)');
    expect(err(() => n.fn(rt, [TupleType], null))).toBe('TypeError: list.__new__(tuple): tuple is not a subtype of list');
  });
  test('__init__ clears first', () => {
    const l = L(1, 2);
    call(ListType, '__init__', l, L(3));
    expect(r(l)).toBe('[3]');
    call(ListType, '__init__', l, l);
    expect(r(l)).toBe('[]');
    const m = L(1);
    call(ListType, '__init__', m);
    expect(r(m)).toBe('[]');
  });
  test('operations return exact lists', () => {
    const o = callClass(rt, Sub, [L(1)], null);
    expect(call(ListType, 'copy', o).cls).toBe(ListType);
    expect(call(ListType, '__add__', o, L(2)).cls).toBe(ListType);
    expect(call(ListType, '__mul__', o, 2).cls).toBe(ListType);
    expect(call(ListType, '__getitem__', o, new PySlice(None, None, None)).cls).toBe(ListType);
  });
  test('unhashable, class_getitem', () => {
    expect(ListType.dict.get('__hash__')).toBe(None);
    const cg = ListType.dict.get('__class_getitem__').func;
    expect(cg.fn(rt, [ListType, ListType], null)).toBe(ListType);
  });
});

describe('list methods', () => {
  test('append / extend', () => {
    const l = L();
    call(ListType, 'append', l, 1);
    call(ListType, 'extend', l, tuple([2, 3]));
    call(ListType, 'extend', l, 'ab');
    call(ListType, 'extend', l, l);
    expect(r(l)).toBe("[1, 2, 3, 'a', 'b', 1, 2, 3, 'a', 'b']");
    expect(err(() => call(ListType, 'append', l))).toBe('TypeError: list.append() takes exactly one argument (0 given)');
    expect(err(() => call(ListType, 'append', l, 1, 2))).toBe('TypeError: list.append() takes exactly one argument (2 given)');
    expect(err(() => callKw(ListType, 'append', [l], { x: 1 }))).toBe('TypeError: list.append() takes no keyword arguments');
    expect(err(() => call(ListType, 'extend', l, 1))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => call(ListType, 'extend', l))).toBe('TypeError: list.extend() takes exactly one argument (0 given)');
  });
  test('extend with a generator-like iterator that appends to the list', () => {
    const l = L(1, 2);
    const it = getIter(rt, L(7, 8));
    call(ListType, 'extend', l, it);
    expect(r(l)).toBe('[1, 2, 7, 8]');
  });
  test('insert clamps', () => {
    const l = L(1, 2, 3);
    call(ListType, 'insert', l, -1, 9);
    expect(r(l)).toBe('[1, 2, 9, 3]');
    call(ListType, 'insert', l, 100, 8);
    call(ListType, 'insert', l, -100, 7);
    expect(r(l)).toBe('[7, 1, 2, 9, 3, 8]');
    call(ListType, 'insert', l, 2n ** 62n, 6);
    call(ListType, 'insert', l, -(2n ** 62n), 5);
    call(ListType, 'insert', l, true, 4);
    expect(r(l)).toBe('[5, 4, 7, 1, 2, 9, 3, 8, 6]');
    expect(err(() => call(ListType, 'insert', l, 2n ** 100n, 0))).toBe('OverflowError: Python int too large to convert to C ssize_t');
    expect(err(() => call(ListType, 'insert', l, 1))).toBe('TypeError: insert expected 2 arguments, got 1');
    expect(err(() => call(ListType, 'insert', l, 1, 2, 3))).toBe('TypeError: insert expected 2 arguments, got 3');
    expect(err(() => call(ListType, 'insert', l, 'a', 1))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(err(() => callKw(ListType, 'insert', [l], { i: 1 }))).toBe('TypeError: list.insert() takes no keyword arguments');
  });
  test('remove', () => {
    const l = L(1, 2, 1);
    call(ListType, 'remove', l, 1);
    expect(r(l)).toBe('[2, 1]');
    call(ListType, 'remove', l, new PyFloat(1));
    expect(r(l)).toBe('[2]');
    expect(err(() => call(ListType, 'remove', l, 5))).toBe('ValueError: list.remove(x): x not in list');
    expect(err(() => call(ListType, 'remove', l))).toBe('TypeError: list.remove() takes exactly one argument (0 given)');
  });
  test('pop', () => {
    const l = L(1, 2, 3);
    expect(call(ListType, 'pop', l)).toBe(3);
    expect(call(ListType, 'pop', l, 0)).toBe(1);
    expect(call(ListType, 'pop', l, -1)).toBe(2);
    expect(err(() => call(ListType, 'pop', l))).toBe('IndexError: pop from empty list');
    expect(err(() => call(ListType, 'pop', L(1), 5))).toBe('IndexError: pop index out of range');
    expect(err(() => call(ListType, 'pop', L(1), -2))).toBe('IndexError: pop index out of range');
    expect(err(() => call(ListType, 'pop', L(1), 2n ** 62n))).toBe('IndexError: pop index out of range');
    expect(err(() => call(ListType, 'pop', L(1), 'a'))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(err(() => call(ListType, 'pop', L(), 2n ** 100n))).toBe('OverflowError: Python int too large to convert to C ssize_t');
    expect(err(() => call(ListType, 'pop', L(), 1, 2))).toBe('TypeError: pop expected at most 1 argument, got 2');
    expect(err(() => callKw(ListType, 'pop', [L()], { index: 1 }))).toBe('TypeError: list.pop() takes no keyword arguments');
  });
  test('index', () => {
    const l = L(1, 2, 3, 2);
    expect(call(ListType, 'index', l, 2)).toBe(1);
    expect(call(ListType, 'index', l, 2, 2)).toBe(3);
    expect(call(ListType, 'index', l, 3, -2)).toBe(2);
    expect(call(ListType, 'index', l, 1, -100, 100)).toBe(0);
    expect(call(ListType, 'index', l, 1, -(2n ** 100n))).toBe(0);
    expect(err(() => call(ListType, 'index', l, 3, 0, 2))).toBe('ValueError: 3 is not in list');
    expect(err(() => call(ListType, 'index', l, 3, 2n ** 100n))).toBe('ValueError: 3 is not in list');
    expect(err(() => call(ListType, 'index', l, 'x'))).toBe("ValueError: 'x' is not in list");
    expect(err(() => call(ListType, 'index', l, 1, 'a'))).toBe('TypeError: slice indices must be integers or have an __index__ method');
    expect(err(() => call(ListType, 'index', l))).toBe('TypeError: index expected at least 1 argument, got 0');
    expect(err(() => call(ListType, 'index', l, 1, 2, 3, 4))).toBe('TypeError: index expected at most 3 arguments, got 4');
    expect(err(() => callKw(ListType, 'index', [l], { value: 1 }))).toBe('TypeError: list.index() takes no keyword arguments');
  });
  test('count / reverse / clear / copy', () => {
    const l = L(1, true, new PyFloat(1), 2);
    expect(call(ListType, 'count', l, 1)).toBe(3);
    expect(err(() => call(ListType, 'count', l))).toBe('TypeError: list.count() takes exactly one argument (0 given)');
    call(ListType, 'reverse', l);
    expect(r(l)).toBe('[2, 1.0, True, 1]');
    const c = call(ListType, 'copy', l);
    expect(c).not.toBe(l);
    expect(r(c)).toBe(r(l));
    call(ListType, 'clear', l);
    expect(r(l)).toBe('[]');
    expect(r(c)).toBe('[2, 1.0, True, 1]');
    expect(err(() => call(ListType, 'reverse', l, 1))).toBe('TypeError: list.reverse() takes no arguments (1 given)');
    expect(err(() => call(ListType, 'clear', l, 1))).toBe('TypeError: list.clear() takes no arguments (1 given)');
    expect(err(() => call(ListType, 'copy', l, 1))).toBe('TypeError: list.copy() takes no arguments (1 given)');
  });
});

describe('list special methods', () => {
  test('len / getitem / setitem / delitem', () => {
    const l = L(1, 2, 3, 4, 5);
    expect(call(ListType, '__len__', l)).toBe(5);
    expect(call(ListType, '__getitem__', l, -1)).toBe(5);
    expect(call(ListType, '__getitem__', l, true)).toBe(2);
    expect(r(call(ListType, '__getitem__', l, new PySlice(None, None, -2)))).toBe('[5, 3, 1]');
    expect(err(() => call(ListType, '__getitem__', l, 5))).toBe('IndexError: list index out of range');
    expect(err(() => call(ListType, '__getitem__', l, 2n ** 100n))).toBe("IndexError: cannot fit 'int' into an index-sized integer");
    expect(err(() => call(ListType, '__getitem__', l, 'a'))).toBe('TypeError: list indices must be integers or slices, not str');
    expect(err(() => call(ListType, '__getitem__', l))).toBe('TypeError: list.__getitem__() takes exactly one argument (0 given)');
    expect(err(() => call(ListType, '__len__', l, 1))).toBe('TypeError: expected 0 arguments, got 1');
    expect(err(() => callKw(ListType, '__len__', [l], { x: 1 }))).toBe('TypeError: wrapper __len__() takes no keyword arguments');
    call(ListType, '__setitem__', l, 0, 'a');
    call(ListType, '__setitem__', l, new PySlice(1, 3, None), tuple(['b']));
    expect(r(l)).toBe("['a', 'b', 4, 5]");
    call(ListType, '__setitem__', l, new PySlice(None, None, 2), L('x', 'y'));
    expect(r(l)).toBe("['x', 'b', 'y', 5]");
    call(ListType, '__setitem__', l, new PySlice(None, None, None), l);
    expect(r(l)).toBe("['x', 'b', 'y', 5]");
    expect(err(() => call(ListType, '__setitem__', l, 9, 0))).toBe('IndexError: list assignment index out of range');
    expect(err(() => call(ListType, '__setitem__', l, new PySlice(0, 1, None), 1))).toBe('TypeError: can only assign an iterable');
    expect(err(() => call(ListType, '__setitem__', l, new PySlice(0, 3, 2), 1))).toBe('TypeError: must assign iterable to extended slice');
    expect(err(() => call(ListType, '__setitem__', l, new PySlice(0, 3, 2), L(1))))
      .toBe('ValueError: attempt to assign sequence of size 1 to extended slice of size 2');
    expect(err(() => call(ListType, '__setitem__', l, 1))).toBe('TypeError:  expected 2 arguments, got 1');
    call(ListType, '__delitem__', l, new PySlice(None, None, 2));
    expect(r(l)).toBe("['b', 5]");
    call(ListType, '__delitem__', l, 0);
    expect(r(l)).toBe('[5]');
    expect(err(() => call(ListType, '__delitem__', l, 5))).toBe('IndexError: list assignment index out of range');
    const m = L(0, 1, 2, 3, 4, 5, 6);
    call(ListType, '__delitem__', m, new PySlice(-1, 0, -3));
    expect(r(m)).toBe('[0, 1, 2, 4, 5]');
  });
  test('contains / iter / reversed', () => {
    const l = L(1, new PyFloat(NaN), 'a');
    expect(call(ListType, '__contains__', l, true)).toBe(true);
    expect(call(ListType, '__contains__', l, l.items[1])).toBe(true);
    expect(call(ListType, '__contains__', l, 'b')).toBe(false);
    const it = call(ListType, '__iter__', l);
    expect(it.cls.name).toBe('list_iterator');
    expect(iterAll(it).length).toBe(3);
    const rev = call(ListType, '__reversed__', L(1, 2, 3));
    expect(rev.cls.name).toBe('list_reverseiterator');
    expect(iterAll(rev)).toEqual([3, 2, 1]);
    expect(err(() => call(ListType, '__reversed__', l, 1))).toBe('TypeError: list.__reversed__() takes no arguments (1 given)');
  });
  test('arithmetic dunders', () => {
    expect(r(call(ListType, '__add__', L(1), L(2)))).toBe('[1, 2]');
    expect(call(ListType, '__add__', L(1), tuple([2]))).toBe(NotImplemented);
    expect(err(() => call(ListType, '__add__', L(1)))).toBe('TypeError: expected 1 argument, got 0');
    const l = L(1);
    expect(call(ListType, '__iadd__', l, tuple([2]))).toBe(l);
    expect(r(l)).toBe('[1, 2]');
    expect(err(() => call(ListType, '__iadd__', l, 2))).toBe("TypeError: 'int' object is not iterable");
    expect(r(call(ListType, '__mul__', l, 2))).toBe('[1, 2, 1, 2]');
    expect(r(call(ListType, '__rmul__', l, true))).toBe('[1, 2]');
    expect(r(call(ListType, '__mul__', l, -1))).toBe('[]');
    expect(call(ListType, '__mul__', l, new PyFloat(1))).toBe(NotImplemented);
    expect(call(ListType, '__mul__', l, 'a')).toBe(NotImplemented);
    expect(err(() => call(ListType, '__mul__', l, 2n ** 100n))).toBe("OverflowError: cannot fit 'int' into an index-sized integer");
    expect(err(() => call(ListType, '__mul__', L(), -(2n ** 100n)))).toBe("OverflowError: cannot fit 'int' into an index-sized integer");
    expect(r(call(ListType, '__mul__', L(), 2n ** 60n))).toBe('[]');
    // (a fresh runtime: a tripped limit halts its runtime for good)
    expect(() => ListType.dict.get('__mul__').fn(makeRt(), [l, 2n ** 62n], null)).toThrow(ResourceExhausted);
    expect(call(ListType, '__imul__', l, 2)).toBe(l);
    expect(r(l)).toBe('[1, 2, 1, 2]');
    call(ListType, '__imul__', l, 0);
    expect(r(l)).toBe('[]');
    expect(call(ListType, '__imul__', l, 'a')).toBe(NotImplemented);
  });
  test('comparisons', () => {
    expect(call(ListType, '__eq__', L(1, 2), L(1, new PyFloat(2)))).toBe(true);
    expect(call(ListType, '__eq__', L(1), tuple([1]))).toBe(NotImplemented);
    expect(call(ListType, '__ne__', L(1), L(2))).toBe(true);
    expect(call(ListType, '__lt__', L(1), L(1, 2))).toBe(true);
    expect(call(ListType, '__gt__', L(1), L(0))).toBe(true);
    expect(call(ListType, '__le__', L(1, 2), L(1, 2))).toBe(true);
    expect(call(ListType, '__ge__', L(1, 2), L(1, 3))).toBe(false);
    expect(call(ListType, '__lt__', L(1), tuple([1]))).toBe(NotImplemented);
    expect(err(() => call(ListType, '__lt__', L(1, 'a'), L(1, 2))))
      .toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
  });
  test('repr', () => {
    const l = L(1, 'a');
    l.items.push(l);
    expect(call(ListType, '__repr__', l)).toBe("[1, 'a', [...]]");
  });
});

describe('list.sort', () => {
  const sort = (l: PyList, kw: Record<string, Value> = {}) => callKw(ListType, 'sort', [l], kw);
  test('basic and fast paths', () => {
    const a = L(3, 1, 2);
    expect(sort(a)).toBe(None);
    expect(r(a)).toBe('[1, 2, 3]');
    const b = L('b', 'a', 'C', '\u00e9');
    sort(b);
    expect(r(b)).toBe("['C', 'a', 'b', 'é']");
    const c = L(new PyFloat(2.5), 1, new PyFloat(-1), 2n ** 70n, true, 0);
    sort(c);
    expect(r(c)).toBe('[-1.0, 0, 1, True, 2.5, 1180591620717411303424]');
  });
  test('strings in code point order (astral vs BMP private use)', () => {
    const l = L('\u{1F600}', '\uFFFF', 'a');
    sort(l);
    expect(l.items).toEqual(['a', '\uFFFF', '\u{1F600}']);
  });
  test('mixed ints and floats use exact comparisons', () => {
    const l = L(2, new PyFloat(1.5), 1, new PyFloat(0.5));
    sort(l);
    expect(r(l)).toBe('[0.5, 1, 1.5, 2]');
  });
  test('tuples (fast path) order like CPython', () => {
    const T = (...xs: Value[]) => tuple(xs);
    const l = L(T(1, 'b'), T(1, 'a', 0), T(1, 'a'), T(0), T(new PyFloat(NaN), 1), T(new PyFloat(1), 'a'));
    sort(l);
    expect(r(l)).toBe("[(0,), (1, 'a'), (1.0, 'a'), (1, 'a', 0), (1, 'b'), (nan, 1)]");
    expect(err(() => sort(L(T(1, 'a'), T(1, 2))))).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
    const nested = L(T(T(2), 'x'), T(T(1, 5), 'y'), T(T(1), 'z'));
    sort(nested);
    expect(r(nested)).toBe("[((1,), 'z'), ((1, 5), 'y'), ((2,), 'x')]");
  });
  test('stability with key and reverse', () => {
    const items = [tuple([1, 'b']), tuple([1, 'a']), tuple([0, 'c']), tuple([2, 'd']), tuple([0, 'e'])];
    const first = fn((t: PyTuple) => t.items[0]);
    const a = new PyList(items.slice());
    sort(a, { key: first });
    expect(r(a)).toBe("[(0, 'c'), (0, 'e'), (1, 'b'), (1, 'a'), (2, 'd')]");
    const b = new PyList(items.slice());
    sort(b, { key: first, reverse: true });
    expect(r(b)).toBe("[(2, 'd'), (1, 'b'), (1, 'a'), (0, 'c'), (0, 'e')]");
    const c = L(3, 1, 2);
    sort(c, { reverse: 1 });
    expect(r(c)).toBe('[3, 2, 1]');
    const d = L(3, 1, 2);
    sort(d, { key: None, reverse: false });
    expect(r(d)).toBe('[1, 2, 3]');
  });
  test('reverse keeps equal elements in original order', () => {
    const W = new PyClass('W', [ObjectType]);
    W.dict.set('__lt__', new PyBuiltin('__lt__', (_rt, args) => args[0].dict.get('k') < args[1].dict.get('k')));
    const mk = (k: number, tag: string) => {
      const o = new PyInstance(W);
      o.dict.set('k', k);
      o.dict.set('tag', tag);
      return o;
    };
    const l = new PyList([mk(1, 'a'), mk(2, 'b'), mk(1, 'c'), mk(2, 'd'), mk(0, 'e')]);
    sort(l, { reverse: true });
    expect(l.items.map((o: PyInstance) => o.dict.get('tag')).join('')).toBe('bdace');
  });
  test('argument errors', () => {
    expect(err(() => call(ListType, 'sort', L(), 1))).toBe('TypeError: sort() takes no positional arguments');
    expect(err(() => sort(L(), { reverse: None }))).toBe("TypeError: 'NoneType' object cannot be interpreted as an integer");
    expect(err(() => sort(L(), { reverse: new PyFloat(1.5) }))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(err(() => sort(L(), { foo: 2 }))).toBe("TypeError: 'foo' is an invalid keyword argument for sort()");
    expect(sort(L(), { key: 1 })).toBe(None);
    expect(err(() => sort(L(1, 2), { key: 1 }))).toBe("TypeError: 'int' object is not callable");
  });
  test('a failing comparison leaves the list unchanged', () => {
    const l = L(3, 1, 'a', 0, 5, 4);
    expect(err(() => sort(l))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(r(l)).toBe("[3, 1, 'a', 0, 5, 4]");
  });
  test('a failing key leaves the list unchanged', () => {
    const l = L(3, 1, 2);
    const key = fn((x: number) => {
      if (x === 2) throw valueError('bad key');
      return x;
    });
    expect(err(() => sort(l, { key }))).toBe('ValueError: bad key');
    expect(r(l)).toBe('[3, 1, 2]');
  });
  test('the list looks empty during the sort; mutation raises', () => {
    const l = L(3, 1, 2);
    const seen: number[] = [];
    sort(l, { key: fn((x) => (seen.push(l.items.length), x)) });
    expect(seen).toEqual([0, 0, 0]);
    expect(r(l)).toBe('[1, 2, 3]');
    const m = L(3, 1, 2);
    const key = fn((x) => {
      call(ListType, 'append', m, 5);
      return x;
    });
    expect(err(() => sort(m, { key }))).toBe('ValueError: list modified during sort');
    expect(r(m)).toBe('[1, 2, 3]');
  });
  test('user __lt__ sees CPython-like call order (binary insertion)', () => {
    const log: string[] = [];
    const W = new PyClass('W2', [ObjectType]);
    W.dict.set('__lt__', new PyBuiltin('__lt__', (_rt, args) => {
      log.push(`${args[0].dict.get('k')}<${args[1].dict.get('k')}`);
      return args[0].dict.get('k') < args[1].dict.get('k');
    }));
    const mk = (k: number) => {
      const o = new PyInstance(W);
      o.dict.set('k', k);
      return o;
    };
    sort(new PyList([mk(3), mk(1), mk(2)]));
    // CPython 3.11: [3, 1, 2].sort() compares 1<3, 2<1, 2<3, 2<1.
    expect(log).toEqual(['1<3', '2<1', '2<3', '2<1']);
  });
  test('large lists, lessThan agreement', () => {
    const n = 5000;
    const vals: Value[] = [];
    let seed = 12345;
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      vals.push(i % 3 === 0 ? new PyFloat(seed / 7) : seed % 1000);
    }
    const l = new PyList(vals.slice());
    sort(l);
    for (let i = 1; i < n; i++) expect(lessThan(rt, l.items[i], l.items[i - 1])).toBe(false);
    // No stack overflow with 200k elements (never spreads into calls).
    const big = new PyList(Array.from({ length: 200000 }, (_, i) => (i * 7919) % 200000));
    sort(big, { reverse: true });
    expect(big.items[0]).toBe(199999);
    const ext = L();
    call(ListType, 'extend', ext, big);
    expect(ext.items.length).toBe(200000);
  });
  test('sortedList helper', () => {
    expect(r(sortedList(rt, tuple([3, 1, 2]), None, true))).toBe('[3, 2, 1]');
  });
});

describe('budget and size limits', () => {
  test('sorting a big list charges per comparison', () => {
    const small = makeRt(5000);
    const items = Array.from({ length: 10000 }, (_, i) => (i * 7919) % 10007);
    const l = new PyList(items.slice());
    expect(() => ListType.dict.get('sort').fn(small, [l], null)).toThrow(ResourceExhausted);
    expect(l.items).toEqual(items);
  });
  test('extend / copy / count / index / remove / in charge per element', () => {
    const big = new PyList(Array.from({ length: 20000 }, (_, i) => i));
    const cases: [string, Value[]][] = [
      ['extend', [L(), big]], ['copy', [big]], ['count', [big, -1]], ['index', [big, -1]], ['remove', [big, -1]],
      ['__contains__', [big, -1]], ['__add__', [big, big]], ['__mul__', [big, 2]], ['__getitem__', [big, new PySlice(None, None, None)]],
    ];
    for (const [name, args] of cases) {
      const small = makeRt(1000);
      expect(() => ListType.dict.get(name).fn(small, args, null), name).toThrow(ResourceExhausted);
    }
    expect(big.items.length).toBe(20000);
  });
  test('extend from an iterator charges too', () => {
    const small = makeRt(1000);
    const it = getIter(small, new PyList(Array.from({ length: 5000 }, (_, i) => i)));
    expect(() => ListType.dict.get('extend').fn(small, [L(), it], null)).toThrow(ResourceExhausted);
  });
  test('value size limit on repetition', () => {
    const tiny = makeRt(Infinity, 1000);
    expect(() => ListType.dict.get('__mul__').fn(tiny, [L(1, 2), 1000], null)).toThrow(ResourceExhausted);
  });
});

describe('mutation during iteration', () => {
  test('list iterator sees appends; dict keys in list are fine', () => {
    const l = L(1);
    const it = call(ListType, '__iter__', l);
    expect(iterNext(rt, it)).toBe(1);
    call(ListType, 'append', l, 2);
    expect(iterNext(rt, it)).toBe(2);
    expect(iterNext(rt, it)).toBe(DONE);
    const rev = call(ListType, '__reversed__', l);
    expect(iterNext(rt, rev)).toBe(2);
    call(ListType, 'clear', l);
    expect(iterNext(rt, rev)).toBe(DONE);
  });
});
