/**
 * Script modules: `.py` files under a host-chosen root directory, importable
 * by module name (`import helpers`, `from pkg.util import f`). Only names made
 * of identifiers are looked up, so a script cannot spell a path; symlinks are
 * followed only while they stay inside the root (canonical containment), and
 * nothing outside the root is ever read. Sources compile once through the
 * shared program cache; each interpreter runs its own module objects.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { HostUsageError } from './errors.js';
import type { SourceModuleDef } from './modules.js';

/** Largest module source read from disk. */
const MAX_SOURCE_BYTES = 10 * 1024 * 1024;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True when canonical `child` is `parent` or lies under it (never a string-prefix test). */
function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The canonical path of `p` if it exists inside `root` with the wanted kind, else null. */
function confined(root: string, p: string, kind: 'file' | 'dir'): string | null {
  let real: string;
  try {
    real = realpathSync(p);
  } catch {
    return null;
  }
  if (!inside(root, real)) return null;
  try {
    const st = statSync(real);
    return (kind === 'file' ? st.isFile() : st.isDirectory()) ? real : null;
  } catch {
    return null;
  }
}

/** Validates the host's root directory; returns its canonical path. */
export function checkModuleRoot(root: unknown): string {
  if (typeof root !== 'string' || !isAbsolute(root)) throw new HostUsageError('options.moduleRoot must be an absolute directory path');
  try {
    const real = realpathSync(root);
    if (!statSync(real).isDirectory()) throw new Error('not a directory');
    return real;
  } catch {
    throw new HostUsageError('options.moduleRoot must be an existing directory');
  }
}

/** Finds module `name` under canonical root `root`: `a/b.py`, `a/b/__init__.py`, or a namespace package `a/b/`. */
export function findScriptModule(root: string, name: string): SourceModuleDef | undefined {
  const parts = name.split('.');
  if (!parts.every((p) => IDENTIFIER.test(p))) return undefined;
  const rel = parts.join('/');
  const file = confined(root, join(root, `${rel}.py`), 'file');
  const init = file === null ? confined(root, join(root, rel, '__init__.py'), 'file') : null;
  const path = file ?? init;
  if (path !== null) {
    const bytes = readFileSync(path);
    if (bytes.length > MAX_SOURCE_BYTES) return undefined;
    return {
      name,
      summary: '',
      source: bytes.toString('utf8'),
      filename: init !== null ? `${rel}/__init__.py` : `${rel}.py`,
      isPackage: init !== null,
    };
  }
  if (confined(root, join(root, rel), 'dir') !== null) return { name, summary: '', source: '', filename: `${rel}/`, isPackage: true };
  return undefined;
}
