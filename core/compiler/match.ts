/**
 * `match` statements: each pattern compiles to a matcher `(frame, subject) =>
 * boolean` that binds capture names as it goes, following PEP 634.
 */
import type * as A from '../ast.js';
import type { Value } from '../runtime/object.js';
import { PyBoxed, PyClass } from '../runtime/object.js';
import {
  BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, None, SetType, StrType, TupleType,
} from '../runtime/types.js';
import { PyList, PyRange, PyTuple } from '../runtime/values.js';
import { ABSENT, PyDict } from '../runtime/dict.js';
import { PyBaseException, AttributeErrorType, typeError, valueError } from '../runtime/exceptions.js';
import { eq } from '../runtime/compare.js';
import { isInstance, truthy, typeName } from '../runtime/ops.js';
import { getAttr } from '../runtime/attrs.js';
import { toArray } from '../runtime/iter.js';
import type { Frame } from '../runtime/runtime.js';
import { Ctx, NORMAL, type S } from './context.js';
import { compileExpr } from './expr.js';
import { compileStoreBinding } from './targets.js';
import { compileBlock, step } from './stmt.js';

type Matcher = (f: Frame, subject: Value) => boolean;

export function compileMatch(ctx: Ctx, s: A.Match): S {
  const subject = compileExpr(ctx, s.subject);
  const cases = s.cases.map((c) => ({
    match: compilePattern(ctx, c.pattern),
    guard: c.guard === null ? null : compileExpr(ctx, c.guard),
    body: compileBlock(ctx, c.body),
  }));
  const line = s.line;
  return (f) => {
    step(f, line);
    const v = subject(f);
    for (const c of cases) {
      if (!c.match(f, v)) continue;
      if (c.guard !== null) {
        const g = c.guard(f);
        if (!(g === true || (g !== false && truthy(f.rt, g)))) continue;
      }
      return c.body(f);
    }
    return NORMAL;
  };
}

/** Types whose single positional sub-pattern matches the subject itself (`case int(x)`). */
const SELF_MATCHING = new Set<PyClass>([BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType]);

function isSequence(v: Value): boolean {
  return v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || isDeque(v);
}

function isDeque(v: Value): boolean {
  return typeof v === 'object' && v !== null && (v as { cls?: PyClass }).cls?.name === 'deque';
}

function compilePattern(ctx: Ctx, p: A.Pattern): Matcher {
  switch (p.kind) {
    case 'MatchValue': {
      const value = compileExpr(ctx, p.value);
      return (f, v) => eq(f.rt, v, value(f));
    }
    case 'MatchSingleton': {
      const target = p.value === null ? None : p.value;
      return (_f, v) => v === target;
    }
    case 'MatchAs': {
      const inner = p.pattern === null ? null : compilePattern(ctx, p.pattern);
      const store = p.name === null ? null : compileStoreBinding(ctx, p.name);
      return (f, v) => {
        if (inner !== null && !inner(f, v)) return false;
        if (store !== null) store(f, v);
        return true;
      };
    }
    case 'MatchOr': {
      const alts = p.patterns.map((q) => compilePattern(ctx, q));
      return (f, v) => alts.some((m) => m(f, v));
    }
    case 'MatchStar':
      throw ctx.syntaxError('can\'t use starred name here', p);
    case 'MatchSequence':
      return compileSequencePattern(ctx, p);
    case 'MatchMapping':
      return compileMappingPattern(ctx, p);
    case 'MatchClass':
      return compileClassPattern(ctx, p);
  }
}

function compileSequencePattern(ctx: Ctx, p: A.MatchSequence): Matcher {
  const starAt = p.patterns.findIndex((q) => q.kind === 'MatchStar');
  const subs = p.patterns.map((q) => (q.kind === 'MatchStar' ? null : compilePattern(ctx, q)));
  const star = starAt >= 0 ? (p.patterns[starAt] as A.MatchStar) : null;
  const starStore = star !== null && star.name !== null ? compileStoreBinding(ctx, star.name) : null;
  const n = p.patterns.length;
  return (f, v) => {
    if (!isSequence(v)) return false;
    const items = v instanceof PyList || v instanceof PyTuple ? v.items : toArray(f.rt, v);
    if (starAt < 0) {
      if (items.length !== n) return false;
      for (let i = 0; i < n; i++) if (!subs[i]!(f, items[i])) return false;
      return true;
    }
    if (items.length < n - 1) return false;
    const after = n - starAt - 1;
    for (let i = 0; i < starAt; i++) if (!subs[i]!(f, items[i])) return false;
    for (let i = 0; i < after; i++) if (!subs[starAt + 1 + i]!(f, items[items.length - after + i])) return false;
    if (starStore !== null) starStore(f, new PyList(items.slice(starAt, items.length - after)));
    return true;
  };
}

function compileMappingPattern(ctx: Ctx, p: A.MatchMapping): Matcher {
  const keys = p.keys.map((k) => compileExpr(ctx, k));
  const subs = p.patterns.map((q) => compilePattern(ctx, q));
  const rest = p.rest === null ? null : compileStoreBinding(ctx, p.rest);
  return (f, v) => {
    if (!(v instanceof PyDict)) return false;
    const rt = f.rt;
    const seen: Value[] = [];
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i](f);
      if (seen.some((s) => eq(rt, s, k))) throw valueError(`mapping pattern checks duplicate key (${typeName(k) === 'str' ? `'${k}'` : String(k)})`);
      seen.push(k);
      const got = v.get(rt, k);
      if (got === ABSENT) return false;
      if (!subs[i](f, got)) return false;
    }
    if (rest !== null) {
      const d = new PyDict();
      d.updateFrom(rt, v);
      for (const k of seen) d.delete(rt, k);
      rest(f, d);
    }
    return true;
  };
}

function compileClassPattern(ctx: Ctx, p: A.MatchClass): Matcher {
  const cls = compileExpr(ctx, p.cls);
  const positional = p.patterns.map((q) => compilePattern(ctx, q));
  const kwNames = p.kwdAttrs;
  const kwPatterns = p.kwdPatterns.map((q) => compilePattern(ctx, q));
  return (f, v) => {
    const rt = f.rt;
    const c = cls(f);
    if (!(c instanceof PyClass)) throw typeError('called match pattern must be a class');
    if (!isInstance(v, c)) return false;
    const names: string[] = [];
    if (positional.length > 0) {
      if (SELF_MATCHING.has(c) && positional.length === 1 && !c.userDefined) {
        if (!positional[0](f, v instanceof PyBoxed ? v.value : v)) return false;
      } else {
        const matchArgs = c.lookup('__match_args__');
        const argNames = matchArgs instanceof PyTuple ? matchArgs.items : [];
        if (matchArgs !== undefined && !(matchArgs instanceof PyTuple)) {
          throw typeError(`${c.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
        }
        if (positional.length > argNames.length) {
          const n = argNames.length;
          throw typeError(`${c.name}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${positional.length} given)`);
        }
        for (let i = 0; i < positional.length; i++) {
          const name = argNames[i];
          if (typeof name !== 'string') throw typeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
          names.push(name);
          const attr = attrOrAbsent(f, v, name);
          if (attr === ABSENT || !positional[i](f, attr)) return false;
        }
      }
    }
    for (let i = 0; i < kwNames.length; i++) {
      if (names.includes(kwNames[i])) throw typeError(`${c.name}() got multiple sub-patterns for attribute '${kwNames[i]}'`);
      const attr = attrOrAbsent(f, v, kwNames[i]);
      if (attr === ABSENT || !kwPatterns[i](f, attr)) return false;
    }
    void rt;
    return true;
  };
}

function attrOrAbsent(f: Frame, v: Value, name: string): Value {
  try {
    return getAttr(f.rt, v, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubclassOf(AttributeErrorType)) {
      f.rt.caughtIn(e, f);
      return ABSENT;
    }
    throw e;
  }
}
