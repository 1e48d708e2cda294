/**
 * Compilation of code-creating constructs: `def`, `lambda`, `class` and
 * comprehensions. Each gets an immutable `Code` (built once); at run time only
 * the function object (defaults, closure cells) or the frame is created.
 */
import type * as A from '../ast.js';
import type { Value } from '../runtime/object.js';
import { Cell } from '../runtime/object.js';
import { None } from '../runtime/types.js';
import { PyList, tuple } from '../runtime/values.js';
import { PyDict, PySet } from '../runtime/dict.js';
import { Code, PyFunction } from '../runtime/function.js';
import { typeError } from '../runtime/exceptions.js';
import { typeName } from '../runtime/ops.js';
import { DONE, getIter, iterNext } from '../runtime/iter.js';
import { truthy } from '../runtime/ops.js';
import { callValue } from '../runtime/call.js';
import { PyGenerator } from '../runtime/generator.js';
import { buildClass } from '../runtime/classes.js';
import { Frame } from '../runtime/runtime.js';
import type { Scope } from '../resolver.js';
import { Ctx, NORMAL, RETURN, type E, type S } from './context.js';
import { compileExpr } from './expr.js';
import { compileStoreBinding } from './targets.js';
import { compileBlock, compileBody, step } from './stmt.js';
import { compileLoopTarget, forEachElement } from './loops.js';
import { compileGeneratorBody, compileGenExprBody } from './generators.js';

function docstring(body: A.Stmt[]): Value {
  const first = body[0];
  if (first && first.kind === 'Expr' && first.value.kind === 'Str') return first.value.value;
  return None;
}

function paramNames(args: A.Arguments): string[] {
  const names = [...args.posonlyargs, ...args.args, ...args.kwonlyargs].map((a) => a.name);
  if (args.vararg) names.push(args.vararg.name);
  if (args.kwarg) names.push(args.kwarg.name);
  return names;
}

/** Slots of the enclosing frame that hold the cells a child scope closes over. */
function closureSources(ctx: Ctx, child: Scope): number[] {
  return child.freeNames.map((name) => {
    const slot = ctx.scope.cellSlots.get(name);
    if (slot === undefined) throw new Error(`resolver invariant: '${name}' is not a cell in ${ctx.scope.qualname || '<module>'}`);
    return slot;
  });
}

function makeCode(ctx: Ctx, scope: Scope, node: A.Pos, args: A.Arguments | null, doc: Value,
  body: S, genBody: Code['genBody']): Code {
  const names = args === null ? scope.params.slice() : paramNames(args);
  const posonly = args === null ? 0 : args.posonlyargs.length;
  const argCount = args === null ? names.length : args.posonlyargs.length + args.args.length;
  const kwonly = args === null ? 0 : args.kwonlyargs.length;
  const hasVarargs = args !== null && args.vararg !== null;
  const hasKwargs = args !== null && args.kwarg !== null;
  return new Code({
    name: scope.name,
    qualname: scope.qualname,
    filename: ctx.filename,
    firstLine: node.line,
    paramNames: names,
    posonlyCount: posonly,
    argCount,
    kwonlyCount: kwonly,
    hasVarargs,
    hasKwargs,
    // The body is compiled before this point, so every temporary slot is allocated.
    nlocals: scope.nlocals,
    cellParams: scope.cellParams,
    cellLocals: scope.cellLocals,
    freeSlots: scope.freeSlots,
    isGenerator: scope.isGenerator,
    body,
    genBody,
    doc,
  });
}

/** Evaluates defaults and closure cells and builds the function object. */
function functionMaker(ctx: Ctx, code: Code, args: A.Arguments, scope: Scope): (f: Frame) => PyFunction {
  const defaults = args.defaults.map((d) => compileExpr(ctx, d));
  const kwdefaults = args.kwonlyargs.map((a, i) => ({ name: a.name, fn: args.kwDefaults[i] === null ? null : compileExpr(ctx, args.kwDefaults[i]!) }))
    .filter((k) => k.fn !== null) as { name: string; fn: E }[];
  const sources = closureSources(ctx, scope);
  return (f) => {
    const defs = defaults.length === 0 ? EMPTY : defaults.map((d) => d(f));
    let kwd: Map<string, Value> | null = null;
    if (kwdefaults.length > 0) {
      kwd = new Map();
      for (const k of kwdefaults) kwd.set(k.name, k.fn(f));
    }
    const closure = sources.length === 0 ? null : sources.map((s) => f.locals[s] as Cell);
    return new PyFunction(code, f.g, f.globalsNs, defs, kwd, closure);
  };
}

const EMPTY: Value[] = [];

export function compileFunctionDef(ctx: Ctx, s: A.FunctionDef): S {
  const scope = s.scope as Scope;
  const cctx = ctx.child(scope);
  const decorators = s.decorators.map((d) => compileExpr(ctx, d));
  const doc = docstring(s.body);
  const body = scope.isGenerator ? () => NORMAL : compileBody(cctx, s.body, scope.qualname);
  const genBody = scope.isGenerator ? compileGeneratorBody(cctx, s.body) : null;
  const code = makeCode(ctx, scope, s, s.args, doc, body, genBody);
  const make = functionMaker(ctx, code, s.args, scope);
  const store = compileStoreBinding(ctx, s.name);
  const line = s.line;
  return (f) => {
    step(f, line);
    const decs = decorators.length === 0 ? EMPTY : decorators.map((d) => d(f));
    let fn: Value = make(f);
    for (let i = decs.length - 1; i >= 0; i--) fn = callValue(f.rt, decs[i], [fn], null);
    store(f, fn);
    return NORMAL;
  };
}

export function compileLambda(ctx: Ctx, e: A.Lambda): E {
  const scope = e.scope as Scope;
  const cctx = ctx.child(scope);
  let body: S = () => NORMAL;
  let genBody: Code['genBody'] = null;
  if (scope.isGenerator) {
    genBody = compileGenExprBody(cctx, e.body);
  } else {
    const value = compileExpr(cctx, e.body);
    body = (f) => {
      f.ret = value(f);
      return RETURN;
    };
  }
  const code = makeCode(ctx, scope, e, e.args, None, body, genBody);
  return functionMaker(ctx, code, e.args, scope);
}

export function compileClassDef(ctx: Ctx, s: A.ClassDef): S {
  const scope = s.scope as Scope;
  const cctx = ctx.child(scope);
  const decorators = s.decorators.map((d) => compileExpr(ctx, d));
  const bases = s.bases.map((b) => (b.kind === 'Starred'
    ? { star: true, fn: compileExpr(ctx, b.value) }
    : { star: false, fn: compileExpr(ctx, b) }));
  const keywords = s.keywords.map((k) => ({ name: k.arg, fn: compileExpr(ctx, k.value) }));
  const body = compileBlock(cctx, s.body);
  const code = makeCode(ctx, scope, s, null, docstring(s.body), body, null);
  const sources = closureSources(ctx, scope);
  const classCell = scope.bindings.get('__class__');
  const classCellSlot = classCell !== undefined && classCell.kind === 'cell' && scope.cellLocals.includes(classCell.slot) ? classCell.slot : -1;
  const store = compileStoreBinding(ctx, s.name);
  const doc = docstring(s.body);
  const name = s.name;
  const qualname = scope.qualname;
  const line = s.line;
  return (f) => {
    step(f, line);
    const rt = f.rt;
    const decs = decorators.map((d) => d(f));
    const baseValues: Value[] = [];
    for (const b of bases) {
      if (b.star) baseValues.push(...toList(f, b.fn(f)));
      else baseValues.push(b.fn(f));
    }
    let metaclass: Value = undefined;
    const kwargs = new Map<string, Value>();
    for (const k of keywords) {
      if (k.name === 'metaclass') metaclass = k.fn(f);
      else if (k.name !== null) kwargs.set(k.name, k.fn(f));
      else {
        const m = k.fn(f);
        if (!(m instanceof PyDict)) throw typeError(`${name}() argument after ** must be a mapping, not ${typeName(m)}`);
        for (const key of m.keys()) {
          if (typeof key !== 'string') throw typeError('keywords must be strings');
          kwargs.set(key, m.get(rt, key));
        }
      }
    }
    const ns = new Map<string, Value>();
    ns.set('__module__', f.globalsNs.moduleName);
    ns.set('__qualname__', qualname);
    if (doc !== None) ns.set('__doc__', doc);
    const locals: Value[] = new Array(code.nlocals);
    for (const slot of scope.cellLocals) locals[slot] = new Cell(undefined, '__class__');
    for (let i = 0; i < sources.length; i++) locals[scope.freeSlots[i]] = f.locals[sources[i]];
    const bf = new Frame(rt, code, f.g, locals, null, f.globalsNs);
    bf.ns = ns;
    const sp = rt.pushFrame(bf);
    body(bf);
    rt.sp = sp;
    let cls: Value = buildClass(rt, name, baseValues, ns, metaclass, kwargs);
    if (classCellSlot >= 0) (locals[classCellSlot] as Cell).v = cls;
    for (let i = decs.length - 1; i >= 0; i--) cls = callValue(rt, decs[i], [cls], null);
    store(f, cls);
    return NORMAL;
  };
}

function toList(f: Frame, v: Value): Value[] {
  const out: Value[] = [];
  const it = getIter(f.rt, v);
  for (let x = iterNext(f.rt, it); x !== DONE; x = iterNext(f.rt, it)) out.push(x);
  return out;
}

// ---------------------------------------------------------------- comprehensions

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

/**
 * One `for target in iter if cond...` level of a comprehension, wrapping `inner`.
 * `iter` reads the iterable (level 0: the pre-evaluated value in slot 0).
 */
export function compileCompLevel(cctx: Ctx, gen: A.Comprehension, iter: E, inner: S): S {
  const target = compileLoopTarget(cctx, gen.target);
  const conds = gen.ifs.map((c) => compileExpr(cctx, c));
  const step = conds.length === 0
    ? (f: Frame) => {
      if (--f.rt.ticks < 0) f.rt.checkpoint();
      inner(f);
      return false;
    }
    : (f: Frame) => {
      const rt = f.rt;
      if (--rt.ticks < 0) rt.checkpoint();
      for (const c of conds) {
        const t = c(f);
        if (!(t === true || (t !== false && truthy(rt, t)))) return false;
      }
      inner(f);
      return false;
    };
  return (f) => {
    forEachElement(f, iter(f), target, step);
    return NORMAL;
  };
}

export function compileComprehension(ctx: Ctx, e: Comp): E {
  const scope = e.scope as Scope;
  const cctx = ctx.child(scope);
  const first = compileExpr(ctx, e.generators[0].iter);
  const sources = closureSources(ctx, scope);
  if (e.kind === 'GeneratorExp') {
    const genBody = compileGenExprBody(cctx, e);
    const code = makeCode(ctx, scope, e, null, None, () => NORMAL, genBody);
    return (f) => {
      const rt = f.rt;
      const locals = newCompLocals(f, code, scope, sources, getIter(rt, first(f)));
      const gf = new Frame(rt, code, f.g, locals, null, f.globalsNs);
      return new PyGenerator(gf, genBody(gf), code.name, code.qualname);
    };
  }
  const resultSlot = scope.newTemp();
  let action: S;
  if (e.kind === 'ListComp') {
    const elt = compileExpr(cctx, e.elt);
    action = (f) => {
      const x = elt(f);
      const rt = f.rt;
      if ((rt.memoryLeft -= 8) < 0) rt.memoryExceeded();
      (f.locals[resultSlot] as Value[]).push(x);
      return NORMAL;
    };
  } else if (e.kind === 'SetComp') {
    const elt = compileExpr(cctx, e.elt);
    action = (f) => {
      (f.locals[resultSlot] as PySet).add(f.rt, elt(f));
      return NORMAL;
    };
  } else {
    const key = compileExpr(cctx, e.key);
    const value = compileExpr(cctx, e.value);
    action = (f) => {
      const k = key(f);
      (f.locals[resultSlot] as PyDict).set(f.rt, k, value(f));
      return NORMAL;
    };
  }
  let loop = action;
  for (let i = e.generators.length - 1; i >= 0; i--) {
    const g = e.generators[i];
    const iter: E = i === 0 ? (f) => f.locals[0] : compileExpr(cctx, g.iter);
    loop = compileCompLevel(cctx, g, iter, loop);
  }
  const kind = e.kind;
  const body: S = (f) => {
    f.locals[resultSlot] = kind === 'ListComp' ? [] : kind === 'SetComp' ? new PySet() : new PyDict();
    loop(f);
    const r = f.locals[resultSlot];
    f.ret = kind === 'ListComp' ? new PyList(r as Value[]) : r;
    return RETURN;
  };
  const code = makeCode(ctx, scope, e, null, None, body, null);
  return (f) => {
    const rt = f.rt;
    const locals = newCompLocals(f, code, scope, sources, first(f));
    const cf = new Frame(rt, code, f.g, locals, null, f.globalsNs);
    // A comprehension has no statements of its own: its traceback line is the enclosing one.
    cf.line = f.line;
    const sp = rt.pushFrame(cf);
    body(cf);
    rt.sp = sp;
    return cf.ret;
  };
}

function newCompLocals(f: Frame, code: Code, scope: Scope, sources: number[], firstValue: Value): Value[] {
  const locals: Value[] = new Array(code.nlocals);
  locals[0] = firstValue;
  for (const slot of scope.cellLocals) locals[slot] = new Cell(undefined, '');
  for (let i = 0; i < sources.length; i++) locals[scope.freeSlots[i]] = f.locals[sources[i]];
  return locals;
}

export { tuple };
