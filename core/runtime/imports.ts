/**
 * The import statements' run-time side. Which modules exist is decided by the
 * host (`rt.host.importModule`); this module only implements Python's binding
 * rules for `import a.b`, `from a import b` and `from a import *`.
 */
import type { Value } from './object.js';
import { None } from './types.js';
import { ImportErrorType, PyBaseException, makeException, typeError } from './exceptions.js';
import { PyModuleLike, getAttrOrUndefined } from './attrs.js';
import { PyList, PyTuple } from './values.js';
import type { Frame, Runtime } from './runtime.js';

function importError(msg: string, name: string | null) {
  const e = makeException(ImportErrorType, msg);
  e.dict.set('name', name ?? None);
  return e;
}

/** `from ..x import y` inside package `pkg`: the absolute module name (CPython's rules and messages). */
function resolveRelative(module: string, level: number, pkg: Value | undefined): string {
  if (level === 0) return module;
  if (typeof pkg !== 'string' || pkg === '') throw importError('attempted relative import with no known parent package', null);
  const parts = pkg.split('.');
  if (level - 1 >= parts.length) throw importError('attempted relative import beyond top-level package', null);
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return module === '' ? base : `${base}.${module}`;
}

/** `import a.b.c` binds `a` (returns the top package); `import a.b as x` binds the leaf. */
export function importName(rt: Runtime, name: string, bindLeaf: boolean): Value {
  const leaf = rt.host.importModule(rt, name);
  if (bindLeaf || !name.includes('.')) return leaf;
  return rt.host.importModule(rt, name.split('.')[0]);
}

/** `from module import names...`: the values, in order. */
export function importFrom(rt: Runtime, module: string, level: number, names: string[], pkg?: Value): Value[] {
  const full = resolveRelative(module, level, pkg);
  const mod = rt.host.importModule(rt, full);
  return names.map((n) => {
    const v = getAttrOrUndefined(rt, mod, n);
    if (v !== undefined) return v;
    // A submodule not yet imported as an attribute.
    const sp = rt.sp;
    try {
      return rt.host.importModule(rt, `${full}.${n}`);
    } catch (e) {
      if (!(e instanceof PyBaseException) || !e.cls.isSubclassOf(ImportErrorType)) throw e;
      rt.sp = sp;
    }
    throw importError(`cannot import name '${n}' from '${full}' (unknown location)`, full);
  });
}

/** `from module import *` (module level only): binds public names or `__all__`. */
export function importStar(f: Frame, module: string, level: number): void {
  const rt = f.rt;
  const full = resolveRelative(module, level, f.globalsNs.cells.get('__package__')?.v);
  const mod = rt.host.importModule(rt, full);
  if (!(mod instanceof PyModuleLike)) throw typeError('import * needs a module');
  const all = mod.dict.get('__all__');
  let names: string[];
  if (all instanceof PyList || all instanceof PyTuple) {
    names = all.items.map((n) => {
      if (typeof n !== 'string') throw typeError(`Item in ${full}.__all__ must be str, not ${typeof n}`);
      return n;
    });
  } else {
    names = [...mod.dict.keys()].filter((n) => !n.startsWith('_'));
  }
  for (const n of names) {
    const v = mod.dict.get(n);
    if (v === undefined) throw makeException(ImportErrorType, `module '${full}' has no attribute '${n}'`);
    f.globalsNs.cell(n).v = v;
  }
}
