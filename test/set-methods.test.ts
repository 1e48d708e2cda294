import { describe, expect, test } from 'vitest';
import type { Runtime } from '../core/runtime/runtime.js';
import { testRuntime } from './helpers.js';
import { ResourceExhausted } from '../core/errors.js';
import { PyClass, PyInstance, type Value } from '../core/runtime/object.js';
import { FrozenSetType, ListType, None, NotImplemented, ObjectType, SetType } from '../core/runtime/types.js';
import { PyFloat, PyList, tuple } from '../core/runtime/values.js';
import { PyBaseException } from '../core/runtime/exceptions.js';
import { PyBuiltin } from '../core/runtime/function.js';
import { PyDict, PyFrozenSet, PySet } from '../core/runtime/dict.js';
import { exceptionStr, repr } from '../core/runtime/ops.js';
import { callClass } from '../core/runtime/call.js';
import { pyHash } from '../core/runtime/hashing.js';
import { DONE, getIter, iterNext } from '../core/runtime/iter.js';
import { installSetMethods } from '../core/runtime/methods/set.js';
import '../core/runtime/methods/list.js';
import '../core/runtime/methods/tuple.js';

installSetMethods();

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
function S(...xs: Value[]): PySet {
  const s = new PySet();
  for (const x of xs) s.add(rt, x);
  return s;
}
function F(...xs: Value[]): PyFrozenSet {
  const s = new PyFrozenSet();
  for (const x of xs) s.add(rt, x);
  return s;
}

function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.cls.name}: ${exceptionStr(rt, e)}`;
    throw e;
  }
  throw new Error('no exception raised');
}

describe('constructors', () => {
  test('set()', () => {
    const mk = (args: Value[], kwnames: string[] | null = null) => SetType.construct!(rt, SetType, args, kwnames);
    expect(r(mk([]))).toBe('set()');
    expect(r(mk([L(1, 2, 1, true, new PyFloat(2))]))).toBe('{1, 2}');
    expect(r(mk(['aba']))).toBe("{'a', 'b'}");
    const d = new PyDict();
    d.set(rt, 'k', 1);
    expect(r(mk([d]))).toBe("{'k'}");
    expect(r(mk([F(T(1, 2))]))).toBe('{(1, 2)}');
    expect(err(() => mk([1, 2]))).toBe('TypeError: set expected at most 1 argument, got 2');
    expect(err(() => mk([1], ['x']))).toBe('TypeError: set() takes no keyword arguments');
    expect(err(() => mk([1]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => mk([L(L())]))).toBe("TypeError: unhashable type: 'list'");
  });
  test('frozenset()', () => {
    const mk = (args: Value[], kwnames: string[] | null = null) => FrozenSetType.construct!(rt, FrozenSetType, args, kwnames);
    expect(r(mk([]))).toBe('frozenset()');
    expect(r(mk([L(3, 1)]))).toBe('frozenset({3, 1})');
    const f = F(1);
    expect(mk([f])).toBe(f);
    expect(mk([S(1)])).toBeInstanceOf(PyFrozenSet);
    expect(err(() => mk([1, 2]))).toBe('TypeError: frozenset expected at most 1 argument, got 2');
    expect(err(() => mk([1], ['x']))).toBe('TypeError: frozenset() takes no keyword arguments');
  });
  test('subclasses', () => {
    const SS = new PyClass('S', [SetType]);
    const o = callClass(rt, SS, [L(1, 2)], null);
    expect(o).toBeInstanceOf(PySet);
    expect(o.cls).toBe(SS);
    expect(r(o)).toBe('S({1, 2})');
    expect(err(() => callClass(rt, SS, [1, 2], null))).toBe('TypeError: S expected at most 1 argument, got 2');
    expect(err(() => callClass(rt, SS, [1], ['x']))).toBe('TypeError: set() takes no keyword arguments');
    call(SetType, '__init__', o, L(9));
    expect(r(o)).toBe('S({9})');
    call(SetType, '__init__', o);
    expect(r(o)).toBe('S()');
    const FF = new PyClass('F', [FrozenSetType]);
    const f = callClass(rt, FF, [L(1)], null);
    expect(f).toBeInstanceOf(PyFrozenSet);
    expect(r(f)).toBe('F({1})');
    expect(err(() => callClass(rt, FF, [1, 2], null))).toBe('TypeError: F expected at most 1 argument, got 2');
    expect(err(() => callClass(rt, FF, [1], ['x']))).toBe('TypeError: frozenset() takes no keyword arguments');
    const FF2 = new PyClass('F2', [FrozenSetType]);
    FF2.dict.set('__init__', new PyBuiltin('__init__', () => None));
    expect(r(callClass(rt, FF2, [L(1), 2], ['x']))).toBe('F2({1})');
    expect(pyHash(rt, f)).toEqual(pyHash(rt, F(1)));
    expect(call(FrozenSetType, 'copy', f).cls).toBe(FrozenSetType);
    expect(call(SetType, 'union', o, L(1)).cls).toBe(SetType);
    expect(call(FrozenSetType, '__or__', f, S(2)).cls).toBe(FrozenSetType);
    const n = SetType.dict.get('__new__').func;
    expect(err(() => n.fn(rt, [ListType], null))).toBe('TypeError: set.__new__(list): list is not a subtype of set');
  });
});

describe('set methods', () => {
  test('add / discard / remove / pop / clear', () => {
    const s = S();
    call(SetType, 'add', s, 1);
    call(SetType, 'add', s, T(1, 2));
    call(SetType, 'add', s, new PyFloat(1));
    expect(r(s)).toBe('{1, (1, 2)}');
    expect(err(() => call(SetType, 'add', s, L()))).toBe("TypeError: unhashable type: 'list'");
    expect(err(() => call(SetType, 'add', s))).toBe('TypeError: set.add() takes exactly one argument (0 given)');
    expect(err(() => call(SetType, 'add', s, 1, 2))).toBe('TypeError: set.add() takes exactly one argument (2 given)');
    call(SetType, 'discard', s, 5);
    call(SetType, 'discard', s, true);
    expect(r(s)).toBe('{(1, 2)}');
    expect(err(() => call(SetType, 'remove', s, 1))).toBe('KeyError: 1');
    expect(err(() => call(SetType, 'remove', s, S(3)))).toBe('KeyError: {3}');
    expect(err(() => call(SetType, 'discard', s, L()))).toBe("TypeError: unhashable type: 'list'");
    call(SetType, 'remove', s, T(1, 2));
    expect(r(s)).toBe('set()');
    expect(err(() => call(SetType, 'pop', s))).toBe("KeyError: 'pop from an empty set'");
    expect(err(() => call(SetType, 'pop', s, 1))).toBe('TypeError: set.pop() takes no arguments (1 given)');
    const t = S(1, 2);
    const x = call(SetType, 'pop', t);
    expect([1, 2]).toContain(x);
    expect(call(SetType, '__len__', t)).toBe(1);
    call(SetType, 'clear', t);
    expect(r(t)).toBe('set()');
  });
  test('sets are looked up as frozensets', () => {
    const s = S(F(2), 1);
    expect(call(SetType, '__contains__', s, S(2))).toBe(true);
    call(SetType, 'discard', s, S(2));
    expect(r(s)).toBe('{1}');
    s.add(rt, F(3));
    call(SetType, 'remove', s, S(3));
    expect(r(s)).toBe('{1}');
    expect(call(SetType, '__contains__', s, S(9))).toBe(false);
  });
  test('union / intersection / difference / symmetric_difference', () => {
    const s = S(1, 2, 3);
    expect(r(call(SetType, 'union', s))).toBe('{1, 2, 3}');
    expect(call(SetType, 'union', s)).not.toBe(s);
    expect(r(call(SetType, 'union', s, L(4), 'a'))).toBe("{1, 2, 3, 4, 'a'}");
    expect(r(call(SetType, 'intersection', s, L(2, 3, 9), S(3, 2)))).toBe('{2, 3}');
    expect(r(call(SetType, 'intersection', s))).toBe('{1, 2, 3}');
    expect(r(call(SetType, 'difference', s, L(1), S(2)))).toBe('{3}');
    expect(r(call(SetType, 'difference', s, s))).toBe('set()');
    expect(r(call(SetType, 'symmetric_difference', s, L(3, 4, 4)))).toBe('{1, 2, 4}');
    expect(r(call(SetType, 'symmetric_difference', s, s))).toBe('set()');
    expect(err(() => call(SetType, 'symmetric_difference', s, L(), L())))
      .toBe('TypeError: set.symmetric_difference() takes exactly one argument (2 given)');
    expect(err(() => callKw(SetType, 'union', [s], { x: 1 }))).toBe('TypeError: set.union() takes no keyword arguments');
    expect(err(() => call(SetType, 'union', s, 1))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => call(SetType, 'intersection', s, L(L())))).toBe("TypeError: unhashable type: 'list'");
    expect(r(s)).toBe('{1, 2, 3}');
    const f = F(1, 2);
    expect(r(call(FrozenSetType, 'union', f, L(3)))).toBe('frozenset({1, 2, 3})');
    expect(r(call(FrozenSetType, 'intersection', f, L(2)))).toBe('frozenset({2})');
    expect(call(FrozenSetType, 'union', f)).not.toBe(f);
    expect(call(FrozenSetType, 'copy', f)).toBe(f);
    expect(err(() => call(FrozenSetType, 'copy', f, 1))).toBe('TypeError: frozenset.copy() takes no arguments (1 given)');
    expect(FrozenSetType.dict.has('add')).toBe(false);
    expect(FrozenSetType.dict.has('__ior__')).toBe(false);
  });
  test('in-place methods', () => {
    const s = S(1, 2, 3);
    call(SetType, 'update', s, L(4), 'a');
    expect(r(s)).toBe("{1, 2, 3, 4, 'a'}");
    call(SetType, 'intersection_update', s, L(1, 2, 3, 4), S(2, 3, 4));
    expect(r(s)).toBe('{2, 3, 4}');
    call(SetType, 'difference_update', s, L(2), S(3));
    expect(r(s)).toBe('{4}');
    call(SetType, 'symmetric_difference_update', s, L(4, 5));
    expect(r(s)).toBe('{5}');
    call(SetType, 'difference_update', s, s);
    expect(r(s)).toBe('set()');
    expect(err(() => call(SetType, 'difference_update', s, 1))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => call(SetType, 'symmetric_difference_update', s)))
      .toBe('TypeError: set.symmetric_difference_update() takes exactly one argument (0 given)');
  });
  test('subset / superset / disjoint', () => {
    const s = S(1, 2);
    expect(call(SetType, 'issubset', s, L(1, 2, 3))).toBe(true);
    expect(call(SetType, 'issubset', s, S(1))).toBe(false);
    expect(call(SetType, 'issuperset', s, L(1))).toBe(true);
    expect(call(SetType, 'issuperset', s, F(1, 5))).toBe(false);
    expect(call(SetType, 'isdisjoint', s, L(3))).toBe(true);
    expect(call(SetType, 'isdisjoint', s, S(2))).toBe(false);
    expect(err(() => call(SetType, 'issubset', s, 1))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => call(SetType, 'issubset', s))).toBe('TypeError: set.issubset() takes exactly one argument (0 given)');
    expect(err(() => call(SetType, 'isdisjoint', s, L(L())))).toBe("TypeError: unhashable type: 'list'");
    expect(err(() => call(SetType, 'issuperset', s, L(L())))).toBe("TypeError: unhashable type: 'list'");
  });
});

describe('operators', () => {
  test('binary operators need sets', () => {
    expect(r(call(SetType, '__or__', S(1), S(2)))).toBe('{1, 2}');
    expect(call(SetType, '__or__', S(1), L(2))).toBe(NotImplemented);
    expect(r(call(SetType, '__and__', S(1, 2), F(2)))).toBe('{2}');
    expect(r(call(SetType, '__sub__', S(1, 2), F(2)))).toBe('{1}');
    expect(r(call(SetType, '__xor__', S(1, 2), S(2, 3)))).toBe('{1, 3}');
    expect(r(call(FrozenSetType, '__or__', F(1), S(2)))).toBe('frozenset({1, 2})');
    expect(r(call(SetType, '__or__', S(2), F(1)))).toBe('{2, 1}');
    expect(r(call(SetType, '__rsub__', S(), F(1)))).toBe('frozenset({1})');
    expect(r(call(SetType, '__ror__', S(1), S(2)))).toBe('{2, 1}');
    expect(r(call(SetType, '__rand__', S(1), S(2)))).toBe('set()');
    expect(call(SetType, '__rxor__', S(1), 1)).toBe(NotImplemented);
    expect(err(() => call(SetType, '__or__', S(1)))).toBe('TypeError: expected 1 argument, got 0');
  });
  test('in-place operators', () => {
    const s = S(1, 2);
    expect(call(SetType, '__ior__', s, F(3))).toBe(s);
    expect(call(SetType, '__iand__', s, S(2, 3))).toBe(s);
    expect(r(s)).toBe('{2, 3}');
    expect(call(SetType, '__isub__', s, S(2))).toBe(s);
    expect(call(SetType, '__ixor__', s, S(3, 4))).toBe(s);
    expect(r(s)).toBe('{4}');
    expect(call(SetType, '__ior__', s, L(1))).toBe(NotImplemented);
    expect(call(SetType, '__iand__', s, 1)).toBe(NotImplemented);
    expect(call(SetType, '__ixor__', s, s)).toBe(s);
    expect(r(s)).toBe('set()');
  });
  test('comparisons', () => {
    expect(call(SetType, '__eq__', S(1), F(1))).toBe(true);
    expect(call(SetType, '__eq__', S(1), L(1))).toBe(NotImplemented);
    expect(call(SetType, '__ne__', S(1), S())).toBe(true);
    expect(call(SetType, '__lt__', S(1), S(1, 2))).toBe(true);
    expect(call(SetType, '__lt__', S(1), S(1))).toBe(false);
    expect(call(SetType, '__le__', S(1), S(1))).toBe(true);
    expect(call(SetType, '__le__', S(1), L(1))).toBe(NotImplemented);
    expect(call(SetType, '__gt__', S(1, 2), S(2))).toBe(true);
    expect(call(SetType, '__ge__', S(1, 2), S(3))).toBe(false);
    expect(call(FrozenSetType, '__eq__', F(T(1, 2)), S(T(1, 2)))).toBe(true);
  });
  test('hash, len, contains, iter, repr', () => {
    expect(SetType.dict.get('__hash__')).toBe(None);
    expect(call(FrozenSetType, '__hash__', F(1, 2))).toEqual(call(FrozenSetType, '__hash__', F(2, 1)));
    expect(call(SetType, '__len__', S(1, 2))).toBe(2);
    expect(err(() => call(SetType, '__len__', S(), 1))).toBe('TypeError: expected 0 arguments, got 1');
    expect(call(SetType, '__contains__', S(1), new PyFloat(1))).toBe(true);
    expect(err(() => call(SetType, '__contains__', S(1), L()))).toBe("TypeError: unhashable type: 'list'");
    expect(err(() => call(SetType, '__contains__', S(1)))).toBe('TypeError: set.__contains__() takes exactly one argument (0 given)');
    const it = call(SetType, '__iter__', S(1, 2));
    expect(it.cls.name).toBe('set_iterator');
    expect([iterNext(rt, it), iterNext(rt, it), iterNext(rt, it)]).toEqual([1, 2, DONE]);
    expect(call(FrozenSetType, '__repr__', F(0))).toBe('frozenset({0})');
    expect(call(SetType, '__repr__', S())).toBe('set()');
  });
});

describe('mutation and budget', () => {
  test('changing a set while iterating raises', () => {
    const s = S(1, 2);
    const it = getIter(rt, s);
    iterNext(rt, it);
    call(SetType, 'add', s, 3);
    expect(err(() => iterNext(rt, it))).toBe('RuntimeError: Set changed size during iteration');
  });
  test('bulk operations charge per element', () => {
    const bigList = new PyList(Array.from({ length: 20000 }, (_, i) => i));
    const big = S(...bigList.items);
    const small = () => makeRt(1000);
    const cases: [PyClass, string, Value[]][] = [
      [SetType, 'update', [S(), bigList]],
      [SetType, 'update', [S(), big]],
      [SetType, 'copy', [big]],
      [SetType, 'union', [S(), big]],
      [SetType, 'intersection', [big, bigList]],
      [SetType, 'difference', [big, bigList]],
      [SetType, 'issubset', [big, big]],
      [SetType, '__eq__', [big, S(...bigList.items)]],
      [SetType, '__xor__', [big, S(-1)]],
    ];
    for (const [t, name, args] of cases) expect(() => t.dict.get(name).fn(small(), args, null), name).toThrow(ResourceExhausted);
    expect(() => SetType.construct!(small(), SetType, [bigList], null)).toThrow(ResourceExhausted);
  });
  test('user __eq__ mutating during an operation does not crash', () => {
    const K = new PyClass('K', [ObjectType]);
    K.dict.set('__hash__', new PyBuiltin('__hash__', () => 1));
    const a = new PyInstance(K);
    const b = new PyInstance(K);
    const victim = S(a);
    K.dict.set('__eq__', new PyBuiltin('__eq__', (rt2, args) => {
      victim.add(rt2, victim.map.size + 100);
      return args[0] === args[1];
    }));
    expect(r(call(SetType, 'intersection', victim, S(b)))).toBe('set()');
    expect(call(SetType, '__len__', victim)).toBe(2);
  });
});
