/**
 * Statement compilation. Every statement closure records its line (for
 * tracebacks) and charges one tick of the budget; loops have fast paths for
 * `range` and lists; try/with follow Python's semantics exactly, and limit
 * errors (which are not Python exceptions) skip `except` and `finally`.
 */
import type * as A from '../ast.js';
import type { Value } from '../runtime/object.js';
import { PyClass } from '../runtime/object.js';
import { ListType, None } from '../runtime/types.js';
import { PyList, PyRange, PyTuple, PyFloat } from '../runtime/values.js';
import {
  AssertionErrorType, BaseExceptionType, PyBaseException, makeExceptionArgs, makeException, runtimeError, typeError,
} from '../runtime/exceptions.js';
import { inplaceOp, type BinOp } from '../runtime/arith.js';
import { callSpecial, truthy, typeOf } from '../runtime/ops.js';
import { getAttr, setAttr } from '../runtime/attrs.js';
import { getItem, setItem } from '../runtime/subscript.js';
import { callValue } from '../runtime/call.js';
import { PyDict } from '../runtime/dict.js';
import { importFrom, importName, importStar } from '../runtime/imports.js';
import { tracebackOf } from '../runtime/union.js';
import type { Frame, Runtime } from '../runtime/runtime.js';
import { BREAK, CONTINUE, Ctx, NORMAL, RETURN, type E, type S, type Store } from './context.js';
import { compileExpr, compileName } from './expr.js';
import { compileDelete, compileStore, compileStoreBinding } from './targets.js';
import { compileClassDef, compileFunctionDef } from './functions.js';
import { compileMatch } from './match.js';
import { compileLoopTarget, forEachElement } from './loops.js';
import { compileBodyToJS } from './codegen.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** Records the line and charges one tick (inlined by V8 at hot sites). */
export function step(f: Frame, line: number): void {
  f.line = line;
  const rt = f.rt;
  if (--rt.ticks < 0) rt.checkpoint();
}

/** A function or module body: one generated JS function when possible (see codegen.ts), else closures. */
export function compileBody(ctx: Ctx, stmts: A.Stmt[], name: string): S {
  return compileBodyToJS(ctx, stmts, name) ?? compileBlock(ctx, stmts);
}

export function compileBlock(ctx: Ctx, stmts: A.Stmt[]): S {
  const parts = stmts.map((s) => compileStmt(ctx, s));
  switch (parts.length) {
    case 0:
      return () => NORMAL;
    case 1:
      return parts[0];
    case 2: {
      const [a, b] = parts;
      return (f) => a(f) || b(f);
    }
    case 3: {
      const [a, b, c] = parts;
      return (f) => a(f) || b(f) || c(f);
    }
    default:
      return (f) => {
        for (let i = 0; i < parts.length; i++) {
          const c = parts[i](f);
          if (c !== NORMAL) return c;
        }
        return NORMAL;
      };
  }
}

export function compileStmt(ctx: Ctx, s: A.Stmt): S {
  const line = s.line;
  switch (s.kind) {
    case 'Expr': {
      const value = compileExpr(ctx, s.value);
      return (f) => {
        step(f, line);
        value(f);
        return NORMAL;
      };
    }
    case 'Assign':
      return compileAssign(ctx, s);
    case 'AugAssign':
      return compileAugAssign(ctx, s);
    case 'AnnAssign':
      return compileAnnAssign(ctx, s);
    case 'Delete': {
      const parts = s.targets.map((t) => compileDelete(ctx, t));
      return (f) => {
        step(f, line);
        for (const p of parts) p(f);
        return NORMAL;
      };
    }
    case 'Pass':
      return (f) => {
        step(f, line);
        return NORMAL;
      };
    case 'Break':
      return (f) => {
        step(f, line);
        return BREAK;
      };
    case 'Continue':
      return (f) => {
        step(f, line);
        return CONTINUE;
      };
    case 'Return': {
      if (s.value === null) {
        return (f) => {
          step(f, line);
          f.ret = None;
          return RETURN;
        };
      }
      const value = compileExpr(ctx, s.value);
      return (f) => {
        step(f, line);
        f.ret = value(f);
        return RETURN;
      };
    }
    case 'Raise':
      return compileRaise(ctx, s);
    case 'Global':
    case 'Nonlocal':
      return () => NORMAL;
    case 'Assert': {
      const test = compileExpr(ctx, s.test);
      const msg = s.msg === null ? null : compileExpr(ctx, s.msg);
      return (f) => {
        step(f, line);
        const t = test(f);
        if (t === true || (t !== false && truthy(f.rt, t))) return NORMAL;
        throw msg === null ? makeException(AssertionErrorType) : makeExceptionArgs(AssertionErrorType, [msg(f)]);
      };
    }
    case 'Import':
      return compileImport(ctx, s);
    case 'ImportFrom':
      return compileImportFrom(ctx, s);
    case 'If':
      return compileIf(ctx, s);
    case 'While':
      return compileWhile(ctx, s);
    case 'For':
      return compileFor(ctx, s);
    case 'Try':
      return compileTry(ctx, s);
    case 'With':
      return compileWith(ctx, s, 0);
    case 'FunctionDef':
      return compileFunctionDef(ctx, s);
    case 'ClassDef':
      return compileClassDef(ctx, s);
    case 'Match':
      return compileMatch(ctx, s);
  }
}

// ---------------------------------------------------------------- assignment

function localSlotOf(ctx: Ctx, t: A.Expr): number {
  if (t.kind !== 'Name') return -1;
  const b = ctx.scope.lookup(t.id);
  return b.kind === 'local' ? b.slot : -1;
}

function compileAssign(ctx: Ctx, s: A.Assign): S {
  const value = compileExpr(ctx, s.value);
  const line = s.line;
  if (s.targets.length === 1) {
    const slot = localSlotOf(ctx, s.targets[0]);
    if (slot >= 0) {
      return (f) => {
        step(f, line);
        f.locals[slot] = value(f);
        return NORMAL;
      };
    }
    const store = compileStore(ctx, s.targets[0]);
    return (f) => {
      step(f, line);
      store(f, value(f));
      return NORMAL;
    };
  }
  const stores = s.targets.map((t) => compileStore(ctx, t));
  return (f) => {
    step(f, line);
    const v = value(f);
    for (let i = 0; i < stores.length; i++) stores[i](f, v);
    return NORMAL;
  };
}

/** `a op b` for augmented assignment, with the int fast paths inline. */
function inplace(op: BinOp): (rt: Runtime, a: Value, b: Value) => Value {
  switch (op) {
    case '+':
      return (rt, a, b) => {
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a + b;
          if (r <= MAX && r >= -MAX) return r;
        } else if (typeof a === 'string' && typeof b === 'string') {
          const n = a.length + b.length;
          if (n > 65536) rt.checkValueSize(n * 2, 'string');
          if ((rt.memoryLeft -= n) < 0) rt.memoryExceeded();
          return a + b;
        }
        return inplaceOp(rt, '+', a, b);
      };
    case '-':
      return (rt, a, b) => {
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a - b;
          if (r <= MAX && r >= -MAX) return r;
        }
        return inplaceOp(rt, '-', a, b);
      };
    default:
      return (rt, a, b) => inplaceOp(rt, op, a, b);
  }
}

function compileAugAssign(ctx: Ctx, s: A.AugAssign): S {
  const value = compileExpr(ctx, s.value);
  const op = inplace(s.op);
  const line = s.line;
  const t = s.target;
  switch (t.kind) {
    case 'Name': {
      const load = compileName(ctx, t.id);
      const slot = localSlotOf(ctx, t);
      if (slot >= 0) {
        return (f) => {
          step(f, line);
          const a = load(f);
          f.locals[slot] = op(f.rt, a, value(f));
          return NORMAL;
        };
      }
      const store = compileStoreBinding(ctx, t.id);
      return (f) => {
        step(f, line);
        const a = load(f);
        store(f, op(f.rt, a, value(f)));
        return NORMAL;
      };
    }
    case 'Attribute': {
      const obj = compileExpr(ctx, t.value);
      const name = t.attr;
      return (f) => {
        step(f, line);
        const o = obj(f);
        const rt = f.rt;
        const a = getAttr(rt, o, name);
        setAttr(rt, o, name, op(rt, a, value(f)));
        return NORMAL;
      };
    }
    case 'Subscript': {
      const obj = compileExpr(ctx, t.value);
      const key = compileExpr(ctx, t.slice);
      return (f) => {
        step(f, line);
        const o = obj(f);
        const k = key(f);
        const rt = f.rt;
        if (typeof k === 'number' && o instanceof PyList && o.cls === ListType) {
          const items = o.items;
          const j = k < 0 ? k + items.length : k;
          if (j >= 0 && j < items.length) {
            items[j] = op(rt, items[j], value(f));
            return NORMAL;
          }
        }
        const a = getItem(rt, o, k);
        setItem(rt, o, k, op(rt, a, value(f)));
        return NORMAL;
      };
    }
    default:
      throw ctx.syntaxError(`'${t.kind === 'Tuple' ? 'tuple' : t.kind === 'List' ? 'list' : 'expression'}' is an illegal expression for augmented assignment`, t);
  }
}

function compileAnnAssign(ctx: Ctx, s: A.AnnAssign): S {
  const line = s.line;
  const inClass = ctx.scope.kind === 'class' && s.simple && s.target.kind === 'Name';
  const annotation = inClass ? compileExpr(ctx, s.annotation) : null;
  const name = s.target.kind === 'Name' ? s.target.id : '';
  const value = s.value === null ? null : compileExpr(ctx, s.value);
  const store = value === null ? null : compileStore(ctx, s.target);
  return (f) => {
    step(f, line);
    if (value !== null) store!(f, value(f));
    if (annotation !== null) {
      // Class bodies keep their annotations (dataclasses and friends read them).
      let ann = f.ns!.get('__annotations__');
      if (!(ann instanceof PyDict)) {
        ann = new PyDict();
        f.ns!.set('__annotations__', ann);
      }
      (ann as PyDict).set(f.rt, name, annotation(f));
    }
    return NORMAL;
  };
}

// ---------------------------------------------------------------- raise

/** Turns a raised value into an exception instance (instantiating classes). */
export function toException(rt: Runtime, v: Value, what: 'raise' | 'cause' = 'raise'): PyBaseException {
  if (v instanceof PyBaseException) return v;
  if (v instanceof PyClass && v.isSubclassOf(BaseExceptionType)) {
    const inst = callValue(rt, v, [], null);
    if (!(inst instanceof PyBaseException)) {
      throw typeError(`calling ${v.name} should have returned an instance of BaseException, not ${typeOf(inst).name}`);
    }
    return inst;
  }
  throw typeError(what === 'raise' ? 'exceptions must derive from BaseException' : 'exception causes must derive from BaseException');
}

function compileRaise(ctx: Ctx, s: A.Raise): S {
  const line = s.line;
  if (s.exc === null) {
    return (f) => {
      step(f, line);
      const h = f.rt.handling;
      if (h.length === 0) throw runtimeError('No active exception to reraise');
      throw h[h.length - 1];
    };
  }
  const exc = compileExpr(ctx, s.exc);
  const cause = s.cause === null ? null : compileExpr(ctx, s.cause);
  return (f) => {
    step(f, line);
    const rt = f.rt;
    const e = toException(rt, exc(f));
    e.tbFloor = Infinity;
    if (cause !== null) {
      const c = cause(f);
      e.cause = c === None ? None : toException(rt, c, 'cause');
      e.suppressContext = true;
    }
    const h = rt.handling;
    if (h.length > 0 && h[h.length - 1] !== e && e.context === None) e.context = h[h.length - 1];
    throw e;
  };
}

// ---------------------------------------------------------------- if / loops

function compileIf(ctx: Ctx, s: A.If): S {
  const test = compileExpr(ctx, s.test);
  const body = compileBlock(ctx, s.body);
  const line = s.line;
  if (s.orelse.length === 0) {
    return (f) => {
      step(f, line);
      const t = test(f);
      return (t === true || (t !== false && truthy(f.rt, t))) ? body(f) : NORMAL;
    };
  }
  const orelse = compileBlock(ctx, s.orelse);
  return (f) => {
    step(f, line);
    const t = test(f);
    return (t === true || (t !== false && truthy(f.rt, t))) ? body(f) : orelse(f);
  };
}

function compileWhile(ctx: Ctx, s: A.While): S {
  const test = compileExpr(ctx, s.test);
  const body = compileBlock(ctx, s.body);
  const orelse = s.orelse.length > 0 ? compileBlock(ctx, s.orelse) : null;
  const line = s.line;
  return (f) => {
    const rt = f.rt;
    for (;;) {
      step(f, line);
      const t = test(f);
      if (!(t === true || (t !== false && truthy(rt, t)))) break;
      const c = body(f);
      if (c !== NORMAL) {
        if (c === BREAK) return NORMAL;
        if (c === CONTINUE) continue;
        return c;
      }
    }
    return orelse === null ? NORMAL : orelse(f);
  };
}

function compileFor(ctx: Ctx, s: A.For): S {
  const iter = compileExpr(ctx, s.iter);
  const body = compileBlock(ctx, s.body);
  const orelse = s.orelse.length > 0 ? compileBlock(ctx, s.orelse) : null;
  const slot = localSlotOf(ctx, s.target);
  const target = compileLoopTarget(ctx, s.target);
  const line = s.line;
  return (f) => {
    step(f, line);
    const it = iter(f);
    // Ranges and lists of numbers dominate loops: keep them inline here.
    if (slot >= 0 && it instanceof PyRange && typeof it.start === 'number' && typeof it.stop === 'number' && typeof it.step === 'number') {
      const { start, stop, step: inc } = it;
      for (let i = start; inc > 0 ? i < stop : i > stop; i += inc) {
        f.locals[slot] = i;
        const c = body(f);
        if (c !== NORMAL) {
          if (c === BREAK) return NORMAL;
          if (c === CONTINUE) continue;
          return c;
        }
      }
      return orelse === null ? NORMAL : orelse(f);
    }
    let result = NORMAL;
    const stopped = forEachElement(f, it, target, (fr) => {
      const c = body(fr);
      if (c === NORMAL || c === CONTINUE) return false;
      result = c === BREAK ? NORMAL : c;
      return true;
    });
    if (stopped) return result;
    return orelse === null ? NORMAL : orelse(f);
  };
}

// ---------------------------------------------------------------- try

/** Does exception `e` match the `except` clause's value (a class or tuple of classes)? */
export function exceptionMatches(e: PyBaseException, t: Value): boolean {
  if (t instanceof PyClass) {
    if (!t.isSubclassOf(BaseExceptionType)) throw notCatchable();
    return e.cls.isSubclassOf(t);
  }
  if (t instanceof PyTuple) {
    // As CPython: every item must be an exception class (no nested tuples), checked before matching.
    for (const x of t.items) if (!(x instanceof PyClass && x.isSubclassOf(BaseExceptionType))) throw notCatchable();
    for (const x of t.items) if (e.cls.isSubclassOf(x as PyClass)) return true;
    return false;
  }
  throw notCatchable();
}

function notCatchable(): PyBaseException {
  return typeError('catching classes that do not inherit from BaseException is not allowed');
}

interface Handler {
  type: E | null;
  store: Store | null;
  unbind: ((f: Frame) => void) | null;
  body: S;
}

/** Runs `fn` while `e` is the exception being handled; new exceptions get `e` as context. */
export function whileHandling(f: Frame, e: PyBaseException, fn: (f: Frame) => number): number {
  const h = f.rt.handling;
  h.push(e);
  try {
    return fn(f);
  } catch (e2) {
    if (e2 instanceof PyBaseException && e2 !== e && e2.context === None) e2.context = e;
    throw e2;
  } finally {
    h.pop();
  }
}

function compileTry(ctx: Ctx, s: A.Try): S {
  const body = compileBlock(ctx, s.body);
  const handlers: Handler[] = s.handlers.map((h) => ({
    type: h.type === null ? null : compileExpr(ctx, h.type),
    store: h.name === null ? null : compileStoreBinding(ctx, h.name),
    unbind: h.name === null ? null : unbindQuietly(ctx, h.name),
    body: compileBlock(ctx, h.body),
  }));
  const orelse = s.orelse.length > 0 ? compileBlock(ctx, s.orelse) : null;
  const line = s.line;
  const tryExcept: S = handlers.length === 0 ? body : (f) => {
    let c: number;
    try {
      c = body(f);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      f.rt.caughtIn(e, f);
      for (const h of handlers) {
        if (h.type !== null && !exceptionMatches(e, h.type(f))) continue;
        if (h.store !== null) h.store(f, e);
        try {
          return whileHandling(f, e, h.body);
        } finally {
          if (h.unbind !== null) h.unbind(f);
        }
      }
      throw e;
    }
    return c === NORMAL && orelse !== null ? orelse(f) : c;
  };
  if (s.finalbody.length === 0) {
    return (f) => {
      step(f, line);
      return tryExcept(f);
    };
  }
  const fin = compileBlock(ctx, s.finalbody);
  return (f) => {
    step(f, line);
    let c: number;
    try {
      c = tryExcept(f);
    } catch (e) {
      // Limits and internal errors are not Python exceptions: no finally for them.
      if (!(e instanceof PyBaseException)) throw e;
      f.rt.caughtIn(e, f);
      const c2 = whileHandling(f, e, fin);
      if (c2 !== NORMAL) return c2;
      throw e;
    }
    const c2 = fin(f);
    return c2 !== NORMAL ? c2 : c;
  };
}

/** The implicit `del name` at the end of an except clause (no error if already gone). */
function unbindQuietly(ctx: Ctx, name: string): (f: Frame) => void {
  const b = ctx.scope.lookup(name);
  switch (b.kind) {
    case 'local':
      return (f) => {
        f.locals[b.slot] = undefined;
      };
    case 'cell':
      return (f) => {
        f.locals[b.slot].v = undefined;
      };
    case 'global': {
      const gi = ctx.globalIndex(name);
      return (f) => {
        f.g[gi].v = undefined;
      };
    }
    case 'class':
      return (f) => {
        f.ns!.delete(name);
      };
  }
}

// ---------------------------------------------------------------- with

function compileWith(ctx: Ctx, s: A.With, index: number): S {
  const item = s.items[index];
  const mgrExpr = compileExpr(ctx, item.contextExpr);
  const store = item.optionalVars === null ? null : compileStore(ctx, item.optionalVars);
  const body = index + 1 < s.items.length ? compileWith(ctx, s, index + 1) : compileBlock(ctx, s.body);
  const line = s.line;
  return (f) => {
    step(f, line);
    const rt = f.rt;
    const mgr = mgrExpr(f);
    const cls = typeOf(mgr);
    const enter = cls.lookup('__enter__');
    if (enter === undefined) throw typeError(`'${cls.name}' object does not support the context manager protocol`);
    const exit = cls.lookup('__exit__');
    if (exit === undefined) throw typeError(`'${cls.name}' object does not support the context manager protocol (missed __exit__ method)`);
    const v = callSpecial(rt, mgr, enter, []);
    if (store !== null) store(f, v);
    let c: number;
    try {
      c = body(f);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      rt.caughtIn(e, f);
      let suppress = false;
      whileHandling(f, e, () => {
        suppress = truthy(rt, callSpecial(rt, mgr, exit, [e.cls, e, tracebackOf(e, f.line)]));
        return NORMAL;
      });
      if (suppress) return NORMAL;
      throw e;
    }
    callSpecial(rt, mgr, exit, [None, None, None]);
    return c;
  };
}

// ---------------------------------------------------------------- imports

function compileImport(ctx: Ctx, s: A.Import): S {
  const line = s.line;
  const parts = s.names.map((a) => {
    const bindName = a.asname ?? a.name.split('.')[0];
    return { name: a.name, asname: a.asname, store: compileStoreBinding(ctx, bindName) };
  });
  return (f) => {
    step(f, line);
    for (const p of parts) p.store(f, importName(f.rt, p.name, p.asname !== null));
    return NORMAL;
  };
}

function compileImportFrom(ctx: Ctx, s: A.ImportFrom): S {
  const line = s.line;
  const module = s.module ?? '';
  const level = s.level;
  if (s.names.length === 1 && s.names[0].name === '*') {
    return (f) => {
      step(f, line);
      importStar(f, module, level);
      return NORMAL;
    };
  }
  const parts = s.names.map((a) => ({ name: a.name, store: compileStoreBinding(ctx, a.asname ?? a.name) }));
  const names = parts.map((p) => p.name);
  return (f) => {
    step(f, line);
    const values = importFrom(f.rt, module, level, names, level > 0 ? f.globalsNs.cells.get('__package__')?.v : undefined);
    for (let i = 0; i < parts.length; i++) parts[i].store(f, values[i]);
    return NORMAL;
  };
}

export { PyFloat };
