/**
 * Generic object protocol: type of a value, truthiness, len, repr/str, and
 * calling a special method on a value. Fast paths for the builtin types come
 * first; user classes go through their `__dunder__` methods.
 */
import { PyBoxed, PyClass, PyInstance, PyObject, PySingleton, type Value } from './object.js';
import {
  BoolType, IntType, None, StrType,
} from './types.js';
import { PyBytes, PyByteArray, PyFloat, PyList, PyRange, PySlice, PyTuple } from './values.js';
import { PyDict, PyFrozenSet, PySet, PySetBase } from './dict.js';
import { PyBaseException, overflowError, typeError, valueError } from './exceptions.js';
import { PyBoundMethod, PyBuiltin, PyFunction } from './function.js';
import { intToDecimal } from './int.js';
import { asciiEscape, strLen, strRepr } from './str.js';
import { floatRepr } from './numfmt.js';
import { objectId } from './hashing.js';
import { bytesRepr } from './bytes.js';
import { bytearrayRepr } from './methods/bytes.js';
import { callValue } from './call.js';
import { rangeLength } from './range.js';
import type { Runtime } from './runtime.js';

/** The Python type of any value. */
export function typeOf(v: Value): PyClass {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return IntType;
    case 'string':
      return StrType;
    case 'boolean':
      return BoolType;
  }
  return (v as PyObject).cls;
}

/** The type's name as error messages show it (`tp_name`). */
export function typeName(v: Value): string {
  const t = typeOf(v);
  return t.tpName ?? t.name;
}

/** Looks up a special method on the value's type (never on the instance). */
export function lookupSpecial(v: Value, name: string): Value | undefined {
  return typeOf(v).lookup(name);
}

/** Calls `type(v).name(v, ...args)`; the method must exist. */
export function callSpecial(rt: Runtime, v: Value, method: Value, args: Value[]): Value {
  if (method instanceof PyFunction || method instanceof PyBuiltin) return callValue(rt, method, [v, ...args], null);
  return callValue(rt, bindDescriptor(rt, method, v), args, null);
}

/** `type(v).name(v)` or a TypeError naming the missing method. */
export function callMethod0(rt: Runtime, v: Value, name: string): Value {
  const m = lookupSpecial(v, name);
  if (m === undefined || m === None) throw typeError(`'${typeName(v)}' object has no attribute '${name}'`);
  return callSpecial(rt, v, m, []);
}

/** Resolves a non-function descriptor found on a type (staticmethod, classmethod...) for calling. */
function bindDescriptor(rt: Runtime, d: Value, self: Value): Value {
  const get = lookupSpecial(d, '__get__');
  if (get !== undefined) return callSpecial(rt, d, get, [self, typeOf(self)]);
  return d;
}

// ------------------------------------------------------------------ truthiness

export function truthy(rt: Runtime, v: Value): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return true; // normalized bigints are never zero
  }
  if (v === None) return false;
  const cls = (v as PyObject).cls;
  if (cls.builtin) {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
    if (v instanceof PyDict || v instanceof PySetBase) return v.map.size !== 0;
    if (v instanceof PyFloat) return v.v !== 0;
    if (v instanceof PyBytes || v instanceof PyByteArray) return v.b.length !== 0;
    if (v instanceof PyRange) return rangeLength(v) !== 0;
    if (v instanceof PySingleton) return v !== None;
  }
  return userTruthy(rt, v, cls);
}

function userTruthy(rt: Runtime, v: Value, cls: PyClass): boolean {
  const boolFn = cls.lookup('__bool__');
  if (boolFn !== undefined && boolFn !== None) {
    const r = callSpecial(rt, v, boolFn, []);
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const lenFn = cls.lookup('__len__');
  if (lenFn !== undefined && lenFn !== None) return len(rt, v) !== 0;
  if (v instanceof PyBoxed) return truthy(rt, v.value);
  return true;
}

// ------------------------------------------------------------------------ len

export function len(rt: Runtime, v: Value): number {
  if (typeof v === 'string') return strLen(v);
  if (typeof v === 'object') {
    if (v instanceof PyList || v instanceof PyTuple) {
      if (v.cls.builtin) return v.items.length;
    } else if (v instanceof PyDict || v instanceof PySetBase) {
      if (v.cls.builtin) return v.map.size;
    }
    const cls = (v as PyObject).cls;
    if (cls.builtin) {
      const n = builtinLen(v);
      if (n >= 0) return n;
    }
    const fn = cls.lookup('__len__');
    if (fn !== undefined && fn !== None) {
      const r = callSpecial(rt, v, fn, []);
      if (typeof r === 'boolean') return r ? 1 : 0;
      if (typeof r !== 'number') {
        if (typeof r === 'bigint') throw makeOverflow();
        throw typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
      }
      if (r < 0) throw valueError('__len__() should return >= 0');
      return r;
    }
  }
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}

/** `len(v)` as an exact int (ranges may exceed 2^53). */
export function lenInt(rt: Runtime, v: Value): number | bigint {
  if (v instanceof PyObject && !(v.cls.builtin && (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySetBase))) {
    const fn = v.cls.lookup('__len__');
    if (fn !== undefined && fn !== None) {
      const r = callSpecial(rt, v, fn, []);
      if (typeof r === 'bigint') {
        if (r < 0n) throw valueError('__len__() should return >= 0');
        if (r > 2n ** 63n - 1n) throw overflowError("cannot fit 'int' into an index-sized integer");
        return r;
      }
    }
  }
  return len(rt, v);
}

function makeOverflow() {
  return typeError("cannot fit 'int' into an index-sized integer");
}

function builtinLen(v: Value): number {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySetBase) return v.map.size;
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.b.length;
  return -1;
}

// ------------------------------------------------------------------- repr/str

/** Objects whose repr is in progress (to print `[...]` for self-references). */
const reprActive = new Set<object>();

/** Hex address-like id used in default reprs (`<A object at 0x...>`). */
export function addressOf(rt: Runtime, o: object): string {
  return '0x' + (0x7f0000000000 + objectId(rt, o) * 16).toString(16);
}

export function repr(rt: Runtime, v: Value): string {
  switch (typeof v) {
    case 'string':
      return sizedText(rt, strRepr(v));
    case 'number':
      return String(v);
    case 'bigint':
      return intToDecimal(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  const cls = (v as PyObject).cls;
  if (cls.builtin) {
    // Native types of library modules (sys.version_info, datetime.date...) may define their own __repr__.
    const own = cls.module === 'builtins' ? undefined : cls.dict.get('__repr__');
    return own instanceof PyBuiltin ? (own.fn(rt, [v], null) as string) : builtinRepr(rt, v);
  }
  const fn = cls.lookup('__repr__');
  if (fn instanceof PyBuiltin && fn.objclass !== null) return fn.fn(rt, [v instanceof PyBoxed ? v.value : v], null) as string;
  rt.enter();
  try {
    const r = callSpecial(rt, v, fn, []);
    if (typeof r !== 'string') throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
    return r;
  } finally {
    rt.leave();
  }
}

export function str(rt: Runtime, v: Value): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return String(v);
    case 'bigint':
      return intToDecimal(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  const cls = (v as PyObject).cls;
  if (cls.builtin) {
    if (v instanceof PyBaseException) {
      const own = cls.lookup('__str__');
      return own instanceof PyBuiltin && own.objclass !== null && own.objclass.name !== 'BaseException'
        ? (own.fn(rt, [v], null) as string) : exceptionStr(rt, v);
    }
    // Native types of library modules (os.stat_result, sys.version_info) print as their own __repr__.
    const own = cls.module === 'builtins' ? undefined : cls.dict.get('__str__') ?? cls.dict.get('__repr__');
    return own instanceof PyBuiltin ? (own.fn(rt, [v], null) as string) : builtinRepr(rt, v);
  }
  const fn = cls.lookup('__str__');
  if (fn instanceof PyBuiltin && fn.objclass !== null) return fn.fn(rt, [v instanceof PyBoxed ? v.value : v], null) as string;
  rt.enter();
  try {
    const r = callSpecial(rt, v, fn, []);
    if (typeof r !== 'string') throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
    return r;
  } finally {
    rt.leave();
  }
}

export function ascii(rt: Runtime, v: Value): string {
  return sizedText(rt, asciiEscape(repr(rt, v)));
}

/**
 * Escaping can grow a text several-fold (repr of repr of ... doubles each
 * time), so a built representation is checked against the value size limit.
 */
function sizedText(rt: Runtime, s: string): string {
  if (s.length > 4096) rt.checkValueSize(s.length * 2, 'string representation');
  return s;
}

/** str() of an exception: '' / str(arg) / str(args). KeyError uses repr of its single arg. */
export function exceptionStr(rt: Runtime, e: PyBaseException): string {
  const items = e.args.items;
  if (items.length === 0) return '';
  if (items.length === 1) {
    if (e.cls.layout === e.cls && e.cls.name === 'KeyError') return repr(rt, items[0]);
    if (isKeyError(e)) return repr(rt, items[0]);
    return str(rt, items[0]);
  }
  return repr(rt, e.args);
}

function isKeyError(e: PyBaseException): boolean {
  for (const c of e.cls.mro) if (c.builtin && c.name === 'KeyError') return true;
  return false;
}

/** repr() of a value whose type's layout is builtin (also used by builtin `__repr__` methods). */
export function builtinRepr(rt: Runtime, v: Value): string {
  if (typeof v !== 'object') return repr(rt, v);
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PySingleton) return v.repr;
  if (v instanceof PyList) return containerRepr(rt, v, '[', ']', v.items, false);
  if (v instanceof PyTuple) return containerRepr(rt, v, '(', ')', v.items, v.items.length === 1);
  if (v instanceof PyDict) return dictRepr(rt, v);
  if (v instanceof PySet) return v.map.size === 0 ? `${v.cls.name}()` : containerRepr(rt, v, '{', '}', [...v.keys()], false, v.cls.builtin ? '' : v.cls.name + '(');
  if (v instanceof PyFrozenSet) return v.map.size === 0 ? `${v.cls.name}()` : containerRepr(rt, v, '{', '}', [...v.keys()], false, v.cls.name + '(');
  if (v instanceof PyBytes) return sizedText(rt, bytesRepr(v.b));
  if (v instanceof PyByteArray) return sizedText(rt, bytearrayRepr(v));
  if (v instanceof PyRange) {
    return v.step === 1 ? `range(${repr(rt, v.start)}, ${repr(rt, v.stop)})` : `range(${repr(rt, v.start)}, ${repr(rt, v.stop)}, ${repr(rt, v.step)})`;
  }
  if (v instanceof PySlice) return `slice(${repr(rt, v.start)}, ${repr(rt, v.stop)}, ${repr(rt, v.step)})`;
  if (v instanceof PyBaseException) {
    const items = v.args.items;
    const inner = items.length === 1 ? repr(rt, items[0]) : items.map((a) => repr(rt, a)).join(', ');
    return `${v.cls.name}(${inner})`;
  }
  if (v instanceof PyBoxed) return repr(rt, v.value);
  if (v instanceof PyClass) {
    const mod = v.module === 'builtins' ? '' : v.module + '.';
    return `<class '${mod}${v.qualname}'>`;
  }
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${addressOf(rt, v)}>`;
  if (v instanceof PyBuiltin) {
    if (v.objclass !== null) return `<method '${v.name}' of '${v.objclass.name}' objects>`;
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyBoundMethod) {
    const f = v.func;
    if (f instanceof PyBuiltin) return `<built-in method ${f.name} of ${typeName(v.self)} object at ${addressOf(rt, v.self)}>`;
    const qn = f instanceof PyFunction ? f.qualname : repr(rt, f);
    return `<bound method ${qn} of ${repr(rt, v.self)}>`;
  }
  const custom = (v as PyObject).cls.lookup('__repr__');
  if (custom instanceof PyBuiltin && custom.objclass !== null && custom.objclass !== (v as PyObject).cls.mro[(v as PyObject).cls.mro.length - 1]) {
    return custom.fn(rt, [v], null) as string;
  }
  return defaultRepr(rt, v);
}

/** `<module.Class object at 0x...>` */
export function defaultRepr(rt: Runtime, v: PyObject): string {
  const cls = typeOf(v);
  const mod = cls.module === 'builtins' ? '' : cls.module + '.';
  if (v instanceof PyInstance || !cls.builtin) return `<${typeof cls.module === 'string' ? mod : ''}${cls.qualname} object at ${addressOf(rt, v)}>`;
  return `<${cls.name} object at ${addressOf(rt, v)}>`;
}

function containerRepr(rt: Runtime, self: object, open: string, close: string, items: Value[], trailingComma: boolean, wrap = ''): string {
  if (reprActive.has(self)) return wrap === '' ? `${open}...${close}` : `${wrap}...)`;
  reprActive.add(self);
  rt.enter();
  try {
    let s = '';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ', ';
      s += repr(rt, items[i]);
      rt.charge(1);
      sizedText(rt, s);
    }
    if (trailingComma) s += ',';
    const body = open + s + close;
    return wrap === '' ? body : `${wrap}${body})`;
  } finally {
    rt.leave();
    reprActive.delete(self);
  }
}

function dictRepr(rt: Runtime, d: PyDict): string {
  if (reprActive.has(d)) return '{...}';
  reprActive.add(d);
  rt.enter();
  try {
    let s = '{';
    let first = true;
    for (const [nk, val] of d.map) {
      if (!first) s += ', ';
      first = false;
      s += repr(rt, d.keyOf(nk)) + ': ' + repr(rt, val);
      rt.charge(1);
      sizedText(rt, s);
    }
    return s + '}';
  } finally {
    rt.leave();
    reprActive.delete(d);
  }
}

/** Is `v` an instance of `cls` (honouring subclassing, incl. bool < int)? */
export function isInstance(v: Value, cls: PyClass): boolean {
  return typeOf(v).isSubclassOf(cls);
}
