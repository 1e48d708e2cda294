/**
 * Expression compilation. Hot operators get inline fast paths for the common
 * JS representations (small ints as numbers, str as strings) and fall back to
 * the generic runtime protocol (`binaryOp`, `compare`, `getItem`, ...).
 */
import type * as A from '../ast.js';
import type { Value } from '../runtime/object.js';
import { PyInstance } from '../runtime/object.js';
import { Ellipsis, None, ListType, DictType, TupleType } from '../runtime/types.js';
import { PyBytes, PyFloat, PyList, PySlice, PyTuple, tuple, EMPTY_TUPLE } from '../runtime/values.js';
import { ENTRY_BYTES, PyDict, PySet } from '../runtime/dict.js';
import { intFloorDiv, intMod, normBig } from '../runtime/int.js';
import { binaryOp, unaryOp, type BinOp } from '../runtime/arith.js';
import { compare, contains, type CmpOp } from '../runtime/compare.js';
import { truthy } from '../runtime/ops.js';
import { getAttr } from '../runtime/attrs.js';
import { getItem } from '../runtime/subscript.js';
import { keyError } from '../runtime/exceptions.js';
import { hasSurrogates } from '../runtime/str.js';
import type { Frame, Runtime } from '../runtime/runtime.js';
import { Ctx, type E } from './context.js';
import { compileCall } from './calls.js';
import { compileComprehension, compileLambda } from './functions.js';
import { compileStoreBinding } from './targets.js';
import {
  buildDict, buildList, buildSet, buildTuple, formatField, freeUnbound, loadBuiltin, unboundLocal,
} from './support.js';

const MAX = Number.MAX_SAFE_INTEGER;

export function compileExpr(ctx: Ctx, e: A.Expr): E {
  switch (e.kind) {
    case 'Name':
      return compileName(ctx, e.id);
    case 'Int': {
      const v = normBig(e.value);
      return () => v;
    }
    case 'Float': {
      const v = new PyFloat(e.value);
      return () => v;
    }
    case 'Imag':
      throw ctx.syntaxError('complex numbers (imaginary literals) are not supported in Sandling', e);
    case 'Str': {
      const v = e.value;
      return () => v;
    }
    case 'Bytes': {
      const v = new PyBytes(e.value);
      return () => v;
    }
    case 'Bool': {
      const v = e.value;
      return () => v;
    }
    case 'None':
      return () => None;
    case 'Ellipsis':
      return () => Ellipsis;
    case 'FString':
      return compileFString(ctx, e);
    case 'FormattedValue':
      return compileFString(ctx, { kind: 'FString', parts: [e], line: e.line, col: e.col });
    case 'BinOp': {
      const chain = compileLongChain(ctx, e);
      if (chain !== null) return chain;
      const fused = compileLocalConstBinOp(ctx, e);
      if (fused !== null) return fused;
      return compileBinOp(e.op, compileExpr(ctx, e.left), compileExpr(ctx, e.right), e.right);
    }
    case 'UnaryOp':
      return compileUnary(ctx, e);
    case 'BoolOp':
      return compileBoolOp(ctx, e);
    case 'Compare':
      return compileCompare(ctx, e);
    case 'Call':
      return compileCall(ctx, e);
    case 'Attribute': {
      const obj = compileExpr(ctx, e.value);
      const name = e.attr;
      return (f) => getAttr(f.rt, obj(f), name);
    }
    case 'Subscript':
      return compileSubscript(ctx, e);
    case 'Slice': {
      const lo = e.lower ? compileExpr(ctx, e.lower) : null;
      const hi = e.upper ? compileExpr(ctx, e.upper) : null;
      const st = e.step ? compileExpr(ctx, e.step) : null;
      return (f) => new PySlice(lo ? lo(f) : None, hi ? hi(f) : None, st ? st(f) : None);
    }
    case 'Starred':
      throw ctx.syntaxError("can't use starred expression here", e);
    case 'List':
      return compileSequence(ctx, e.elts, buildList, (items) => new PyList(items));
    case 'Tuple':
      return compileTuple(ctx, e);
    case 'Set':
      return compileSequence(ctx, e.elts, buildSet, null);
    case 'Dict':
      return compileDict(ctx, e);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return compileComprehension(ctx, e);
    case 'IfExp': {
      const test = compileExpr(ctx, e.test);
      const body = compileExpr(ctx, e.body);
      const orelse = compileExpr(ctx, e.orelse);
      return (f) => {
        const t = test(f);
        return (t === true || (t !== false && truthy(f.rt, t))) ? body(f) : orelse(f);
      };
    }
    case 'Lambda':
      return compileLambda(ctx, e);
    case 'NamedExpr': {
      const value = compileExpr(ctx, e.value);
      const store = compileStoreBinding(ctx, e.target.id);
      return (f) => {
        const v = value(f);
        store(f, v);
        return v;
      };
    }
    case 'Yield':
    case 'YieldFrom':
      // Only reachable through generator compilation (see generators.ts).
      throw ctx.syntaxError("'yield' outside function", e);
  }
}

// ---------------------------------------------------------------- names

export function compileName(ctx: Ctx, name: string): E {
  const b = ctx.scope.lookup(name);
  switch (b.kind) {
    case 'local': {
      const i = b.slot;
      return (f) => {
        const v = f.locals[i];
        if (v === undefined) throw unboundLocal(name);
        return v;
      };
    }
    case 'cell': {
      const i = b.slot;
      const free = ctx.scope.freeSlots.includes(i);
      return (f) => {
        const v = f.locals[i].v;
        if (v === undefined) throw free ? freeUnbound(name) : unboundLocal(name);
        return v;
      };
    }
    case 'global': {
      const gi = ctx.globalIndex(name);
      return (f) => {
        const v = f.g[gi].v;
        return v !== undefined ? v : loadBuiltin(f, gi);
      };
    }
    case 'class': {
      const fallback = b.fallback;
      const fb = fallback.kind === 'global'
        ? ((gi: number) => (f: Frame) => {
          const v = f.g[gi].v;
          return v !== undefined ? v : loadBuiltin(f, gi);
        })(ctx.globalIndex(name))
        : ((i: number) => (f: Frame) => {
          const v = f.locals[i].v;
          if (v === undefined) throw freeUnbound(name);
          return v;
        })((fallback as { slot: number }).slot);
      return (f) => {
        const v = f.ns!.get(name);
        return v !== undefined ? v : fb(f);
      };
    }
  }
}

// ---------------------------------------------------------------- operand shapes

/** The slot of a plain (non-cell) local variable, or -1. */
export function localSlot(ctx: Ctx, e: A.Expr): number {
  if (e.kind !== 'Name') return -1;
  const b = ctx.scope.lookup(e.id);
  return b.kind === 'local' ? b.slot : -1;
}

/** A small int constant's value, or null. */
export function smallIntConst(e: A.Expr): number | null {
  if (e.kind === 'Int' && e.value < 2n ** 31n && e.value > -(2n ** 31n)) return Number(e.value);
  if (e.kind === 'UnaryOp' && e.op === '-' && e.operand.kind === 'Int' && e.operand.value < 2n ** 31n) return -Number(e.operand.value);
  return null;
}

// ---------------------------------------------------------------- operators

/** Compiles `l op r`; `rightNode` lets small int constants on the right get a tighter fast path. */
export function compileBinOp(op: BinOp, l: E, r: E, rightNode?: A.Expr): E {
  const k = rightNode && rightNode.kind === 'Int' && rightNode.value < 2n ** 31n && rightNode.value > -(2n ** 31n)
    ? Number(rightNode.value) : null;
  switch (op) {
    case '+':
      if (k !== null) {
        return (f) => {
          const a = l(f);
          if (typeof a === 'number') {
            const x = a + k;
            if (x <= MAX && x >= -MAX) return x;
          }
          return binaryOp(f.rt, '+', a, k);
        };
      }
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const x = a + b;
          if (x <= MAX && x >= -MAX) return x;
        } else if (typeof a === 'string' && typeof b === 'string') {
          const n = a.length + b.length;
          const rt = f.rt;
          if (n > 65536) rt.checkValueSize(n * 2, 'string');
          if ((rt.memoryLeft -= n) < 0) rt.memoryExceeded();
          return a + b;
        }
        return binaryOp(f.rt, '+', a, b);
      };
    case '-':
      if (k !== null) {
        return (f) => {
          const a = l(f);
          if (typeof a === 'number') {
            const x = a - k;
            if (x <= MAX && x >= -MAX) return x;
          }
          return binaryOp(f.rt, '-', a, k);
        };
      }
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const x = a - b;
          if (x <= MAX && x >= -MAX) return x;
        }
        return binaryOp(f.rt, '-', a, b);
      };
    case '*':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const x = a * b;
          if (x <= MAX && x >= -MAX) return x + 0;
        }
        return binaryOp(f.rt, '*', a, b);
      };
    case '//':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') return intFloorDiv(a, b);
        return binaryOp(f.rt, '//', a, b);
      };
    case '%':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') return a >= 0 && b > 0 ? a % b : intMod(a, b);
        return binaryOp(f.rt, '%', a, b);
      };
    case '/':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number' && b !== 0) return new PyFloat(a / b);
        return binaryOp(f.rt, '/', a, b);
      };
    case '&':
    case '|':
    case '^':
    case '<<':
    case '>>':
    case '**':
    case '@':
      return (f) => binaryOp(f.rt, op, l(f), r(f));
  }
}

/** Chains longer than this (`1 + 1 + ... + 1`) evaluate in a loop instead of nested closures. */
const LONG_CHAIN = 48;

function compileLongChain(ctx: Ctx, e: A.BinOp): E | null {
  const links: A.BinOp[] = [];
  let cur: A.Expr = e;
  while (cur.kind === 'BinOp') {
    links.push(cur);
    cur = cur.left;
  }
  if (links.length < LONG_CHAIN) return null;
  links.reverse();
  const first = compileExpr(ctx, cur);
  const steps = links.map((l) => ({ op: l.op, right: compileExpr(ctx, l.right) }));
  return (f) => {
    let acc = first(f);
    for (let i = 0; i < steps.length; i++) acc = binaryOp(f.rt, steps[i].op, acc, steps[i].right(f));
    return acc;
  };
}

/** `local + k` / `local - k`: one closure instead of three (the hottest shape in loops and recursion). */
function compileLocalConstBinOp(ctx: Ctx, e: A.BinOp): E | null {
  const slot = localSlot(ctx, e.left);
  const k = smallIntConst(e.right);
  if (slot < 0 || k === null || (e.op !== '+' && e.op !== '-')) return null;
  const name = (e.left as A.Name).id;
  const d = e.op === '+' ? k : -k;
  const op = e.op;
  return (f) => {
    const a = f.locals[slot];
    if (typeof a === 'number') {
      const x = a + d;
      if (x <= MAX && x >= -MAX) return x;
    } else if (a === undefined) {
      throw unboundLocal(name);
    }
    return binaryOp(f.rt, op, a, k);
  };
}

function compileUnary(ctx: Ctx, e: A.UnaryOp): E {
  const operand = compileExpr(ctx, e.operand);
  switch (e.op) {
    case 'not':
      return (f) => {
        const v = operand(f);
        return v === true ? false : v === false ? true : !truthy(f.rt, v);
      };
    case '-':
      if (e.operand.kind === 'Int') {
        const v = normBig(-e.operand.value);
        return () => v;
      }
      return (f) => {
        const v = operand(f);
        return typeof v === 'number' ? 0 - v : unaryOp(f.rt, '-', v);
      };
    case '+':
    case '~':
      return (f) => unaryOp(f.rt, e.op as '+' | '~', operand(f));
  }
}

function compileBoolOp(ctx: Ctx, e: A.BoolOp): E {
  const parts = e.values.map((v) => compileExpr(ctx, v));
  const isAnd = e.op === 'and';
  if (parts.length === 2) {
    const [a, b] = parts;
    if (isAnd) {
      return (f) => {
        const v = a(f);
        if (v === false || (v !== true && !truthy(f.rt, v))) return v;
        return b(f);
      };
    }
    return (f) => {
      const v = a(f);
      if (v === true || (v !== false && truthy(f.rt, v))) return v;
      return b(f);
    };
  }
  const last = parts.length - 1;
  return (f) => {
    let v: Value;
    for (let i = 0; i < last; i++) {
      v = parts[i](f);
      const t = v === true || (v !== false && truthy(f.rt, v));
      if (t !== isAnd) return v;
    }
    return parts[last](f);
  };
}

/** One comparison `a op b` returning a Python value (bool for builtins). */
function comparator(op: A.CmpOpName): (f: Frame, a: Value, b: Value) => Value {
  switch (op) {
    case '<':
      return (f, a, b) => (typeof a === 'number' && typeof b === 'number' ? a < b : compare(f.rt, a, b, '<'));
    case '<=':
      return (f, a, b) => (typeof a === 'number' && typeof b === 'number' ? a <= b : compare(f.rt, a, b, '<='));
    case '>':
      return (f, a, b) => (typeof a === 'number' && typeof b === 'number' ? a > b : compare(f.rt, a, b, '>'));
    case '>=':
      return (f, a, b) => (typeof a === 'number' && typeof b === 'number' ? a >= b : compare(f.rt, a, b, '>='));
    case '==':
      return (f, a, b) => {
        const t = typeof a;
        if (t === typeof b && (t === 'number' || t === 'string')) return a === b;
        return compare(f.rt, a, b, '==');
      };
    case '!=':
      return (f, a, b) => {
        const t = typeof a;
        if (t === typeof b && (t === 'number' || t === 'string')) return a !== b;
        return compare(f.rt, a, b, '!=');
      };
    case 'is':
      return (_f, a, b) => a === b;
    case 'is not':
      return (_f, a, b) => a !== b;
    case 'in':
      return (f, a, b) => contains(f.rt, b, a);
    case 'not in':
      return (f, a, b) => !contains(f.rt, b, a);
  }
}

/** `local < k` (and the other orderings/equalities) against a small int: one closure. */
function compileLocalConstCompare(ctx: Ctx, e: A.Compare): E | null {
  if (e.ops.length !== 1) return null;
  const slot = localSlot(ctx, e.left);
  const k = smallIntConst(e.comparators[0]);
  if (slot < 0 || k === null) return null;
  const name = (e.left as A.Name).id;
  const load = (f: Frame) => {
    const a = f.locals[slot];
    if (a === undefined) throw unboundLocal(name);
    return a;
  };
  switch (e.ops[0]) {
    case '<':
      return (f) => {
        const a = f.locals[slot];
        return typeof a === 'number' ? a < k : compare(f.rt, load(f), k, '<');
      };
    case '<=':
      return (f) => {
        const a = f.locals[slot];
        return typeof a === 'number' ? a <= k : compare(f.rt, load(f), k, '<=');
      };
    case '>':
      return (f) => {
        const a = f.locals[slot];
        return typeof a === 'number' ? a > k : compare(f.rt, load(f), k, '>');
      };
    case '>=':
      return (f) => {
        const a = f.locals[slot];
        return typeof a === 'number' ? a >= k : compare(f.rt, load(f), k, '>=');
      };
    case '==':
      return (f) => {
        const a = f.locals[slot];
        return typeof a === 'number' ? a === k : compare(f.rt, load(f), k, '==');
      };
    case '!=':
      return (f) => {
        const a = f.locals[slot];
        return typeof a === 'number' ? a !== k : compare(f.rt, load(f), k, '!=');
      };
    default:
      return null;
  }
}

function compileCompare(ctx: Ctx, e: A.Compare): E {
  const fused = compileLocalConstCompare(ctx, e);
  if (fused !== null) return fused;
  const left = compileExpr(ctx, e.left);
  const rights = e.comparators.map((c) => compileExpr(ctx, c));
  if (e.ops.length === 1) {
    const right = rights[0];
    const op = e.ops[0];
    // Inline the hottest shapes.
    switch (op) {
      case '<':
        return (f) => {
          const a = left(f);
          const b = right(f);
          return typeof a === 'number' && typeof b === 'number' ? a < b : compare(f.rt, a, b, '<');
        };
      case '==':
        return (f) => {
          const a = left(f);
          const b = right(f);
          const t = typeof a;
          if (t === typeof b && (t === 'number' || t === 'string')) return a === b;
          return compare(f.rt, a, b, '==');
        };
      case 'is':
        return (f) => left(f) === right(f);
      case 'is not':
        return (f) => left(f) !== right(f);
      default: {
        const cmp = comparator(op);
        return (f) => {
          const a = left(f);
          return cmp(f, a, right(f));
        };
      }
    }
  }
  const cmps = e.ops.map(comparator);
  const n = cmps.length;
  return (f) => {
    let a = left(f);
    let result: Value = true;
    for (let i = 0; i < n; i++) {
      const b = rights[i](f);
      result = cmps[i](f, a, b);
      if (i < n - 1 && !(result === true || (result !== false && truthy(f.rt, result)))) return result;
      a = b;
    }
    return result;
  };
}

export type { CmpOp };

// ---------------------------------------------------------------- subscripts

function compileSubscript(ctx: Ctx, e: A.Subscript): E {
  const obj = compileExpr(ctx, e.value);
  if (e.slice.kind === 'Slice' && e.slice.step === null) {
    const lo = e.slice.lower ? compileExpr(ctx, e.slice.lower) : null;
    const hi = e.slice.upper ? compileExpr(ctx, e.slice.upper) : null;
    return (f) => {
      const o = obj(f);
      const a = lo === null ? None : lo(f);
      const b = hi === null ? None : hi(f);
      if (typeof o === 'string' && (a === None || typeof a === 'number') && (b === None || typeof b === 'number') && !hasSurrogates(o)) {
        const n = o.length;
        let s = a === None ? 0 : (a as number) < 0 ? Math.max(0, (a as number) + n) : Math.min(a as number, n);
        const t = b === None ? n : (b as number) < 0 ? Math.max(0, (b as number) + n) : Math.min(b as number, n);
        if (s > t) s = t;
        return o.slice(s, t);
      }
      return getItem(f.rt, o, new PySlice(a, b, None));
    };
  }
  const key = compileExpr(ctx, e.slice);
  return (f) => {
    const o = obj(f);
    const k = key(f);
    if (typeof k === 'number') {
      if (o instanceof PyList && o.cls === ListType) {
        const items = o.items;
        const j = k < 0 ? k + items.length : k;
        if (j >= 0 && j < items.length) return items[j];
      } else if (o instanceof PyTuple && o.cls === TupleType) {
        const items = o.items;
        const j = k < 0 ? k + items.length : k;
        if (j >= 0 && j < items.length) return items[j];
      } else if (o instanceof PyDict && o.cls === DictType) {
        // Int-valued keys (incl. True and 1.0) are stored under the number itself.
        const v = o.map.get(k);
        if (v !== undefined) return v;
        throw keyError(k);
      }
    } else if (typeof k === 'string' && o instanceof PyDict && o.cls === DictType) {
      const v = o.map.get(k);
      if (v !== undefined) return v;
      throw keyError(k);
    }
    return getItem(f.rt, o, k);
  };
}

// ---------------------------------------------------------------- displays

function hasStar(elts: A.Expr[]): boolean {
  return elts.some((x) => x.kind === 'Starred');
}

/** Compiles the elements of a display into a function producing a fresh JS array. */
export function compileItems(ctx: Ctx, elts: A.Expr[]): (f: Frame) => Value[] {
  if (!hasStar(elts)) {
    const parts = elts.map((x) => compileExpr(ctx, x));
    switch (parts.length) {
      case 0:
        return () => [];
      case 1: {
        const [a] = parts;
        return (f) => [a(f)];
      }
      case 2: {
        const [a, b] = parts;
        return (f) => [a(f), b(f)];
      }
      case 3: {
        const [a, b, c] = parts;
        return (f) => [a(f), b(f), c(f)];
      }
      default:
        return (f) => {
          const out = new Array(parts.length);
          for (let i = 0; i < parts.length; i++) out[i] = parts[i](f);
          return out;
        };
    }
  }
  const parts = elts.map((x) => (x.kind === 'Starred'
    ? { star: true, fn: compileExpr(ctx, x.value) }
    : { star: false, fn: compileExpr(ctx, x) }));
  return (f) => buildTuple(f, parts).items.slice();
}

function compileSequence(ctx: Ctx, elts: A.Expr[], build: typeof buildList | typeof buildSet, fromArray: ((items: Value[]) => Value) | null): E {
  if (!hasStar(elts) && fromArray !== null) {
    const items = compileItems(ctx, elts);
    const bytes = 32 + 8 * elts.length;
    return (f) => {
      const rt = f.rt;
      if ((rt.memoryLeft -= bytes) < 0) rt.memoryExceeded();
      return fromArray(items(f));
    };
  }
  const parts = elts.map((x) => (x.kind === 'Starred'
    ? { star: true, fn: compileExpr(ctx, x.value) }
    : { star: false, fn: compileExpr(ctx, x) }));
  return (f) => build(f, parts);
}

export function isConstantExpr(e: A.Expr): boolean {
  switch (e.kind) {
    case 'Int': case 'Float': case 'Str': case 'Bytes': case 'Bool': case 'None': case 'Ellipsis':
      return true;
    case 'Tuple':
      return e.elts.every(isConstantExpr);
    default:
      return false;
  }
}

function compileTuple(ctx: Ctx, e: A.TupleExpr): E {
  if (e.elts.length === 0) return () => EMPTY_TUPLE;
  if (e.elts.every(isConstantExpr)) {
    // Tuples of constants are immutable: build once.
    const items = e.elts.map((x) => compileExpr(ctx, x)(null as unknown as Frame));
    const t = tuple(items);
    return () => t;
  }
  const items = compileItems(ctx, e.elts);
  return (f) => tuple(items(f));
}

function compileDict(ctx: Ctx, e: A.DictExpr): E {
  const entries = e.keys.map((k, i) => ({
    key: k === null ? null : compileExpr(ctx, k),
    value: compileExpr(ctx, e.values[i]),
  }));
  // The usual display, `{"name": ..., "port": ...}`: string-literal keys go straight into the map.
  if (e.keys.length > 0 && e.keys.every((k) => k !== null && k.kind === 'Str')) {
    const keys = e.keys.map((k) => (k as A.StrLit).value);
    const values = entries.map((en) => en.value);
    const n = keys.length;
    return (f) => {
      const d = new PyDict();
      const map = d.map;
      for (let i = 0; i < n; i++) map.set(keys[i], values[i](f));
      d.version = map.size;
      f.rt.allocate(map.size * ENTRY_BYTES);
      return d;
    };
  }
  return (f) => buildDict(f, entries);
}

// ---------------------------------------------------------------- f-strings

function compileFString(ctx: Ctx, e: A.FString): E {
  const parts: (string | ((f: Frame) => string))[] = [];
  for (const p of e.parts) {
    if (typeof p === 'string') {
      if (p !== '') parts.push(p);
      continue;
    }
    const value = compileExpr(ctx, p.value);
    const conv = p.conversion;
    const spec = p.spec === null ? null : compileFString(ctx, p.spec);
    parts.push((f) => formatField(f, value(f), conv, spec === null ? '' : (spec(f) as string)));
  }
  if (parts.length === 0) return () => '';
  if (parts.length === 1) {
    const p = parts[0];
    return typeof p === 'string' ? () => p : p;
  }
  const n = parts.length;
  return (f) => {
    const out: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const p = parts[i];
      out[i] = typeof p === 'string' ? p : p(f);
    }
    return joinFString(f.rt, out);
  };
}

/**
 * The pieces of an f-string joined, charged to the limits. join (not +=)
 * builds a flat string: V8 would otherwise keep a rope of the parts, which
 * costs more to store, collect and split later.
 */
export function joinFString(rt: Runtime, pieces: string[]): string {
  let size = 0;
  for (let i = 0; i < pieces.length; i++) size += pieces[i].length;
  if (size > 65536) rt.checkValueSize(size * 2, 'string');
  if ((rt.memoryLeft -= size) < 0) rt.memoryExceeded();
  return pieces.join('');
}

export { PyInstance, PySet };
