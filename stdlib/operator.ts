/**
 * The `operator` module: the operators as functions (`add`, `lt`, `getitem`,
 * `iadd`, ...) and the callable classes `itemgetter`, `attrgetter` and
 * `methodcaller`. Everything is native: these functions are typically used as
 * key functions and reducers in hot loops. Argument errors follow CPython's
 * `_operator` wording ("add expected 2 arguments, got 1").
 */
import type { ModuleDef } from '../core/modules.js';
import { PyObject, type Value } from '../core/runtime/object.js';
import { None, NotImplemented, builtinType } from '../core/runtime/types.js';
import { PyBuiltin, defineMethods } from '../core/runtime/function.js';
import { typeError, valueError } from '../core/runtime/exceptions.js';
import { PyFloat, tuple } from '../core/runtime/values.js';
import { PyDict } from '../core/runtime/dict.js';
import { binaryOp, inplaceOp, unaryOp, type BinOp } from '../core/runtime/arith.js';
import { compare, contains, eq, type CmpOp } from '../core/runtime/compare.js';
import { callSpecial, len, lookupSpecial, repr, truthy, typeName } from '../core/runtime/ops.js';
import { delItem, getItem, requireIndex, setItem } from '../core/runtime/subscript.js';
import { absValue } from '../core/runtime/methods/numbers.js';
import { checkPositional, noKw } from '../core/runtime/methods/list.js';
import { getAttr } from '../core/runtime/attrs.js';
import { callValue } from '../core/runtime/call.js';
import {
  ArrayIterator, BytesIterator, DONE, ReverseListIterator, StrIterator, getIterOrNull, iterNext,
} from '../core/runtime/iter.js';
import { strLen } from '../core/runtime/str.js';
import type { Runtime } from '../core/runtime/runtime.js';

const MODULE = '_operator';

// ------------------------------------------------------------------ argument checks

/** A positional-only function of exactly `n` (>= 2) arguments: "add expected 2 arguments, got 1". */
function fixedArgs(name: string, n: number, args: Value[], kwnames: string[] | null): void {
  noKw(`${MODULE}.${name}`, kwnames);
  checkPositional(name, args.length, n, n);
}

/** A one-argument (METH_O) function: "_operator.neg() takes exactly one argument (0 given)". */
function singleArg(name: string, args: Value[], kwnames: string[] | null): Value {
  noKw(`${MODULE}.${name}`, kwnames);
  if (args.length !== 1) throw typeError(`${MODULE}.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function unary(name: string, doc: string, fn: (rt: Runtime, a: Value) => Value): PyBuiltin {
  return new PyBuiltin(name, (rt, args, kwnames) => fn(rt, singleArg(name, args, kwnames)), null, doc, MODULE);
}

function binary(name: string, doc: string, fn: (rt: Runtime, a: Value, b: Value) => Value): PyBuiltin {
  return new PyBuiltin(name, (rt, args, kwnames) => {
    fixedArgs(name, 2, args, kwnames);
    return fn(rt, args[0], args[1]);
  }, null, doc, MODULE);
}

// ------------------------------------------------------------------ helpers

/** `abs(x)`: numbers natively, anything else through `__abs__`. */
function absOf(rt: Runtime, x: Value): Value {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyFloat) return absValue(x);
  const fn = lookupSpecial(x, '__abs__');
  if (fn === undefined || fn === None) throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
  return callSpecial(rt, x, fn, []);
}

/** CPython's PySequence_Check: a `__getitem__` that is not a dict's. */
function isSequence(v: Value): boolean {
  if (typeof v === 'string') return true;
  if (v instanceof PyDict) return false;
  const fn = lookupSpecial(v, '__getitem__');
  return fn !== undefined && fn !== None;
}

function concat(rt: Runtime, a: Value, b: Value, inplace: boolean): Value {
  if (!isSequence(a)) throw typeError(`'${typeName(a)}' object can't be concatenated`);
  return inplace ? inplaceOp(rt, '+', a, b) : binaryOp(rt, '+', a, b);
}

/**
 * Calls `fn` with each element of `seq` and its index until it returns true.
 * A non-iterable is reported like the `in` operator does (CPython's wording).
 */
function scan(rt: Runtime, seq: Value, fn: (x: Value, i: number) => boolean): void {
  const it = getIterOrNull(rt, seq);
  if (it === null) throw typeError(`argument of type '${typeName(seq)}' is not iterable`);
  for (let i = 0; ; i++) {
    const x = iterNext(rt, it);
    if (x === DONE) return;
    rt.charge(1);
    if (fn(x, i)) return;
  }
}

function countOf(rt: Runtime, seq: Value, x: Value): number {
  let n = 0;
  scan(rt, seq, (y) => {
    if (y === x || eq(rt, y, x)) n++;
    return false;
  });
  return n;
}

function indexOf(rt: Runtime, seq: Value, x: Value): number {
  let found = -1;
  scan(rt, seq, (y, i) => {
    if (y === x || eq(rt, y, x)) found = i;
    return found >= 0;
  });
  if (found < 0) throw valueError('sequence.index(x): x not in sequence');
  return found;
}

/** Items left in a core iterator (CPython's iterators define `__length_hint__`); -1 when unknown. */
function nativeIteratorHint(it: Value): number {
  if (it instanceof ArrayIterator) return Math.max(0, it.items.items.length - it.i);
  if (it instanceof ReverseListIterator) return Math.max(0, Math.min(it.i + 1, it.list.items.length));
  if (it instanceof BytesIterator) return Math.max(0, it.b.b.length - it.i);
  if (it instanceof StrIterator) return Math.max(0, strLen(it.s) - it.i);
  return -1;
}

/** `length_hint(obj, default=0)`: len(), then `__length_hint__`, then the default. */
function lengthHint(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  noKw(`${MODULE}.length_hint`, kwnames);
  checkPositional('length_hint', args.length, 1, 2);
  const obj = args[0];
  const dflt = args.length > 1 ? requireIndex(rt, args[1]) : 0;
  const native = nativeIteratorHint(obj);
  if (native >= 0) return native;
  const lenFn = lookupSpecial(obj, '__len__');
  if (typeof obj === 'string' || (lenFn !== undefined && lenFn !== None)) return len(rt, obj);
  const hint = lookupSpecial(obj, '__length_hint__');
  if (hint === undefined || hint === None) return dflt;
  const r = callSpecial(rt, obj, hint, []);
  if (r === NotImplemented) return dflt;
  if (typeof r !== 'number' && typeof r !== 'bigint') {
    throw typeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  }
  if (r < 0) throw valueError('__length_hint__() should return >= 0');
  return r;
}

// ------------------------------------------------------------------ the operator functions

const BINARY_OPS: [string, BinOp, string][] = [
  ['add', '+', 'a + b'], ['sub', '-', 'a - b'], ['mul', '*', 'a * b'], ['truediv', '/', 'a / b'],
  ['floordiv', '//', 'a // b'], ['mod', '%', 'a % b'], ['pow', '**', 'a ** b'], ['matmul', '@', 'a @ b'],
  ['lshift', '<<', 'a << b'], ['rshift', '>>', 'a >> b'], ['and_', '&', 'a & b'], ['or_', '|', 'a | b'],
  ['xor', '^', 'a ^ b'],
];

const COMPARISONS: [string, CmpOp][] = [['lt', '<'], ['le', '<='], ['eq', '=='], ['ne', '!='], ['ge', '>='], ['gt', '>']];

/** The plain functions of the module (both `add` and its `__add__` alias). */
function operatorFunctions(): Map<string, Value> {
  const m = new Map<string, Value>();
  const put = (f: PyBuiltin, ...aliases: string[]) => {
    m.set(f.name, f);
    for (const a of aliases) m.set(a, f);
  };
  const dunder = (name: string) => `__${name.replace(/_$/, '')}__`;
  for (const [name, op, text] of BINARY_OPS) {
    put(binary(name, `Same as ${text}.`, (rt, a, b) => binaryOp(rt, op, a, b)), dunder(name));
    const iname = `i${name.replace(/_$/, '')}`;
    put(binary(iname, `Same as ${text.replace(/ (\S+) /, ' $1= ')}.`, (rt, a, b) => inplaceOp(rt, op, a, b)), `__${iname}__`);
  }
  for (const [name, op] of COMPARISONS) {
    put(binary(name, `Same as a ${op} b.`, (rt, a, b) => compare(rt, a, b, op)), `__${name}__`);
  }
  put(unary('neg', 'Same as -a.', (rt, a) => unaryOp(rt, '-', a)), '__neg__');
  put(unary('pos', 'Same as +a.', (rt, a) => unaryOp(rt, '+', a)), '__pos__');
  put(unary('invert', 'Same as ~a.', (rt, a) => unaryOp(rt, '~', a)), 'inv', '__invert__', '__inv__');
  put(unary('abs', 'Same as abs(a).', absOf), '__abs__');
  put(unary('not_', 'Same as not a.', (rt, a) => !truthy(rt, a)), '__not__');
  put(unary('truth', 'Return True if a is true, False otherwise.', (rt, a) => truthy(rt, a)));
  put(unary('index', 'Same as a.__index__().', (rt, a) => requireIndex(rt, a)), '__index__');
  put(binary('is_', 'Same as a is b.', (_rt, a, b) => a === b));
  put(binary('is_not', 'Same as a is not b.', (_rt, a, b) => a !== b));
  put(binary('concat', 'Same as a + b, for a and b sequences.', (rt, a, b) => concat(rt, a, b, false)), '__concat__');
  put(binary('iconcat', 'Same as a += b, for a and b sequences.', (rt, a, b) => concat(rt, a, b, true)), '__iconcat__');
  put(binary('contains', 'Same as b in a (note reversed operands).', (rt, a, b) => contains(rt, a, b)), '__contains__');
  put(binary('countOf', 'Return the number of items in a which are, or which equal, b.', countOf));
  put(binary('indexOf', 'Return the first index of b in a.', indexOf));
  put(binary('getitem', 'Same as a[b].', (rt, a, b) => getItem(rt, a, b)), '__getitem__');
  put(binary('delitem', 'Same as del a[b].', (rt, a, b) => {
    delItem(rt, a, b);
    return None;
  }), '__delitem__');
  put(new PyBuiltin('setitem', (rt, args, kwnames) => {
    fixedArgs('setitem', 3, args, kwnames);
    setItem(rt, args[0], args[1], args[2]);
    return None;
  }, null, 'Same as a[b] = c.', MODULE), '__setitem__');
  put(new PyBuiltin('length_hint', lengthHint, null,
    'Return an estimate of the number of items in obj, or default when it cannot tell.', MODULE));
  put(new PyBuiltin('call', (rt, args, kwnames) => {
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos < 1) throw typeError(`call expected at least 1 argument, got ${npos}`);
    return callValue(rt, args[0], args.slice(1), kwnames);
  }, null, 'Same as obj(*args, **kwargs).', MODULE), '__call__');
  return m;
}

// ------------------------------------------------------------------ itemgetter / attrgetter / methodcaller

export const ItemGetterType = builtinType('itemgetter', undefined, { module: 'operator', subclassable: false });
export const AttrGetterType = builtinType('attrgetter', undefined, { module: 'operator', subclassable: false });
export const MethodCallerType = builtinType('methodcaller', undefined, { module: 'operator', subclassable: false });

/** `itemgetter(*items)`: fetches one item (or a tuple of items) from its operand. */
export class PyItemGetter extends PyObject {
  constructor(readonly items: Value[]) {
    super();
  }
}
PyItemGetter.prototype.cls = ItemGetterType;

/** `attrgetter(*names)`: each name is a dotted path, pre-split. */
export class PyAttrGetter extends PyObject {
  constructor(readonly names: string[], readonly paths: string[][]) {
    super();
  }
}
PyAttrGetter.prototype.cls = AttrGetterType;

/** `methodcaller(name, *args, **kwargs)`. */
export class PyMethodCaller extends PyObject {
  constructor(readonly name: string, readonly args: Value[], readonly kwnames: string[], readonly kwvalues: Value[]) {
    super();
  }
}
PyMethodCaller.prototype.cls = MethodCallerType;

/** The one positional argument of a getter's call: "itemgetter expected 1 argument, got 2". */
function operand(name: string, args: Value[], kwnames: string[] | null): Value {
  noKw(name, kwnames);
  checkPositional(name, args.length - 1, 1, 1);
  return args[1];
}

ItemGetterType.construct = (_rt, _cls, args, kwnames) => {
  noKw('itemgetter', kwnames);
  if (args.length === 0) throw typeError('itemgetter expected 1 argument, got 0');
  return new PyItemGetter(args.slice());
};

function resolvePath(rt: Runtime, obj: Value, path: string[]): Value {
  let v = obj;
  for (const part of path) v = getAttr(rt, v, part);
  return v;
}

AttrGetterType.construct = (_rt, _cls, args, kwnames) => {
  noKw('attrgetter', kwnames);
  if (args.length === 0) throw typeError('attrgetter expected 1 argument, got 0');
  for (const a of args) if (typeof a !== 'string') throw typeError('attribute name must be a string');
  return new PyAttrGetter(args.slice(), args.map((a: string) => a.split('.')));
};

MethodCallerType.construct = (_rt, _cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) throw typeError('methodcaller needs at least one argument, the method name');
  if (typeof args[0] !== 'string') throw typeError('method name must be a string');
  return new PyMethodCaller(args[0], args.slice(1, npos), kwnames === null ? [] : kwnames.slice(), args.slice(npos));
};

defineMethods(ItemGetterType, {
  __call__(rt, args, kwnames) {
    const obj = operand('itemgetter', args, kwnames);
    const items = (args[0] as PyItemGetter).items;
    if (items.length === 1) return getItem(rt, obj, items[0]);
    return tuple(items.map((k) => getItem(rt, obj, k)));
  },
  __repr__(rt, args) {
    return `operator.itemgetter(${(args[0] as PyItemGetter).items.map((k) => repr(rt, k)).join(', ')})`;
  },
});
ItemGetterType.dict.set('__doc__', 'Return a callable object that fetches the given item(s) from its operand.');

defineMethods(AttrGetterType, {
  __call__(rt, args, kwnames) {
    const obj = operand('attrgetter', args, kwnames);
    const paths = (args[0] as PyAttrGetter).paths;
    if (paths.length === 1) return resolvePath(rt, obj, paths[0]);
    return tuple(paths.map((p) => resolvePath(rt, obj, p)));
  },
  __repr__(rt, args) {
    return `operator.attrgetter(${(args[0] as PyAttrGetter).names.map((k) => repr(rt, k)).join(', ')})`;
  },
});
AttrGetterType.dict.set('__doc__', 'Return a callable object that fetches the given attribute(s) from its operand.');

defineMethods(MethodCallerType, {
  __call__(rt, args, kwnames) {
    const obj = operand('methodcaller', args, kwnames);
    const mc = args[0] as PyMethodCaller;
    const method = getAttr(rt, obj, mc.name);
    return callValue(rt, method, [...mc.args, ...mc.kwvalues], mc.kwnames.length > 0 ? mc.kwnames.slice() : null);
  },
  __repr__(rt, args) {
    const mc = args[0] as PyMethodCaller;
    const parts = [repr(rt, mc.name), ...mc.args.map((a) => repr(rt, a))];
    mc.kwnames.forEach((k, i) => parts.push(`${k}=${repr(rt, mc.kwvalues[i])}`));
    return `operator.methodcaller(${parts.join(', ')})`;
  },
});
MethodCallerType.dict.set('__doc__', 'Return a callable object that calls the given method on its operand.');

export const modules: ModuleDef[] = [
  {
    name: 'operator',
    summary: 'Operators as functions (add, itemgetter, attrgetter, methodcaller, ...).',
    build() {
      const m = operatorFunctions();
      m.set('itemgetter', ItemGetterType);
      m.set('attrgetter', AttrGetterType);
      m.set('methodcaller', MethodCallerType);
      return m;
    },
  },
];
