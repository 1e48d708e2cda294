/**
 * The builtins namespace scripts see. Each interpreter gets its own Map (so a
 * host can add or hide names) filled with shared, immutable builtin objects.
 * Absent on purpose: eval, exec, compile, open, input, __import__, breakpoint,
 * globals, locals (a NameError like any unknown name).
 */
import { PyBoxed, PyClass, PyObject, type Value } from './runtime/object.js';
import {
  BoolType, ByteArrayType, BytesType, ClassMethodType, DictType, Ellipsis, FloatType, FrozenSetType, IntType, ListType,
  None, NotImplemented, ObjectType, PropertyType, RangeType, SetType, SliceType, StaticMethodType, StrType, SuperType,
  TupleType, TypeType, builtinType,
} from './runtime/types.js';
import { PyBaseException, StopIterationType, indexError, overflowError, stopIteration, typeError, valueError } from './runtime/exceptions.js';
import { PyBuiltin, PyBoundMethod, PyFunction, builtin, defineMethods } from './runtime/function.js';
import { PyList, PyRange, PyTuple, PyFloat, tuple } from './runtime/values.js';
import { PyDict } from './runtime/dict.js';
import { argSpec, noKwargs, parseArgs } from './runtime/args.js';
import { intAdd, intToBase, type Int } from './runtime/int.js';
import {
  ascii, callSpecial, isInstance, len, lenInt, lookupSpecial, repr, str, truthy, typeName, typeOf,
} from './runtime/ops.js';
import { binaryOp } from './runtime/arith.js';
import { compare, lessThan } from './runtime/compare.js';
import { pyHash, objectId } from './runtime/hashing.js';
import {
  CallableIterator, DONE, PyIterator, ReverseListIterator, getIter, iterNext, iterate, toArray,
} from './runtime/iter.js';
import { PyGenerator } from './runtime/generator.js';
import { callValue } from './runtime/call.js';
import { getAttr, getAttrOrUndefined, instanceDictOf, setAttr } from './runtime/attrs.js';
import { getItem, indexValue, requireIndex } from './runtime/subscript.js';
import { formatValue } from './runtime/format.js';
import { divmodValues, roundValue, absValue } from './runtime/methods/numbers.js';
import { defineIteratorType } from './runtime/methods/iterators.js';
import { builtinExceptionClasses } from './runtime/methods/exceptions.js';
import { dictView, dirOf } from './runtime/methods/object.js';
import { sortedList } from './runtime/methods/list.js';
import { PyUnion } from './runtime/union.js';
import { rangeItem } from './runtime/range.js';
import { intPowMod } from './runtime/int.js';
import type { Runtime } from './runtime/runtime.js';
import { helpText } from './introspect.js';
import { strRepr } from './runtime/str.js';

// ---------------------------------------------------------------- lazy builtin types

export const EnumerateType = builtinType('enumerate');
export const ZipType = builtinType('zip');
export const MapType = builtinType('map');
export const FilterType = builtinType('filter');
export const ReversedType = builtinType('reversed');

class EnumerateIterator extends PyIterator {
  constructor(readonly it: Value, public count: Int) {
    super();
  }
  next(rt: Runtime) {
    const x = iterNext(rt, this.it);
    if (x === DONE) return DONE;
    const i = this.count;
    this.count = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : intAdd(i, 1);
    return tuple([i, x]);
  }
}
EnumerateIterator.prototype.cls = EnumerateType;

class ZipIterator extends PyIterator {
  done = false;
  constructor(readonly its: Value[], readonly strict: boolean) {
    super();
  }
  next(rt: Runtime) {
    if (this.done || this.its.length === 0) return DONE;
    const items: Value[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const x = iterNext(rt, this.its[i]);
      if (x === DONE) {
        this.done = true;
        if (this.strict) this.checkStrict(rt, i);
        return DONE;
      }
      items.push(x);
    }
    return tuple(items);
  }
  private checkStrict(rt: Runtime, i: number): void {
    if (i > 0) {
      const plural = i === 1 ? ' 1' : `s 1-${i}`;
      throw valueError(`zip() argument ${i + 1} is shorter than argument${plural}`);
    }
    for (let j = 1; j < this.its.length; j++) {
      if (iterNext(rt, this.its[j]) !== DONE) {
        const plural = j === 1 ? ' 1' : `s 1-${j}`;
        throw valueError(`zip() argument ${j + 1} is longer than argument${plural}`);
      }
    }
  }
}
ZipIterator.prototype.cls = ZipType;

class MapIterator extends PyIterator {
  constructor(readonly fn: Value, readonly its: Value[]) {
    super();
  }
  next(rt: Runtime) {
    const args: Value[] = [];
    for (const it of this.its) {
      const x = iterNext(rt, it);
      if (x === DONE) return DONE;
      args.push(x);
    }
    return callValue(rt, this.fn, args, null);
  }
}
MapIterator.prototype.cls = MapType;

class FilterIterator extends PyIterator {
  constructor(readonly fn: Value, readonly it: Value) {
    super();
  }
  next(rt: Runtime) {
    for (;;) {
      const x = iterNext(rt, this.it);
      if (x === DONE) return DONE;
      if (--rt.ticks < 0) rt.checkpoint();
      const keep = this.fn === None ? truthy(rt, x) : truthy(rt, callValue(rt, this.fn, [x], null));
      if (keep) return x;
    }
  }
}
FilterIterator.prototype.cls = FilterType;

/** Iterates a sequence backwards through `__len__`/`__getitem__` (or a range). */
class ReversedSeqIterator extends PyIterator {
  constructor(readonly seq: Value, public i: number) {
    super();
  }
  next(rt: Runtime) {
    if (this.i < 0) return DONE;
    const seq = this.seq;
    if (seq instanceof PyRange) return rangeItem(seq, this.i--);
    const sp = rt.sp;
    try {
      return getItem(rt, seq, this.i--);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.name === 'IndexError' || e.cls.isSubclassOf(StopIterationType))) {
        rt.sp = sp;
        this.i = -1;
        return DONE;
      }
      throw e;
    }
  }
}
ReversedSeqIterator.prototype.cls = ReversedType;

for (const t of [EnumerateType, ZipType, MapType, FilterType, ReversedType]) defineIteratorType(t);

const enumerateSpec = argSpec('enumerate', ['iterable', 'start?']);
EnumerateType.construct = (rt, _cls, args, kwnames) => {
  const [iterable, start] = parseArgs(enumerateSpec, args, kwnames);
  let s: Int = 0;
  if (start !== undefined) {
    const i = indexValue(rt, start);
    if (i === undefined) throw typeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
    s = i;
  }
  return new EnumerateIterator(getIter(rt, iterable), s);
};

ZipType.construct = (rt, _cls, args, kwnames) => {
  let strict = false;
  let n = args.length;
  if (kwnames !== null) {
    for (let i = 0; i < kwnames.length; i++) {
      if (kwnames[i] !== 'strict') throw typeError(`zip() got an unexpected keyword argument '${kwnames[i]}'`);
      strict = truthy(rt, args[args.length - kwnames.length + i]);
    }
    n -= kwnames.length;
  }
  const its: Value[] = [];
  for (let i = 0; i < n; i++) {
    const v = args[i];
    its.push(getIter(rt, v));
  }
  return new ZipIterator(its, strict);
};

MapType.construct = (rt, _cls, args, kwnames) => {
  noKwargs('map', kwnames);
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  const its = args.slice(1).map((v) => getIter(rt, v));
  return new MapIterator(args[0], its);
};

FilterType.construct = (rt, _cls, args, kwnames) => {
  noKwargs('filter', kwnames);
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  return new FilterIterator(args[0], getIter(rt, args[1]));
};

ReversedType.construct = (rt, _cls, args, kwnames) => {
  noKwargs('reversed', kwnames);
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  return reversedOf(rt, args[0]);
};

export function reversedOf(rt: Runtime, v: Value): Value {
  if (v instanceof PyList && v.cls.builtin) return new ReverseListIterator(v);
  if (v instanceof PyTuple || typeof v === 'string') return new ReversedSeqIterator(v, len(rt, v) - 1);
  const rev = lookupSpecial(v, '__reversed__');
  if (rev !== undefined && rev !== None) return callSpecial(rt, v, rev, []);
  const getitem = lookupSpecial(v, '__getitem__');
  const lenFn = lookupSpecial(v, '__len__');
  if (getitem !== undefined && lenFn !== undefined && !(v instanceof PyDict)) return new ReversedSeqIterator(v, len(rt, v) - 1);
  throw typeError(`'${typeName(v)}' object is not reversible`);
}

// ---------------------------------------------------------------- functions

const B: Record<string, PyBuiltin['fn']> = {};

B.abs = (rt, args, kw) => {
  noKwargs('abs', kw);
  if (args.length !== 1) throw typeError(`abs() takes exactly one argument (${args.length} given)`);
  const x = args[0];
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyFloat) return absValue(x);
  const fn = lookupSpecial(x, '__abs__');
  if (fn === undefined || fn === None) throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
  return callSpecial(rt, x, fn, []);
};

function oneArg(name: string, args: Value[], kw: string[] | null): Value {
  noKwargs(name, kw);
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

B.all = (rt, args, kw) => {
  const v = oneArg('all', args, kw);
  let result = true;
  iterate(rt, v, (x) => {
    if (!truthy(rt, x)) {
      result = false;
      return true;
    }
  });
  return result;
};

B.any = (rt, args, kw) => {
  const v = oneArg('any', args, kw);
  let result = false;
  iterate(rt, v, (x) => {
    if (truthy(rt, x)) {
      result = true;
      return true;
    }
  });
  return result;
};

B.ascii = (rt, args, kw) => ascii(rt, oneArg('ascii', args, kw));
B.repr = (rt, args, kw) => repr(rt, oneArg('repr', args, kw));

/** help(x): the signature and docstring of a value (for a str, of the module with that name). */
B.help = (rt, args, kw) => {
  noKwargs('help', kw);
  if (args.length > 1) throw typeError(`help() takes at most 1 argument (${args.length} given)`);
  if (args.length === 0) {
    rt.write('Type help(object) for help about object, e.g. help(len) or help("json").\n');
    return None;
  }
  let v = args[0];
  if (typeof v === 'string') {
    const sp = rt.sp;
    try {
      v = rt.host.importModule(rt, v);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      rt.sp = sp;
      rt.write(`No Python documentation found for ${strRepr(args[0] as string)}.\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.\n\n`);
      return None;
    }
  }
  rt.write(helpText(rt, v));
  return None;
};
B.bin = (rt, args, kw) => intToBase(requireIndex(rt, oneArg('bin', args, kw)), 2);
B.oct = (rt, args, kw) => intToBase(requireIndex(rt, oneArg('oct', args, kw)), 8);
B.hex = (rt, args, kw) => intToBase(requireIndex(rt, oneArg('hex', args, kw)), 16);

B.callable = (_rt, args, kw) => isCallable(oneArg('callable', args, kw));

export function isCallable(v: Value): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyClass) return true;
  if (typeof v !== 'object') return false;
  const call = (v as PyObject).cls.lookup('__call__');
  return call !== undefined && call !== None;
}

B.chr = (rt, args, kw) => {
  const v = oneArg('chr', args, kw);
  const i = indexValue(rt, v);
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint') throw overflowError('Python int too large to convert to C int');
  if (i < 0 || i > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(i);
};

B.ord = (_rt, args, kw) => {
  const v = oneArg('ord', args, kw);
  let s: string;
  if (typeof v === 'string') s = v;
  else if (v instanceof PyBoxed && typeof v.value === 'string') s = v.value;
  else if (v instanceof PyObject && 'b' in v && (v as { b: unknown }).b instanceof Uint8Array) {
    const b = (v as unknown as { b: Uint8Array }).b;
    if (b.length !== 1) throw typeError(`ord() expected a character, but string of length ${b.length} found`);
    return b[0];
  } else throw typeError(`ord() expected string of length 1, but ${typeName(v)} found`);
  const cps = Array.from(s);
  if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
  return cps[0].codePointAt(0)!;
};

const getattrSpec = argSpec('getattr', ['object', 'name', 'default?', '/']);
B.getattr = (rt, args, kw) => {
  noKwargs('getattr', kw);
  if (args.length < 2) throw typeError(`getattr expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw typeError(`getattr expected at most 3 arguments, got ${args.length}`);
  const [obj, name, dflt] = parseArgs(getattrSpec, args, kw);
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  if (dflt === undefined) return getAttr(rt, obj, name);
  const v = getAttrOrUndefined(rt, obj, name);
  return v === undefined ? dflt : v;
};

B.hasattr = (rt, args, kw) => {
  noKwargs('hasattr', kw);
  if (args.length !== 2) throw typeError(`hasattr expected 2 arguments, got ${args.length}`);
  if (typeof args[1] !== 'string') throw typeError(`attribute name must be string, not '${typeName(args[1])}'`);
  return getAttrOrUndefined(rt, args[0], args[1]) !== undefined;
};

B.setattr = (rt, args, kw) => {
  noKwargs('setattr', kw);
  if (args.length !== 3) throw typeError(`setattr expected 3 arguments, got ${args.length}`);
  if (typeof args[1] !== 'string') throw typeError(`attribute name must be string, not '${typeName(args[1])}'`);
  setAttr(rt, args[0], args[1], args[2]);
  return None;
};

B.delattr = (rt, args, kw) => {
  noKwargs('delattr', kw);
  if (args.length !== 2) throw typeError(`delattr expected 2 arguments, got ${args.length}`);
  if (typeof args[1] !== 'string') throw typeError(`attribute name must be string, not '${typeName(args[1])}'`);
  setAttr(rt, args[0], args[1], undefined);
  return None;
};

B.dir = (rt, args, kw) => {
  noKwargs('dir', kw);
  if (args.length === 0) throw typeError('dir() without arguments is not supported in Sandling');
  if (args.length > 1) throw typeError(`dir expected at most 1 argument, got ${args.length}`);
  const v = args[0];
  const custom = lookupSpecial(v, '__dir__');
  if (custom !== undefined && !(custom instanceof PyBuiltin)) {
    const names = toArray(rt, callSpecial(rt, v, custom, []));
    return new PyList(names.sort((a, b) => (lessThan(rt, a, b) ? -1 : 1)));
  }
  return new PyList(dirOf(rt, v));
};

B.vars = (_rt, args, kw) => {
  noKwargs('vars', kw);
  if (args.length !== 1) throw typeError('vars() without arguments is not supported in Sandling');
  const v = args[0];
  if (v instanceof PyClass) return getAttr(_rt, v, '__dict__');
  const d = instanceDictOf(v);
  if (d === null) throw typeError('vars() argument must have __dict__ attribute');
  return dictView(d);
};

B.divmod = (rt, args, kw) => {
  noKwargs('divmod', kw);
  if (args.length !== 2) throw typeError(`divmod expected 2 arguments, got ${args.length}`);
  const [a, b] = args;
  const r = divmodValues(rt, a, b);
  if (r !== NotImplemented) return r;
  for (const [self, other, name] of [[a, b, '__divmod__'], [b, a, '__rdivmod__']] as const) {
    const fn = lookupSpecial(self, name);
    if (fn !== undefined && fn !== None && !(fn instanceof PyBuiltin)) {
      const v = callSpecial(rt, self, fn, [other]);
      if (v !== NotImplemented) return v;
    }
  }
  throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
};

const formatSpec = argSpec('format', ['value', 'format_spec?', '/']);
B.format = (rt, args, kw) => {
  const [v, spec] = parseArgs(formatSpec, args, kw);
  if (spec !== undefined && typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
  return formatValue(rt, v, spec ?? '');
};

B.hash = (rt, args, kw) => pyHash(rt, oneArg('hash', args, kw));

B.id = (rt, args, kw) => {
  const v = oneArg('id', args, kw);
  return objectId(rt, v);
};

function classInfoCheck(rt: Runtime, v: Value, info: Value, fname: string, test: (c: PyClass) => boolean): boolean {
  if (info instanceof PyClass) {
    const hook = info.cls !== TypeType ? info.cls.lookup(fname === 'isinstance' ? '__instancecheck__' : '__subclasscheck__') : undefined;
    if (hook !== undefined && !(hook instanceof PyBuiltin)) return truthy(rt, callSpecial(rt, info, hook, [v]));
    return test(info);
  }
  if (info instanceof PyUnion) return info.args.some(test);
  if (info instanceof PyTuple) {
    rt.charge(info.items.length); // a nested-tuple DAG has exponentially many paths
    rt.enter();
    try {
      return info.items.some((c) => classInfoCheck(rt, v, c, fname, test));
    } finally {
      rt.leave();
    }
  }
  // Any object may answer the check itself (typing's List, Union[int, str]...), as in CPython.
  const objHook = lookupSpecial(info, fname === 'isinstance' ? '__instancecheck__' : '__subclasscheck__');
  if (objHook !== undefined && objHook !== None) return truthy(rt, callSpecial(rt, info, objHook, [v]));
  throw typeError(fname === 'isinstance'
    ? 'isinstance() arg 2 must be a type, a tuple of types, or a union'
    : 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

B.isinstance = (rt, args, kw) => {
  noKwargs('isinstance', kw);
  if (args.length !== 2) throw typeError(`isinstance expected 2 arguments, got ${args.length}`);
  return isinstance(rt, args[0], args[1]);
};

/** `isinstance(v, info)`; generated code calls it directly where `isinstance` is the builtin. */
export function isinstance(rt: Runtime, v: Value, info: Value): boolean {
  const t = typeOf(v);
  // The usual case, a class whose metaclass is type: no hook to consult, no closure to allocate.
  if (info instanceof PyClass && info.cls === TypeType) return t.isSubclassOf(info);
  return classInfoCheck(rt, v, info, 'isinstance', (c) => t.isSubclassOf(c));
}

/** The native behind builtin `name` (generated code recognises `len` and `isinstance` by it). */
export function builtinNative(name: string): PyBuiltin['fn'] {
  return B[name];
}

B.issubclass = (rt, args, kw) => {
  noKwargs('issubclass', kw);
  if (args.length !== 2) throw typeError(`issubclass expected 2 arguments, got ${args.length}`);
  const sub = args[0];
  if (!(sub instanceof PyClass)) throw typeError('issubclass() arg 1 must be a class');
  return classInfoCheck(rt, sub, args[1], 'issubclass', (c) => sub.isSubclassOf(c));
};

B.iter = (rt, args, kw) => {
  noKwargs('iter', kw);
  if (args.length === 1) return getIter(rt, args[0]);
  if (args.length === 2) {
    if (!isCallable(args[0])) throw typeError('iter(v, w): v must be callable');
    return new CallableIterator(args[0], args[1]);
  }
  throw typeError(`iter expected at most 2 arguments, got ${args.length}`);
};

B.next = (rt, args, kw) => {
  noKwargs('next', kw);
  if (args.length < 1 || args.length > 2) throw typeError(`next expected at least 1 argument, got ${args.length}`);
  const it = args[0];
  if (!(it instanceof PyIterator) && !(it instanceof PyGenerator)) {
    const n = lookupSpecial(it, '__next__');
    if (n === undefined || n === None) throw typeError(`'${typeName(it)}' object is not an iterator`);
    const sp = rt.sp;
    try {
      return callSpecial(rt, it, n, []);
    } catch (e) {
      if (args.length === 2 && e instanceof PyBaseException && e.cls.isSubclassOf(StopIterationType)) {
        rt.sp = sp;
        return args[1];
      }
      throw e;
    }
  }
  const v = iterNext(rt, it);
  if (v !== DONE) return v;
  if (args.length === 2) return args[1];
  throw stopIteration(it instanceof PyGenerator ? it.returnValue : None);
};

B.len = (rt, args, kw) => lenInt(rt, oneArg('len', args, kw));

function minMax(rt: Runtime, args: Value[], kw: string[] | null, isMax: boolean): Value {
  const name = isMax ? 'max' : 'min';
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  let key: Value = None;
  let dflt: Value | undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kw![i];
    if (k === 'key') key = args[npos + i];
    else if (k === 'default') dflt = args[npos + i];
    else throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
  }
  if (npos === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  let items: Value[];
  if (npos === 1) items = toArray(rt, args[0]);
  else {
    if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args.slice(0, npos);
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  const op = isMax ? '>' : '<';
  let best = items[0];
  let bestKey = key === None ? best : callValue(rt, key, [best], null);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const k = key === None ? x : callValue(rt, key, [x], null);
    if (--rt.ticks < 0) rt.checkpoint();
    let better: boolean;
    if (typeof k === 'number' && typeof bestKey === 'number') better = isMax ? k > bestKey : k < bestKey;
    else better = truthy(rt, compare(rt, k, bestKey, op));
    if (better) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

B.max = (rt, args, kw) => minMax(rt, args, kw, true);
B.min = (rt, args, kw) => minMax(rt, args, kw, false);

const powSpec = argSpec('pow', ['base', 'exp', 'mod?']);
B.pow = (rt, args, kw) => {
  const [base, exp, mod] = parseArgs(powSpec, args, kw);
  if (mod === undefined || mod === None) return binaryOp(rt, '**', base, exp);
  // Three-argument pow only consults the base's __pow__ (CPython never tries __rpow__ here).
  if (typeof base === 'object' && !(base as PyObject).cls.builtin) {
    const fn = lookupSpecial(base, '__pow__');
    if (fn !== undefined && fn !== None) {
      const r = callSpecial(rt, base, fn, [exp, mod]);
      if (r !== NotImplemented) return r;
    }
  }
  const ib = indexValue(rt, base);
  const ie = indexValue(rt, exp);
  const im = indexValue(rt, mod);
  if (ib === undefined || ie === undefined || im === undefined || base instanceof PyFloat || exp instanceof PyFloat) {
    const fn = lookupSpecial(base, '__pow__');
    if (typeof base === 'object' && fn !== undefined && !(fn instanceof PyBuiltin)) return callSpecial(rt, base, fn, [exp, mod]);
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  return intPowMod(ib, ie, im);
};

const printSpec = argSpec('print', ['*', 'sep?', 'end?', 'file?', 'flush?']);
B.print = (rt, args, kw) => {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  let sep = ' ';
  let end = '\n';
  let file: Value = None;
  let flush: Value = false;
  if (nkw > 0) {
    const [s, e, f, fl] = parseArgs(printSpec, args, kw, npos);
    if (fl !== undefined) flush = fl;
    if (s !== undefined && s !== None) {
      if (typeof s !== 'string') throw typeError(`sep must be None or a string, not ${typeName(s)}`);
      sep = s;
    }
    if (e !== undefined && e !== None) {
      if (typeof e !== 'string') throw typeError(`end must be None or a string, not ${typeName(e)}`);
      end = e;
    }
    if (f !== undefined) file = f;
  }
  if (file !== None) return printToFile(rt, file, args, npos, sep, end, flush);
  let out = '';
  for (let i = 0; i < npos; i++) {
    if (i > 0) out += sep;
    const v = args[i];
    out += typeof v === 'string' ? v : str(rt, v);
  }
  out += end;
  rt.write(out);
  return None;
};

/** print(..., file=f): like CPython, one f.write() per piece (values, separators, end), then f.flush() if asked. */
function printToFile(rt: Runtime, file: Value, args: Value[], npos: number, sep: string, end: string, flush: Value): Value {
  const write = (text: string) => callValue(rt, getAttr(rt, file, 'write'), [text], null);
  for (let i = 0; i < npos; i++) {
    if (i > 0) write(sep);
    const v = args[i];
    write(typeof v === 'string' ? v : str(rt, v));
  }
  write(end);
  if (truthy(rt, flush)) callValue(rt, getAttr(rt, file, 'flush'), [], null);
  return None;
}

B.round = (rt, args, kw) => {
  const [x, nd] = parseArgs(argSpec('round', ['number', 'ndigits?']), args, kw);
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyFloat) {
    return roundValue(rt, typeof x === 'boolean' ? (x ? 1 : 0) : x, nd);
  }
  const fn = lookupSpecial(x, '__round__');
  if (fn === undefined || fn === None) throw typeError(`type ${typeName(x)} doesn't define __round__ method`);
  return callSpecial(rt, x, fn, nd === undefined ? [] : [nd]);
};

const sortedSpec = argSpec('sorted', ['iterable', '/', '*', 'key?', 'reverse?']);
B.sorted = (rt, args, kw) => {
  if (args.length - (kw === null ? 0 : kw.length) !== 1) {
    throw typeError(`sorted expected 1 argument, got ${args.length - (kw === null ? 0 : kw.length)}`);
  }
  const [iterable, key, reverse] = parseArgs(sortedSpec, args, kw);
  return sortedList(rt, iterable, key ?? None, reverse ?? false);
};

const sumSpec = argSpec('sum', ['iterable', '/', 'start?']);
B.sum = (rt, args, kw) => {
  const [iterable, start] = parseArgs(sumSpec, args, kw);
  let acc: Value = start === undefined ? 0 : start;
  if (typeof acc === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyObject && (acc.cls === BytesType || acc.cls === ByteArrayType)) {
    throw typeError(`sum() can't sum ${acc.cls.name} [use b''.join(seq) instead]`);
  }
  iterate(rt, iterable, (x) => {
    if (typeof acc === 'number' && typeof x === 'number') {
      const r = acc + x;
      if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) {
        acc = r;
        return;
      }
    }
    acc = binaryOp(rt, '+', acc, x);
  });
  return acc;
};

// ---------------------------------------------------------------- the namespace

/** A fresh builtins namespace for one interpreter. */
export function makeBuiltins(): Map<string, Value> {
  const m = new Map<string, Value>();
  for (const name of Object.keys(B)) m.set(name, builtin(name, B[name]));
  const types: Record<string, PyClass> = {
    bool: BoolType, bytearray: ByteArrayType, bytes: BytesType, classmethod: ClassMethodType, dict: DictType,
    enumerate: EnumerateType, filter: FilterType, float: FloatType, frozenset: FrozenSetType, int: IntType,
    list: ListType, map: MapType, object: ObjectType, property: PropertyType, range: RangeType,
    reversed: ReversedType, set: SetType, slice: SliceType, staticmethod: StaticMethodType, str: StrType,
    super: SuperType, tuple: TupleType, type: TypeType, zip: ZipType,
  };
  for (const [name, t] of Object.entries(types)) m.set(name, t);
  for (const [name, t] of builtinExceptionClasses()) m.set(name, t);
  m.set('NotImplemented', NotImplemented);
  m.set('Ellipsis', Ellipsis);
  m.set('None', None);
  m.set('True', true);
  m.set('False', false);
  return m;
}

export { defineMethods, indexError, isInstance };
