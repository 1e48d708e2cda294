/**
 * The JavaScript tier: a function or module body becomes the source of one JS
 * function (built with `new Function` once per compiled program), so V8
 * optimizes each Python function on its own, with type feedback per source
 * site, instead of running a tree of closures shared by every program.
 *
 * It covers the statements and expressions that dominate running time
 * (assignment, arithmetic, comparisons, calls, attribute and item access,
 * if/while/for, try/except/finally, raise). Anything else is compiled by the
 * closure compiler and called from the generated code (`kN(f)`): both work
 * on the same Frame, so they mix freely and share one set of semantics.
 *
 * Safety: the generated text contains only this file's templates, integers
 * (slots, indices, lines) and generated identifiers. Every value from the
 * script (names, strings, numbers that are not small ints) is passed in the
 * constant array, never spliced into source.
 */
import type * as A from '../ast.js';
import type { Value } from '../runtime/object.js';
import { PyInstance, PyObject } from '../runtime/object.js';
import { None, ListType, DictType, TupleType, StrType } from '../runtime/types.js';
import { PyFloat, PyList, PyRange, PyTuple, tuple } from '../runtime/values.js';
import { ENTRY_BYTES, PyDict } from '../runtime/dict.js';
import { intDivisionByZero, intFloorDiv, intMod, mulAddMod, normBig } from '../runtime/int.js';
import { binaryOp, concatLists, inplaceOp, unaryOp } from '../runtime/arith.js';
import { compare, contains } from '../runtime/compare.js';
import { lenInt, truthy } from '../runtime/ops.js';
import { classAttrOfInstance, getAttr, setAttr } from '../runtime/attrs.js';
import { getItem, seqIndexError, setItem } from '../runtime/subscript.js';
import { keyError, PyBaseException, runtimeError } from '../runtime/exceptions.js';
import { callValue, executeOrRaising, frameLocals, RAISING } from '../runtime/call.js';
import { PyBuiltin, PyFunction } from '../runtime/function.js';
import { strLen } from '../runtime/str.js';
import { builtinNative, isinstance } from '../builtins.js';
import { DONE, getIter, iterNext } from '../runtime/iter.js';
import { PyDictView } from '../runtime/methods/dict.js';
import { changed as dictChanged } from './loops.js';
import type { Frame, Runtime } from '../runtime/runtime.js';
import { BREAK, CONTINUE, Ctx, NORMAL, RAISED, RETURN, type S } from './context.js';
import { compileExpr, isConstantExpr, joinFString } from './expr.js';
import { compileStmt, exceptionMatches, toException } from './stmt.js';
import { compileStore, unpackExact } from './targets.js';
import { cachedCall, MethodCache, methodCall } from './calls.js';
import { formatField, loadBuiltin, unboundLocal, freeUnbound } from './support.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** str + str, charged to the allocation account. */
function concat(rt: Runtime, a: string, b: string): string {
  const n = a.length + b.length;
  if (n > 65536) rt.checkValueSize(n * 2, 'string');
  if ((rt.memoryLeft -= n) < 0) rt.memoryExceeded();
  return a + b;
}

/** `a + b` when the inline int path did not apply. */
function addSlow(rt: Runtime, a: Value, b: Value): Value {
  if (typeof a === 'string' && typeof b === 'string') return concat(rt, a, b);
  // Exact lists: no __add__ of a subclass to consult, and no numeric dispatch to fail first.
  if (a instanceof PyList && b instanceof PyList && a.cls === ListType && b.cls === ListType) return concatLists(rt, a, b);
  return binaryOp(rt, '+', a, b);
}

function inplaceAddSlow(rt: Runtime, a: Value, b: Value): Value {
  return typeof a === 'string' && typeof b === 'string' ? concat(rt, a, b) : inplaceOp(rt, '+', a, b);
}

/** Stores into a container when the inline list path did not apply. */
function storeItem(rt: Runtime, o: Value, k: Value, v: Value): void {
  if ((typeof k === 'string' || typeof k === 'number') && o instanceof PyDict && o.cls === DictType) {
    if (!o.map.has(k)) {
      o.version++;
      if ((rt.memoryLeft -= ENTRY_BYTES) < 0) rt.memoryExceeded();
    }
    o.map.set(k, v);
    return;
  }
  setItem(rt, o, k, v);
}

/** Re-raise with `__context__` set: what `except`/`finally` bodies do with a new exception. */
function withContext<T>(e2: T, e: PyBaseException): T {
  if (e2 instanceof PyBaseException && e2 !== e && e2.context === None) e2.context = e;
  return e2;
}

function noActiveException(): PyBaseException {
  return runtimeError('No active exception to reraise');
}

/** Everything generated code refers to by name. */
const HELPERS: Record<string, unknown> = {
  None, ListType, DictType, TupleType, StrType, PyObject, PyFloat, PyList, PyRange, PyTuple, PyDict, PyInstance, PyFunction,
  PyBaseException, ENTRY_BYTES, MAX, DONE, tuple, intFloorDiv, intMod, intDivisionByZero, mulAddMod, binaryOp, inplaceOp, unaryOp, compare,
  contains, truthy, getAttr, classAttrOfInstance, setAttr, getItem, seqIndexError, keyError, callValue, executeOrRaising, RAISING, frameLocals, getIter, iterNext,
  exceptionMatches, toException, cachedCall, methodCall, loadBuiltin, unboundLocal, freeUnbound, unpackExact, addSlow, concat,
  inplaceAddSlow, storeItem, withContext, noActiveException, PyDictView, dictChanged,
  PyBuiltin, strLen, lenInt, isinstance, formatField, joinFString, LEN_NATIVE: builtinNative('len'), ISINSTANCE_NATIVE: builtinNative('isinstance'),
};
const HELPER_NAMES = Object.keys(HELPERS);
const HELPER_VALUES = HELPER_NAMES.map((n) => HELPERS[n]);

/** The generated source of each body (for tests and debugging). */
export const generatedSources = new WeakMap<S, string>();

/**
 * Set SANDLING_CODEGEN=0 to run everything on the closure compiler (for comparison and debugging).
 * Read at each compile, not at load: the CLI's start-up snapshot is built before the environment is known.
 */
function codegenEnabled(): boolean {
  return typeof process === 'undefined' || process.env.SANDLING_CODEGEN !== '0';
}

/** Chains of binary operators longer than this stay with the closure compiler (it evaluates them in a loop). */
const LONG_CHAIN = 48;

interface Loop {
  /** The body is a function of its own: break/continue return completion codes (1, 2) from it. */
  outlined: boolean;
  /** Label of the block a Python `break` leaves (skipping the loop's `else`). */
  brk: string;
  /** Label of the loop a Python `continue` continues. */
  cont: string;
}

/** Where a raised exception goes: returned as RAISED, thrown, or stored in `pending` and out of the labelled try by a break. */
type RaiseTarget = { kind: 'return' } | { kind: 'throw' } | { kind: 'break'; label: string; pending: string };

class Generator {
  private readonly consts: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();
  private out: string[] = [];
  private n = 0;
  private readonly loops: Loop[] = [];
  /** Loop bodies compiled as functions of their own (see loopBody). */
  private readonly hoisted: string[] = [];
  /** Where an exception raised by the code being generated goes (innermost last; see onRaised). */
  private readonly raiseTargets: RaiseTarget[] = [{ kind: 'return' }];
  /** Statements counted by `step` in each block being generated (innermost last); see `block`. */
  private readonly stepCounts: number[] = [];
  constructor(private readonly ctx: Ctx) {}

  // ------------------------------------------------------------ plumbing

  /** A constant from the script or the compiler, by reference. */
  k(v: unknown): string {
    let i = this.constIndex.get(v);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(v, i);
    }
    return `k${i}`;
  }

  /** A fresh JS identifier. */
  t(prefix = 't'): string {
    return `${prefix}${this.n++}`;
  }

  emit(line: string): void {
    this.out.push(line);
  }

  /** Emits into a separate buffer and returns its text (for conditional code). */
  nested(fn: () => void): string {
    const saved = this.out;
    this.out = [];
    try {
      fn();
      return this.out.join('\n');
    } finally {
      this.out = saved;
    }
  }

  /** Starts a statement: its line for tracebacks; its instruction tick is charged by the enclosing block. */
  step(line: number): void {
    const depth = this.stepCounts.length;
    if (depth === 0) {
      this.emit(`f.line = ${int(line)}; if (--rt.ticks < 0) rt.checkpoint();`);
      return;
    }
    this.stepCounts[depth - 1]++;
    this.emit(`f.line = ${int(line)};`);
  }

  /** A JS boolean expression: is the value in `v` true in Python? */
  truthy(v: string): string {
    return `(${v} === true || (${v} !== false && truthy(rt, ${v})))`;
  }

  /** Builds the body function. */
  finish(name: string, body: string): S {
    const prologue = this.consts.map((_, i) => `const k${i} = K[${i}];`).join('\n');
    const fname = `py_${name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 60)}`;
    const src = `"use strict";\n${prologue}\n${this.hoisted.join('\n')}\nreturn function ${fname}(f) {\nconst rt = f.rt, L = f.locals, G = f.g;\n${body}\nreturn ${NORMAL};\n};`;
    const factory = new Function('K', ...HELPER_NAMES, src) as (...args: unknown[]) => S;
    const fn = factory(this.consts, ...HELPER_VALUES);
    generatedSources.set(fn, src);
    return fn;
  }

  // ------------------------------------------------------------ statements

  /**
   * Emits a block of statements, charging the instruction budget once for all
   * of them when the block starts rather than once per statement: less code,
   * and fewer checkpoint calls that run rarely (V8 deoptimizes a function the
   * first time one of its never-run calls runs). A block left early is
   * charged in full; every loop iteration and every call still charges.
   */
  block(stmts: A.Stmt[]): void {
    const out = this.out;
    const at = out.length;
    out.push('');
    this.stepCounts.push(0);
    try {
      this.statements(stmts);
    } finally {
      const n = this.stepCounts.pop()!;
      if (n > 0) out[at] = n === 1 ? 'if (--rt.ticks < 0) rt.checkpoint();' : `if ((rt.ticks -= ${int(n)}) < 0) rt.checkpoint();`;
    }
  }

  /**
   * A long run of statements is cut into functions of their own of at most
   * MAX_FUNCTION_WEIGHT nodes each: every temporary of a JS function takes a
   * slot of its stack frame, and one frame for a huge body would not fit on
   * the stack.
   */
  private statements(stmts: A.Stmt[]): void {
    if (weight(stmts) <= MAX_FUNCTION_WEIGHT) {
      for (const s of stmts) this.stmt(s);
      return;
    }
    let group: A.Stmt[] = [];
    let size = 0;
    const flush = () => {
      const g = group;
      if (g.length === 1) this.stmt(g[0]);
      else if (g.length > 1) this.region(() => g.forEach((s) => this.stmt(s)));
      group = [];
      size = 0;
    };
    for (const s of stmts) {
      const w = weight(s);
      if (size + w > MAX_FUNCTION_WEIGHT) flush();
      group.push(s);
      size += w;
    }
    flush();
  }

  /** A statement the closure compiler handles: run it and route its completion. */
  fallbackStmt(s: A.Stmt): void {
    const c = this.t('c');
    this.emit(`const ${c} = ${this.k(compileStmt(this.ctx, s))}(f); if (${c} !== ${NORMAL}) { ${this.route(c)} }`);
  }

  /** JS statements passing on completion code `c` (BREAK, CONTINUE, RETURN, RAISED) from a nested function. */
  route(c: string): string {
    const raised = this.raiseTarget().kind === 'return' ? '' : `if (${c} === ${RAISED}) { ${this.onRaised()} } `;
    const loop = this.loops[this.loops.length - 1];
    if (loop === undefined || loop.outlined) return `${raised}return ${c};`;
    return `${raised}if (${c} === ${BREAK}) break ${loop.brk}; if (${c} === ${CONTINUE}) continue ${loop.cont}; return ${c};`;
  }

  private raiseTarget(): RaiseTarget {
    return this.raiseTargets[this.raiseTargets.length - 1];
  }

  /** Generates `emit`'s code with exceptions going to `target`. */
  private raisingTo(target: RaiseTarget, emit: () => void): void {
    this.raiseTargets.push(target);
    try {
      emit();
    } finally {
      this.raiseTargets.pop();
    }
  }

  /** JS statements that pass on the exception pending in `rt.raised` (a call site got RAISING). */
  private onRaised(): string {
    const t = this.raiseTarget();
    if (t.kind === 'return') return `return ${RAISED};`;
    if (t.kind === 'throw') return 'throw rt.takeRaised();';
    return `${t.pending} = rt.takeRaised(); break ${t.label};`;
  }

  /**
   * Emits what `emitBody` generates as a function of its own, called here.
   * Large loop bodies and try statements (and every loop body of module
   * code) are compiled this way: V8 optimizes such a function normally
   * instead of on-stack-replacing one huge function (which it may refuse to
   * optimize), and each exception unwinding through an unoptimized frame
   * costs time growing with that function's size.
   */
  region(emitBody: () => void): void {
    this.loops.push({ outlined: true, brk: '', cont: '' });
    let text = '';
    try {
      // The outlined function returns RAISED; this call site's route() passes it on.
      this.raisingTo({ kind: 'return' }, () => {
        text = this.nested(emitBody);
      });
    } finally {
      this.loops.pop();
    }
    const fn = this.t('py_part');
    this.hoisted.push(`function ${fn}(f) {\nconst rt = f.rt, L = f.locals, G = f.g;\n${text}\nreturn ${NORMAL};\n}`);
    const c = this.t('c');
    this.emit(`const ${c} = ${fn}(f); if (${c} !== ${NORMAL}) { ${this.route(c)} }`);
  }

  stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'Expr':
        this.step(s.line);
        this.emit(`${this.expr(s.value)};`);
        return;
      case 'Assign':
        return this.assign(s);
      case 'AugAssign': {
        const t = s.target;
        if ((t.kind === 'Name' && this.ctx.scope.lookup(t.id).kind !== 'class') || t.kind === 'Attribute'
          || (t.kind === 'Subscript' && t.slice.kind !== 'Slice')) return this.augAssign(s);
        return this.fallbackStmt(s);
      }
      case 'Pass':
        this.step(s.line);
        return;
      case 'Break':
      case 'Continue': {
        // The resolver has checked that a loop encloses them.
        this.step(s.line);
        const loop = this.loops[this.loops.length - 1];
        const isBreak = s.kind === 'Break';
        if (loop.outlined) this.emit(`return ${isBreak ? BREAK : CONTINUE};`);
        else this.emit(isBreak ? `break ${loop.brk};` : `continue ${loop.cont};`);
        return;
      }
      case 'Return':
        this.step(s.line);
        this.emit(`f.ret = ${s.value === null ? 'None' : this.expr(s.value)}; return ${RETURN};`);
        return;
      case 'If':
        return this.ifStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'For':
        return this.forStmt(s);
      case 'Try':
        return this.region(() => this.tryStmt(s));
      case 'Raise':
        return this.raise(s);
      case 'Global':
      case 'Nonlocal':
        return;
      default:
        return this.fallbackStmt(s);
    }
  }

  assign(s: A.Assign): void {
    this.step(s.line);
    const v = this.expr(s.value);
    for (const t of s.targets) this.store(t, v);
  }

  /** Stores the value of JS expression `v` (already evaluated) into target `t`. */
  store(t: A.Expr, v: string): void {
    switch (t.kind) {
      case 'Name': {
        const b = this.ctx.scope.lookup(t.id);
        switch (b.kind) {
          case 'local':
            this.emit(`L[${int(b.slot)}] = ${v};`);
            return;
          case 'cell':
            this.emit(`L[${int(b.slot)}].v = ${v};`);
            return;
          case 'global':
            this.emit(`G[${int(this.ctx.globalIndex(t.id))}].v = ${v};`);
            return;
          case 'class':
            break;
        }
        break;
      }
      case 'Attribute': {
        const o = this.expr(t.value);
        this.emit(this.attrStore(o, t.attr, v));
        return;
      }
      case 'Subscript': {
        if (t.slice.kind === 'Slice') break;
        const o = this.expr(t.value);
        this.storeItem(o, this.expr(t.slice), v, t.slice.kind === 'Str');
        return;
      }
      case 'Tuple':
      case 'List':
        if (t.elts.every((e) => e.kind === 'Name' && this.ctx.scope.lookup(e.id).kind !== 'class')) {
          const items = this.t();
          this.emit(`const ${items} = unpackExact(rt, ${v}, ${int(t.elts.length)});`);
          t.elts.forEach((e, i) => this.store(e, `${items}[${i}]`));
          return;
        }
        break;
    }
    // Everything else (starred unpacking, nested targets, class names, slices) and its errors.
    this.emit(`${this.k(compileStore(this.ctx, t))}(f, ${v});`);
  }

  /** `o[key] = v` with exact lists and dicts inline. */
  storeItem(o: string, key: string, v: string, strKey: boolean): void {
    const [items, j] = [this.t(), this.t()];
    // A str literal key (`d["name"] = v`) can only take the dict path.
    this.emit((strKey ? '' : `if (typeof ${key} === 'number' && ${o} instanceof PyList && ${o}.cls === ListType) {`
      + ` const ${items} = ${o}.items; const ${j} = ${key} < 0 ? ${key} + ${items}.length : ${key};`
      + ` if (${j} >= 0 && ${j} < ${items}.length) ${items}[${j}] = ${v}; else storeItem(rt, ${o}, ${key}, ${v}); } else `)
      + `if (${strKey ? '' : `(typeof ${key} === 'string' || typeof ${key} === 'number') && `}${o} instanceof PyDict && ${o}.cls === DictType) {`
      + ` const ${items} = ${o}.map; const ${j} = ${items}.size; ${items}.set(${key}, ${v});`
      + ` if (${items}.size !== ${j}) { ${o}.version++; if ((rt.memoryLeft -= ENTRY_BYTES) < 0) rt.memoryExceeded(); } }`
      + ` else storeItem(rt, ${o}, ${key}, ${v});`);
  }

  /** `target op= value` for names, attributes and items (the target's parts are evaluated once). */
  augAssign(s: A.AugAssign): void {
    this.step(s.line);
    const t = s.target;
    if (t.kind === 'Name') {
      const a = this.name(t.id);
      this.store(t, this.inplace(s.op, a, this.expr(s.value)));
    } else if (t.kind === 'Attribute') {
      const o = this.expr(t.value);
      const a = this.t();
      this.emit(this.attrLoad(a, o, t.attr));
      const r = this.inplace(s.op, a, this.expr(s.value));
      this.emit(this.attrStore(o, t.attr, r));
    } else {
      const o = this.expr((t as A.Subscript).value);
      const key = this.expr((t as A.Subscript).slice);
      const a = this.subscriptLoad(o, key, (t as A.Subscript).slice.kind === 'Str');
      this.storeItem(o, key, this.inplace(s.op, a, this.expr(s.value)), (t as A.Subscript).slice.kind === 'Str');
    }
  }

  /** `a op= b` on evaluated operands, with the int fast paths inline. */
  inplace(op: A.BinOpName, a: string, b: string): string {
    const r = this.t();
    switch (op) {
      case '+':
        this.emit(`let ${r} = typeof ${a} === 'number' && typeof ${b} === 'number' ? ${a} + ${b} : NaN;`
          + ` if (!(${r} <= MAX && ${r} >= -MAX)) ${r} = inplaceAddSlow(rt, ${a}, ${b});`);
        break;
      case '-':
        this.emit(`let ${r} = typeof ${a} === 'number' && typeof ${b} === 'number' ? ${a} - ${b} : NaN;`
          + ` if (!(${r} <= MAX && ${r} >= -MAX)) ${r} = inplaceOp(rt, '-', ${a}, ${b});`);
        break;
      default:
        this.emit(`const ${r} = inplaceOp(rt, ${this.k(op)}, ${a}, ${b});`);
    }
    return r;
  }

  ifStmt(s: A.If): void {
    this.step(s.line);
    const test = this.expr(s.test);
    this.emit(`if ${this.truthy(test)} {`);
    this.block(s.body);
    if (s.orelse.length > 0) {
      this.emit('} else {');
      this.block(s.orelse);
    }
    this.emit('}');
  }

  /** Emits a loop body (see region for why large ones and module-level ones are functions of their own). */
  loopBody(brk: string, cont: string, body: A.Stmt[]): void {
    this.loops.push({ outlined: false, brk, cont });
    try {
      if (this.ctx.scope.kind === 'module' || weight(body) > OUTLINE_WEIGHT) this.region(() => this.block(body));
      else this.block(body);
    } finally {
      this.loops.pop();
    }
  }

  whileStmt(s: A.While): void {
    const loop = { brk: this.t('b'), cont: this.t('l') };
    this.emit(`${loop.brk}: { ${loop.cont}: for (;;) {`);
    this.step(s.line);
    const test = this.expr(s.test);
    this.emit(`if (!${this.truthy(test)}) break ${loop.cont};`);
    this.loopBody(loop.brk, loop.cont, s.body);
    this.emit('}');
    this.block(s.orelse);
    this.emit('}');
  }

  /**
   * One loop for every iterable: ranges of ints, exact lists/tuples and dicts
   * (and their views) are walked inline (a list's length is read each time:
   * the body may change it; a dict's version is checked before each step, as
   * CPython does), anything else through the iterator protocol. A `k, v`
   * target over `d.items()` gets the pair without a tuple.
   */
  forStmt(s: A.For): void {
    this.step(s.line);
    const [mode, i, stop, inc, cur, d, ver, size, kind, x, x2] = [
      this.t('m'), this.t('i'), this.t(), this.t(), this.t(), this.t('d'), this.t(), this.t(), this.t(), this.t('x'), this.t('x')];
    const t = s.target;
    const pair = (t.kind === 'Tuple' || t.kind === 'List') && t.elts.length === 2
      && t.elts.every((e) => e.kind === 'Name' && this.ctx.scope.lookup(e.id).kind !== 'class');
    // Only the fast modes the iterable's syntax makes likely (range(...) or a dict view call, else a
    // list/tuple or dict); anything else takes the generic iterator. Less code for V8 to compile.
    const e = s.iter;
    const isRange = e.kind === 'Call' && e.func.kind === 'Name' && e.func.id === 'range';
    const isView = e.kind === 'Call' && e.func.kind === 'Attribute' && ['items', 'keys', 'values'].includes(e.func.attr);
    const lists = !isRange && !isView;
    const dicts = !isRange;
    // `for ... in d.items()` (or keys(), values()) on an exact dict walks it without making the view:
    // an exact dict's methods cannot be replaced. Anything else calls the method as written.
    const view = isView && e.args.length === 0 && e.keywords.length === 0 ? e.func as A.Attribute : null;
    let it: string;
    let close = '';
    if (view !== null) {
      const o = this.expr(view.value);
      const k = view.attr === 'keys' ? 0 : view.attr === 'values' ? 1 : 2;
      this.emit(`let ${mode} = 3, ${i} = 0, ${stop} = 0, ${inc} = 0, ${cur} = null, ${d} = null, ${ver} = 0, ${size} = 0, ${kind} = ${k};`);
      this.emit(`if (${o} instanceof PyDict && ${o}.cls === DictType) { ${d} = ${o}; ${cur} = ${k === 1 ? `${o}.map.values()` : `${o}.map.keys()`};`
        + ` ${ver} = ${o}.version; ${size} = ${o}.map.size; } else { ${mode} = 2;`);
      it = this.methodCallOn(o, view.attr, [o], 'null');
      close = '}';
    } else {
      it = this.expr(e);
      this.emit(`let ${mode} = 2, ${i} = 0, ${stop} = 0, ${inc} = 0, ${cur} = null, ${d} = null, ${ver} = 0, ${size} = 0, ${kind} = 0;`);
    }
    this.emit((isRange ? `if (${it} instanceof PyRange && typeof ${it}.start === 'number' && typeof ${it}.stop === 'number' && typeof ${it}.step === 'number') {`
      + ` ${mode} = 0; ${i} = ${it}.start; ${stop} = ${it}.stop; ${inc} = ${it}.step; } else ` : '')
      + (lists ? `if ((${it} instanceof PyList && ${it}.cls === ListType) || (${it} instanceof PyTuple && ${it}.cls.builtin)) ${mode} = 1; else ` : '')
      + (dicts ? `if (${it} instanceof PyDictView || (${it} instanceof PyDict && ${it}.cls === DictType)) {`
        + ` ${mode} = 3; ${d} = ${it} instanceof PyDictView ? ${it}.dict : ${it};`
        + ` ${kind} = ${it} instanceof PyDictView ? (${it}.kind === 'keys' ? 0 : ${it}.kind === 'values' ? 1 : 2) : 0;`
        // Keys and values come from their own iterators, items from the keys and a lookup: no
        // [key, value] pair per step (less garbage; the value read is the current one, as in CPython).
        + ` ${cur} = ${kind} === 1 ? ${d}.map.values() : ${d}.map.keys(); ${ver} = ${d}.version; ${size} = ${d}.map.size; } else ` : '')
      + `${cur} = getIter(rt, ${it});${close}`);
    const loop = { brk: this.t('b'), cont: this.t('l') };
    this.emit(`${loop.brk}: { ${loop.cont}: for (;;) {`);
    this.emit(`let ${x}, ${x2} = undefined;`);
    const items = pair
      ? `if (${kind} === 2) { ${x} = ${d}.keyOf(k); ${x2} = ${d}.map.get(k); } else ${x} = tuple([${d}.keyOf(k), ${d}.map.get(k)]);`
      : `${x} = tuple([${d}.keyOf(k), ${d}.map.get(k)]);`;
    this.emit((isRange ? `if (${mode} === 0) { if (${inc} > 0 ? ${i} >= ${stop} : ${i} <= ${stop}) break ${loop.cont}; ${x} = ${i}; ${i} += ${inc}; } else ` : '')
      + (lists ? `if (${mode} === 1) { const items = ${it}.items; if (${i} >= items.length) break ${loop.cont}; ${x} = items[${i}++]; } else ` : '')
      + (dicts ? `if (${mode} === 3) { if (${d}.version !== ${ver}) dictChanged(${d}, ${size}); const r = ${cur}.next(); if (r.done) break ${loop.cont};`
        + ` if (${kind} === 0) ${x} = ${d}.keyOf(r.value); else if (${kind} === 1) ${x} = r.value; else { const k = r.value; ${items} } } else ` : '')
      + `{ ${x} = iterNext(rt, ${cur}); if (${x} === DONE) break ${loop.cont}; }`);
    if (pair) {
      const [a, b] = (t as A.TupleExpr).elts;
      this.emit(`if (${x2} !== undefined) {`);
      this.store(a, x);
      this.store(b, x2);
      this.emit('} else {');
      this.store(t, x);
      this.emit('}');
    } else {
      this.store(t, x);
    }
    this.loopBody(loop.brk, loop.cont, s.body);
    this.emit('}');
    this.block(s.orelse);
    this.emit('}');
  }

  /** Handlers of a `try`, then its `else`; the `finally` part wraps this (see tryStmt). */
  tryExcept(s: A.Try): void {
    if (s.handlers.length === 0) {
      this.block(s.body);
      return;
    }
    const ok = s.orelse.length > 0 ? this.t('ok') : null;
    const [e, pending, label] = [this.t('e'), this.t('p'), this.t('h')];
    if (ok !== null) this.emit(`let ${ok} = false;`);
    // A raise in the body (or a call returning RAISING) sets `pending` and breaks out: no JS throw.
    this.emit(`let ${pending} = null;`);
    this.emit(`${label}: try {`);
    this.raisingTo({ kind: 'break', label, pending }, () => this.block(s.body));
    if (ok !== null) this.emit(`${ok} = true;`);
    this.emit(`} catch (${e}) {`);
    this.emit(`if (!(${e} instanceof PyBaseException)) throw ${e};`);
    this.emit(`${pending} = ${e};`);
    this.emit('}');
    this.emit(`if (${pending} !== null) { const ${e} = ${pending};`);
    this.emit(`rt.caughtIn(${e}, f);`);
    this.handlers(s, e);
    this.emit('}');
    if (ok !== null) {
      this.emit(`if (${ok}) {`);
      this.block(s.orelse);
      this.emit('}');
    }
  }

  /**
   * The except clauses of `s`, matching the caught exception `e` (raised
   * again when none matches). An exception raised in a clause's body breaks
   * out of it like one in the try body, gets `e` as its context and goes on
   * where exceptions outside this try statement go.
   */
  private handlers(s: A.Try, e: string): void {
    for (const h of s.handlers) {
      // Each clause's type is evaluated only when the ones before did not match.
      const type = h.type === null ? 'true' : `exceptionMatches(${e}, ${this.expr(h.type)})`;
      this.emit(`if (${type}) {`);
      if (h.name !== null) this.store({ kind: 'Name', id: h.name, line: h.line, col: h.col } as A.Name, e);
      const [e2, pending, label] = [this.t('e'), this.t('p'), this.t('h')];
      this.emit(`let ${pending} = null;`);
      this.emit(`rt.handling.push(${e});`);
      this.emit(`${label}: try {`);
      this.raisingTo({ kind: 'break', label, pending }, () => this.block(h.body));
      this.emit(`} catch (${e2}) { if (!(${e2} instanceof PyBaseException)) throw ${e2}; ${pending} = ${e2}; } finally { rt.handling.pop();`);
      if (h.name !== null) this.unbind(h.name);
      this.emit('}');
      this.emit(`if (${pending} !== null) { ${this.raiseWith(`withContext(${pending}, ${e})`)} }`);
      this.emit('} else {');
    }
    this.emit(this.raiseWith(e));
    this.emit('}'.repeat(s.handlers.length));
  }

  /** The implicit `del name` after an except clause (no error if already unbound). */
  unbind(name: string): void {
    const b = this.ctx.scope.lookup(name);
    switch (b.kind) {
      case 'local':
        this.emit(`L[${int(b.slot)}] = undefined;`);
        return;
      case 'cell':
        this.emit(`L[${int(b.slot)}].v = undefined;`);
        return;
      case 'global':
        this.emit(`G[${int(this.ctx.globalIndex(name))}].v = undefined;`);
        return;
      case 'class':
        this.emit(`f.ns.delete(${this.k(name)});`);
    }
  }

  /**
   * try/except/else/finally. The `finally` body is a JS `finally`, so Python
   * return/break/continue inside the try run it as they should; it is
   * skipped for limit errors (not Python exceptions), and runs with the
   * pending exception as the one being handled.
   */
  tryStmt(s: A.Try): void {
    this.step(s.line);
    if (s.finalbody.length === 0) {
      this.tryExcept(s);
      return;
    }
    // The JS finally below runs on a JS throw: exceptions inside it are thrown.
    this.raisingTo({ kind: 'throw' }, () => this.tryFinally(s));
  }

  tryFinally(s: A.Try): void {
    const [ex, skip, e, e2] = [this.t('ex'), this.t('sk'), this.t('e'), this.t('e')];
    this.emit(`{ let ${ex} = null, ${skip} = false;`);
    this.emit('try {');
    this.tryExcept(s);
    this.emit(`} catch (${e}) {`
      + ` if (!(${e} instanceof PyBaseException)) { ${skip} = true; throw ${e}; }`
      + ` rt.caughtIn(${e}, f); ${ex} = ${e};`);
    this.emit(`} finally { if (!${skip}) {`);
    this.emit(`if (${ex} !== null) rt.handling.push(${ex});`);
    this.emit('try {');
    this.block(s.finalbody);
    this.emit(`} catch (${e2}) { throw ${ex} === null ? ${e2} : withContext(${e2}, ${ex}); } finally { if (${ex} !== null) rt.handling.pop(); }`);
    this.emit(`if (${ex} !== null) throw ${ex};`);
    this.emit('} } }');
  }

  raise(s: A.Raise): void {
    this.step(s.line);
    if (s.exc === null) {
      const h = this.t();
      this.emit(`const ${h} = rt.handling; if (${h}.length === 0) throw noActiveException(); ${this.raiseWith(`${h}[${h}.length - 1]`)}`);
      return;
    }
    const x = this.expr(s.exc);
    const e = this.t('e');
    this.emit(`const ${e} = toException(rt, ${x}); ${e}.tbFloor = Infinity;`);
    if (s.cause !== null) {
      const c = this.expr(s.cause);
      this.emit(`${e}.cause = ${c} === None ? None : toException(rt, ${c}, 'cause'); ${e}.suppressContext = true;`);
    }
    const h = this.t();
    this.emit(`const ${h} = rt.handling; if (${h}.length > 0 && ${h}[${h}.length - 1] !== ${e} && ${e}.context === None) ${e}.context = ${h}[${h}.length - 1];`);
    this.emit(this.raiseWith(e));
  }

  /**
   * `const r = o.name`: an instance attribute of a class without data
   * descriptors or `__getattribute__` is read from the instance dict here;
   * anything else (and every dunder name) goes through getAttr.
   */
  attrLoad(r: string, o: string, name: string): string {
    const k = this.k(name);
    if (name.startsWith('_')) return `const ${r} = getAttr(rt, ${o}, ${k});`;
    const p = this.t('p');
    // `p[k]` here, not inside a shared helper: this site's own feedback keeps the record's hidden class.
    return `let ${r}; if (${o} instanceof PyInstance && ${o}.cls.plainAttrLoads) { const ${p} = ${o}.dict.props;`
      + ` ${r} = ${p} !== null ? ${p}[${k}] : ${o}.dict.get(${k}); if (${r} === undefined) ${r} = classAttrOfInstance(rt, ${o}, ${k}); }`
      + ` else ${r} = getAttr(rt, ${o}, ${k});`;
  }

  /**
   * `len(x)`, `isinstance(x, t)` and `str(x)` of an int or str, where the
   * name may be the builtin: a guard (the callee is that builtin) and the
   * direct computation, skipping the argument array and the generic
   * dispatch. Null for other calls.
   */
  builtinCall(e: A.Call, c: string, args: string[]): { guard: string; call: string } | null {
    if (e.func.kind !== 'Name' || this.ctx.scope.lookup(e.func.id).kind !== 'global') return null;
    const [a, b] = args;
    if (e.func.id === 'len' && args.length === 1) {
      return { guard: `${c} instanceof PyBuiltin && ${c}.fn === LEN_NATIVE`, call: `typeof ${a} === 'string' ? strLen(${a}) : lenInt(rt, ${a})` };
    }
    if (e.func.id === 'isinstance' && args.length === 2) {
      return { guard: `${c} instanceof PyBuiltin && ${c}.fn === ISINSTANCE_NATIVE`, call: `isinstance(rt, ${a}, ${b})` };
    }
    if (e.func.id === 'str' && args.length === 1) {
      // A safe int prints as JS prints it (never in exponent form).
      return { guard: `${c} === StrType && (typeof ${a} === 'number' || typeof ${a} === 'string')`, call: `typeof ${a} === 'number' ? String(${a}) : ${a}` };
    }
    return null;
  }

  /** An expression: whether instance `o` has no attribute `k` of its own (read at this site; see attrLoad). */
  noOwnAttr(o: string, k: string): string {
    return `(${o}.dict.props !== null ? ${o}.dict.props[${k}] === undefined : !${o}.dict.has(${k}))`;
  }

  /** `o.name = v`: straight into the instance dict when the class has no hook or data descriptor (see attrLoad). */
  attrStore(o: string, name: string, v: string): string {
    const k = this.k(name);
    if (name.startsWith('_')) return `setAttr(rt, ${o}, ${k}, ${v});`;
    const [d, p] = [this.t('d'), this.t('p')];
    // Identifiers are never index-like, so the record can take them (see AttrDict).
    return `if (${o} instanceof PyInstance && ${o}.cls.plainAttrStores) { const ${d} = ${o}.dict, ${p} = ${d}.props;`
      + ` if (${p} !== null) { if (${p}[${k}] === undefined) ${d}.added(); ${p}[${k}] = ${v}; } else ${d}.set(${k}, ${v}); }`
      + ` else setAttr(rt, ${o}, ${k}, ${v});`;
  }

  /**
   * `(x * y + z) % m` and `(x * y) % m` with int literals z and 0 < m <= 2**32:
   * for int x and y, one exact computation (mulAddMod) instead of a product
   * that may need a bigint; otherwise the three operations as written. The
   * literals have no side effects, so evaluation order is unchanged.
   */
  mulAddModulo(e: A.BinOp): string | null {
    const m = e.right;
    if (e.op !== '%' || m.kind !== 'Int' || m.value <= 0n || m.value > 2n ** 32n) return null;
    let product = e.left;
    let z = 0n;
    if (product.kind === 'BinOp' && product.op === '+' && product.right.kind === 'Int') {
      z = product.right.value;
      product = product.left;
    }
    if (product.kind !== 'BinOp' || product.op !== '*') return null;
    if (z > BigInt(Number.MAX_SAFE_INTEGER) || z < -BigInt(Number.MAX_SAFE_INTEGER)) return null;
    const [x, y] = [this.expr(product.left), this.expr(product.right)];
    const r = this.t();
    const slow = z === 0n
      ? `${r} = binaryOp(rt, '%', binaryOp(rt, '*', ${x}, ${y}), ${int(Number(m.value))});`
      : `${r} = binaryOp(rt, '%', addSlow(rt, binaryOp(rt, '*', ${x}, ${y}), (${int(Number(z))})), ${int(Number(m.value))});`;
    this.emit(`let ${r}; if (typeof ${x} === 'number' && typeof ${y} === 'number') ${r} = mulAddMod(${x}, ${y}, ${int(Number(z))}, ${int(Number(m.value))}); else { ${slow} }`);
    return r;
  }

  /** An f-string: each field formatted in order (a plain str field as is), the pieces joined (see joinFString). */
  fstring(e: A.FString): string {
    const pieces: string[] = [];
    for (const p of e.parts) {
      if (typeof p === 'string') {
        if (p !== '') pieces.push(this.k(p));
        continue;
      }
      const v = this.expr(p.value);
      const r = this.t();
      if (p.conversion === null && p.spec === null) {
        this.emit(`const ${r} = typeof ${v} === 'string' ? ${v} : formatField(f, ${v}, null, '');`);
      } else {
        const spec = p.spec === null ? "''" : this.fstring(p.spec);
        this.emit(`const ${r} = formatField(f, ${v}, ${p.conversion === null ? 'null' : this.k(p.conversion)}, ${spec});`);
      }
      pieces.push(r);
    }
    if (pieces.length === 0) return this.k('');
    if (pieces.length === 1) return pieces[0];
    const r = this.t();
    this.emit(`const ${r} = joinFString(rt, [${pieces.join(', ')}]);`);
    return r;
  }

  /** An int divided by zero raises here (not in a helper that would only ever throw; see RAISED). */
  raiseIntDivisionByZero(both: string, b: string, op: '//' | '%' | '/'): string {
    return `if (${both} && ${b} === 0) { ${this.raiseWith(`intDivisionByZero('${op}')`)} }`;
  }

  /**
   * Raises exception `e` without a JS throw where possible: outside try
   * statements the body returns RAISED (its caller passes it on; see RAISED
   * for why), in a try body or an except clause it breaks out to the code
   * after it; inside `finally` blocks, which a JS try/finally runs, it throws.
   */
  raiseWith(e: string): string {
    const t = this.raiseTarget();
    if (t.kind === 'return') return `rt.raised = ${e}; return ${RAISED};`;
    if (t.kind === 'throw') return `throw ${e};`;
    return `${t.pending} = ${e}; break ${t.label};`;
  }

  // ------------------------------------------------------------ expressions

  /** Emits code computing `e` (in evaluation order) and returns a JS expression for its value. */
  expr(e: A.Expr): string {
    switch (e.kind) {
      case 'Name':
        if (this.ctx.scope.lookup(e.id).kind === 'class') break;
        return this.name(e.id);
      case 'Int': {
        const v = normBig(e.value);
        return typeof v === 'number' && Number.isSafeInteger(v) ? `(${v})` : this.k(v);
      }
      case 'Float':
        return this.k(new PyFloat(e.value));
      case 'Str':
        return this.k(e.value);
      case 'Bool':
        return e.value ? 'true' : 'false';
      case 'None':
        return 'None';
      case 'BinOp':
        return this.binOp(e);
      case 'FString':
        return this.fstring(e);
      case 'Compare':
        if (e.ops.length === 1) return this.compare(e.ops[0], this.expr(e.left), this.expr(e.comparators[0]));
        break;
      case 'BoolOp':
        return this.boolOp(e);
      case 'UnaryOp': {
        if (e.op === 'not') {
          const v = this.expr(e.operand);
          const r = this.t();
          this.emit(`const ${r} = !${this.truthy(v)};`);
          return r;
        }
        if (e.op === '-' && e.operand.kind === 'Int') {
          const v = normBig(-e.operand.value);
          return typeof v === 'number' && Number.isSafeInteger(v) ? `(${v})` : this.k(v);
        }
        if (e.op === '-') {
          const v = this.expr(e.operand);
          const r = this.t();
          this.emit(`const ${r} = typeof ${v} === 'number' ? 0 - ${v} : unaryOp(rt, '-', ${v});`);
          return r;
        }
        break;
      }
      case 'IfExp': {
        const test = this.expr(e.test);
        const r = this.t();
        this.emit(`let ${r}; if ${this.truthy(test)} {`);
        this.emit(`${r} = ${this.expr(e.body)}; } else {`);
        this.emit(`${r} = ${this.expr(e.orelse)}; }`);
        return r;
      }
      case 'Call':
        return this.call(e) ?? this.fallbackExpr(e);
      case 'Attribute': {
        const o = this.expr(e.value);
        const r = this.t();
        this.emit(this.attrLoad(r, o, e.attr));
        return r;
      }
      case 'Subscript':
        if (e.slice.kind === 'Slice') break;
        return this.subscript(e);
      case 'List':
      case 'Tuple': {
        if (e.elts.some((x) => x.kind === 'Starred')) break;
        if (e.kind === 'Tuple' && isConstantExpr(e)) return this.k(compileExpr(this.ctx, e)(null as unknown as Frame));
        const items = e.elts.map((x) => this.expr(x));
        const r = this.t();
        if (e.kind === 'Tuple') {
          this.emit(`const ${r} = tuple([${items.join(', ')}]);`);
        } else {
          this.emit(`if ((rt.memoryLeft -= ${int(32 + 8 * items.length)}) < 0) rt.memoryExceeded(); const ${r} = new PyList([${items.join(', ')}]);`);
        }
        return r;
      }
      case 'Dict': {
        if (!e.keys.every((key) => key !== null && key.kind === 'Str')) break;
        const d = this.t();
        if (e.keys.length === 0) {
          this.emit(`const ${d} = new PyDict();`);
          return d;
        }
        const m = this.t();
        this.emit(`const ${d} = new PyDict(); const ${m} = ${d}.map;`);
        e.keys.forEach((key, i) => {
          const v = this.expr(e.values[i]);
          this.emit(`${m}.set(${this.k((key as A.StrLit).value)}, ${v});`);
        });
        this.emit(`${d}.version = ${m}.size; rt.allocate(${m}.size * ENTRY_BYTES);`);
        return d;
      }
      default:
        break;
    }
    return this.fallbackExpr(e);
  }

  /** An expression the closure compiler handles. */
  fallbackExpr(e: A.Expr): string {
    const r = this.t();
    this.emit(`const ${r} = ${this.k(compileExpr(this.ctx, e))}(f);`);
    return r;
  }

  name(id: string): string {
    const b = this.ctx.scope.lookup(id);
    const r = this.t();
    switch (b.kind) {
      case 'local': {
        // A parameter is bound on entry and stays bound unless the function deletes it (del, except-as).
        const scope = this.ctx.scope;
        const alwaysBound = scope.params.includes(id) && !scope.deleted.has(id);
        this.emit(`const ${r} = L[${int(b.slot)}];${alwaysBound ? '' : ` if (${r} === undefined) throw unboundLocal(${this.k(id)});`}`);
        return r;
      }
      case 'cell': {
        const free = this.ctx.scope.freeSlots.includes(b.slot);
        this.emit(`const ${r} = L[${int(b.slot)}].v; if (${r} === undefined) throw ${free ? 'freeUnbound' : 'unboundLocal'}(${this.k(id)});`);
        return r;
      }
      case 'global': {
        const gi = int(this.ctx.globalIndex(id));
        this.emit(`let ${r} = G[${gi}].v; if (${r} === undefined) { ${r} = G[${gi}].builtin; if (${r} === undefined) ${r} = loadBuiltin(f, ${gi}); }`);
        return r;
      }
      case 'class':
        throw new Error('class-scope names are compiled by the closure compiler');
    }
  }

  binOp(e: A.BinOp): string {
    let depth = 0;
    for (let cur: A.Expr = e; cur.kind === 'BinOp'; cur = cur.left) depth++;
    if (depth >= LONG_CHAIN) return this.fallbackExpr(e);
    const fused = this.mulAddModulo(e);
    if (fused !== null) return fused;
    const a = this.expr(e.left);
    const b = this.expr(e.right);
    const r = this.t();
    // What the source says of an operand's type needs no check at run time: less code to
    // run before V8 optimizes the function, and less for it to optimize.
    const ta = staticType(e.left);
    const tb = staticType(e.right);
    const both = ta === 'int' && tb === 'int' ? 'true'
      : ta === 'int' ? `typeof ${b} === 'number'`
      : tb === 'int' ? `typeof ${a} === 'number'`
      : `typeof ${a} === 'number' && typeof ${b} === 'number'`;
    const nonZeroDivisor = tb === 'int' && Number(normBig((e.right as A.IntLit).value)) !== 0;
    switch (e.op) {
      case '+':
        if (ta === 'str' || tb === 'str') {
          // str + str concatenates; anything else (a number, an object with __radd__) takes the protocol.
          const other = ta === 'str' ? (tb === 'str' ? null : b) : a;
          this.emit(other === null ? `const ${r} = concat(rt, ${a}, ${b});`
            : `const ${r} = typeof ${other} === 'string' ? concat(rt, ${a}, ${b}) : addSlow(rt, ${a}, ${b});`);
          break;
        }
        if (likelyStr(e.left) || likelyStr(e.right)) {
          // Part of a chain that builds a string (`name + ": " + detail`): the str test first, no int path.
          this.emit(`const ${r} = typeof ${a} === 'string' && typeof ${b} === 'string' ? concat(rt, ${a}, ${b}) : addSlow(rt, ${a}, ${b});`);
          break;
        }
        this.emit(`let ${r} = ${both} ? ${a} + ${b} : NaN; if (!(${r} <= MAX && ${r} >= -MAX)) ${r} = addSlow(rt, ${a}, ${b});`);
        break;
      case '-':
        this.emit(`let ${r} = ${both} ? ${a} - ${b} : NaN; if (!(${r} <= MAX && ${r} >= -MAX)) ${r} = binaryOp(rt, '-', ${a}, ${b});`);
        break;
      case '*':
        this.emit(`let ${r} = ${both} ? ${a} * ${b} + 0 : NaN; if (!(${r} <= MAX && ${r} >= -MAX)) ${r} = binaryOp(rt, '*', ${a}, ${b});`);
        break;
      case '//':
        this.emit(`${nonZeroDivisor ? '' : this.raiseIntDivisionByZero(both, b, '//')} const ${r} = ${both} ? intFloorDiv(${a}, ${b}) : binaryOp(rt, '//', ${a}, ${b});`);
        break;
      case '%': {
        const positive = nonZeroDivisor && Number(normBig((e.right as A.IntLit).value)) > 0;
        const mod = positive ? `(${a} >= 0 ? ${a} % ${b} : intMod(${a}, ${b}))` : `(${a} >= 0 && ${b} > 0 ? ${a} % ${b} : intMod(${a}, ${b}))`;
        this.emit(`${nonZeroDivisor ? '' : this.raiseIntDivisionByZero(both, b, '%')} const ${r} = ${both} ? ${mod} : binaryOp(rt, '%', ${a}, ${b});`);
        break;
      }
      case '/':
        this.emit(`${nonZeroDivisor ? '' : this.raiseIntDivisionByZero(both, b, '/')} const ${r} = ${both} ? new PyFloat(${a} / ${b}) : binaryOp(rt, '/', ${a}, ${b});`);
        break;
      default:
        this.emit(`const ${r} = binaryOp(rt, ${this.k(e.op)}, ${a}, ${b});`);
    }
    return r;
  }

  compare(op: A.CmpOpName, a: string, b: string): string {
    const r = this.t();
    switch (op) {
      case '<':
      case '<=':
      case '>':
      case '>=':
        this.emit(`const ${r} = typeof ${a} === 'number' && typeof ${b} === 'number' ? ${a} ${op} ${b} : compare(rt, ${a}, ${b}, '${op}');`);
        break;
      case '==':
      case '!=': {
        const js = op === '==' ? '===' : '!==';
        this.emit(`const ${r} = typeof ${a} === typeof ${b} && (typeof ${a} === 'number' || typeof ${a} === 'string') ? ${a} ${js} ${b} : compare(rt, ${a}, ${b}, '${op}');`);
        break;
      }
      case 'is':
        this.emit(`const ${r} = ${a} === ${b};`);
        break;
      case 'is not':
        this.emit(`const ${r} = ${a} !== ${b};`);
        break;
      case 'in':
      case 'not in':
        // str in str and str/int keys of exact dicts inline; the rest by the protocol.
        this.emit(`const ${r} = ${op === 'in' ? '' : '!'}(typeof ${b} === 'string' && typeof ${a} === 'string' ? ${b}.includes(${a})`
          + ` : (typeof ${a} === 'string' || typeof ${a} === 'number') && ${b} instanceof PyDict && ${b}.cls === DictType ? ${b}.map.has(${a})`
          + ` : contains(rt, ${b}, ${a}));`);
        break;
    }
    return r;
  }

  boolOp(e: A.BoolOp): string {
    const r = this.t();
    this.emit(`let ${r} = ${this.expr(e.values[0])};`);
    let closes = 0;
    for (let i = 1; i < e.values.length; i++) {
      const t = this.truthy(r);
      this.emit(`if (${e.op === 'and' ? t : `!${t}`}) {`);
      this.emit(`${r} = ${this.expr(e.values[i])};`);
      closes++;
    }
    this.emit('}'.repeat(closes));
    return r;
  }

  subscript(e: A.Subscript): string {
    const o = this.expr(e.value);
    return this.subscriptLoad(o, this.expr(e.slice), e.slice.kind === 'Str');
  }

  /** `o[key]` with exact lists, tuples and dicts inline. */
  subscriptLoad(o: string, key: string, strKey: boolean): string {
    const [r, items, j] = [this.t(), this.t(), this.t()];
    if (strKey) {
      // A str literal key (`svc["name"]`): only the dict path can apply.
      this.emit(`let ${r}; if (${o} instanceof PyDict && ${o}.cls === DictType) {`
        + ` ${r} = ${o}.map.get(${key}); if (${r} === undefined) { ${this.raiseWith(`keyError(${key})`)} } }`
        + ` else ${r} = getItem(rt, ${o}, ${key});`);
      return r;
    }
    this.emit(`let ${r};`
      + ` if (typeof ${key} === 'number' && ((${o} instanceof PyList && ${o}.cls === ListType) || (${o} instanceof PyTuple && ${o}.cls === TupleType))) {`
      + ` const ${items} = ${o}.items; const ${j} = ${key} < 0 ? ${key} + ${items}.length : ${key};`
      // Raised here, not in getItem: V8 never optimizes a function that only ever throws.
      + ` if (${j} >= 0 && ${j} < ${items}.length) ${r} = ${items}[${j}]; else { ${this.raiseWith(`seqIndexError(${o})`)} } }`
      + ` else if ((typeof ${key} === 'string' || typeof ${key} === 'number') && ${o} instanceof PyDict && ${o}.cls === DictType) {`
      + ` ${r} = ${o}.map.get(${key}); if (${r} === undefined) { ${this.raiseWith(`keyError(${key})`)} } }`
      + ` else ${r} = getItem(rt, ${o}, ${key});`);
    return r;
  }

  /** Calls with positional and keyword arguments (no `*`/`**`); null when the closure compiler must do it. */
  /** `o.name(...)` on the evaluated receiver `o`; `args` starts with `o`, `kw` is the keyword names' constant or null. */
  methodCallOn(o: string, name: string, args: string[], kw: string): string {
    const [r, mc] = [this.t(), this.t()];
    const argv = `[${args.join(', ')}]`;
    // The site's cache (see cachedCall) checked inline for builtin receivers (str only when the name is a
    // str method): their method is fixed, so it is called here, where V8's feedback is this site's own
    // (it can inline the method and drop the argument array). Instances of user classes go through
    // methodCall, which returns RAISING instead of throwing.
    const strMethod = StrType.dict.has(name);
    this.emit(`const ${mc} = ${this.k(new MethodCache())}; let ${r};`
      + (strMethod ? ` if (typeof ${o} === 'string' && ${mc}.type === StrType && ${mc}.native !== null) ${r} = ${mc}.native(rt, ${argv}, ${kw}); else` : '')
      + ` if (${o} instanceof PyObject && ${o}.cls === ${mc}.type && ${mc}.native !== null && ${o}.dict === undefined) ${r} = ${mc}.native(rt, ${argv}, ${kw});`
      + ` else ${r} = methodCall(f, ${o}, ${this.k(name)}, ${argv}, ${kw}, ${mc});`
      + ` if (${r} === RAISING) { ${this.onRaised()} }`);
    return r;
  }

  call(e: A.Call): string | null {
    if (e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null)) return null;
    if (new Set(e.keywords.map((k) => k.arg)).size !== e.keywords.length) return null;
    if (e.func.kind === 'Name' && e.func.id === 'super') return null;
    if (e.func.kind === 'Attribute') {
      const o = this.expr(e.func.value);
      const args = [o, ...e.args.map((a) => this.expr(a)), ...e.keywords.map((k) => this.expr(k.value))];
      const kw = e.keywords.length > 0 ? this.k(e.keywords.map((k) => k.arg as string)) : 'null';
      return this.methodCallOn(o, e.func.attr, args, kw);
    }
    const c = this.expr(e.func);
    const args = [...e.args.map((a) => this.expr(a)), ...e.keywords.map((k) => this.expr(k.value))];
    const r = this.t();
    const direct = e.keywords.length === 0 ? this.builtinCall(e, c, args) : null;
    if (e.keywords.length > 0) {
      this.emit(`const ${r} = callValue(rt, ${c}, [${args.join(', ')}], ${this.k(e.keywords.map((k) => k.arg as string))});`);
      return r;
    }
    const n = args.length;
    if (n > 3) {
      this.emit(`const ${r} = callValue(rt, ${c}, [${args.join(', ')}], null);`);
      return r;
    }
    // Plain functions with matching arity skip the generic dispatch (as compileCall does).
    const code = this.t();
    const pad = [...args, 'undefined', 'undefined', 'undefined'].slice(0, 3).join(', ');
    this.emit(`let ${r}; ${direct === null ? '' : `if (${direct.guard}) ${r} = ${direct.call}; else `}if (${c} instanceof PyFunction) { const ${code} = ${c}.code;`
      + ` if (${code}.directArgc === ${n}) ${r} = executeOrRaising(rt, ${c}, ${code}, [${args.join(', ')}]);`
      + ` else if (${code}.plainArgc === ${n}) ${r} = executeOrRaising(rt, ${c}, ${code}, frameLocals(${code}.nlocals, ${pad}));`
      + ` else ${r} = callValue(rt, ${c}, [${args.join(', ')}], null); }`
      + ` else ${r} = callValue(rt, ${c}, [${args.join(', ')}], null);`
      + ` if (${r} === RAISING) { ${this.onRaised()} }`);
    return r;
  }
}

/**
 * The type an expression has by its syntax alone: str for str literals and
 * f-strings, int for int literals the tier writes as JS numbers; otherwise null.
 */
function staticType(e: A.Expr): 'str' | 'int' | null {
  if (e.kind === 'Str' || e.kind === 'FString') return 'str';
  if (e.kind === 'Int') {
    const v = normBig(e.value);
    return typeof v === 'number' && Number.isSafeInteger(v) ? 'int' : null;
  }
  return null;
}

/** Whether `+` on this operand most likely concatenates strings: a `+` chain with a str literal or f-string in it. */
function likelyStr(e: A.Expr): boolean {
  if (staticType(e) === 'str') return true;
  return e.kind === 'BinOp' && e.op === '+' && (likelyStr(e.left) || likelyStr(e.right));
}

/** Loop bodies with more AST nodes than this become functions of their own (try statements always do). */
const OUTLINE_WEIGHT = 120;

/** At most this many AST nodes go into one generated function (see block). */
const MAX_FUNCTION_WEIGHT = 2000;

/** The number of AST nodes in `node` (a rough measure of the code generated for it); cached per node. */
function weight(node: unknown): number {
  if (Array.isArray(node)) {
    let n = 0;
    for (const x of node) n += weight(x);
    return n;
  }
  if (node === null || typeof node !== 'object' || !('kind' in node)) return 0;
  const known = weights.get(node);
  if (known !== undefined) return known;
  let n = 1;
  for (const [key, v] of Object.entries(node)) if (key !== 'scope' && typeof v === 'object') n += weight(v);
  weights.set(node, n);
  return n;
}

const weights = new WeakMap<object, number>();

/** An integer that may be written into generated source. */
function int(n: number): number {
  if (!Number.isSafeInteger(n)) throw new Error(`codegen: not an integer: ${n}`);
  return n;
}

/**
 * Compiles a function or module body to one JS function; null when the
 * JavaScript tier is off or unavailable (the host forbids code generation
 * from strings), in which case the caller uses the closure compiler.
 */
export function compileBodyToJS(ctx: Ctx, stmts: A.Stmt[], name: string): S | null {
  if (!codegenEnabled() || ctx.scope.kind === 'class' || ctx.scope.isGenerator) return null;
  const gen = new Generator(ctx);
  const body = gen.nested(() => gen.block(stmts));
  try {
    return gen.finish(name, body);
  } catch (e) {
    if (e instanceof EvalError) return null;
    throw e;
  }
}
