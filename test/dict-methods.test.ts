import { describe, expect, test } from 'vitest';
import type { Runtime } from '../core/runtime/runtime.js';
import { testRuntime } from './helpers.js';
import { ResourceExhausted } from '../core/errors.js';
import { PyClass, PyInstance, type Value } from '../core/runtime/object.js';
import { DictType, ListType, None, NotImplemented, ObjectType } from '../core/runtime/types.js';
import { PyFloat, PyList, tuple } from '../core/runtime/values.js';
import { PyBaseException } from '../core/runtime/exceptions.js';
import { PyBuiltin, PyClassMethod } from '../core/runtime/function.js';
import { PyDict, PyFrozenSet, PySet } from '../core/runtime/dict.js';
import { exceptionStr, repr } from '../core/runtime/ops.js';
import { callClass } from '../core/runtime/call.js';
import { DONE, getIter, iterNext } from '../core/runtime/iter.js';
import {
  DictItemsType, DictKeysType, DictValuesType, PyDictView, installDictMethods,
} from '../core/runtime/methods/dict.js';
import '../core/runtime/methods/list.js';
import '../core/runtime/methods/set.js';

installDictMethods();

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

function D(...pairs: [Value, Value][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.set(rt, k, v);
  return d;
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

function iterAll(it: Value): Value[] {
  const out: Value[] = [];
  for (;;) {
    const x = iterNext(rt, it);
    if (x === DONE) return out;
    out.push(x);
  }
}

const make = (args: Value[], kw: Record<string, Value> = {}) =>
  DictType.construct!(rt, DictType, [...args, ...Object.values(kw)], Object.keys(kw).length ? Object.keys(kw) : null);

/** A user mapping with keys() and __getitem__ (not a dict). */
const Mapping = new PyClass('M', [ObjectType]);
Mapping.dict.set('keys', new PyBuiltin('keys', () => L('a', 'b')));
Mapping.dict.set('__getitem__', new PyBuiltin('__getitem__', (_rt, args) => (args[1] as string).repeat(2)));

describe('dict constructor', () => {
  test('forms', () => {
    expect(r(make([]))).toBe('{}');
    expect(r(make([D([1, 2])], { a: 3 }))).toBe("{1: 2, 'a': 3}");
    expect(r(make([L(L(1, 2), 'ab', T(3, 4))]))).toBe("{1: 2, 'a': 'b', 3: 4}");
    expect(r(make([], { a: 1, b: 2 }))).toBe("{'a': 1, 'b': 2}");
    expect(r(make([new PyInstance(Mapping)], { c: 3 }))).toBe("{'a': 'aa', 'b': 'bb', 'c': 3}");
    const src = D([1, 2]);
    expect(make([src])).not.toBe(src);
  });
  test('errors', () => {
    expect(err(() => make([L(T(1, 2, 3))]))).toBe('ValueError: dictionary update sequence element #0 has length 3; 2 is required');
    expect(err(() => make([L(T(1, 2), 1)]))).toBe('TypeError: cannot convert dictionary update sequence element #1 to a sequence');
    expect(err(() => make([1, 2]))).toBe('TypeError: dict expected at most 1 argument, got 2');
    expect(err(() => make([1]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => make([L(L(L(), 1))]))).toBe("TypeError: unhashable type: 'list'");
  });
  test('bool / float keys keep the first key object', () => {
    const d = make([]);
    call(DictType, '__setitem__', d, true, 1);
    call(DictType, '__setitem__', d, new PyFloat(1), 2);
    expect(r(d)).toBe('{True: 2}');
  });
});

describe('dict subclasses', () => {
  const Sub = new PyClass('D', [DictType]);
  test('__new__ then __init__ (update semantics)', () => {
    const o = callClass(rt, Sub, [L(T(1, 2))], null);
    expect(o).toBeInstanceOf(PyDict);
    expect(o.cls).toBe(Sub);
    expect(r(o)).toBe('{1: 2}');
    const p = callClass(rt, Sub, [D([1, 2]), 3], ['a']);
    expect(r(p)).toBe("{1: 2, 'a': 3}");
    call(DictType, '__init__', p, D([4, 5]));
    expect(r(p)).toBe("{1: 2, 'a': 3, 4: 5}");
    expect(err(() => callClass(rt, Sub, [1, 2], null))).toBe('TypeError: dict expected at most 1 argument, got 2');
    const n = DictType.dict.get('__new__').func;
    expect(err(() => n.fn(rt, [ListType], null))).toBe('TypeError: dict.__new__(list): list is not a subtype of dict');
  });
  test('__missing__ is honoured by __getitem__ only', () => {
    const M = new PyClass('DM', [DictType]);
    M.dict.set('__missing__', new PyBuiltin('__missing__', () => 'miss'));
    const o = callClass(rt, M, [], null);
    expect(call(DictType, '__getitem__', o, 1)).toBe('miss');
    expect(call(DictType, 'get', o, 1)).toBe(None);
    expect(err(() => call(DictType, '__getitem__', make([]), 1))).toBe('KeyError: 1');
  });
  test('copy and | give exact dicts; fromkeys builds the subclass', () => {
    const o = callClass(rt, Sub, [D([1, 2])], null);
    expect(call(DictType, 'copy', o).cls).toBe(DictType);
    expect(call(DictType, '__or__', o, D([3, 4])).cls).toBe(DictType);
    const fk = (DictType.dict.get('fromkeys') as PyClassMethod).func;
    const f = fk.fn(rt, [Sub, 'ab'], null);
    expect(f.cls).toBe(Sub);
    expect(r(f)).toBe("{'a': None, 'b': None}");
  });
  test('a subclass overriding __setitem__ is used by fromkeys', () => {
    const S = new PyClass('DS', [DictType]);
    const seen: Value[] = [];
    S.dict.set('__setitem__', new PyBuiltin('__setitem__', (rt2, args) => {
      seen.push(args[1]);
      (args[0] as PyDict).set(rt2, args[1], args[2]);
      return None;
    }));
    const fk = (DictType.dict.get('fromkeys') as PyClassMethod).func;
    fk.fn(rt, [S, L(1, 2)], null);
    expect(seen).toEqual([1, 2]);
  });
});

describe('dict methods', () => {
  test('get / setdefault', () => {
    const d = D([1, 2]);
    expect(call(DictType, 'get', d, 1)).toBe(2);
    expect(call(DictType, 'get', d, new PyFloat(1))).toBe(2);
    expect(call(DictType, 'get', d, 5)).toBe(None);
    expect(call(DictType, 'get', d, 5, 'x')).toBe('x');
    expect(err(() => call(DictType, 'get', d))).toBe('TypeError: get expected at least 1 argument, got 0');
    expect(err(() => call(DictType, 'get', d, 1, 2, 3))).toBe('TypeError: get expected at most 2 arguments, got 3');
    expect(err(() => callKw(DictType, 'get', [d], { k: 1 }))).toBe('TypeError: dict.get() takes no keyword arguments');
    expect(err(() => call(DictType, 'get', d, L()))).toBe("TypeError: unhashable type: 'list'");
    expect(call(DictType, 'setdefault', d, 1, 5)).toBe(2);
    expect(call(DictType, 'setdefault', d, 3)).toBe(None);
    expect(r(d)).toBe('{1: 2, 3: None}');
    expect(err(() => call(DictType, 'setdefault', d))).toBe('TypeError: setdefault expected at least 1 argument, got 0');
  });
  test('pop / popitem', () => {
    const d = D([1, 2], [3, 4]);
    expect(call(DictType, 'pop', d, 1)).toBe(2);
    expect(call(DictType, 'pop', d, 1, 'x')).toBe('x');
    expect(err(() => call(DictType, 'pop', d, 1))).toBe('KeyError: 1');
    expect(err(() => call(DictType, 'pop', make([]), L()))).toBe('KeyError: []');
    expect(err(() => call(DictType, 'pop', d, L()))).toBe("TypeError: unhashable type: 'list'");
    expect(err(() => call(DictType, 'pop', d))).toBe('TypeError: pop expected at least 1 argument, got 0');
    expect(err(() => call(DictType, 'pop', d, 1, 2, 3))).toBe('TypeError: pop expected at most 2 arguments, got 3');
    const e = D([0, None], [1, None], [2, None]);
    expect(r(call(DictType, 'popitem', e))).toBe('(2, None)');
    expect(r(call(DictType, 'popitem', e))).toBe('(1, None)');
    call(DictType, '__setitem__', e, 9, 9);
    expect(r(call(DictType, 'popitem', e))).toBe('(9, 9)');
    expect(r(call(DictType, 'popitem', e))).toBe('(0, None)');
    expect(err(() => call(DictType, 'popitem', e))).toBe("KeyError: 'popitem(): dictionary is empty'");
    expect(err(() => call(DictType, 'popitem', e, 1))).toBe('TypeError: dict.popitem() takes no arguments (1 given)');
    const big = new PyDict();
    for (let i = 0; i < 50000; i++) big.set(rt, i, i);
    const popped: number[] = [];
    for (let i = 0; i < 50000; i++) popped.push(call(DictType, 'popitem', big).items[0]);
    expect(popped[0]).toBe(49999);
    expect(popped[49999]).toBe(0);
    expect(popped.every((k, i) => k === 49999 - i)).toBe(true);
  });
  test('popitem after deleting the cached last key', () => {
    const d = D([1, 1], [2, 2], [3, 3]);
    call(DictType, 'popitem', d);
    call(DictType, '__delitem__', d, 2);
    expect(r(call(DictType, 'popitem', d))).toBe('(1, 1)');
  });
  test('update', () => {
    const d = D([1, 2]);
    call(DictType, 'update', d, D([3, 4]));
    callKw(DictType, 'update', [d, L(T('x', 1))], { y: 2 });
    callKw(DictType, 'update', [d], { z: 3 });
    call(DictType, 'update', d, new PyInstance(Mapping));
    expect(r(d)).toBe("{1: 2, 3: 4, 'x': 1, 'y': 2, 'z': 3, 'a': 'aa', 'b': 'bb'}");
    expect(err(() => call(DictType, 'update', d, D(), D()))).toBe('TypeError: update expected at most 1 argument, got 2');
    expect(err(() => call(DictType, 'update', d, 1))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => call(DictType, 'update', d, L(1)))).toBe('TypeError: cannot convert dictionary update sequence element #0 to a sequence');
    expect(err(() => call(DictType, 'update', d, L(T(1, 2, 3)))))
      .toBe('ValueError: dictionary update sequence element #0 has length 3; 2 is required');
  });
  test('copy / clear / fromkeys', () => {
    const d = D([1, L()]);
    const c = call(DictType, 'copy', d);
    expect(c).not.toBe(d);
    expect(c.get(rt, 1)).toBe(d.get(rt, 1));
    call(DictType, 'clear', d);
    expect(r(d)).toBe('{}');
    expect(r(c)).toBe('{1: []}');
    const fk = (DictType.dict.get('fromkeys') as PyClassMethod).func;
    expect(r(fk.fn(rt, [DictType, 'ab', 0], null))).toBe("{'a': 0, 'b': 0}");
    expect(r(fk.fn(rt, [DictType, L(1, true, new PyFloat(1))], null))).toBe('{1: None}');
    expect(err(() => fk.fn(rt, [DictType], null))).toBe('TypeError: fromkeys expected at least 1 argument, got 0');
    expect(err(() => fk.fn(rt, [DictType, 1, 2, 3], null))).toBe('TypeError: fromkeys expected at most 2 arguments, got 3');
    expect(err(() => fk.fn(rt, [DictType, L(1), 2], ['value']))).toBe('TypeError: dict.fromkeys() takes no keyword arguments');
    expect(err(() => fk.fn(rt, [DictType, 1], null))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => fk.fn(rt, [DictType, L(L())], null))).toBe("TypeError: unhashable type: 'list'");
  });
  test('no-arg methods reject arguments', () => {
    expect(err(() => call(DictType, 'keys', D(), 1))).toBe('TypeError: dict.keys() takes no arguments (1 given)');
    expect(err(() => callKw(DictType, 'keys', [D()], { a: 1 }))).toBe('TypeError: dict.keys() takes no keyword arguments');
    expect(err(() => call(DictType, 'copy', D(), 1))).toBe('TypeError: dict.copy() takes no arguments (1 given)');
  });
});

describe('dict special methods', () => {
  test('item access', () => {
    const d = D(['a', 1]);
    expect(call(DictType, '__len__', d)).toBe(1);
    expect(call(DictType, '__getitem__', d, 'a')).toBe(1);
    expect(err(() => call(DictType, '__getitem__', d, 'b'))).toBe("KeyError: 'b'");
    expect(err(() => call(DictType, '__getitem__', d, L()))).toBe("TypeError: unhashable type: 'list'");
    expect(err(() => call(DictType, '__getitem__', d))).toBe('TypeError: dict.__getitem__() takes exactly one argument (0 given)');
    call(DictType, '__setitem__', d, T(1, 2), 'tup');
    expect(call(DictType, '__getitem__', d, T(1, 2))).toBe('tup');
    expect(call(DictType, '__contains__', d, T(1, 2))).toBe(true);
    expect(call(DictType, '__contains__', d, T(1, 3))).toBe(false);
    expect(err(() => call(DictType, '__contains__', d, L()))).toBe("TypeError: unhashable type: 'list'");
    call(DictType, '__delitem__', d, T(1, 2));
    expect(err(() => call(DictType, '__delitem__', d, T(1, 2)))).toBe('KeyError: (1, 2)');
    expect(r(d)).toBe("{'a': 1}");
  });
  test('equality and |', () => {
    expect(call(DictType, '__eq__', D([1, 2]), D([new PyFloat(1), new PyFloat(2)]))).toBe(true);
    expect(call(DictType, '__eq__', D([1, 2]), D([1, 3]))).toBe(false);
    expect(call(DictType, '__eq__', D([1, 2]), D([2, 2]))).toBe(false);
    expect(call(DictType, '__eq__', D(), L())).toBe(NotImplemented);
    expect(call(DictType, '__ne__', D(), D())).toBe(false);
    expect(r(call(DictType, '__or__', D([1, 2]), D([1, 3], [4, 5])))).toBe('{1: 3, 4: 5}');
    expect(call(DictType, '__or__', D(), L())).toBe(NotImplemented);
    expect(r(call(DictType, '__ror__', D([1, 2]), D([1, 3])))).toBe('{1: 2}');
    const d = D([1, 1]);
    expect(call(DictType, '__ior__', d, L(T(2, 2)))).toBe(d);
    expect(r(d)).toBe('{1: 1, 2: 2}');
    expect(err(() => call(DictType, '__ior__', d, 1))).toBe("TypeError: 'int' object is not iterable");
    expect(DictType.dict.get('__hash__')).toBe(None);
  });
  test('iteration, reversed, repr', () => {
    const d = D(['a', 1], ['b', 2]);
    expect(iterAll(call(DictType, '__iter__', d))).toEqual(['a', 'b']);
    const rev = call(DictType, '__reversed__', d);
    expect(rev.cls.name).toBe('dict_reversekeyiterator');
    expect(iterAll(rev)).toEqual(['b', 'a']);
    const self = D();
    call(DictType, '__setitem__', self, 'me', self);
    expect(call(DictType, '__repr__', self)).toBe("{'me': {...}}");
  });
  test('changing size during iteration raises', () => {
    const d = D([1, 1], [2, 2]);
    const it = getIter(rt, d);
    expect(iterNext(rt, it)).toBe(1);
    call(DictType, '__setitem__', d, 3, 3);
    expect(err(() => iterNext(rt, it))).toBe('RuntimeError: dictionary changed size during iteration');
    const rev = call(DictType, '__reversed__', d);
    iterNext(rt, rev);
    call(DictType, 'pop', d, 1);
    expect(err(() => iterNext(rt, rev))).toBe('RuntimeError: dictionary changed size during iteration');
    const vals = call(DictValuesType, '__iter__', call(DictType, 'values', d));
    call(DictType, '__setitem__', d, 2, 'changed value only');
    expect(iterNext(rt, vals)).toBe('changed value only');
    call(DictType, 'pop', d, 2);
    call(DictType, '__setitem__', d, 4, 4);
    expect(err(() => iterNext(rt, vals))).toBe('RuntimeError: dictionary keys changed during iteration');
  });
});

describe('dict views', () => {
  const d = D(['a', 1], ['b', 2]);
  const keys = call(DictType, 'keys', d) as PyDictView;
  const values = call(DictType, 'values', d) as PyDictView;
  const items = call(DictType, 'items', d) as PyDictView;
  const S = (...xs: Value[]) => {
    const s = new PySet();
    for (const x of xs) s.add(rt, x);
    return s;
  };
  test('types, len, repr, iteration', () => {
    expect(keys).toBeInstanceOf(PyDictView);
    expect(keys.cls).toBe(DictKeysType);
    expect(values.cls).toBe(DictValuesType);
    expect(items.cls).toBe(DictItemsType);
    expect(call(DictKeysType, '__len__', keys)).toBe(2);
    expect(call(DictKeysType, '__repr__', keys)).toBe("dict_keys(['a', 'b'])");
    expect(call(DictValuesType, '__repr__', values)).toBe('dict_values([1, 2])');
    expect(call(DictItemsType, '__repr__', items)).toBe("dict_items([('a', 1), ('b', 2)])");
    expect(call(DictItemsType, '__repr__', call(DictType, 'items', D()))).toBe('dict_items([])');
    expect(iterAll(call(DictValuesType, '__iter__', values))).toEqual([1, 2]);
    expect(r(L(...iterAll(call(DictItemsType, '__reversed__', items))))).toBe("[('b', 2), ('a', 1)]");
    expect(iterAll(call(DictValuesType, '__reversed__', values))).toEqual([2, 1]);
    expect(call(DictItemsType, '__reversed__', items).cls.name).toBe('dict_reverseitemiterator');
    expect(call(DictValuesType, '__iter__', values).cls.name).toBe('dict_valueiterator');
    expect(err(() => call(DictKeysType, '__reversed__', keys, 1))).toBe('TypeError: dict_keys.__reversed__() takes no arguments (1 given)');
  });
  test('views are live', () => {
    const e = D([1, 1]);
    const k = call(DictType, 'keys', e);
    call(DictType, '__setitem__', e, 2, 2);
    expect(call(DictKeysType, '__len__', k)).toBe(2);
  });
  test('membership', () => {
    expect(call(DictKeysType, '__contains__', keys, 'a')).toBe(true);
    expect(call(DictKeysType, '__contains__', keys, 'z')).toBe(false);
    expect(err(() => call(DictKeysType, '__contains__', keys, L()))).toBe("TypeError: unhashable type: 'list'");
    expect(call(DictItemsType, '__contains__', items, T('a', 1))).toBe(true);
    expect(call(DictItemsType, '__contains__', items, T('a', 2))).toBe(false);
    expect(call(DictItemsType, '__contains__', items, 'a')).toBe(false);
    expect(call(DictItemsType, '__contains__', items, T('a'))).toBe(false);
    expect(err(() => call(DictItemsType, '__contains__', items, T(L(), 1)))).toBe("TypeError: unhashable type: 'list'");
    expect(DictValuesType.dict.has('__contains__')).toBe(false);
  });
  test('set operations give sets', () => {
    expect(r(call(DictKeysType, '__or__', keys, L('c')))).toBe("{'a', 'b', 'c'}");
    expect(r(call(DictKeysType, '__ror__', keys, L('c')))).toBe("{'c', 'a', 'b'}");
    expect(r(call(DictKeysType, '__sub__', keys, L('a')))).toBe("{'b'}");
    expect(r(call(DictKeysType, '__rsub__', keys, L('a', 'z')))).toBe("{'z'}");
    expect(r(call(DictKeysType, '__xor__', keys, L('a', 'z')))).toBe("{'b', 'z'}");
    expect(r(call(DictKeysType, '__and__', keys, L('b', 'q')))).toBe("{'b'}");
    expect(r(call(DictKeysType, '__rand__', keys, L('b', 'q')))).toBe("{'b'}");
    expect(r(call(DictItemsType, '__and__', items, L(T('a', 1), T('b', 3))))).toBe("{('a', 1)}");
    expect(r(call(DictItemsType, '__sub__', items, S(T('a', 1))))).toBe("{('b', 2)}");
    expect(call(DictKeysType, '__and__', keys, S()).cls.name).toBe('set');
    expect(err(() => call(DictKeysType, '__and__', keys, 1))).toBe("TypeError: 'int' object is not iterable");
    expect(DictValuesType.dict.has('__and__')).toBe(false);
  });
  test('comparisons with sets and views', () => {
    expect(call(DictKeysType, '__eq__', keys, S('a', 'b'))).toBe(true);
    expect(call(DictKeysType, '__eq__', keys, L('a', 'b'))).toBe(NotImplemented);
    expect(call(DictKeysType, '__ne__', keys, S('a'))).toBe(true);
    expect(call(DictKeysType, '__lt__', keys, S('a', 'b', 'c'))).toBe(true);
    expect(call(DictKeysType, '__le__', keys, S('a'))).toBe(false);
    expect(call(DictKeysType, '__ge__', keys, S('a'))).toBe(true);
    expect(call(DictKeysType, '__gt__', keys, keys)).toBe(false);
    expect(call(DictKeysType, '__eq__', keys, call(DictType, 'keys', D(['b', 0], ['a', 0])))).toBe(true);
    const fs = new PyFrozenSet();
    fs.add(rt, T('a', 1));
    fs.add(rt, T('b', 2));
    expect(call(DictItemsType, '__eq__', items, fs)).toBe(true);
    expect(call(DictItemsType, '__gt__', items, new PySet())).toBe(true);
    expect(DictValuesType.dict.has('__eq__')).toBe(false);
    expect(DictKeysType.dict.get('__hash__')).toBe(None);
    expect(DictItemsType.dict.get('__hash__')).toBe(None);
  });
  test('isdisjoint and mapping', () => {
    expect(call(DictKeysType, 'isdisjoint', keys, L('x'))).toBe(true);
    expect(call(DictKeysType, 'isdisjoint', keys, 'a')).toBe(false);
    expect(call(DictItemsType, 'isdisjoint', items, L(T('a', 1)))).toBe(false);
    expect(call(DictKeysType, 'isdisjoint', keys, S('x', 'y', 'z', 'a'))).toBe(false);
    expect(err(() => call(DictKeysType, 'isdisjoint', keys))).toBe('TypeError: dict_keys.isdisjoint() takes exactly one argument (0 given)');
    const m = DictKeysType.dict.get('mapping').get(rt, keys);
    expect(m.cls.name).toBe('mappingproxy');
    expect(m.get(rt, 'a')).toBe(1);
  });
  test('iteration of a view notices size changes', () => {
    const e = D([1, 1]);
    const it = getIter(rt, call(DictType, 'items', e));
    call(DictType, '__setitem__', e, 2, 2);
    expect(err(() => iterNext(rt, it))).toBe('RuntimeError: dictionary changed size during iteration');
  });
  test('recursive view repr', () => {
    const e = D();
    const v = call(DictType, 'values', e);
    call(DictType, '__setitem__', e, 1, v);
    expect(call(DictValuesType, '__repr__', v)).toBe('dict_values([...])');
    expect(r(e)).toBe('{1: dict_values([...])}');
    const k = D();
    call(DictType, '__setitem__', k, 1, call(DictType, 'items', k));
    expect(r(k)).toBe('{1: dict_items([(1, ...)])}');
  });
});

describe('budget', () => {
  test('update / copy / fromkeys / eq charge per element', () => {
    const big = new PyDict();
    for (let i = 0; i < 20000; i++) big.set(rt, i, i);
    const bigList = new PyList(Array.from({ length: 20000 }, (_, i) => T(i, i)));
    const fk = (DictType.dict.get('fromkeys') as PyClassMethod).func;
    const cases: [() => Value][] = [
      [() => DictType.dict.get('update').fn(makeRtSmall(), [new PyDict(), big], null)],
      [() => DictType.dict.get('update').fn(makeRtSmall(), [new PyDict(), bigList], null)],
      [() => DictType.dict.get('copy').fn(makeRtSmall(), [big], null)],
      [() => DictType.dict.get('__eq__').fn(makeRtSmall(), [big, call(DictType, 'copy', big)], null)],
      [() => fk.fn(makeRtSmall(), [DictType, new PyList(Array.from({ length: 20000 }, (_, i) => i))], null)],
      [() => DictType.construct!(makeRtSmall(), DictType, [bigList], null)],
    ];
    for (const [f] of cases) expect(f).toThrow(ResourceExhausted);
  });
});

function makeRtSmall(): Runtime {
  return makeRt(1000);
}
