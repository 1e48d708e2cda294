/**
 * Generator bodies compile to resumable code: statements and expressions that
 * contain `yield` become JS generator functions (delegating with `yield*`);
 * everything else keeps its ordinary closure. An expression with a nested
 * yield evaluates its operands into hidden local slots first, then runs the
 * ordinary closure over those slots, so each expression kind needs no second
 * implementation. `yield from` forwards send/throw/close to the sub-iterator.
 */
import type * as A from '../ast.js';
import type { Value } from '../runtime/object.js';
import { None } from '../runtime/types.js';
import { GeneratorExitType, PyBaseException, StopIterationType } from '../runtime/exceptions.js';
import { DONE, getIter, iterNext } from '../runtime/iter.js';
import { PyGenerator } from '../runtime/generator.js';
import { tracebackOf } from '../runtime/union.js';
import { callSpecial, lookupSpecial, truthy } from '../runtime/ops.js';
import { PyList, PyRange, PyTuple } from '../runtime/values.js';
import type { Frame } from '../runtime/runtime.js';
import { BREAK, CONTINUE, Ctx, NORMAL, RETURN, type E, type S, type Store } from './context.js';
import { compileExpr } from './expr.js';
import { compileStore, compileStoreBinding } from './targets.js';
import { compileStmt, exceptionMatches, step, toException, whileHandling } from './stmt.js';

type G = (f: Frame) => Generator<Value, number, Value>;
type GE = (f: Frame) => Generator<Value, Value, Value>;

// ---------------------------------------------------------------- yield detection

function exprHasYield(e: A.Expr | null): boolean {
  if (e === null) return false;
  switch (e.kind) {
    case 'Yield':
    case 'YieldFrom':
      return true;
    case 'Lambda':
      return false;
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
      return exprHasYield(e.generators[0].iter);
    case 'BinOp':
      return exprHasYield(e.left) || exprHasYield(e.right);
    case 'UnaryOp':
      return exprHasYield(e.operand);
    case 'BoolOp':
      return e.values.some(exprHasYield);
    case 'Compare':
      return exprHasYield(e.left) || e.comparators.some(exprHasYield);
    case 'Call':
      return exprHasYield(e.func) || e.args.some(exprHasYield) || e.keywords.some((k) => exprHasYield(k.value));
    case 'Attribute':
      return exprHasYield(e.value);
    case 'Subscript':
      return exprHasYield(e.value) || exprHasYield(e.slice);
    case 'Slice':
      return exprHasYield(e.lower) || exprHasYield(e.upper) || exprHasYield(e.step);
    case 'Starred':
      return exprHasYield(e.value);
    case 'List': case 'Tuple': case 'Set':
      return e.elts.some(exprHasYield);
    case 'Dict':
      return e.keys.some((k) => k !== null && exprHasYield(k)) || e.values.some(exprHasYield);
    case 'IfExp':
      return exprHasYield(e.test) || exprHasYield(e.body) || exprHasYield(e.orelse);
    case 'NamedExpr':
      return exprHasYield(e.value);
    case 'FString':
      return e.parts.some((p) => typeof p !== 'string' && exprHasYield(p));
    case 'FormattedValue':
      return exprHasYield(e.value) || (e.spec !== null && exprHasYield(e.spec));
    default:
      return false;
  }
}

function stmtsHaveYield(body: A.Stmt[]): boolean {
  return body.some(stmtHasYield);
}

function stmtHasYield(s: A.Stmt): boolean {
  switch (s.kind) {
    case 'Expr': return exprHasYield(s.value);
    case 'Assign': return exprHasYield(s.value) || s.targets.some(exprHasYield);
    case 'AugAssign': return exprHasYield(s.value) || exprHasYield(s.target);
    case 'AnnAssign': return exprHasYield(s.value);
    case 'Return': return exprHasYield(s.value);
    case 'Raise': return exprHasYield(s.exc) || exprHasYield(s.cause);
    case 'Assert': return exprHasYield(s.test) || exprHasYield(s.msg);
    case 'Delete': return s.targets.some(exprHasYield);
    case 'If': return exprHasYield(s.test) || stmtsHaveYield(s.body) || stmtsHaveYield(s.orelse);
    case 'While': return exprHasYield(s.test) || stmtsHaveYield(s.body) || stmtsHaveYield(s.orelse);
    case 'For': return exprHasYield(s.iter) || stmtsHaveYield(s.body) || stmtsHaveYield(s.orelse);
    case 'Try':
      return stmtsHaveYield(s.body) || s.handlers.some((h) => exprHasYield(h.type) || stmtsHaveYield(h.body)) ||
        stmtsHaveYield(s.orelse) || stmtsHaveYield(s.finalbody);
    case 'With': return s.items.some((i) => exprHasYield(i.contextExpr)) || stmtsHaveYield(s.body);
    case 'Match': return exprHasYield(s.subject) || s.cases.some((c) => exprHasYield(c.guard) || stmtsHaveYield(c.body));
    case 'FunctionDef': return s.decorators.some(exprHasYield) || s.args.defaults.some(exprHasYield);
    case 'ClassDef': return s.decorators.some(exprHasYield) || s.bases.some(exprHasYield);
    default: return false;
  }
}

// ---------------------------------------------------------------- entry points

/** The body of a generator function. */
export function compileGeneratorBody(ctx: Ctx, body: A.Stmt[]): G {
  return genBlock(ctx, body);
}

/** A generator expression, or a lambda whose body yields. */
export function compileGenExprBody(ctx: Ctx, e: A.GeneratorExp | A.Expr): G {
  if (e.kind !== 'GeneratorExp') {
    const value = genExpr(ctx, e);
    return function* lambdaBody(f) {
      f.ret = yield* value(f);
      return RETURN;
    };
  }
  const elt = compileExpr(ctx, e.elt);
  let inner: G = function* yieldElement(f) {
    yield elt(f);
    return NORMAL;
  };
  for (let i = e.generators.length - 1; i >= 0; i--) {
    inner = genCompLevel(ctx, e.generators[i], i === 0 ? (f) => f.locals[0] : compileExpr(ctx, e.generators[i].iter), inner, i === 0);
  }
  return inner;
}

function genCompLevel(ctx: Ctx, gen: A.Comprehension, iter: E, inner: G, isIterator: boolean): G {
  const store = compileStore(ctx, gen.target);
  const conds = gen.ifs.map((c) => compileExpr(ctx, c));
  return function* compLevel(f) {
    const rt = f.rt;
    const it = isIterator ? iter(f) : getIter(rt, iter(f));
    for (;;) {
      const x = iterNext(rt, it);
      if (x === DONE) return NORMAL;
      if (--rt.ticks < 0) rt.checkpoint();
      store(f, x);
      let ok = true;
      for (const c of conds) {
        const t = c(f);
        if (!(t === true || (t !== false && truthy(rt, t)))) {
          ok = false;
          break;
        }
      }
      if (ok) yield* inner(f);
    }
  };
}

// ---------------------------------------------------------------- statements

function genBlock(ctx: Ctx, stmts: A.Stmt[]): G {
  const parts = stmts.map((s) => (stmtHasYield(s) ? { gen: true as const, fn: genStmt(ctx, s) } : { gen: false as const, fn: compileStmt(ctx, s) }));
  return function* block(f) {
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const c = p.gen ? yield* p.fn(f) : p.fn(f);
      if (c !== NORMAL) return c;
    }
    return NORMAL;
  };
}

function plain(s: S): G {
  return function* plainStmt(f) {
    return s(f);
  };
}

function genStmt(ctx: Ctx, s: A.Stmt): G {
  const line = s.line;
  switch (s.kind) {
    case 'Expr': {
      const v = genExpr(ctx, s.value);
      return function* exprStmt(f) {
        step(f, line);
        yield* v(f);
        return NORMAL;
      };
    }
    case 'Assign': {
      const v = genExpr(ctx, s.value);
      const stores = s.targets.map((t) => compileStore(ctx, t));
      return function* assign(f) {
        step(f, line);
        const x = yield* v(f);
        for (const st of stores) st(f, x);
        return NORMAL;
      };
    }
    case 'AnnAssign': {
      if (s.value === null) return plain(compileStmt(ctx, s));
      const v = genExpr(ctx, s.value);
      const store = compileStore(ctx, s.target);
      return function* annAssign(f) {
        step(f, line);
        store(f, yield* v(f));
        return NORMAL;
      };
    }
    case 'AugAssign': {
      // Evaluate the right side (which yields) first into a temp, then run the ordinary statement.
      const temp = tempName(ctx);
      const v = genExpr(ctx, s.value);
      const storeTemp = compileStoreBinding(ctx, temp);
      const rest = compileStmt(ctx, { ...s, value: { kind: 'Name', id: temp, line: s.line, col: s.col } });
      return function* augAssign(f) {
        storeTemp(f, yield* v(f));
        return rest(f);
      };
    }
    case 'Return': {
      const v = s.value === null ? null : genExpr(ctx, s.value);
      return function* ret(f) {
        step(f, line);
        f.ret = v === null ? None : yield* v(f);
        return RETURN;
      };
    }
    case 'Raise': {
      const exc = s.exc === null ? null : genExpr(ctx, s.exc);
      const cause = s.cause === null ? null : genExpr(ctx, s.cause);
      return function* raise(f) {
        step(f, line);
        const e = toException(f.rt, yield* exc!(f));
        if (cause !== null) {
          const c = yield* cause(f);
          e.cause = c === None ? None : toException(f.rt, c, 'cause');
          e.suppressContext = true;
        }
        throw e;
      };
    }
    case 'If': {
      const test = genExpr(ctx, s.test);
      const body = genBlock(ctx, s.body);
      const orelse = genBlock(ctx, s.orelse);
      return function* ifStmt(f) {
        step(f, line);
        const t = yield* test(f);
        return (t === true || (t !== false && truthy(f.rt, t))) ? yield* body(f) : yield* orelse(f);
      };
    }
    case 'While': {
      const test = genExpr(ctx, s.test);
      const body = genBlock(ctx, s.body);
      const orelse = s.orelse.length > 0 ? genBlock(ctx, s.orelse) : null;
      return function* whileStmt(f) {
        for (;;) {
          step(f, line);
          const t = yield* test(f);
          if (!(t === true || (t !== false && truthy(f.rt, t)))) break;
          const c = yield* body(f);
          if (c === BREAK) return NORMAL;
          if (c === RETURN) return c;
        }
        return orelse === null ? NORMAL : yield* orelse(f);
      };
    }
    case 'For':
      return genFor(ctx, s);
    case 'Try':
      return genTry(ctx, s);
    case 'With':
      return genWith(ctx, s, 0);
    default:
      throw ctx.syntaxError(`'yield' inside this kind of statement is not supported in Sandling`, s);
  }
}

function genFor(ctx: Ctx, s: A.For): G {
  const iter = genExpr(ctx, s.iter);
  const store: Store = compileStore(ctx, s.target);
  const body = genBlock(ctx, s.body);
  const orelse = s.orelse.length > 0 ? genBlock(ctx, s.orelse) : null;
  const line = s.line;
  return function* forStmt(f) {
    step(f, line);
    const rt = f.rt;
    const src = yield* iter(f);
    if (src instanceof PyRange && typeof src.start === 'number' && typeof src.stop === 'number' && typeof src.step === 'number') {
      const { start, stop, step: inc } = src;
      for (let i = start; inc > 0 ? i < stop : i > stop; i += inc) {
        store(f, i);
        const c = yield* body(f);
        if (c === BREAK) return NORMAL;
        if (c === RETURN) return c;
      }
    } else if ((src instanceof PyList || src instanceof PyTuple) && src.cls.builtin) {
      for (let i = 0; i < src.items.length; i++) {
        store(f, src.items[i]);
        const c = yield* body(f);
        if (c === BREAK) return NORMAL;
        if (c === RETURN) return c;
      }
    } else {
      const it = getIter(rt, src);
      for (;;) {
        const x = iterNext(rt, it);
        if (x === DONE) break;
        store(f, x);
        const c = yield* body(f);
        if (c === BREAK) return NORMAL;
        if (c === RETURN) return c;
      }
    }
    return orelse === null ? NORMAL : yield* orelse(f);
  };
}

function genTry(ctx: Ctx, s: A.Try): G {
  const body = genBlock(ctx, s.body);
  const handlers = s.handlers.map((h) => ({
    type: h.type === null ? null : compileExpr(ctx, h.type),
    store: h.name === null ? null : compileStoreBinding(ctx, h.name),
    name: h.name,
    body: genBlock(ctx, h.body),
  }));
  const orelse = s.orelse.length > 0 ? genBlock(ctx, s.orelse) : null;
  const fin = s.finalbody.length > 0 ? genBlock(ctx, s.finalbody) : null;
  const line = s.line;
  function* tryExcept(f: Frame): Generator<Value, number, Value> {
    let c: number;
    try {
      c = yield* body(f);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      f.rt.caughtIn(e, f);
      for (const h of handlers) {
        if (h.type !== null && !exceptionMatches(e, h.type(f))) continue;
        if (h.store !== null) h.store(f, e);
        const hs = f.rt.handling;
        hs.push(e);
        try {
          return yield* h.body(f);
        } catch (e2) {
          if (e2 instanceof PyBaseException && e2 !== e && e2.context === None) e2.context = e;
          throw e2;
        } finally {
          hs.splice(hs.lastIndexOf(e), 1);
          if (h.store !== null) h.store(f, undefined);
        }
      }
      throw e;
    }
    return c === NORMAL && orelse !== null ? yield* orelse(f) : c;
  }
  return function* tryStmt(f) {
    step(f, line);
    if (fin === null) return yield* tryExcept(f);
    let c: number;
    try {
      c = yield* tryExcept(f);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      f.rt.caughtIn(e, f);
      const hs = f.rt.handling;
      hs.push(e);
      let c2: number;
      try {
        c2 = yield* fin(f);
      } catch (e2) {
        if (e2 instanceof PyBaseException && e2 !== e && e2.context === None) e2.context = e;
        throw e2;
      } finally {
        hs.splice(hs.lastIndexOf(e), 1);
      }
      if (c2 !== NORMAL) return c2;
      throw e;
    }
    const c2 = yield* fin(f);
    return c2 !== NORMAL ? c2 : c;
  };
}

function genWith(ctx: Ctx, s: A.With, index: number): G {
  const item = s.items[index];
  const mgrExpr = genExpr(ctx, item.contextExpr);
  const store = item.optionalVars === null ? null : compileStore(ctx, item.optionalVars);
  const body = index + 1 < s.items.length ? genWith(ctx, s, index + 1) : genBlock(ctx, s.body);
  const line = s.line;
  return function* withStmt(f) {
    step(f, line);
    const rt = f.rt;
    const mgr = yield* mgrExpr(f);
    const enter = lookupSpecial(mgr, '__enter__');
    const exit = lookupSpecial(mgr, '__exit__');
    if (enter === undefined || exit === undefined) {
      // Reuse the ordinary statement's error path for the message.
      return compileStmt(ctx, { ...s, items: [{ contextExpr: { kind: 'None', line, col: 0 }, optionalVars: null }] })(f);
    }
    const v = callSpecial(rt, mgr, enter, []);
    if (store !== null) store(f, v);
    let c: number;
    try {
      c = yield* body(f);
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

// ---------------------------------------------------------------- expressions

function tempName(ctx: Ctx): string {
  const slot = ctx.scope.newTemp();
  const name = `.t${slot}`;
  ctx.scope.bindings.set(name, { kind: 'local', slot });
  return name;
}

function genExpr(ctx: Ctx, e: A.Expr): GE {
  if (!exprHasYield(e)) {
    const plainExpr = compileExpr(ctx, e);
    return function* noYield(f) {
      return plainExpr(f);
    };
  }
  switch (e.kind) {
    case 'Yield': {
      const value = e.value === null ? null : genExpr(ctx, e.value);
      return function* yieldExpr(f) {
        const v = value === null ? None : yield* value(f);
        return yield v;
      };
    }
    case 'YieldFrom': {
      const value = genExpr(ctx, e.value);
      return function* yieldFrom(f) {
        return yield* delegate(f, yield* value(f));
      };
    }
    case 'BoolOp': {
      const parts = e.values.map((v) => genExpr(ctx, v));
      const isAnd = e.op === 'and';
      return function* boolOp(f) {
        let v: Value = None;
        for (let i = 0; i < parts.length; i++) {
          v = yield* parts[i](f);
          if (i === parts.length - 1) break;
          const t = v === true || (v !== false && truthy(f.rt, v));
          if (t !== isAnd) return v;
        }
        return v;
      };
    }
    case 'IfExp': {
      const test = genExpr(ctx, e.test);
      const body = genExpr(ctx, e.body);
      const orelse = genExpr(ctx, e.orelse);
      return function* ifExp(f) {
        const t = yield* test(f);
        return (t === true || (t !== false && truthy(f.rt, t))) ? yield* body(f) : yield* orelse(f);
      };
    }
    default:
      return viaTemps(ctx, e);
  }
}

/** Evaluates the direct operands (which may yield) into temps, then runs the ordinary closure. */
function viaTemps(ctx: Ctx, e: A.Expr): GE {
  const steps: { gen: GE; store: Store }[] = [];
  const temp = (child: A.Expr): A.Expr => {
    const name = tempName(ctx);
    steps.push({ gen: genExpr(ctx, child), store: compileStoreBinding(ctx, name) });
    return { kind: 'Name', id: name, line: child.line, col: child.col };
  };
  const rewritten = rewriteOperands(e, temp);
  const run = compileExpr(ctx, rewritten);
  return function* withTemps(f) {
    for (const st of steps) st.store(f, yield* st.gen(f));
    return run(f);
  };
}

/** A copy of `e` whose direct operands went through `temp`, in evaluation order. */
function rewriteOperands(e: A.Expr, temp: (child: A.Expr) => A.Expr): A.Expr {
  const t = (c: A.Expr): A.Expr => (c.kind === 'Starred' ? { ...c, value: temp(c.value) } : temp(c));
  switch (e.kind) {
    case 'BinOp': return { ...e, left: t(e.left), right: t(e.right) };
    case 'UnaryOp': return { ...e, operand: t(e.operand) };
    case 'Compare': return { ...e, left: t(e.left), comparators: e.comparators.map(t) };
    case 'Call': {
      const func = t(e.func);
      return { ...e, func, args: e.args.map(t), keywords: e.keywords.map((k) => ({ ...k, value: t(k.value) })) };
    }
    case 'Attribute': return { ...e, value: t(e.value) };
    case 'Subscript': return { ...e, value: t(e.value), slice: e.slice.kind === 'Slice' ? rewriteOperands(e.slice, temp) : t(e.slice) };
    case 'Slice':
      return { ...e, lower: e.lower && t(e.lower), upper: e.upper && t(e.upper), step: e.step && t(e.step) };
    case 'List': case 'Tuple': case 'Set': return { ...e, elts: e.elts.map(t) };
    case 'Dict': {
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      e.keys.forEach((k, i) => {
        keys.push(k === null ? null : t(k));
        values.push(t(e.values[i]));
      });
      return { ...e, keys, values };
    }
    case 'NamedExpr': return { ...e, value: t(e.value) };
    case 'FString':
      return { ...e, parts: e.parts.map((p) => (typeof p === 'string' ? p : { ...p, value: t(p.value) })) };
    case 'FormattedValue': return { ...e, value: t(e.value) };
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
      const gens = e.generators.slice();
      gens[0] = { ...gens[0], iter: t(gens[0].iter) };
      return { ...e, generators: gens } as A.Expr;
    }
    default:
      return e;
  }
}

/** `yield from src`: forwards values out and send/throw/close in; returns the sub-iterator's return value. */
function* delegate(f: Frame, src: Value): Generator<Value, Value, Value> {
  const rt = f.rt;
  const it = getIter(rt, src);
  let sent: Value = None;
  let thrown: PyBaseException | null = null;
  for (;;) {
    let v: Value;
    if (it instanceof PyGenerator) {
      v = it.resume(rt, sent, thrown);
      if (v === DONE) return it.returnValue;
    } else if (thrown !== null) {
      const throwFn = lookupSpecial(it, 'throw');
      if (throwFn === undefined) throw thrown;
      try {
        v = callSpecial(rt, it, throwFn, [thrown]);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubclassOf(StopIterationType)) {
          f.rt.caughtIn(e, f);
          return stopValue(e);
        }
        throw e;
      }
    } else if (sent !== None) {
      const sendFn = lookupSpecial(it, 'send');
      try {
        v = sendFn === undefined ? iterNext(rt, it) : callSpecial(rt, it, sendFn, [sent]);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubclassOf(StopIterationType)) {
          f.rt.caughtIn(e, f);
          return stopValue(e);
        }
        throw e;
      }
      if (v === DONE) return None;
    } else {
      v = iterNext(rt, it);
      if (v === DONE) return None;
    }
    thrown = null;
    try {
      sent = yield v;
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      if (e.cls.isSubclassOf(GeneratorExitType)) {
        if (it instanceof PyGenerator) it.close(rt);
        else {
          const close = lookupSpecial(it, 'close');
          if (close !== undefined) callSpecial(rt, it, close, []);
        }
        throw e;
      }
      thrown = e;
      sent = None;
    }
  }
}

function stopValue(e: PyBaseException): Value {
  return e.args.items.length > 0 ? e.args.items[0] : None;
}

export { CONTINUE };
