/**
 * Private name mangling, as CPython does it at compile time: inside a class
 * body (and the functions and lambdas nested in it), an identifier `__x` that
 * does not end with `__` becomes `_ClassName__x` (leading underscores of the
 * class name dropped). It applies to names, attribute names, parameters, names
 * bound by def/class/except/match/global/nonlocal and import aliases; not to
 * keyword-argument names in calls. Runs on the fresh AST before the resolver.
 */
import type * as A from './ast.js';

function mangled(cls: string | null, name: string): string {
  if (cls === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

type Node = Record<string, unknown>;

/** Renames the node's own identifier fields for class `cls`. */
function renameOwn(n: Node, cls: string): void {
  switch (n.kind) {
    case 'Name':
      n.id = mangled(cls, n.id as string);
      break;
    case 'Attribute':
      n.attr = mangled(cls, n.attr as string);
      break;
    case 'Arg':
    case 'FunctionDef':
    case 'ClassDef':
      n.name = mangled(cls, n.name as string);
      break;
    case 'Global':
    case 'Nonlocal':
      n.names = (n.names as string[]).map((x) => mangled(cls, x));
      break;
    case 'Alias':
      if (n.asname !== null) n.asname = mangled(cls, n.asname as string);
      break;
    case 'ExceptHandler':
    case 'MatchAs':
    case 'MatchStar':
      if (n.name !== null) n.name = mangled(cls, n.name as string);
      break;
    case 'MatchMapping':
      if (n.rest !== null) n.rest = mangled(cls, n.rest as string);
      break;
  }
}

function visit(v: unknown, cls: string | null): void {
  if (Array.isArray(v)) {
    for (const x of v) visit(x, cls);
    return;
  }
  if (typeof v !== 'object' || v === null || v instanceof Uint8Array) return;
  const n = v as Node;
  if (n.kind === 'ClassDef') {
    // Decorators, bases and keywords run in the enclosing scope; the body in the new class.
    const own = n.name as string;
    visit(n.decorators, cls);
    visit(n.bases, cls);
    visit(n.keywords, cls);
    if (cls !== null) renameOwn(n, cls);
    visit(n.body, own);
    return;
  }
  if (cls !== null) renameOwn(n, cls);
  for (const key of Object.keys(n)) {
    if (key === 'scope') continue;
    const child = n[key];
    if (typeof child === 'object' && child !== null) visit(child, cls);
  }
}

/** Applies private name mangling to a module's AST in place. */
export function manglePrivateNames(mod: A.Module): void {
  visit(mod.body, null);
}
