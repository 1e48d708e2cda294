/**
 * Runtime support called by compiled closures: name errors, builtin lookup,
 * building displays with unpacking, f-string fields.
 */
import type { Value } from '../runtime/object.js';
import { PyObject } from '../runtime/object.js';
import { UnboundLocalErrorType, makeException, nameError, typeError } from '../runtime/exceptions.js';
import { PyList, PyTuple, tuple } from '../runtime/values.js';
import { PyDict, PySet } from '../runtime/dict.js';
import { toArray, iterate } from '../runtime/iter.js';
import { ascii, repr, str, typeName } from '../runtime/ops.js';
import { formatValue } from '../runtime/format.js';
import { getAttr } from '../runtime/attrs.js';
import { callValue } from '../runtime/call.js';
import { getItem } from '../runtime/subscript.js';
import type { Frame, Runtime } from '../runtime/runtime.js';
import type { E } from './context.js';

/** Global slot `gi` was unbound: fall back to builtins, else NameError. */
export function loadBuiltin(f: Frame, gi: number): Value {
  const cell = f.g[gi];
  const cached = cell.builtin;
  if (cached !== undefined) return cached;
  // Cells belong to one interpreter's namespace and builtins to the same interpreter, so caching is safe.
  const v = f.rt.builtins.get(cell.name);
  if (v === undefined) throw undefinedName(cell.name);
  cell.builtin = v;
  return v;
}

export function undefinedName(name: string) {
  const e = nameError(`name '${name}' is not defined`);
  e.dict.set('name', name);
  return e;
}

export function unboundLocal(name: string) {
  const e = makeException(UnboundLocalErrorType, `cannot access local variable '${name}' where it is not associated with a value`);
  e.dict.set('name', name);
  return e;
}

export function freeUnbound(name: string) {
  const e = nameError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  e.dict.set('name', name);
  return e;
}

export interface Part {
  star: boolean;
  fn: E;
}

function collect(f: Frame, parts: Part[]): Value[] {
  const out: Value[] = [];
  for (const p of parts) {
    if (!p.star) {
      out.push(p.fn(f));
      continue;
    }
    const v = p.fn(f);
    iterate(f.rt, v, (x) => {
      out.push(x);
    });
    f.rt.checkValueSize(out.length * 8, 'unpacked sequence');
  }
  return out;
}

export function buildTuple(f: Frame, parts: Part[]): PyTuple {
  return tuple(collect(f, parts));
}

export function buildList(f: Frame, parts: Part[]): PyList {
  return new PyList(collect(f, parts));
}

export function buildSet(f: Frame, parts: Part[]): PySet {
  const s = new PySet();
  for (const x of collect(f, parts)) s.add(f.rt, x);
  return s;
}

export interface DictEntry {
  /** null for `**mapping`. */
  key: E | null;
  value: E;
}

export function buildDict(f: Frame, entries: DictEntry[]): PyDict {
  const d = new PyDict();
  const rt = f.rt;
  for (const en of entries) {
    if (en.key !== null) {
      const k = en.key(f);
      d.set(rt, k, en.value(f));
    } else {
      mergeMapping(rt, d, en.value(f), null);
    }
  }
  return d;
}

/**
 * Copies a mapping's items into `d` (dict fast path, else `keys()` + `[]`).
 * With `fnName`, duplicate keys are an error (as for `f(**a, **b)`).
 */
export function mergeMapping(rt: Runtime, d: PyDict, m: Value, fnName: string | null): void {
  if (m instanceof PyDict && fnName === null) {
    d.updateFrom(rt, m);
    return;
  }
  const keys = m instanceof PyDict ? [...m.keys()] : mappingKeys(rt, m);
  for (const k of keys) {
    if (fnName !== null && d.has(rt, k)) {
      throw typeError(`${fnName}() got multiple values for keyword argument '${str(rt, k)}'`);
    }
    d.set(rt, k, m instanceof PyDict ? m.get(rt, k) : getItem(rt, m, k));
  }
}

function mappingKeys(rt: Runtime, m: Value): Value[] {
  if (!(m instanceof PyObject) || m.cls.lookup('keys') === undefined) {
    throw typeError(`'${typeName(m)}' object is not a mapping`);
  }
  return toArray(rt, callValue(rt, getAttr(rt, m, 'keys'), [], null));
}

/** One f-string field: conversion, then `format(value, spec)`. */
export function formatField(f: Frame, v: Value, conv: 'r' | 's' | 'a' | null, spec: string): string {
  if (conv === null) {
    if (spec === '') {
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return String(v);
    }
  } else {
    v = conv === 'r' ? repr(f.rt, v) : conv === 's' ? str(f.rt, v) : ascii(f.rt, v);
    if (spec === '') return v as string;
  }
  return formatValue(f.rt, v, spec);
}
