/**
 * Helpers for writing native modules (stdlib, extlibs, host libraries):
 * a function with a Python-style signature, checked like CPython's builtins.
 */
import { argSpec, parseArgs } from './runtime/args.js';
import { PyBuiltin } from './runtime/function.js';
import type { Value } from './runtime/object.js';
import type { Runtime } from './runtime/runtime.js';

/**
 * A native function. `params` is written like a Python signature
 * (`['x', 'y?', '/', '*', 'key?']`, see `argSpec`); `impl` receives one entry
 * per parameter, `undefined` for optional parameters not passed.
 */
export function nativeFunction(
  module: string,
  name: string,
  params: string[],
  impl: (rt: Runtime, a: Value[]) => Value,
  doc: string | null = null,
): PyBuiltin {
  const spec = argSpec(name, params);
  const f = new PyBuiltin(name, (rt, args, kwnames) => impl(rt, parseArgs(spec, args, kwnames)), null, doc, module);
  f.textSignature = `(${params.map((p) => (p.endsWith('?') ? `${p.slice(0, -1)}=...` : p)).join(', ')})`;
  return f;
}
