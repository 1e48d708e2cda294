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
import { types } from 'node:util';
import { HostError, HostUsageError, ResourceExhausted } from './errors.js';
import { PyBoxed, PyObject, type Value } from './runtime/object.js';
import { None } from './runtime/types.js';
import { PyBytes, PyByteArray, PyFloat, PyList, PyTuple } from './runtime/values.js';
import { PyDict, PySetBase } from './runtime/dict.js';
import { PyBuiltin } from './runtime/function.js';
import { PyBaseException, RuntimeErrorType, exceptionTypes, makeException, runtimeError, typeError } from './runtime/exceptions.js';
import { normBig } from './runtime/int.js';
import { typeName } from './runtime/ops.js';
import type { Runtime } from './runtime/runtime.js';

const MAX_DEPTH = 200;
/** Most values (containers and leaves) one conversion may produce: shared subtrees are copied per path. */
const MAX_NODES = 1_000_000;

/** A host function callable from scripts. */
export type HostFunction = (...args: unknown[]) => unknown;

interface Budget {
  nodes: number;
  /** The run the conversion is part of: copying is charged to its instruction budget. */
  rt: Runtime | null;
}

const CHARGE_EVERY = 256;

function spend(budget: Budget, direction: string): void {
  const n = ++budget.nodes;
  if (n > MAX_NODES) throw new HostUsageError(`value is too large to convert ${direction} (more than ${MAX_NODES} items)`);
  if (n % CHARGE_EVERY === 0 && budget.rt !== null) budget.rt.charge(CHARGE_EVERY);
}

/** Host value -> script value (copied); HostUsageError for anything that is not plain data. */
export function toScript(rt: Runtime | null, v: unknown): Value {
  try {
    return toScriptValue(rt, v, 0, new Set(), { nodes: 0, rt });
  } catch (e) {
    if (e instanceof HostUsageError || (rt !== null && e === rt.halted)) throw e;
    // A throwing getter or Proxy trap, an unhashable Map key...: the value is not plain data.
    throw new HostUsageError('a host value could not be converted into a script value');
  }
}

function toScriptValue(rt: Runtime | null, v: unknown, depth: number, seen: Set<object>, budget: Budget): Value {
  spend(budget, 'into the script');
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
      if (types.isProxy(v)) throw new HostUsageError('a Proxy cannot be converted into a script value');
      return hostFunction(v as HostFunction, safeFunctionName(v));
    case 'symbol':
      throw new HostUsageError('a symbol cannot be converted into a script value');
  }
  if (v === null) return None;
  if (types.isProxy(v)) throw new HostUsageError('a Proxy cannot be converted into a script value');
  if (v instanceof PyObject) throw new HostUsageError('script values cannot be passed back into a script');
  if (seen.has(v as object)) throw new HostUsageError('cannot convert a value that contains itself');
  seen.add(v as object);
  try {
    if (Array.isArray(v)) {
      const items: Value[] = new Array(v.length);
      // An index loop (not map) so holes of sparse arrays become None.
      for (let i = 0; i < v.length; i++) items[i] = toScriptValue(rt, dataProperty(v, String(i)), depth + 1, seen, budget);
      return new PyList(items);
    }
    if (v instanceof Uint8Array) return new PyBytes(Uint8Array.from(v));
    if (v instanceof Map) {
      if (rt === null) throw new HostUsageError('Map values need a running interpreter to convert');
      const d = new PyDict();
      for (const [k, x] of v) {
        const key = toScriptValue(rt, k, depth + 1, seen, budget);
        try {
          d.set(rt, key, toScriptValue(rt, x, depth + 1, seen, budget));
        } catch (e) {
          if (e instanceof PyBaseException) throw new HostUsageError(`a Map key cannot be a dict key in the script (${typeName(key)})`);
          throw e;
        }
      }
      return d;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto === Object.prototype || proto === null) {
      const d = new PyDict();
      for (const k of Object.keys(v as object)) {
        d.map.set(k, toScriptValue(rt, dataProperty(v as object, k), depth + 1, seen, budget));
        d.version++;
      }
      return d;
    }
  } finally {
    seen.delete(v as object);
  }
  throw new HostUsageError('only plain data (objects, arrays, Maps, primitives, Uint8Array, functions) can enter a script');
}

/** An own data property's value; accessors are refused so that no host getter runs. */
function dataProperty(o: object, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(o, key);
  if (d === undefined) return undefined;
  if (d.get !== undefined || d.set !== undefined) {
    throw new HostUsageError(`property '${key}' is an accessor; only plain data can enter a script`);
  }
  return d.value;
}

function safeFunctionName(fn: unknown): string {
  const d = Object.getOwnPropertyDescriptor(fn as object, 'name');
  const name = d !== undefined && typeof d.value === 'string' ? d.value : '';
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : 'host_function';
}

/**
 * Script value -> host value (copied); HostUsageError for values that are not
 * plain data. With `rt`, the copy is charged to that run's instruction budget.
 */
export function toHost(v: Value, rt: Runtime | null = null): unknown {
  return toHostValue(v, 0, { nodes: 0, rt });
}

function toHostValue(v: Value, depth: number, budget: Budget): unknown {
  spend(budget, 'for the host');
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
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map((x) => toHostValue(x, depth + 1, budget));
  if (v instanceof PySetBase) return [...v.keys()].map((x) => toHostValue(x, depth + 1, budget));
  if (v instanceof PyBytes || v instanceof PyByteArray) return Uint8Array.from(v.b);
  if (v instanceof PyBoxed) return toHostValue(v.value, depth + 1, budget);
  if (v instanceof PyDict) {
    let allStr = true;
    for (const k of v.keys()) if (typeof k !== 'string') allStr = false;
    if (allStr) {
      const o: Record<string, unknown> = Object.create(null);
      for (const [k, x] of v.map) o[k as string] = toHostValue(x, depth + 1, budget);
      return o;
    }
    const m = new Map<unknown, unknown>();
    for (const [nk, x] of v.map) m.set(toHostValue(v.keyOf(nk), depth + 1, budget), toHostValue(x, depth + 1, budget));
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
      hostArgs = args.map((a) => toHost(a, rt));
    } catch (e) {
      if (e instanceof HostUsageError) throw typeError(`${name}(): ${e.message}`);
      throw e;
    }
    let result: unknown;
    try {
      result = fn(...hostArgs);
    } catch (e) {
      throw hostFailure(rt, name, e);
    }
    if (result !== null && (typeof result === 'object' || typeof result === 'function') && !types.isProxy(result) &&
        typeof (result as { then?: unknown }).then === 'function') {
      // Never await here: swallow the rejection so it cannot crash the host, and refuse clearly.
      Promise.resolve(result).then(undefined, () => undefined);
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

/** What a host function's failure becomes inside the script: never the host's own error text. */
function hostFailure(rt: Runtime, name: string, e: unknown): unknown {
  if (e instanceof HostError) {
    const cls = exceptionTypes.get(e.pyType) ?? RuntimeErrorType;
    return makeException(cls, typeof e.message === 'string' ? e.message : '');
  }
  if (rt.halted !== null && e === rt.halted) return e;
  // A host function may end the run with a limit (its own quota, Sandbox's deadline while it waits
  // for the host): uncatchable by the script, exactly like the runtime's own limits.
  if (e instanceof ResourceExhausted) return haltedBy(rt, e);
  if (e instanceof RangeError && isStackOverflow(e)) return e; // becomes the recursion limit
  if (e instanceof PyBaseException) return e;
  return runtimeError(`host function ${name}() failed`);
}

function haltedBy(rt: Runtime, e: ResourceExhausted): unknown {
  try {
    rt.halt(e.kind, e.detail);
  } catch (halted) {
    return halted;
  }
}

function isStackOverflow(e: RangeError): boolean {
  try {
    return /call stack/i.test(String(e.message));
  } catch {
    return false;
  }
}
