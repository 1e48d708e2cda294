/**
 * The resolver: classifies every name of a module per Python's scoping rules
 * and assigns local slots, so the compiled code never looks a local up by
 * string. It also raises the compile-time SyntaxErrors CPython's symbol table
 * raises (misplaced return/yield/break, bad global/nonlocal, ...).
 *
 * Scopes: module (all names global), function/lambda, class (names live in
 * the class namespace), comprehension (a function-like scope whose first
 * iterable is evaluated outside). A function's slots are laid out as:
 * parameters (positional, keyword-only, *args, **kwargs), other locals,
 * free variables, hidden temporaries added by the compiler.
 */
import type * as A from './ast.js';
import { ScriptSyntaxError } from './errors.js';

export type Binding =
  /** A plain local in a slot. */
  | { kind: 'local'; slot: number }
  /** A slot holding a Cell: a captured local or a free variable. */
  | { kind: 'cell'; slot: number }
  /** A module global (or builtin). */
  | { kind: 'global'; name: string }
  /** A class-body name: the class namespace first, then `fallback`. */
  | { kind: 'class'; name: string; fallback: Binding };

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export class Scope {
  readonly assigned = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly params: string[] = [];
  readonly children: Scope[] = [];
  /** Names a nested scope needs from here (they become cells). */
  readonly captured = new Set<string>();
  /** Free variables, in closure order. */
  readonly freeNames: string[] = [];
  isGenerator = false;
  /** The function body uses `super` or `__class__` (needs the implicit `__class__` cell). */
  usesClassCell = false;
  /** Names deleted somewhere in this scope (their loads must check for unbound). */
  readonly deleted = new Set<string>();

  readonly bindings = new Map<string, Binding>();
  /** Slots holding cells, by name (what nested scopes close over). */
  readonly cellSlots = new Map<string, number>();
  nlocals = 0;
  cellParams: number[] = [];
  cellLocals: number[] = [];
  freeSlots: number[] = [];

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly qualname: string,
    readonly parent: Scope | null,
    readonly node: A.Node | A.Module,
  ) {
    parent?.children.push(this);
  }

  /** The binding of `name` as seen from code in this scope. */
  lookup(name: string): Binding {
    const b = this.bindings.get(name);
    if (b !== undefined) return b;
    // Names only introduced by the compiler (never in source) are globals.
    return { kind: 'global', name };
  }

  /** Allocates a hidden slot (compiler temporaries). */
  newTemp(): number {
    return this.nlocals++;
  }

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'comprehension';
  }
}

export interface ResolvedModule {
  scope: Scope;
}

class Fail {
  constructor(readonly msg: string, readonly node: A.Pos) {}
}

/** Resolves `mod` in place (scopes are stored on the AST nodes' `scope` fields). */
export function resolveModule(mod: A.Module, source: string): Scope {
  const r = new Resolver();
  try {
    const scope = r.collectModule(mod);
    r.resolveAll(scope);
    return scope;
  } catch (e) {
    if (e instanceof Fail) throw syntaxError(e.msg, e.node, mod.filename, source);
    if (e instanceof RangeError) {
      throw new ScriptSyntaxError('too many nested expressions', mod.filename, 1, 1, source.split(/\r?\n/)[0] ?? '');
    }
    throw e;
  }
}

function syntaxError(msg: string, node: A.Pos, filename: string, source: string): ScriptSyntaxError {
  const lines = source.split(/\r\n|\r|\n/);
  return new ScriptSyntaxError(msg, filename, node.line, node.col + 1, lines[node.line - 1] ?? '');
}

/** Walks the tree twice: collect (what each scope binds/uses), then resolve (bindings and slots). */
class Resolver {
  private scope!: Scope;
  private loopDepth = 0;

  collectModule(mod: A.Module): Scope {
    const scope = new Scope('module', '<module>', '', null, mod);
    mod.scope = scope;
    this.scope = scope;
    this.block(mod.body);
    return scope;
  }

  // ------------------------------------------------------------ collection

  private bind(name: string, _node: A.Pos): void {
    const s = this.scope;
    if (!s.globals.has(name) && !s.nonlocals.has(name)) s.assigned.add(name);
  }

  private use(name: string): void {
    this.scope.used.add(name);
    if ((name === 'super' || name === '__class__') && this.scope.kind === 'function') this.scope.usesClassCell = true;
  }

  private block(stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private withScope<T>(scope: Scope, loopDepth: number, fn: () => T): T {
    const saved = this.scope;
    const savedLoop = this.loopDepth;
    this.scope = scope;
    this.loopDepth = loopDepth;
    try {
      return fn();
    } finally {
      this.scope = saved;
      this.loopDepth = savedLoop;
    }
  }

  private stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.target(t);
        break;
      case 'AugAssign':
        this.expr(s.value);
        if (s.target.kind === 'Name') this.use(s.target.id);
        this.target(s.target);
        break;
      case 'AnnAssign':
        if (s.value !== null) this.expr(s.value);
        if (s.target.kind !== 'Name' || s.value !== null) this.target(s.target);
        else this.annotationOnly(s.target);
        break;
      case 'Delete':
        for (const t of s.targets) this.delTarget(t);
        break;
      case 'Pass':
        break;
      case 'Break':
        if (this.loopDepth === 0) throw new Fail("'break' outside loop", s);
        break;
      case 'Continue':
        if (this.loopDepth === 0) throw new Fail("'continue' not properly in loop", s);
        break;
      case 'Return':
        if (!this.scope.isFunctionLike) throw new Fail("'return' outside function", s);
        if (s.value !== null) this.expr(s.value);
        break;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        break;
      case 'Global':
        this.declareGlobal(s);
        break;
      case 'Nonlocal':
        this.declareNonlocal(s);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg !== null) this.expr(s.msg);
        break;
      case 'Import':
        for (const a of s.names) this.bind(a.asname ?? a.name.split('.')[0], a);
        break;
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.scope.kind !== 'module') throw new Fail('import * only allowed at module level', s);
          } else {
            this.bind(a.asname ?? a.name, a);
          }
        }
        break;
      case 'If':
        this.expr(s.test);
        this.block(s.body);
        this.block(s.orelse);
        break;
      case 'While':
        this.expr(s.test);
        this.loopDepth++;
        this.block(s.body);
        this.loopDepth--;
        this.block(s.orelse);
        break;
      case 'For':
        this.expr(s.iter);
        this.target(s.target);
        this.loopDepth++;
        this.block(s.body);
        this.loopDepth--;
        this.block(s.orelse);
        break;
      case 'Try':
        this.block(s.body);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type);
          if (h.name !== null) {
            this.bind(h.name, h);
            this.scope.deleted.add(h.name);
          }
          this.block(h.body);
        }
        this.block(s.orelse);
        this.block(s.finalbody);
        break;
      case 'With':
        for (const item of s.items) {
          this.expr(item.contextExpr);
          if (item.optionalVars !== null) this.target(item.optionalVars);
        }
        this.block(s.body);
        break;
      case 'FunctionDef':
        this.functionDef(s);
        break;
      case 'ClassDef':
        this.classDef(s);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard !== null) this.expr(c.guard);
          this.block(c.body);
        }
        break;
    }
  }

  private annotationOnly(_t: A.Name): void {
    // `x: int` without a value binds nothing at run time, but makes x local in a function.
    if (this.scope.kind === 'function' && !this.scope.globals.has(_t.id) && !this.scope.nonlocals.has(_t.id)) {
      this.scope.assigned.add(_t.id);
    }
  }

  private declareGlobal(s: A.Global): void {
    const scope = this.scope;
    for (const name of s.names) {
      if (scope.params.includes(name)) throw new Fail(`name '${name}' is parameter and global`, s);
      if (scope.nonlocals.has(name)) throw new Fail(`name '${name}' is nonlocal and global`, s);
      if (scope.assigned.has(name)) throw new Fail(`name '${name}' is assigned to before global declaration`, s);
      if (scope.used.has(name)) throw new Fail(`name '${name}' is used prior to global declaration`, s);
      scope.globals.add(name);
    }
  }

  private declareNonlocal(s: A.Nonlocal): void {
    const scope = this.scope;
    if (scope.kind === 'module') throw new Fail('nonlocal declaration not allowed at module level', s);
    for (const name of s.names) {
      if (scope.params.includes(name)) throw new Fail(`name '${name}' is parameter and nonlocal`, s);
      if (scope.globals.has(name)) throw new Fail(`name '${name}' is nonlocal and global`, s);
      if (scope.assigned.has(name)) throw new Fail(`name '${name}' is assigned to before nonlocal declaration`, s);
      if (scope.used.has(name)) throw new Fail(`name '${name}' is used prior to nonlocal declaration`, s);
      scope.nonlocals.add(name);
      (scope as Scope & { nonlocalNodes?: Map<string, A.Pos> }).nonlocalNodes ??= new Map();
      (scope as Scope & { nonlocalNodes?: Map<string, A.Pos> }).nonlocalNodes!.set(name, s);
    }
  }

  private target(t: A.Expr): void {
    switch (t.kind) {
      case 'Name':
        this.bind(t.id, t);
        break;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e);
        break;
      case 'Starred':
        this.target(t.value);
        break;
      case 'Attribute':
        this.expr(t.value);
        break;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        break;
      default:
        throw new Fail('cannot assign to expression', t);
    }
  }

  private delTarget(t: A.Expr): void {
    if (t.kind === 'Name') {
      this.bind(t.id, t);
      this.scope.deleted.add(t.id);
      this.use(t.id);
    } else if (t.kind === 'Tuple' || t.kind === 'List') {
      for (const e of t.elts) this.delTarget(e);
    } else {
      this.target(t);
    }
  }

  private args(args: A.Arguments): void {
    // Defaults are evaluated in the enclosing scope.
    for (const d of args.defaults) this.expr(d);
    for (const d of args.kwDefaults) if (d !== null) this.expr(d);
  }

  private paramNames(args: A.Arguments): string[] {
    const names = [...args.posonlyargs, ...args.args, ...args.kwonlyargs].map((a) => a.name);
    if (args.vararg) names.push(args.vararg.name);
    if (args.kwarg) names.push(args.kwarg.name);
    return names;
  }

  private functionDef(s: A.FunctionDef): void {
    for (const d of s.decorators) this.expr(d);
    this.args(s.args);
    this.bind(s.name, s);
    const qual = this.childQualname(s.name);
    const scope = new Scope('function', s.name, qual, this.scope, s);
    s.scope = scope;
    this.withScope(scope, 0, () => {
      for (const p of this.paramNames(s.args)) {
        scope.params.push(p);
        scope.assigned.add(p);
      }
      this.block(s.body);
    });
  }

  private childQualname(name: string): string {
    const s = this.scope;
    if (s.kind === 'module') return name;
    if (s.kind === 'class') return `${s.qualname}.${name}`;
    return `${s.qualname}.<locals>.${name}`;
  }

  private classDef(s: A.ClassDef): void {
    for (const d of s.decorators) this.expr(d);
    for (const b of s.bases) this.expr(b);
    for (const k of s.keywords) this.expr(k.value);
    this.bind(s.name, s);
    const scope = new Scope('class', s.name, this.childQualname(s.name), this.scope, s);
    s.scope = scope;
    this.withScope(scope, 0, () => this.block(s.body));
  }

  private lambda(e: A.Lambda): void {
    this.args(e.args);
    const scope = new Scope('function', '<lambda>', this.childQualname('<lambda>'), this.scope, e);
    e.scope = scope;
    this.withScope(scope, 0, () => {
      for (const p of this.paramNames(e.args)) {
        scope.params.push(p);
        scope.assigned.add(p);
      }
      this.expr(e.body);
    });
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const gens = e.generators;
    // The first iterable is evaluated in the enclosing scope.
    this.expr(gens[0].iter);
    const label = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' }[e.kind];
    const scope = new Scope('comprehension', label, this.childQualname(label), this.scope, e);
    e.scope = scope;
    if (e.kind === 'GeneratorExp') scope.isGenerator = true;
    this.withScope(scope, 0, () => {
      scope.params.push('.0');
      scope.assigned.add('.0');
      gens.forEach((g, i) => {
        if (i > 0) this.expr(g.iter);
        this.target(g.target);
        for (const cond of g.ifs) this.expr(cond);
      });
      if (e.kind === 'DictComp') {
        this.expr(e.key);
        this.expr(e.value);
      } else {
        this.expr(e.elt);
      }
    });
  }

  private namedExpr(e: A.NamedExpr): void {
    this.expr(e.value);
    // In a comprehension, the target binds in the nearest enclosing non-comprehension scope.
    let s: Scope = this.scope;
    while (s.kind === 'comprehension') {
      if (comprehensionTargets(s).has(e.target.id)) {
        throw new Fail(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, e);
      }
      s = s.parent!;
    }
    if (s !== this.scope) {
      if (s.kind === 'class') throw new Fail('assignment expression within a comprehension cannot be used in a class body', e);
      // Bind in `s`, and make it free (or global) in the comprehensions in between.
      if (s.kind === 'module' || s.globals.has(e.target.id)) {
        s.assigned.add(e.target.id);
        for (let c: Scope = this.scope; c !== s; c = c.parent!) c.globals.add(e.target.id);
      } else {
        if (!s.nonlocals.has(e.target.id)) s.assigned.add(e.target.id);
        for (let c: Scope = this.scope; c !== s; c = c.parent!) c.nonlocals.add(e.target.id);
      }
      this.use(e.target.id);
      return;
    }
    this.bind(e.target.id, e.target);
  }

  private pattern(p: A.Pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest !== null) this.bind(p.rest, p);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwdPatterns) this.pattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) this.bind(p.name, p);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        if (p.name !== null) this.bind(p.name, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
    }
  }

  private yieldHere(e: A.Pos): void {
    const s = this.scope;
    if (s.kind === 'comprehension') {
      const what = (s.node as A.Expr).kind;
      const label = what === 'ListComp' ? 'list comprehension' : what === 'SetComp' ? 'set comprehension'
        : what === 'DictComp' ? 'dict comprehension' : 'generator expression';
      throw new Fail(`'yield' inside ${label}`, e);
    }
    if (s.kind !== 'function') throw new Fail("'yield' outside function", e);
    s.isGenerator = true;
  }

  private expr(e: A.Expr): void {
    switch (e.kind) {
      case 'Name':
        this.use(e.id);
        break;
      case 'Int': case 'Float': case 'Imag': case 'Str': case 'Bytes': case 'Bool': case 'None': case 'Ellipsis':
        break;
      case 'FString':
        for (const p of e.parts) if (typeof p !== 'string') this.expr(p);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.spec !== null) this.expr(e.spec);
        break;
      case 'BinOp': {
        // Walk the left spine in a loop: generated code can chain thousands of operators.
        const rights: A.Expr[] = [];
        let cur: A.Expr = e;
        while (cur.kind === 'BinOp') {
          rights.push(cur.right);
          cur = cur.left;
        }
        this.expr(cur);
        for (let i = rights.length - 1; i >= 0; i--) this.expr(rights[i]);
        break;
      }
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'BoolOp':
        for (const v of e.values) this.expr(v);
        break;
      case 'Compare':
        this.expr(e.left);
        for (const c of e.comparators) this.expr(c);
        break;
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'List': case 'Tuple': case 'Set':
        for (const x of e.elts) this.expr(x);
        break;
      case 'Dict':
        e.keys.forEach((k, i) => {
          if (k !== null) this.expr(k);
          this.expr(e.values[i]);
        });
        break;
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
        this.comprehension(e);
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Lambda':
        this.lambda(e);
        break;
      case 'NamedExpr':
        this.namedExpr(e);
        break;
      case 'Yield':
        this.yieldHere(e);
        if (e.value !== null) this.expr(e.value);
        break;
      case 'YieldFrom':
        this.yieldHere(e);
        this.expr(e.value);
        break;
    }
  }

  // ------------------------------------------------------------ resolution

  /** First every scope's free variables (which decides the cells), then the slots. */
  resolveAll(root: Scope): void {
    for (const child of root.children) this.resolveFreeVars(child);
    this.assignAll(root);
  }

  private assignAll(scope: Scope): void {
    this.assignSlots(scope);
    for (const child of scope.children) this.assignAll(child);
  }

  /** Is `name` a local (own variable) of function-like scope `s`? */
  private isLocal(s: Scope, name: string): boolean {
    return s.assigned.has(name) && !s.globals.has(name) && !s.nonlocals.has(name);
  }

  /**
   * Finds where a free `name` used in `from` is defined: the nearest enclosing
   * function-like scope that has it as a local (class scopes are skipped, except
   * for the implicit `__class__` cell). Returns null for a global.
   */
  private findDefining(from: Scope, name: string): Scope | null {
    for (let s = from.parent; s !== null; s = s.parent) {
      if (s.kind === 'module') return null;
      if (s.kind === 'class') {
        if (name === '__class__') return s;
        continue;
      }
      if (s.globals.has(name)) return null;
      if (s.nonlocals.has(name)) continue;
      if (this.isLocal(s, name)) return s;
    }
    return null;
  }

  /** Makes `name` free in every scope from `from` up to (not including) `owner`. */
  private threadFree(from: Scope, owner: Scope, name: string): void {
    owner.captured.add(name);
    for (let s: Scope | null = from; s !== null && s !== owner; s = s.parent) {
      if (!s.freeNames.includes(name)) s.freeNames.push(name);
    }
  }

  /** Records, for `scope` and all its descendants, the free variables they need. */
  private resolveFreeVars(scope: Scope): void {
    const needs = new Set<string>();
    if (scope.isFunctionLike) {
      for (const name of scope.used) if (!this.isLocal(scope, name) && !scope.globals.has(name)) needs.add(name);
      for (const name of scope.nonlocals) needs.add(name);
      if (scope.usesClassCell) needs.add('__class__');
    } else if (scope.kind === 'class') {
      for (const name of scope.used) {
        if (!scope.globals.has(name) && (!scope.assigned.has(name) || scope.nonlocals.has(name))) needs.add(name);
      }
      for (const name of scope.nonlocals) needs.add(name);
    }
    for (const name of needs) {
      const owner = this.findDefining(scope, name);
      if (owner === null) {
        if (scope.nonlocals.has(name)) {
          const nodes = (scope as Scope & { nonlocalNodes?: Map<string, A.Pos> }).nonlocalNodes;
          throw new Fail(`no binding for nonlocal '${name}' found`, nodes?.get(name) ?? (scope.node as A.Pos));
        }
        continue;
      }
      this.threadFree(scope, owner, name);
    }
    for (const child of scope.children) this.resolveFreeVars(child);
  }

  private assignSlots(scope: Scope): void {
    const b = scope.bindings;
    if (scope.kind === 'module') {
      for (const name of new Set([...scope.assigned, ...scope.used])) b.set(name, { kind: 'global', name });
      return;
    }
    if (scope.kind === 'class') {
      let slot = 0;
      const cellSlots = new Map<string, number>();
      if (scope.captured.has('__class__')) {
        cellSlots.set('__class__', slot);
        scope.cellLocals.push(slot++);
      }
      for (const name of scope.freeNames) {
        cellSlots.set(name, slot);
        scope.freeSlots.push(slot++);
      }
      scope.nlocals = slot;
      for (const [name, s] of cellSlots) {
        b.set(name, { kind: 'cell', slot: s });
        scope.cellSlots.set(name, s);
      }
      for (const name of new Set([...scope.assigned, ...scope.used])) {
        if (scope.globals.has(name)) {
          b.set(name, { kind: 'global', name });
        } else if (scope.nonlocals.has(name)) {
          b.set(name, { kind: 'cell', slot: cellSlots.get(name)! });
        } else {
          const cell = !scope.assigned.has(name) ? cellSlots.get(name) : undefined;
          const fallback: Binding = cell !== undefined ? { kind: 'cell', slot: cell } : { kind: 'global', name };
          b.set(name, { kind: 'class', name, fallback });
        }
      }
      return;
    }
    // Function-like scopes.
    let slot = 0;
    for (const p of scope.params) {
      const captured = scope.captured.has(p);
      b.set(p, captured ? { kind: 'cell', slot } : { kind: 'local', slot });
      if (captured) scope.cellParams.push(slot);
      slot++;
    }
    for (const name of scope.assigned) {
      if (b.has(name) || !this.isLocal(scope, name)) continue;
      const captured = scope.captured.has(name);
      b.set(name, captured ? { kind: 'cell', slot } : { kind: 'local', slot });
      if (captured) scope.cellLocals.push(slot);
      slot++;
    }
    for (const name of scope.freeNames) {
      // A free name is never also local, so freeSlots stays aligned with freeNames.
      b.set(name, { kind: 'cell', slot });
      scope.freeSlots.push(slot);
      slot++;
    }
    for (const name of scope.used) if (!b.has(name)) b.set(name, { kind: 'global', name });
    for (const name of scope.globals) b.set(name, { kind: 'global', name });
    for (const [name, binding] of b) if (binding.kind === 'cell') scope.cellSlots.set(name, binding.slot);
    scope.nlocals = slot;
  }
}

function comprehensionTargets(s: Scope): Set<string> {
  const out = new Set<string>();
  const node = s.node as A.ListComp;
  const add = (t: A.Expr) => {
    if (t.kind === 'Name') out.add(t.id);
    else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(add);
    else if (t.kind === 'Starred') add(t.value);
  };
  for (const g of node.generators) add(g.target);
  return out;
}
