/**
 * `sandling check FILE...`: finds, without running anything, the problems
 * that would certainly stop a script: syntax errors, names that are never
 * defined anywhere (a typo'd function name), and imports of modules that do
 * not exist for the given library flags. One problem per line, as
 * `file:line:col: Type: message`, like a compiler; usable from editors and CI.
 *
 * "Certainly" is the rule: a name counts as defined when anything in the
 * module could bind it (in any branch, in any function declaring it
 * `global`), so only names that can never exist are reported. A
 * `from m import *` of a module that cannot be resolved, or a module-level
 * call to `vars()`, turns the name check off for that file.
 */
import type * as A from '../core/ast.js';
import { ScriptSyntaxError } from '../core/errors.js';
import { compileProgram } from '../core/compiler/index.js';
import { parseModule } from '../core/parser.js';
import { resolveModule, type Scope } from '../core/resolver.js';
import { makeBuiltins } from '../core/builtins.js';
import { Interpreter } from '../core/interpreter.js';
import { closest } from '../core/evaluate-config.js';
import { stdlibModule } from '../stdlib/index.js';
import { manifest } from '../registry/manifest.js';
import type { Registry } from '../registry/registry.js';

/** One problem found in a file; `col` is 1-based. */
export interface CheckProblem {
  file: string;
  line: number;
  col: number;
  /** `Type: message`, e.g. `NameError: name 'pritn' is not defined. Did you mean: 'print'?` */
  message: string;
}

/** The problem as a compiler prints it: `file:line:col: message`. */
export function formatProblem(p: CheckProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

/**
 * What a script can import and which builtins it has, for one set of
 * library flags: the standard library plus the registered libraries.
 */
export class CheckEnvironment {
  readonly builtins: Set<string>;
  private readonly registered: Set<string>;
  /** Module -> the library providing it (every known library, registered or not, for hints). */
  private readonly providers = new Map<string, string>();
  private interp: Interpreter | null = null;
  private readonly exportsCache = new Map<string, Set<string> | null>();

  constructor(private readonly registry: Registry | undefined) {
    this.builtins = new Set(makeBuiltins().keys());
    this.registered = new Set<string>();
    for (const [name, entry] of manifest()) {
      for (const m of entry.modules) if (!this.providers.has(m) && name !== 'stdlib') this.providers.set(m, name);
    }
    for (const reg of registry?.registrations() ?? []) {
      const lib = registry!.libraries().find((l) => l.def.name === reg.name);
      for (const m of lib?.def.modules ?? []) this.registered.add(m);
      for (const b of manifest().get(reg.name)?.builtins ?? []) this.builtins.add(b);
    }
  }

  /** Whether `import name` can succeed (the module and each of its parent packages exist). */
  missingModule(name: string): string | null {
    const parts = name.split('.');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (stdlibModule(prefix) === undefined && !this.registered.has(prefix)) return prefix;
    }
    return null;
  }

  /** A hint for a module some unregistered library provides. */
  hint(name: string): string {
    const lib = this.providers.get(name) ?? this.providers.get(name.split('.')[0]);
    return lib === undefined ? '' : ` (the '${lib}' library provides it: see sandling libs show ${lib})`;
  }

  /** The names `from name import ...` can take (attributes and submodules), or null when unknown. */
  exports(name: string): Set<string> | null {
    if (this.exportsCache.has(name)) return this.exportsCache.get(name)!;
    let names: Set<string> | null = null;
    try {
      this.interp ??= new Interpreter({ libraries: this.registry });
      names = this.interp.inspectModule(name, (_rt, mod) => new Set(mod.dict.keys()));
    } catch {
      names = null; // a module that fails to build is not this check's business
    }
    this.exportsCache.set(name, names);
    return names;
  }

  /** The public names `from name import *` binds, or null when unknown. */
  starNames(name: string): Set<string> | null {
    const all = this.exports(name);
    if (all === null) return null;
    let names: Set<string> | null = null;
    try {
      names = this.interp!.inspectModule(name, (_rt, mod) => {
        const list = mod.dict.get('__all__') as { items?: unknown[] } | undefined;
        if (list !== undefined && Array.isArray(list.items)) return new Set(list.items.filter((n): n is string => typeof n === 'string'));
        return new Set([...mod.dict.keys()].filter((n) => !n.startsWith('_')));
      });
    } catch {
      names = null;
    }
    return names;
  }

  hasModule(name: string): boolean {
    return this.missingModule(name) === null;
  }
}

/** Checks one file's source; returns its problems in source order. */
export function checkSource(source: string, file: string, env: CheckEnvironment): CheckProblem[] {
  try {
    compileProgram(source, file);
  } catch (e) {
    if (e instanceof ScriptSyntaxError) return [{ file, line: e.line, col: Math.max(1, e.column), message: `${e.pyType}: ${e.msg}` }];
    throw e;
  }
  // A fresh tree: compileProgram's is not exposed (and is cached per source).
  const mod = parseModule(source, file);
  const root = resolveModule(mod, source);
  const checker = new Checker(file, env, root);
  checker.block(mod.body, root);
  return checker.finish();
}

interface Load {
  scope: Scope;
  name: string;
  node: A.Pos;
}

/** Exception types whose handler makes a failing import inside `try:` a handled case. */
const IMPORT_GUARDS = new Set(['ImportError', 'ModuleNotFoundError', 'Exception', 'BaseException']);

class Checker {
  private readonly problems: CheckProblem[] = [];
  private readonly loads: Load[] = [];
  /** Names the module may define beyond its own bindings (star imports). */
  private readonly extraGlobals = new Set<string>();
  /** Set when some global could be defined in a way this check cannot see. */
  private dynamicGlobals = false;
  /** Depth of `try:` bodies whose handlers catch a failed import. */
  private guarded = 0;

  constructor(private readonly file: string, private readonly env: CheckEnvironment, private readonly root: Scope) {}

  finish(): CheckProblem[] {
    if (!this.dynamicGlobals) for (const l of this.loads) this.checkName(l);
    return this.problems.sort((a, b) => a.line - b.line || a.col - b.col);
  }

  private report(node: A.Pos, message: string): void {
    this.problems.push({ file: this.file, line: node.line, col: node.col + 1, message });
  }

  // ------------------------------------------------------------ names

  /** Could `name` exist as a module global (or builtin) when code runs? */
  private globalMayExist(name: string): boolean {
    if (/^__\w+__$/.test(name)) return true; // __name__, __doc__, class-body __module__/__qualname__...
    if (this.env.builtins.has(name) || this.extraGlobals.has(name) || this.root.assigned.has(name)) return true;
    return anyScope(this.root, (s) => s.globals.has(name));
  }

  private checkName({ scope, name, node }: Load): void {
    let binding = scope.lookup(name);
    if (binding.kind === 'class') {
      if (scope.assigned.has(name)) return;
      binding = binding.fallback;
    }
    if (binding.kind !== 'global' || this.globalMayExist(name)) return;
    const near = closest(name, this.candidates(scope, name));
    this.report(node, `NameError: name '${name}' is not defined${near === null ? '' : `. Did you mean: '${near}'?`}`);
  }

  /** Names visible from `scope`, for "Did you mean" suggestions. */
  private candidates(scope: Scope, name: string): string[] {
    const out = new Set<string>([...this.env.builtins, ...this.root.assigned, ...this.extraGlobals]);
    for (let s: Scope | null = scope; s !== null; s = s.parent) {
      // A class body's names are not visible from the functions and comprehensions inside it.
      if (s.kind !== 'class' || s === scope) for (const n of s.assigned) out.add(n);
    }
    return [...out].filter((n) => !n.startsWith('.') && n !== name).sort();
  }

  // ------------------------------------------------------------ imports

  private importModule(node: A.Pos, name: string): boolean {
    const missing = this.env.missingModule(name);
    if (missing === null) return true;
    if (this.guarded === 0) this.report(node, `ModuleNotFoundError: No module named '${missing}'${this.env.hint(missing)}`);
    return false;
  }

  private importStmt(s: A.Import): void {
    for (const a of s.names) this.importModule(a, a.name);
  }

  private importFrom(s: A.ImportFrom, scope: Scope): void {
    if (s.level > 0) {
      if (this.guarded === 0) this.report(s, 'ImportError: attempted relative import with no known parent package');
      if (s.names.some((a) => a.name === '*')) this.dynamicGlobals = true;
      return;
    }
    const module = s.module!;
    const known = this.importModule(s, module);
    for (const a of s.names) {
      if (a.name === '*') {
        const names = known ? this.env.starNames(module) : null;
        if (names === null || scope !== this.root) this.dynamicGlobals = true;
        else for (const n of names) this.extraGlobals.add(n);
        continue;
      }
      if (!known || this.guarded > 0) continue;
      const exports = this.env.exports(module);
      if (exports !== null && !exports.has(a.name) && !this.env.hasModule(`${module}.${a.name}`)) {
        this.report(a, `ImportError: cannot import name '${a.name}' from '${module}'`);
      }
    }
  }

  // ------------------------------------------------------------ statements

  block(stmts: A.Stmt[], scope: Scope): void {
    for (const s of stmts) this.stmt(s, scope);
  }

  private stmt(s: A.Stmt, scope: Scope): void {
    switch (s.kind) {
      case 'Expr':
        this.expr(s.value, scope);
        break;
      case 'Assign':
        this.expr(s.value, scope);
        for (const t of s.targets) this.target(t, scope);
        break;
      case 'AugAssign':
        this.expr(s.value, scope);
        // `x += 1` reads x first.
        if (s.target.kind === 'Name') this.loads.push({ scope, name: s.target.id, node: s.target });
        else this.target(s.target, scope);
        break;
      case 'AnnAssign':
        if (s.value !== null) this.expr(s.value, scope);
        this.target(s.target, scope);
        // Only class bodies evaluate annotations (dataclasses read them).
        if (scope.kind === 'class') this.expr(s.annotation, scope);
        break;
      case 'Delete':
        for (const t of s.targets) if (t.kind !== 'Name') this.target(t, scope);
        break;
      case 'Return':
        if (s.value !== null) this.expr(s.value, scope);
        break;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc, scope);
        if (s.cause !== null) this.expr(s.cause, scope);
        break;
      case 'Assert':
        this.expr(s.test, scope);
        if (s.msg !== null) this.expr(s.msg, scope);
        break;
      case 'Import':
        this.importStmt(s);
        break;
      case 'ImportFrom':
        this.importFrom(s, scope);
        break;
      case 'If':
      case 'While':
        this.expr(s.test, scope);
        this.block(s.body, scope);
        this.block(s.orelse, scope);
        break;
      case 'For':
        this.expr(s.iter, scope);
        this.target(s.target, scope);
        this.block(s.body, scope);
        this.block(s.orelse, scope);
        break;
      case 'Try':
        this.tryStmt(s, scope);
        break;
      case 'With':
        for (const item of s.items) {
          this.expr(item.contextExpr, scope);
          if (item.optionalVars !== null) this.target(item.optionalVars, scope);
        }
        this.block(s.body, scope);
        break;
      case 'FunctionDef':
        for (const d of s.decorators) this.expr(d, scope);
        this.defaults(s.args, scope);
        this.block(s.body, s.scope as Scope);
        break;
      case 'ClassDef':
        for (const d of s.decorators) this.expr(d, scope);
        for (const b of s.bases) this.expr(b, scope);
        for (const k of s.keywords) this.expr(k.value, scope);
        this.block(s.body, s.scope as Scope);
        break;
      case 'Match':
        this.expr(s.subject, scope);
        for (const c of s.cases) {
          this.pattern(c.pattern, scope);
          if (c.guard !== null) this.expr(c.guard, scope);
          this.block(c.body, scope);
        }
        break;
      default:
        break; // pass, break, continue, global, nonlocal
    }
  }

  private tryStmt(s: A.Try, scope: Scope): void {
    const guards = s.handlers.some((h) => h.type === null || handlerNames(h.type).some((n) => IMPORT_GUARDS.has(n)));
    if (guards) this.guarded++;
    this.block(s.body, scope);
    if (guards) this.guarded--;
    for (const h of s.handlers) {
      if (h.type !== null) this.expr(h.type, scope);
      this.block(h.body, scope);
    }
    this.block(s.orelse, scope);
    this.block(s.finalbody, scope);
  }

  private defaults(args: A.Arguments, scope: Scope): void {
    for (const d of args.defaults) this.expr(d, scope);
    for (const d of args.kwDefaults) if (d !== null) this.expr(d, scope);
  }

  /** An assignment target: names are stores; the parts of attribute and subscript targets are loads. */
  private target(t: A.Expr, scope: Scope): void {
    switch (t.kind) {
      case 'Name':
        break;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, scope);
        break;
      case 'Starred':
        this.target(t.value, scope);
        break;
      default:
        this.expr(t, scope);
    }
  }

  private pattern(p: A.Pattern, scope: Scope): void {
    switch (p.kind) {
      case 'MatchValue':
        this.expr(p.value, scope);
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q, scope);
        break;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k, scope);
        for (const q of p.patterns) this.pattern(q, scope);
        break;
      case 'MatchClass':
        this.expr(p.cls, scope);
        for (const q of [...p.patterns, ...p.kwdPatterns]) this.pattern(q, scope);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern, scope);
        break;
      default:
        break;
    }
  }

  // ------------------------------------------------------------ expressions

  private expr(e: A.Expr, scope: Scope): void {
    switch (e.kind) {
      case 'Name':
        this.loads.push({ scope, name: e.id, node: e });
        break;
      case 'Call':
        // vars() with no argument could hand out the module namespace: names may then appear dynamically.
        if (e.func.kind === 'Name' && e.func.id === 'vars' && e.args.length === 0) this.dynamicGlobals = true;
        this.expr(e.func, scope);
        for (const a of e.args) this.expr(a, scope);
        for (const k of e.keywords) this.expr(k.value, scope);
        break;
      case 'Lambda':
        this.defaults(e.args, scope);
        this.expr(e.body, e.scope as Scope);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(e, scope);
        break;
      case 'NamedExpr':
        this.expr(e.value, scope);
        break;
      default:
        for (const child of subExpressions(e)) this.expr(child, scope);
    }
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, outer: Scope): void {
    const inner = e.scope as Scope;
    // The first iterable is evaluated in the enclosing scope; everything else inside.
    e.generators.forEach((g, i) => {
      this.expr(g.iter, i === 0 ? outer : inner);
      this.target(g.target, inner);
      for (const cond of g.ifs) this.expr(cond, inner);
    });
    if (e.kind === 'DictComp') {
      this.expr(e.key, inner);
      this.expr(e.value, inner);
    } else {
      this.expr(e.elt, inner);
    }
  }
}

/** The direct sub-expressions of expressions without scope or binding rules of their own. */
function subExpressions(e: A.Expr): A.Expr[] {
  switch (e.kind) {
    case 'FString':
      return e.parts.filter((p): p is A.FormattedValue => typeof p !== 'string');
    case 'FormattedValue':
      return e.spec === null ? [e.value] : [e.value, e.spec];
    case 'BinOp':
      return [e.left, e.right];
    case 'UnaryOp':
      return [e.operand];
    case 'BoolOp':
      return e.values;
    case 'Compare':
      return [e.left, ...e.comparators];
    case 'Attribute':
    case 'Starred':
      return [e.value];
    case 'Subscript':
      return [e.value, e.slice];
    case 'Slice':
      return [e.lower, e.upper, e.step].filter((x): x is A.Expr => x !== null);
    case 'List':
    case 'Tuple':
    case 'Set':
      return e.elts;
    case 'Dict':
      return [...e.keys.filter((k): k is A.Expr => k !== null), ...e.values];
    case 'IfExp':
      return [e.test, e.body, e.orelse];
    case 'Yield':
      return e.value === null ? [] : [e.value];
    case 'YieldFrom':
      return [e.value];
    default:
      return [];
  }
}

/** The plain names in an `except` clause's type (`except (ImportError, OSError):`). */
function handlerNames(t: A.Expr): string[] {
  if (t.kind === 'Name') return [t.id];
  if (t.kind === 'Tuple') return t.elts.flatMap(handlerNames);
  return [];
}

function anyScope(s: Scope, pred: (s: Scope) => boolean): boolean {
  return pred(s) || s.children.some((c) => anyScope(c, pred));
}
