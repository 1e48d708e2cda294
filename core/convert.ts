/**
 * The one converter between host (JavaScript) values and script values.
 *
 * Into scripts (`toScript`): null/undefined -> None, boolean -> bool, integral
 * number -> int, other number -> float, bigint -> int, string -> str, Array ->
 * list, Map -> dict, plain object (prototype Object.prototype or null) -> dict
 * with str keys, Uint8Array -> bytes, function -> a callable host function.
 * Anything else is refused with HostUsageError: no JS object ever becomes a
 * script value (values are copied, never wrapped).
 *
 * Out of scripts (`toHost`): None -> null, bool -> boolean, int -> number (or
 * bigint beyond 2^53), float -> number, str -> string, list/tuple -> Array,
 * dict -> null-prototype object when every key is a str (else Map), set and
 * frozenset -> Array, bytes -> Uint8Array. Other values are refused.
 * Both directions are depth-limited and reject cycles.
 */
import { HostUsageError, SandlingError } from './errors.js';
import { PyBoxed, PyObject, type Value } from './runtime/object.js';
import { None } from './runtime/types.js';
import { PyBytes, PyByteArray, PyFloat, PyList, PyTuple } from './runtime/values.js';
import { PyDict, PySetBase } from './runtime/dict.js';
import { PyBuiltin } from './runtime/function.js';
import { runtimeError, typeError } from './runtime/exceptions.js';
import { normBig } from './runtime/int.js';
import { typeName } from './runtime/ops.js';
import type { Runtime } from './runtime/runtime.js';

const MAX_DEPTH = 200;

/** A host function callable from scripts. */
export type HostFunction = (...args: unknown[]) => unknown;

export function toScript(rt: Runtime | null, v: unknown, depth = 0, seen: Set<object> = new Set()): Value {
  if (depth > MAX_DEPTH) throw new HostUsageError('value is nested too deeply to convert into the script');
  switch (typeof v) {
    case 'undefined':
      return None;
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      return Number.isSafeInteger(v) ? v + 0 : Number.isInteger(v) && Number.isFinite(v) ? normBig(BigInt(v)) : new PyFloat(v);
    case 'bigint':
      return normBig(v);
    case 'function':
      return hostFunction(v as HostFunction, (v as { name?: string }).name || 'host_function');
    case 'symbol':
      throw new HostUsageError('a symbol cannot be converted into a script value');
  }
  if (v === null) return None;
  if (v instanceof PyObject) throw new HostUsageError('script values cannot be passed back into a script');
  if (seen.has(v as object)) throw new HostUsageError('cannot convert a value that contains itself');
  seen.add(v as object);
  try {
    if (Array.isArray(v)) return new PyList(v.map((x) => toScript(rt, x, depth + 1, seen)));
    if (v instanceof Uint8Array) return new PyBytes(Uint8Array.from(v));
    if (v instanceof Map) {
      if (rt === null) throw new HostUsageError('Map values need a running interpreter to convert');
      const d = new PyDict();
      for (const [k, x] of v) d.set(rt, toScript(rt, k, depth + 1, seen), toScript(rt, x, depth + 1, seen));
      return d;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      const d = new PyDict();
      for (const k of Object.keys(v as object)) {
        d.map.set(k, toScript(rt, (v as Record<string, unknown>)[k], depth + 1, seen));
        d.version++;
      }
      return d;
    }
  } finally {
    seen.delete(v as object);
  }
  throw new HostUsageError(`cannot convert a ${(v as object).constructor?.name ?? 'object'} into a script value`);
}

export function toHost(v: Value, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new HostUsageError('value is nested too deeply to convert for the host');
  switch (typeof v) {
    case 'boolean':
    case 'string':
    case 'bigint':
    case 'number':
      return v;
  }
  if (v === None) return null;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map((x) => toHost(x, depth + 1));
  if (v instanceof PySetBase) return [...v.keys()].map((x) => toHost(x, depth + 1));
  if (v instanceof PyBytes || v instanceof PyByteArray) return Uint8Array.from(v.b);
  if (v instanceof PyBoxed) return toHost(v.value, depth + 1);
  if (v instanceof PyDict) {
    let allStr = true;
    for (const k of v.keys()) if (typeof k !== 'string') allStr = false;
    if (allStr) {
      const o: Record<string, unknown> = Object.create(null);
      for (const [k, x] of v.map) o[k as string] = toHost(x, depth + 1);
      return o;
    }
    const m = new Map<unknown, unknown>();
    for (const [nk, x] of v.map) m.set(toHost(v.keyOf(nk), depth + 1), toHost(x, depth + 1));
    return m;
  }
  throw new HostUsageError(`a script value of type '${typeName(v)}' cannot be converted for the host`);
}

/** Wraps a host function as a script builtin: arguments and results cross as plain data. */
export function hostFunction(fn: HostFunction, name: string): PyBuiltin {
  return new PyBuiltin(name, (rt, args, kwnames) => {
    rt.hostCall(name);
    if (kwnames !== null && kwnames.length > 0) {
      throw typeError(`${name}() takes no keyword arguments (host functions take positional arguments only)`);
    }
    let hostArgs: unknown[];
    try {
      hostArgs = args.map((a) => toHost(a));
    } catch (e) {
      if (e instanceof HostUsageError) throw typeError(`${name}(): ${e.message}`);
      throw e;
    }
    let result: unknown;
    try {
      result = fn(...hostArgs);
    } catch (e) {
      if (e instanceof SandlingError && !(e instanceof HostUsageError)) throw e;
      throw runtimeError(`host function ${name}() failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
      // Never await here: swallow the rejection so it cannot crash the host, and refuse clearly.
      (result as Promise<unknown>).then(undefined, () => undefined);
      throw typeError(`${name}() returned a Promise: async host functions need Sandbox`);
    }
    try {
      return toScript(rt, result);
    } catch (e) {
      if (e instanceof HostUsageError) throw typeError(`${name}() returned a value that cannot enter the script: ${e.message}`);
      throw e;
    }
  }, null, null, 'host');
}
