/**
 * Method tables of the exception classes: construction (args), str/repr,
 * chaining attributes, and the extra attributes some builtin exceptions carry
 * (StopIteration.value, SystemExit.code, OSError errno/strerror/filename,
 * ImportError.name, UnicodeDecodeError fields). `__traceback__` is always None:
 * frames are never exposed to scripts.
 */
import { PyClass, type Value } from '../object.js';
import { None } from '../types.js';
import {
  BaseExceptionType, FileExistsErrorType, FileNotFoundErrorType, ImportErrorType, IsADirectoryErrorType,
  NotADirectoryErrorType, OSErrorType, PermissionErrorType, PyBaseException, StopIterationType, SystemExitType,
  TimeoutErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType, exceptionTypes, typeError,
} from '../exceptions.js';
import { PyBuiltin, PyGetSet, PyStaticMethod, defineMethods, expectArgs } from '../function.js';
import { PyList, PyTuple, tuple } from '../values.js';
import { builtinRepr, exceptionStr, repr, str, typeName } from '../ops.js';
import { toArray } from '../iter.js';
import { newTarget } from './list.js';
import { quickNewAliases } from '../call.js';
import type { Runtime } from '../runtime.js';
import { tracebackOf } from '../union.js';

function exc(v: Value): PyBaseException {
  return v as PyBaseException;
}

/** Applies the keyword arguments a builtin exception accepts (ImportError's name=, path=...). */
function exceptionKeywords(cls: PyClass, e: PyBaseException, args: Value[], kwnames: string[] | null): Value[] {
  if (kwnames === null || kwnames.length === 0) return args;
  const npos = args.length - kwnames.length;
  const allowed = cls.isSubclassOf(ImportErrorType) ? ['name', 'path']
    : isSubNamed(cls, 'NameError') || isSubNamed(cls, 'AttributeError') ? ['name', 'obj'] : [];
  for (let i = 0; i < kwnames.length; i++) {
    const k = kwnames[i];
    if (!allowed.includes(k)) throw typeError(`${cls.name}() takes no keyword arguments`);
    e.dict.set(k, args[npos + i]);
  }
  return args.slice(0, npos);
}

function isSubNamed(cls: PyClass, name: string): boolean {
  return cls.mro.some((c) => c.builtin && c.name === name);
}

const OS_SUBCLASS_BY_ERRNO: Record<number, PyClass> = {
  2: FileNotFoundErrorType,
  13: PermissionErrorType,
  17: FileExistsErrorType,
  20: NotADirectoryErrorType,
  21: IsADirectoryErrorType,
  110: TimeoutErrorType,
};

/** BaseException.__new__: the instance with its args (OSError(errno, ...) picks the matching subclass). */
function newException(cls: PyClass, pos: Value[]): PyBaseException {
  if (cls === OSErrorType && pos.length >= 2 && typeof pos[0] === 'number' && OS_SUBCLASS_BY_ERRNO[pos[0]]) {
    cls = OS_SUBCLASS_BY_ERRNO[pos[0]];
  }
  return new PyBaseException(cls, tuple(pos));
}

/** BaseException.__init__: args, keyword attributes and the class-specific attributes. */
function initException(e: PyBaseException, args: Value[], kwnames: string[] | null): void {
  const rest = exceptionKeywords(e.cls, e, args, kwnames);
  if (rest !== args || e.args.items.length !== rest.length) e.args = tuple(rest);
  initSpecialAttrs(e, rest);
}

// Each builtin exception type has its own __new__ (as in CPython), so
// `ValueError.__new__(KeyError)` is refused like any unrelated type.
for (const t of exceptionTypes.values()) {
  const newFn = new PyStaticMethod(new PyBuiltin('__new__', (_rt, args, kwnames) => {
    const cls = newTarget(args, kwnames, t);
    const nkw = kwnames === null ? 0 : kwnames.length;
    return newException(cls, args.slice(1, args.length - nkw));
  }));
  t.dict.set('__new__', newFn);
  quickNewAliases.add(newFn);
}

/** `SomeError(*args)` without dispatching through __new__ and __init__ (same result). */
function constructException(_rt: Runtime, cls: PyClass, args: Value[], kwnames: string[] | null): PyBaseException {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const e = newException(cls, nkw === 0 ? args : args.slice(0, args.length - nkw));
  initException(e, args, kwnames);
  return e;
}
BaseExceptionType.quickNew = constructException;
for (const t of exceptionTypes.values()) t.construct = constructException;

defineMethods(BaseExceptionType, {
  __init__(_rt, args, kwnames) {
    const e = exc(args[0]);
    const rest = exceptionKeywords(e.cls, e, args.slice(1), kwnames);
    e.args = tuple(rest);
    initSpecialAttrs(e, rest);
    return None;
  },
  __str__(rt, args) {
    return exceptionStr(rt, exc(args[0]));
  },
  __repr__(rt, args) {
    return builtinRepr(rt, args[0]);
  },
  with_traceback(_rt, args, kwnames) {
    expectArgs('BaseException.with_traceback', args, kwnames, 1);
    return args[0];
  },
  add_note(rt, args, kwnames) {
    expectArgs('BaseException.add_note', args, kwnames, 1);
    const e = exc(args[0]);
    const note = args[1];
    if (typeof note !== 'string') throw typeError(`note must be a str, not '${typeName(note)}'`);
    let notes = e.dict.get('__notes__');
    if (!(notes instanceof PyList)) {
      notes = new PyList([]);
      e.dict.set('__notes__', notes);
    }
    (notes as PyList).items.push(note);
    void rt;
    return None;
  },
}, { checkArity: true });

BaseExceptionType.dict.set('args', new PyGetSet('args', (_rt, s) => exc(s).args, (rt, s, v) => {
  if (v === undefined) throw typeError('args may not be deleted');
  exc(s).args = v instanceof PyTuple ? v : tuple(toArray(rt, v));
}));
BaseExceptionType.dict.set('__cause__', new PyGetSet('__cause__', (_rt, s) => exc(s).cause, (_rt, s, v) => {
  if (v !== None && !(v instanceof PyBaseException)) throw typeError('exception cause must be None or derive from BaseException');
  exc(s).cause = v ?? None;
  exc(s).suppressContext = true;
}));
BaseExceptionType.dict.set('__context__', new PyGetSet('__context__', (_rt, s) => exc(s).context, (_rt, s, v) => {
  if (v !== None && !(v instanceof PyBaseException)) throw typeError('exception context must be None or derive from BaseException');
  exc(s).context = v ?? None;
}));
BaseExceptionType.dict.set('__suppress_context__', new PyGetSet('__suppress_context__', (_rt, s) => exc(s).suppressContext, (_rt, s, v) => {
  exc(s).suppressContext = v === true;
}));
BaseExceptionType.dict.set('__traceback__', new PyGetSet('__traceback__', (rt, s) => {
  const e = exc(s);
  return e.traceback.length > 0 || rt.handling.includes(e) ? tracebackOf(e, 0) : None;
}, () => undefined));

/** Attributes CPython derives from the constructor arguments. */
function initSpecialAttrs(e: PyBaseException, args: Value[]): void {
  const cls = e.cls;
  if (cls.isSubclassOf(StopIterationType)) e.dict.set('value', args.length > 0 ? args[0] : None);
  else if (cls.isSubclassOf(SystemExitType)) e.dict.set('code', args.length === 0 ? None : args.length === 1 ? args[0] : tuple(args));
  else if (cls.isSubclassOf(OSErrorType)) {
    const two = args.length >= 2 && args.length <= 5;
    e.dict.set('errno', two ? args[0] : None);
    e.dict.set('strerror', two ? args[1] : None);
    e.dict.set('filename', two && args.length >= 3 ? args[2] : None);
    e.dict.set('filename2', two && args.length >= 5 ? args[4] : None);
  } else if (cls.isSubclassOf(ImportErrorType)) {
    if (!e.dict.has('name')) e.dict.set('name', None);
    if (!e.dict.has('path')) e.dict.set('path', None);
    e.dict.set('msg', args.length === 1 ? args[0] : None);
  } else if (cls.isSubclassOf(UnicodeDecodeErrorType) || cls.isSubclassOf(UnicodeEncodeErrorType)) {
    if (args.length === 5) {
      e.dict.set('encoding', args[0]);
      e.dict.set('object', args[1]);
      e.dict.set('start', args[2]);
      e.dict.set('end', args[3]);
      e.dict.set('reason', args[4]);
    }
  }
}

// Exceptions created by the runtime (not through __init__) still need these attributes.
for (const name of ['value', 'code', 'errno', 'strerror', 'filename', 'filename2', 'msg', 'path']) {
  const owner = name === 'value' ? StopIterationType : name === 'code' ? SystemExitType
    : name === 'msg' || name === 'path' ? ImportErrorType : OSErrorType;
  owner.dict.set(name, new PyGetSet(name, (_rt, s) => {
    const e = exc(s);
    const own = e.dict.get(name);
    if (own !== undefined) return own;
    const a = e.args.items;
    if (name === 'value') return a.length > 0 ? a[0] : None;
    if (name === 'code') return a.length === 0 ? None : a.length === 1 ? a[0] : e.args;
    if (owner === OSErrorType && a.length >= 2) {
      if (name === 'errno') return a[0];
      if (name === 'strerror') return a[1];
      if (name === 'filename') return a.length >= 3 ? a[2] : None;
    }
    return None;
  }, (_rt, s, v) => {
    exc(s).dict.set(name, v === undefined ? None : v);
  }));
}

defineMethods(OSErrorType, {
  __str__(rt, args) {
    const e = exc(args[0]);
    const a = e.args.items;
    if (a.length >= 2 && a.length <= 5) {
      const base = `[Errno ${str(rt, a[0])}] ${str(rt, a[1])}`;
      if (a.length >= 5 && a[2] !== None && a[4] !== None) return `${base}: ${repr(rt, a[2])} -> ${repr(rt, a[4])}`;
      if (a.length >= 3 && a[2] !== None) return `${base}: ${repr(rt, a[2])}`;
      return base;
    }
    return exceptionStr(rt, e);
  },
}, { checkArity: true });

defineMethods(UnicodeDecodeErrorType, {
  __str__(rt, args) {
    return unicodeErrorStr(rt, exc(args[0]), 'decode');
  },
}, { checkArity: true });
defineMethods(UnicodeEncodeErrorType, {
  __str__(rt, args) {
    return unicodeErrorStr(rt, exc(args[0]), 'encode');
  },
}, { checkArity: true });

function unicodeErrorStr(rt: Runtime, e: PyBaseException, what: 'encode' | 'decode'): string {
  const a = e.args.items;
  if (a.length !== 5) return exceptionStr(rt, e);
  const [encoding, object, start, end, reason] = a;
  if (typeof start !== 'number' || typeof end !== 'number') return exceptionStr(rt, e);
  if (what === 'decode') {
    const bytes = (object as { b?: Uint8Array }).b;
    if (bytes !== undefined && end === start + 1 && start < bytes.length) {
      return `'${str(rt, encoding)}' codec can't decode byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}: ${str(rt, reason)}`;
    }
    return `'${str(rt, encoding)}' codec can't decode bytes in position ${start}-${end - 1}: ${str(rt, reason)}`;
  }
  const s = typeof object === 'string' ? Array.from(object) : [];
  if (end === start + 1 && start < s.length) {
    const cp = s[start].codePointAt(0)!;
    const esc = cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
    return `'${str(rt, encoding)}' codec can't encode character '${esc}' in position ${start}: ${str(rt, reason)}`;
  }
  return `'${str(rt, encoding)}' codec can't encode characters in position ${start}-${end - 1}: ${str(rt, reason)}`;
}

/** Builtin exception classes available as names in scripts. */
export function builtinExceptionClasses(): Map<string, PyClass> {
  const out = new Map(exceptionTypes);
  out.set('EnvironmentError', OSErrorType);
  out.set('IOError', OSErrorType);
  return out;
}

export function installExceptionMethods(): void {}
