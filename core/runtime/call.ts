/**
 * Calling anything: user functions (binding arguments to slots with CPython's
 * error messages), native functions, bound methods, classes and objects with
 * `__call__`. `callValue` takes ownership of `args` (it may become the new
 * frame's locals), so callers always pass a fresh array.
 */
import { Cell, PyBoxed, PyClass, PyInstance, PyObject, type Value } from './object.js';
import { None, ObjectType, TypeType } from './types.js';
import { PyBaseException, typeError } from './exceptions.js';
import { Code, PyBoundMethod, PyBuiltin, PyFunction, PyStaticMethod } from './function.js';
import { EMPTY_TUPLE, tuple } from './values.js';
import { PyDict } from './dict.js';
import { Frame, RAISED, type Runtime } from './runtime.js';
import { lookupSpecial, typeName, typeOf, isInstance } from './ops.js';
import { getAttr, instanceDictOf } from './attrs.js';
import { PySuper, superLookup } from './super.js';
import { PyGenerator } from './generator.js';

export function callValue(rt: Runtime, callee: Value, args: Value[], kwnames: string[] | null): Value {
  if (callee instanceof PyFunction) return callFunction(rt, callee, args, kwnames);
  if (callee instanceof PyBuiltin) return callBuiltin(rt, callee, args, kwnames);
  if (callee instanceof PyBoundMethod) {
    args.unshift(callee.self);
    return callValue(rt, callee.func, args, kwnames);
  }
  if (callee instanceof PyClass) {
    // A metaclass overriding __call__ (singletons, Enum's `Color(1)` lookup) decides what calling the class does.
    const meta = callee.cls;
    if (meta !== undefined && !meta.builtin) {
      const metaCall = meta.lookup('__call__');
      if (metaCall !== undefined && metaCall !== TypeType.dict.get('__call__')) {
        // A class is no descriptor: `__call__ = dict` (TypedDict) is called without the class.
        if (metaCall instanceof PyClass) return callValue(rt, metaCall, args, kwnames);
        args.unshift(callee);
        return callValue(rt, metaCall, args, kwnames);
      }
    }
    return callClass(rt, callee, args, kwnames);
  }
  const call = lookupSpecial(callee, '__call__');
  if (call === undefined || call === None) throw typeError(`'${typeName(callee)}' object is not callable`);
  args.unshift(callee);
  return callValue(rt, call, args, kwnames);
}

/** Calls a native function; method descriptors check (and unbox) their `self`. */
export function callBuiltin(rt: Runtime, fn: PyBuiltin, args: Value[], kwnames: string[] | null): Value {
  const owner = fn.objclass;
  if (owner !== null) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw < 1) throw typeError(`unbound method ${owner.name}.${fn.name}() needs an argument`);
    const self = args[0];
    if (!isInstance(self, owner)) {
      throw typeError(`descriptor '${fn.name}' for '${owner.name}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    if (self instanceof PyBoxed) args[0] = self.value;
  }
  return fn.fn(rt, args, kwnames);
}

export function callFunction(rt: Runtime, fn: PyFunction, args: Value[], kwnames: string[] | null): Value {
  const code = fn.code;
  if (kwnames === null && args.length === code.fastArgc) {
    if (code.needsPrepare) {
      // Only empty slots to add: a right-sized array instead of growing this one.
      if (code.plainArgc === args.length && args.length <= 3) return execute(rt, fn, code, frameLocals(code.nlocals, args[0], args[1], args[2]));
      prepareLocals(code, fn, args);
    }
    return code.isGenerator ? makeGenerator(rt, fn, args) : execute(rt, fn, code, args);
  }
  const locals = bindArguments(fn, args, kwnames);
  prepareLocals(code, fn, locals);
  return code.isGenerator ? makeGenerator(rt, fn, locals) : execute(rt, fn, code, locals);
}

/** Runs a function whose parameters are already in `locals` (cells not yet prepared). */
export function runFunction(rt: Runtime, fn: PyFunction, locals: Value[]): Value {
  prepareLocals(fn.code, fn, locals);
  return fn.code.isGenerator ? makeGenerator(rt, fn, locals) : execute(rt, fn, fn.code, locals);
}

function makeGenerator(rt: Runtime, fn: PyFunction, locals: Value[]): PyGenerator {
  const code = fn.code;
  const f = new Frame(rt, code, fn.globals, locals, fn, fn.namespace);
  return new PyGenerator(f, code.genBody!(f), fn.name, fn.qualname);
}

/** The hot path of every Python call: frame, depth accounting, traceback entry on error. */
export function execute(rt: Runtime, fn: PyFunction, code: Code, locals: Value[]): Value {
  const r = executeOrRaising(rt, fn, code, locals);
  if (r === RAISING) throw rt.takeRaised();
  return r;
}

/**
 * What generated call sites use instead of `execute`: when the body raised,
 * returns RAISING (the exception is in `rt.raised`) rather than throwing, so
 * the site can hand it to its own handler or return it to its caller without
 * a JS throw (each costs V8 a message object and an unwinding).
 */
export function executeOrRaising(rt: Runtime, fn: PyFunction, code: Code, locals: Value[]): Value {
  const f = new Frame(rt, code, fn.globals, locals, fn, fn.namespace);
  // No try/catch: an exception leaves this frame on the stack for the catch site (see Runtime.caughtIn).
  const sp = rt.sp;
  if (sp + rt.depth >= rt.maxDepth) rt.tooDeep();
  f.index = sp;
  rt.stack[sp] = f;
  rt.sp = sp + 1;
  if (code.body(f) === RAISED) return RAISING;
  rt.sp = sp;
  return f.ret;
}

/** Returned by executeOrRaising for a raised exception; never a script value. */
export const RAISING: Value = Object.freeze({ raising: true });

/**
 * A frame's locals: up to three arguments (`undefined` for absent ones)
 * followed by empty slots, `n` in all. Array literals of the final size keep
 * the array packed and avoid growing it slot by slot.
 */
export function frameLocals(n: number, a: Value, b: Value, c: Value): Value[] {
  switch (n) {
    case 0: return [];
    case 1: return [a];
    case 2: return [a, b];
    case 3: return [a, b, c];
    case 4: return [a, b, c, undefined];
    case 5: return [a, b, c, undefined, undefined];
    case 6: return [a, b, c, undefined, undefined, undefined];
    case 7: return [a, b, c, undefined, undefined, undefined, undefined];
    case 8: return [a, b, c, undefined, undefined, undefined, undefined, undefined];
    case 9: return [a, b, c, undefined, undefined, undefined, undefined, undefined, undefined];
    case 10: return [a, b, c, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
    default: {
      const locals: Value[] = [a, b, c, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
      for (let i = 10; i < n; i++) locals.push(undefined);
      return locals;
    }
  }
}

/** Wraps captured parameters into cells, creates cell locals, installs the closure, sizes the slots. */
function prepareLocals(code: Code, fn: PyFunction, locals: Value[]): void {
  const cp = code.cellParams;
  for (let i = 0; i < cp.length; i++) locals[cp[i]] = new Cell(locals[cp[i]], code.paramNames[cp[i]]);
  for (let i = locals.length; i < code.nlocals; i++) locals.push(undefined);
  const cl = code.cellLocals;
  for (let i = 0; i < cl.length; i++) locals[cl[i]] = new Cell(undefined, '');
  const closure = fn.closure;
  if (closure !== null) {
    const fs = code.freeSlots;
    for (let i = 0; i < fs.length; i++) locals[fs[i]] = closure[i];
  }
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Binds call arguments to parameter slots like CPython, with its error messages. */
export function bindArguments(fn: PyFunction, args: Value[], kwnames: string[] | null): Value[] {
  const code = fn.code;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argCount = code.argCount;
  const kwonlyCount = code.kwonlyCount;
  const locals: Value[] = new Array(code.nlocals);
  const name = fn.qualname;
  let slot = argCount + kwonlyCount;

  const n = npos < argCount ? npos : argCount;
  for (let i = 0; i < n; i++) locals[i] = args[i];
  if (code.hasVarargs) {
    locals[slot++] = npos > argCount ? tuple(args.slice(argCount, npos)) : EMPTY_TUPLE;
  } else if (npos > argCount) {
    throw tooManyPositional(fn, npos, args, kwnames);
  }
  let kwargs: PyDict | null = null;
  if (code.hasKwargs) {
    kwargs = new PyDict();
    locals[slot] = kwargs;
  }
  if (nkw > 0) {
    const posonlyAsKw: string[] = [];
    for (let k = 0; k < nkw; k++) {
      const kw = kwnames![k];
      const value = args[npos + k];
      const idx = code.paramNames.indexOf(kw);
      if (idx >= code.posonlyCount && idx < argCount + kwonlyCount) {
        if (locals[idx] !== undefined) throw typeError(`${name}() got multiple values for argument '${kw}'`);
        locals[idx] = value;
      } else if (kwargs !== null) {
        // Keyword names are strings here, so the dict fast path applies (no runtime needed).
        kwargs.map.set(kw, value);
        kwargs.version++;
      } else if (idx >= 0 && idx < code.posonlyCount) {
        posonlyAsKw.push(kw);
      } else {
        throw typeError(`${name}() got an unexpected keyword argument '${kw}'`);
      }
    }
    if (posonlyAsKw.length > 0) {
      throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
    }
  }
  if (npos < argCount) {
    const defaults = fn.defaults;
    const firstDefault = argCount - defaults.length;
    let missing: string[] | null = null;
    for (let i = npos; i < argCount; i++) {
      if (locals[i] !== undefined) continue;
      if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
      else (missing ??= []).push(code.paramNames[i]);
    }
    if (missing !== null) {
      throw typeError(`${name}() missing ${plural(missing.length, 'required positional argument')}: ${listNames(missing)}`);
    }
  }
  if (kwonlyCount > 0) {
    let missing: string[] | null = null;
    for (let i = argCount; i < argCount + kwonlyCount; i++) {
      if (locals[i] !== undefined) continue;
      const d = fn.kwdefaults?.get(code.paramNames[i]);
      if (d !== undefined) locals[i] = d;
      else (missing ??= []).push(code.paramNames[i]);
    }
    if (missing !== null) {
      throw typeError(`${name}() missing ${plural(missing.length, 'required keyword-only argument')}: ${listNames(missing)}`);
    }
  }
  return locals;
}

function tooManyPositional(fn: PyFunction, npos: number, args: Value[], kwnames: string[] | null): PyBaseException {
  const code = fn.code;
  const argCount = code.argCount;
  const minArgs = argCount - fn.defaults.length;
  const takes = minArgs < argCount ? `from ${minArgs} to ${argCount} positional arguments` : plural(argCount, 'positional argument');
  let kwonlyGiven = 0;
  if (kwnames !== null) {
    for (const kw of kwnames) {
      const idx = code.paramNames.indexOf(kw);
      if (idx >= argCount && idx < argCount + code.kwonlyCount) kwonlyGiven++;
    }
  }
  const given = kwonlyGiven > 0
    ? `${plural(npos, 'positional argument')} (and ${plural(kwonlyGiven, 'keyword-only argument')}) were given`
    : `${npos} ${npos === 1 ? 'was' : 'were'} given`;
  void args;
  return typeError(`${fn.qualname}() takes ${takes} but ${given}`);
}

// -------------------------------------------------------------------- classes

/** `__new__` entries of builtin subtypes that behave exactly like their layout's `__new__` (ValueError.__new__). */
export const quickNewAliases = new WeakSet<object>();
let objectNewFn: Value;
/** Estimated bytes of an instance with a small attribute dict. */
const INSTANCE_BYTES = 96;
let objectInitFn: Value;

/**
 * `cls(*args, **kwargs)`, as CPython's `type.__call__`: `__new__`, then
 * `__init__` when the result is an instance of `cls`. Exact builtin types use
 * their native constructor; plain classes skip the `object.__new__` call.
 */
export function callClass(rt: Runtime, cls: PyClass, args: Value[], kwnames: string[] | null): Value {
  if (cls.construct !== null) return cls.construct(rt, cls, args, kwnames);
  if (cls.plainInitVersion === cls.version) return newPlainInstance(rt, cls, cls.plainInit, args, kwnames);
  objectNewFn ??= ObjectType.dict.get('__new__');
  objectInitFn ??= ObjectType.dict.get('__init__');
  const newFn = cls.lookup('__new__');
  const init = cls.lookup('__init__');
  const layout = cls.layout;
  if (layout.quickNew !== null && (newFn === layout.dict.get('__new__') || quickNewAliases.has(newFn as object)) && init === layout.dict.get('__init__')) {
    return layout.quickNew(rt, cls, args, kwnames);
  }
  let obj: Value;
  if (newFn === objectNewFn && layout === ObjectType) {
    if (init instanceof PyFunction) {
      cls.plainInit = init;
      cls.plainInitVersion = cls.version;
      return newPlainInstance(rt, cls, init, args, kwnames);
    }
    rt.allocate(INSTANCE_BYTES);
    if (init === objectInitFn) {
      if (args.length > 0) throw typeError(`${cls.name}() takes no arguments`);
      return new PyInstance(cls);
    }
    obj = new PyInstance(cls);
  } else {
    const fn = newFn instanceof PyStaticMethod ? newFn.func : newFn;
    obj = callValue(rt, fn, [cls, ...args], kwnames);
    if (!isInstance(obj, cls)) return obj;
  }
  if (init === objectInitFn) return obj;
  return initialized(rt, obj, init, args, kwnames);
}

/** A new instance of a class with object's `__new__` and a Python `__init__`. */
function newPlainInstance(rt: Runtime, cls: PyClass, init: PyFunction, args: Value[], kwnames: string[] | null): PyInstance {
  rt.allocate(INSTANCE_BYTES);
  return initialized(rt, new PyInstance(cls), init, args, kwnames);
}

/** Runs `init(obj, *args)`, which must return None; returns `obj`. */
function initialized<T>(rt: Runtime, obj: T, init: Value, args: Value[], kwnames: string[] | null): T {
  const withSelf: Value[] = new Array(args.length + 1);
  withSelf[0] = obj;
  for (let i = 0; i < args.length; i++) withSelf[i + 1] = args[i];
  const r = init instanceof PyFunction ? callFunction(rt, init, withSelf, kwnames) : callValue(rt, init, withSelf, kwnames);
  if (r !== None) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  return obj;
}

/**
 * `o.name(*args)` where `args[0]` is `o`: calls the method found on the type
 * directly when nothing can shadow it, avoiding a bound-method object.
 */
export function callMethod(rt: Runtime, o: Value, name: string, args: Value[], kwnames: string[] | null): Value {
  if (o instanceof PyInstance) {
    const m = o.cls.lookup(name);
    if (m instanceof PyFunction && !o.cls.hasGetattribute && !o.dict.has(name)) return callFunction(rt, m, args, kwnames);
  } else if (o instanceof PySuper) {
    const m = superLookup(o, name);
    if (m instanceof PyFunction && o.obj !== o.objType) {
      args[0] = o.obj;
      return callFunction(rt, m, args, kwnames);
    }
  } else if (typeof o !== 'object' || ((o as PyObject).cls.builtin && !(o instanceof PyClass))) {
    const m = typeOf(o).lookup(name);
    if (m instanceof PyBuiltin && m.objclass !== null) {
      const dict = instanceDictOf(o);
      if (dict === null || !dict.has(name)) return m.fn(rt, args, kwnames);
    }
  }
  args.shift();
  return callValue(rt, getAttr(rt, o, name), args, kwnames);
}
