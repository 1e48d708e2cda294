/**
 * Call compilation. Positional calls are specialized by arity; `obj.m(...)`
 * calls look the method up without allocating a bound method; keyword names
 * are a constant array per call site (vectorcall); `*args`/`**kwargs` build
 * the argument vector at run time; zero-argument `super()` reads the
 * `__class__` cell and the first argument.
 */
import type * as A from '../ast.js';
import type { Value } from '../runtime/object.js';
import { SuperType } from '../runtime/types.js';
import { typeError, runtimeError } from '../runtime/exceptions.js';
import { PyDict } from '../runtime/dict.js';
import { callFunction, callMethod, callValue, execute, executeOrRaising, frameLocals } from '../runtime/call.js';
import { PyClass, PyInstance, PyObject } from '../runtime/object.js';
import { BoolType, IntType, StrType } from '../runtime/types.js';
import { PyBaseException } from '../runtime/exceptions.js';
import { PyBuiltin, PyFunction, type NativeFn } from '../runtime/function.js';
import { PySuper, superLookup } from '../runtime/super.js';
import { PyModuleLike } from '../runtime/attrs.js';
import { iterate } from '../runtime/iter.js';
import { makeSuper } from '../runtime/super.js';
import { typeName } from '../runtime/ops.js';
import type { Frame } from '../runtime/runtime.js';
import { Ctx, type E } from './context.js';
import { compileExpr } from './expr.js';
import { loadBuiltin, mergeMapping } from './support.js';

export function compileCall(ctx: Ctx, e: A.Call): E {
  const dynamic = e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null);
  const seen = new Set<string>();
  for (const k of e.keywords) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) throw ctx.syntaxError(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
  if (dynamic) return compileDynamicCall(ctx, e);
  if (e.func.kind === 'Name' && e.func.id === 'super' && e.args.length === 0 && e.keywords.length === 0) {
    const zeroArg = compileZeroArgSuper(ctx, e);
    if (zeroArg !== null) return zeroArg;
  }
  const args = e.args.map((a) => compileExpr(ctx, a));
  const kwnames = e.keywords.length > 0 ? e.keywords.map((k) => k.arg as string) : null;
  const kwvalues = e.keywords.map((k) => compileExpr(ctx, k.value));
  const all = args.concat(kwvalues);
  if (e.func.kind === 'Attribute') return compileMethodCall(compileExpr(ctx, e.func.value), e.func.attr, all, kwnames);
  const fn = compileCallee(ctx, e.func);
  // Plain functions with matching arity skip the generic dispatch: the argument
  // array becomes the frame's locals directly.
  switch (kwnames === null ? all.length : -1) {
    case 0:
      return (f) => {
        const c = fn(f);
        if (c instanceof PyFunction) {
          const code = c.code;
          if (code.directArgc === 0) return execute(f.rt, c, code, []);
          if (code.plainArgc === 0) return execute(f.rt, c, code, frameLocals(code.nlocals, undefined, undefined, undefined));
        }
        return callValue(f.rt, c, [], null);
      };
    case 1: {
      const [a] = all;
      return (f) => {
        const c = fn(f);
        const x = a(f);
        if (c instanceof PyFunction) {
          const code = c.code;
          if (code.directArgc === 1) return execute(f.rt, c, code, [x]);
          if (code.plainArgc === 1) return execute(f.rt, c, code, frameLocals(code.nlocals, x, undefined, undefined));
        }
        return callValue(f.rt, c, [x], null);
      };
    }
    case 2: {
      const [a, b] = all;
      return (f) => {
        const c = fn(f);
        const x = a(f);
        const y = b(f);
        if (c instanceof PyFunction) {
          const code = c.code;
          if (code.directArgc === 2) return execute(f.rt, c, code, [x, y]);
          if (code.plainArgc === 2) return execute(f.rt, c, code, frameLocals(code.nlocals, x, y, undefined));
        }
        return callValue(f.rt, c, [x, y], null);
      };
    }
    case 3: {
      const [a, b, d] = all;
      return (f) => {
        const c = fn(f);
        const x = a(f);
        const y = b(f);
        const z = d(f);
        if (c instanceof PyFunction) {
          const code = c.code;
          if (code.directArgc === 3) return execute(f.rt, c, code, [x, y, z]);
          if (code.plainArgc === 3) return execute(f.rt, c, code, frameLocals(code.nlocals, x, y, z));
        }
        return callValue(f.rt, c, [x, y, z], null);
      };
    }
    default:
      return (f) => {
        const c = fn(f);
        const vals = new Array(all.length);
        for (let i = 0; i < all.length; i++) vals[i] = all[i](f);
        return callValue(f.rt, c, vals, kwnames);
      };
  }
}

/** The callee expression; a global name is read inline (the usual case: module-level functions). */
function compileCallee(ctx: Ctx, func: A.Expr): E {
  if (func.kind === 'Name') {
    const b = ctx.scope.lookup(func.id);
    if (b.kind === 'global') {
      const gi = ctx.globalIndex(func.id);
      return (f) => {
        const cell = f.g[gi];
        const v = cell.v;
        if (v !== undefined) return v;
        const cached = cell.builtin;
        return cached !== undefined ? cached : loadBuiltin(f, gi);
      };
    }
  }
  return compileExpr(ctx, func);
}

/**
 * The receiver's type when a method found on it is certain to be the one
 * called: builtin values without instance attributes (str, int, list, dict,
 * iterators...). Classes, modules, super objects and exceptions are excluded.
 */
function builtinReceiverType(o: Value): PyClass | null {
  switch (typeof o) {
    case 'string':
      return StrType;
    case 'number':
    case 'bigint':
      return IntType;
    case 'boolean':
      return BoolType;
  }
  const c = (o as PyObject).cls;
  if (!c.builtin || o instanceof PyClass || o instanceof PySuper || o instanceof PyModuleLike || o instanceof PyBaseException) return null;
  if ((o as { dict?: unknown }).dict !== undefined) return null;
  return c;
}

/** Per-call-site cache of the last receiver type and the method it resolved to. */
export class MethodCache {
  type: PyClass | null = null;
  native: NativeFn | null = null;
  version = -1;
  fn: PyFunction | null = null;
}

/**
 * The rest of a method call site (after its inline builtin-receiver paths):
 * an instance of the user class the site's cache holds, whose method is a
 * plain Python function taking these arguments, is run directly and returns
 * RAISING when the method raised (see executeOrRaising); anything else goes
 * through cachedCall.
 */
export function methodCall(f: Frame, o: Value, name: string, args: Value[], kwnames: string[] | null, cache: MethodCache): Value {
  if (kwnames === null && o instanceof PyInstance) {
    const cls = o.cls;
    const fn = cache.fn;
    if (cls === cache.type && fn !== null && cls.version === cache.version && !o.dict.has(name)) {
      const code = fn.code;
      const n = args.length;
      if (code.directArgc === n) return executeOrRaising(f.rt, fn, code, args);
      if (code.plainArgc === n && n <= 3) return executeOrRaising(f.rt, fn, code, frameLocals(code.nlocals, args[0], args[1], args[2]));
    }
  } else if (kwnames === null && o instanceof PySuper && o.obj !== o.objType) {
    // `super().method(...)` in a method: the function found after the current class, with the instance as self.
    const m = superLookup(o, name);
    if (m instanceof PyFunction && m.code.directArgc === args.length) {
      args[0] = o.obj;
      return executeOrRaising(f.rt, m, m.code, args);
    }
  }
  return cachedCall(f, o, name, args, kwnames, cache);
}

export function cachedCall(f: Frame, o: Value, name: string, args: Value[], kwnames: string[] | null, cache: MethodCache): Value {
  const rt = f.rt;
  if (o instanceof PyInstance) {
    const cls = o.cls;
    if (cls === cache.type && cls.version === cache.version && !o.dict.has(name)) return callFunction(rt, cache.fn!, args, kwnames);
    const m = cls.lookup(name);
    if (m instanceof PyFunction && !cls.hasGetattribute) {
      cache.type = cls;
      cache.version = cls.version;
      cache.fn = m;
      cache.native = null;
      // A site whose receivers alternate between classes lands here each time: call without looking up again.
      if (!o.dict.has(name)) return callFunction(rt, m, args, kwnames);
    }
    return callMethod(rt, o, name, args, kwnames);
  }
  const t = builtinReceiverType(o);
  if (t !== null) {
    if (t === cache.type && cache.native !== null) return cache.native(rt, args, kwnames);
    const m = t.lookup(name);
    if (m instanceof PyBuiltin && m.objclass !== null) {
      // Builtin types never change, so this entry stays valid.
      cache.type = t;
      cache.native = m.fn;
      cache.fn = null;
      return m.fn(rt, args, kwnames);
    }
  }
  return callMethod(rt, o, name, args, kwnames);
}

function compileMethodCall(obj: E, name: string, all: E[], kwnames: string[] | null): E {
  const cache = new MethodCache();
  switch (all.length) {
    case 0:
      return (f) => {
        const o = obj(f);
        return cachedCall(f, o, name, [o], kwnames, cache);
      };
    case 1: {
      const [a] = all;
      return (f) => {
        const o = obj(f);
        return cachedCall(f, o, name, [o, a(f)], kwnames, cache);
      };
    }
    case 2: {
      const [a, b] = all;
      return (f) => {
        const o = obj(f);
        const x = a(f);
        return cachedCall(f, o, name, [o, x, b(f)], kwnames, cache);
      };
    }
    default:
      return (f) => {
        const o = obj(f);
        const vals = new Array(all.length + 1);
        vals[0] = o;
        for (let i = 0; i < all.length; i++) vals[i + 1] = all[i](f);
        return cachedCall(f, o, name, vals, kwnames, cache);
      };
  }
}

/** Calls with `*iterable` or `**mapping`: build (args, kwnames) at run time. */
function compileDynamicCall(ctx: Ctx, e: A.Call): E {
  const isMethod = e.func.kind === 'Attribute';
  const obj = isMethod ? compileExpr(ctx, (e.func as A.Attribute).value) : null;
  const fnExpr = isMethod ? null : compileExpr(ctx, e.func);
  const attr = isMethod ? (e.func as A.Attribute).attr : '';
  const pos = e.args.map((a) => (a.kind === 'Starred'
    ? { star: true, fn: compileExpr(ctx, a.value) }
    : { star: false, fn: compileExpr(ctx, a) }));
  const kws = e.keywords.map((k) => ({ name: k.arg, fn: compileExpr(ctx, k.value) }));
  const fnLabel = e.func.kind === 'Name' ? e.func.id : e.func.kind === 'Attribute' ? e.func.attr : 'function';
  return (f: Frame) => {
    const rt = f.rt;
    let callee: Value;
    let self: Value;
    if (obj !== null) {
      self = obj(f);
      callee = undefined;
    } else {
      callee = fnExpr!(f);
    }
    const args: Value[] = [];
    for (const p of pos) {
      if (!p.star) {
        args.push(p.fn(f));
        continue;
      }
      const v = p.fn(f);
      try {
        iterate(rt, v, (x) => {
          args.push(x);
        });
      } catch (err) {
        if (isNotIterable(err, v)) {
          throw typeError(`${calleeName(callee, fnLabel)}() argument after * must be an iterable, not ${typeName(v)}`);
        }
        throw err;
      }
    }
    let kwnames: string[] | null = null;
    if (kws.length > 0) {
      const collected = new PyDict();
      for (const k of kws) {
        if (k.name !== null) {
          if (collected.map.has(k.name)) {
            throw typeError(`${calleeName(callee, fnLabel)}() got multiple values for keyword argument '${k.name}'`);
          }
          collected.map.set(k.name, k.fn(f));
          continue;
        }
        const m = k.fn(f);
        if (!(m instanceof PyDict) && (typeof m !== 'object' || m.cls.lookup('keys') === undefined)) {
          throw typeError(`${calleeName(callee, fnLabel)}() argument after ** must be a mapping, not ${typeName(m)}`);
        }
        mergeMapping(rt, collected, m, calleeName(callee, fnLabel));
      }
      kwnames = [];
      for (const [key, value] of collected.map) {
        if (typeof key !== 'string') throw typeError('keywords must be strings');
        kwnames.push(key);
        args.push(value);
      }
    }
    if (obj !== null) {
      args.unshift(self);
      return callMethod(rt, self, attr, args, kwnames);
    }
    return callValue(rt, callee, args, kwnames);
  };
}

/** How CPython names a callee in argument errors (`__main__.f` for script functions). */
function calleeName(callee: Value, fallback: string): string {
  if (callee instanceof PyFunction) {
    return typeof callee.module === 'string' && callee.module !== 'builtins' ? `${callee.module}.${callee.qualname}` : callee.qualname;
  }
  if (callee && typeof callee === 'object' && 'qualname' in callee) return String((callee as { qualname: string }).qualname);
  return fallback;
}

function isNotIterable(err: unknown, v: Value): boolean {
  const e = err as { cls?: { name: string }; args?: { items: Value[] } };
  return e?.cls?.name === 'TypeError' && e.args?.items[0] === `'${typeName(v)}' object is not iterable`;
}

/** `super()` inside a method: uses the `__class__` cell and the first parameter. */
function compileZeroArgSuper(ctx: Ctx, e: A.Call): E | null {
  const scope = ctx.scope;
  const classBinding = scope.lookup('__class__');
  const fnExpr = compileExpr(ctx, e.func);
  if (classBinding.kind !== 'cell' || scope.kind !== 'function') {
    return (f) => {
      const fn = fnExpr(f);
      if (fn === SuperType) throw runtimeError('super(): no arguments');
      return callValue(f.rt, fn, [], null);
    };
  }
  const classSlot = classBinding.slot;
  if (scope.params.length === 0) {
    return (f) => {
      const fn = fnExpr(f);
      if (fn === SuperType) throw runtimeError('super(): no arguments');
      return callValue(f.rt, fn, [], null);
    };
  }
  const first = scope.lookup(scope.params[0]);
  const firstSlot = (first as { slot: number }).slot;
  const firstIsCell = first.kind === 'cell';
  return (f) => {
    const fn = fnExpr(f);
    if (fn !== SuperType) return callValue(f.rt, fn, [], null);
    const cls = f.locals[classSlot].v;
    if (cls === undefined) throw runtimeError('super(): empty __class__ cell');
    const self = firstIsCell ? f.locals[firstSlot].v : f.locals[firstSlot];
    if (self === undefined) throw runtimeError('super(): arg[0] deleted');
    return makeSuper(f.rt, cls, self);
  };
}
