/**
 * Assignment and deletion targets: names (by binding kind), attributes,
 * subscripts, and tuple/list unpacking with an optional starred target.
 */
import type * as A from '../ast.js';
import type { Value } from '../runtime/object.js';
import { DictType, ListType, TupleType } from '../runtime/types.js';
import { PyList, PyTuple } from '../runtime/values.js';
import { ENTRY_BYTES, PyDict } from '../runtime/dict.js';
import { typeError, valueError } from '../runtime/exceptions.js';
import { DONE, getIterOrNull, iterNext } from '../runtime/iter.js';
import { setAttr } from '../runtime/attrs.js';
import { delItem, setItem } from '../runtime/subscript.js';
import { typeName } from '../runtime/ops.js';
import type { Frame, Runtime } from '../runtime/runtime.js';
import { Ctx, type Store } from './context.js';
import { compileExpr } from './expr.js';
import { freeUnbound, unboundLocal, undefinedName } from './support.js';

export function compileStoreBinding(ctx: Ctx, name: string): Store {
  const b = ctx.scope.lookup(name);
  switch (b.kind) {
    case 'local': {
      const i = b.slot;
      return (f, v) => {
        f.locals[i] = v;
      };
    }
    case 'cell': {
      const i = b.slot;
      return (f, v) => {
        f.locals[i].v = v;
      };
    }
    case 'global': {
      const gi = ctx.globalIndex(name);
      return (f, v) => {
        f.g[gi].v = v;
      };
    }
    case 'class':
      return (f, v) => {
        f.ns!.set(name, v);
      };
  }
}

export function compileStore(ctx: Ctx, t: A.Expr): Store {
  switch (t.kind) {
    case 'Name':
      return compileStoreBinding(ctx, t.id);
    case 'Attribute': {
      const obj = compileExpr(ctx, t.value);
      const name = t.attr;
      return (f, v) => setAttr(f.rt, obj(f), name, v);
    }
    case 'Subscript': {
      const obj = compileExpr(ctx, t.value);
      const key = compileExpr(ctx, t.slice);
      return (f, v) => {
        const o = obj(f);
        const k = key(f);
        if (typeof k === 'number' && o instanceof PyList && o.cls === ListType) {
          const items = o.items;
          const j = k < 0 ? k + items.length : k;
          if (j >= 0 && j < items.length) {
            items[j] = v;
            return;
          }
        } else if ((typeof k === 'string' || typeof k === 'number') && o instanceof PyDict && o.cls === DictType) {
          if (!o.map.has(k)) {
            o.version++;
            const rt = f.rt;
            if ((rt.memoryLeft -= ENTRY_BYTES) < 0) rt.memoryExceeded();
          }
          o.map.set(k, v);
          return;
        }
        setItem(f.rt, o, k, v);
      };
    }
    case 'Tuple':
    case 'List':
      return compileUnpack(ctx, t.elts, t);
    case 'Starred':
      throw ctx.syntaxError('starred assignment target must be in a list or tuple', t);
    default:
      throw ctx.syntaxError('cannot assign to expression', t);
  }
}

function compileUnpack(ctx: Ctx, elts: A.Expr[], node: A.Pos): Store {
  const starAt = elts.findIndex((e) => e.kind === 'Starred');
  if (starAt >= 0 && elts.slice(starAt + 1).some((e) => e.kind === 'Starred')) {
    throw ctx.syntaxError('multiple starred expressions in assignment', node);
  }
  const stores = elts.map((e) => (e.kind === 'Starred' ? compileStore(ctx, e.value) : compileStore(ctx, e)));
  const n = elts.length;
  if (starAt < 0) {
    if (n === 2) {
      const [s0, s1] = stores;
      return (f, v) => {
        const items = unpackExact(f.rt, v, 2);
        s0(f, items[0]);
        s1(f, items[1]);
      };
    }
    return (f, v) => {
      const items = unpackExact(f.rt, v, n);
      for (let i = 0; i < n; i++) stores[i](f, items[i]);
    };
  }
  const before = starAt;
  const after = n - starAt - 1;
  return (f, v) => {
    const items = unpackAll(f.rt, v);
    if (items.length < before + after) {
      throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
    }
    for (let i = 0; i < before; i++) stores[i](f, items[i]);
    stores[before](f, new PyList(items.slice(before, items.length - after)));
    for (let i = 0; i < after; i++) stores[before + 1 + i](f, items[items.length - after + i]);
  };
}

function notIterable(v: Value) {
  return typeError(`cannot unpack non-iterable ${typeName(v)} object`);
}

/** Exactly `n` items of `v`, with CPython's unpacking errors. */
export function unpackExact(rt: Runtime, v: Value, n: number): Value[] {
  if ((v instanceof PyTuple || v instanceof PyList) && keepsBuiltinIter(v)) {
    const items = v.items;
    if (items.length === n) return items;
    if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    throw valueError(`too many values to unpack (expected ${n})`);
  }
  const it = getIterOrNull(rt, v);
  if (it === null) throw notIterable(v);
  const out: Value[] = [];
  for (let i = 0; i < n; i++) {
    const x = iterNext(rt, it);
    if (x === DONE) throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
    out.push(x);
  }
  if (iterNext(rt, it) !== DONE) throw valueError(`too many values to unpack (expected ${n})`);
  return out;
}

/** A list/tuple (or subclass) that iterates over its items (a subclass may override __iter__). */
function keepsBuiltinIter(v: PyTuple | PyList): boolean {
  const cls = v.cls;
  if (cls.builtin) return true;
  const base = v instanceof PyTuple ? TupleType : ListType;
  return cls.lookup('__iter__') === base.dict.get('__iter__');
}

function unpackAll(rt: Runtime, v: Value): Value[] {
  if ((v instanceof PyTuple || v instanceof PyList) && keepsBuiltinIter(v)) return v.items.slice();
  const it = getIterOrNull(rt, v);
  if (it === null) throw notIterable(v);
  const out: Value[] = [];
  for (;;) {
    const x = iterNext(rt, it);
    if (x === DONE) return out;
    if (--rt.ticks < 0) rt.checkpoint();
    out.push(x);
  }
}

// ---------------------------------------------------------------- del

export function compileDelete(ctx: Ctx, t: A.Expr): (f: Frame) => void {
  switch (t.kind) {
    case 'Name': {
      const name = t.id;
      const b = ctx.scope.lookup(name);
      switch (b.kind) {
        case 'local': {
          const i = b.slot;
          return (f) => {
            if (f.locals[i] === undefined) throw unboundLocal(name);
            f.locals[i] = undefined;
          };
        }
        case 'cell': {
          const i = b.slot;
          const free = ctx.scope.freeSlots.includes(i);
          return (f) => {
            if (f.locals[i].v === undefined) throw free ? freeUnbound(name) : unboundLocal(name);
            f.locals[i].v = undefined;
          };
        }
        case 'global': {
          const gi = ctx.globalIndex(name);
          return (f) => {
            if (f.g[gi].v === undefined) throw undefinedName(name);
            f.g[gi].v = undefined;
          };
        }
        case 'class':
          return (f) => {
            if (!f.ns!.delete(name)) throw undefinedName(name);
          };
      }
      break;
    }
    case 'Attribute': {
      const obj = compileExpr(ctx, t.value);
      const name = t.attr;
      return (f) => setAttr(f.rt, obj(f), name, undefined);
    }
    case 'Subscript': {
      const obj = compileExpr(ctx, t.value);
      const key = compileExpr(ctx, t.slice);
      return (f) => {
        const o = obj(f);
        delItem(f.rt, o, key(f));
      };
    }
    case 'Tuple':
    case 'List': {
      const parts = t.elts.map((e) => compileDelete(ctx, e));
      return (f) => {
        for (const p of parts) p(f);
      };
    }
  }
  throw ctx.syntaxError('cannot delete expression', t);
}
