/**
 * Shared state and conventions of the closure compiler.
 *
 * Compiled code is closures over the AST's constants and child closures:
 *   - an expression is `(f: Frame) => Value`,
 *   - a statement is `(f: Frame) => Completion` (0 normal, or break/continue/return),
 *   - an assignment target is `(f: Frame, v: Value) => void`.
 * No closure switches over node kinds at run time, looks a local up by name,
 * or throws a JS exception for control flow. Programs are immutable once
 * compiled and shared by every interpreter; all per-run state lives in the
 * Frame and the Runtime.
 */
import type * as A from '../ast.js';
import { ScriptSyntaxError } from '../errors.js';
import type { Value } from '../runtime/object.js';
import type { Frame } from '../runtime/runtime.js';
import type { Scope } from '../resolver.js';

export type E = (f: Frame) => Value;
export type S = (f: Frame) => number;
export type Store = (f: Frame, v: Value) => void;

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
/** A generated body raised outside any try: the exception is in `rt.raised` (defined with the runtime, which throws it). */
export { RAISED } from '../runtime/runtime.js';

/** Program-wide table of global names (each becomes a Cell per run). */
export class GlobalTable {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  indexOf(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}

export class Ctx {
  constructor(
    readonly globals: GlobalTable,
    readonly scope: Scope,
    readonly filename: string,
    readonly source: string,
  ) {}

  child(scope: Scope): Ctx {
    return new Ctx(this.globals, scope, this.filename, this.source);
  }

  globalIndex(name: string): number {
    return this.globals.indexOf(name);
  }

  /** A compile-time SyntaxError located at `node`. */
  syntaxError(msg: string, node: A.Pos): ScriptSyntaxError {
    const lines = this.source.split(/\r\n|\r|\n/);
    return new ScriptSyntaxError(msg, this.filename, node.line, node.col + 1, lines[node.line - 1] ?? '');
  }
}
