/**
 * `int | None`-style union types (types.UnionType), accepted by isinstance and
 * issubclass, and small traceback objects (line numbers only: frames are never
 * exposed to scripts).
 */
import { PyClass, PyObject, type Value } from './object.js';
import { NoneType, None, NotImplemented, builtinType } from './types.js';
import { defineGetSets, defineMethods } from './function.js';
import { tuple } from './values.js';
import type { PyBaseException } from './exceptions.js';

export const UnionType = builtinType('UnionType', undefined, { module: 'types', subclassable: false });
export const TracebackType = builtinType('traceback', undefined, { subclassable: false });

export class PyUnion extends PyObject {
  constructor(readonly args: PyClass[]) {
    super();
  }
}
PyUnion.prototype.cls = UnionType;

function members(v: Value): PyClass[] | null {
  if (v === None) return [NoneType];
  if (v instanceof PyClass) return [v];
  if (v instanceof PyUnion) return v.args;
  return null;
}

/** `a | b` for types, None and unions; NotImplemented otherwise. */
export function makeUnion(a: Value, b: Value): Value {
  const x = members(a);
  const y = members(b);
  if (x === null || y === null) return NotImplemented;
  const all: PyClass[] = [];
  for (const c of [...x, ...y]) if (!all.includes(c)) all.push(c);
  return all.length === 1 ? all[0] : new PyUnion(all);
}

function memberRepr(c: PyClass): string {
  if (c === NoneType) return 'None';
  return c.module === 'builtins' ? c.qualname : `${c.module}.${c.qualname}`;
}

defineMethods(UnionType, {
  __or__(_rt, args) {
    return makeUnion(args[0], args[1]);
  },
  __ror__(_rt, args) {
    return makeUnion(args[1], args[0]);
  },
  __repr__(_rt, args) {
    return (args[0] as PyUnion).args.map(memberRepr).join(' | ');
  },
  __eq__(_rt, args) {
    const [a, b] = args;
    if (!(b instanceof PyUnion)) return NotImplemented;
    const x = (a as PyUnion).args;
    return x.length === b.args.length && x.every((c) => b.args.includes(c));
  },
  __hash__(_rt, args) {
    return (args[0] as PyUnion).args.length;
  },
}, { checkArity: true });
defineGetSets(UnionType, { __args__: (_rt, s) => tuple((s as PyUnion).args.slice()) });

/** One link of a traceback chain: `tb_lineno` and `tb_next`. */
export class PyTraceback extends PyObject {
  constructor(readonly exc: PyBaseException, readonly index: number, readonly line: number) {
    super();
  }
}
PyTraceback.prototype.cls = TracebackType;

/** The traceback object of an exception (outermost entry first), or a bare link for the current frame. */
export function tracebackOf(e: PyBaseException, currentLine: number): PyTraceback {
  const entries = e.traceback;
  if (entries.length === 0) return new PyTraceback(e, -1, currentLine);
  return new PyTraceback(e, entries.length - 1, entries[entries.length - 1].line);
}

defineGetSets(TracebackType, {
  tb_lineno: (_rt, s) => (s as PyTraceback).line,
  tb_next: (_rt, s) => {
    const t = s as PyTraceback;
    if (t.index <= 0) return None;
    return new PyTraceback(t.exc, t.index - 1, t.exc.traceback[t.index - 1].line);
  },
});
