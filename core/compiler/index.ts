/**
 * Source text -> immutable compiled `Program`: parse, resolve, compile to
 * closures. Programs are cached (LRU, keyed by file name and source) and
 * shared by every interpreter in the process.
 */
import { manglePrivateNames } from '../mangle.js';
import { LRUCache } from 'lru-cache';
import type * as A from '../ast.js';
import { ScriptSyntaxError } from '../errors.js';
import { parseModule } from '../parser.js';
import { resolveModule, type Scope } from '../resolver.js';
import { Code } from '../runtime/function.js';
import { None } from '../runtime/types.js';
import { Ctx, GlobalTable, RETURN } from './context.js';
import { compileBody } from './stmt.js';
import { compileExpr } from './expr.js';

export interface Program {
  readonly filename: string;
  readonly source: string;
  /** The module body as code (run with a frame whose globals follow `globalNames`). */
  readonly code: Code;
  /** Global names in the index order the compiled code uses. */
  readonly globalNames: readonly string[];
  /** For REPL-style runs: whether the body returns its trailing expression's value. */
  readonly hasTrailingExpression: boolean;
  /** The module docstring (`__doc__`), or null. */
  readonly doc: string | null;
}

const cache = new LRUCache<string, Program>({ max: 256 });

/** Empties the compiled-program cache (the CLI's start-up snapshot must not keep its warm-up program). */
export function forgetCompiledPrograms(): void {
  cache.clear();
}

/** Compiles (or returns the cached compilation of) a module. */
export function compileProgram(source: string, filename: string, opts: { echoLastExpression?: boolean } = {}): Program {
  const key = `${opts.echoLastExpression ? 'E' : 'M'}\0${filename}\0${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const program = compileUncached(source, filename, opts.echoLastExpression ?? false);
  cache.set(key, program);
  return program;
}

function compileUncached(source: string, filename: string, echo: boolean): Program {
  const mod = parseModule(source, filename);
  try {
    if (source.includes('__')) manglePrivateNames(mod);
    const scope = resolveModule(mod, source);
    const ctx = new Ctx(new GlobalTable(), scope, filename, source);
    const last = mod.body[mod.body.length - 1];
    const trailing = echo && last !== undefined && last.kind === 'Expr';
    let body = compileBody(ctx, trailing ? mod.body.slice(0, -1) : mod.body, '<module>');
    if (trailing) {
      // The REPL shows the value of a final expression statement.
      const head = body;
      const value = compileExpr(ctx, (last as A.ExprStmt).value);
      const line = last.line;
      body = (f) => {
        const c = head(f);
        if (c !== 0) return c;
        f.line = line;
        f.ret = value(f);
        return RETURN;
      };
    }
    const code = moduleCode(scope, filename, body);
    const first = mod.body[0];
    const doc = first !== undefined && first.kind === 'Expr' && first.value.kind === 'Str' ? first.value.value : null;
    return { filename, source, code, globalNames: ctx.globals.names, hasTrailingExpression: trailing, doc };
  } catch (e) {
    if (e instanceof RangeError) {
      // Compiling very deeply nested code recursed too far: report it as CPython does.
      throw new ScriptSyntaxError('too many nested expressions', filename, 1, 1, source.split(/\r?\n/)[0] ?? '');
    }
    throw e;
  }
}

function moduleCode(scope: Scope, filename: string, body: Code['body']): Code {
  return new Code({
    name: '<module>',
    qualname: '<module>',
    filename,
    firstLine: 1,
    paramNames: [],
    posonlyCount: 0,
    argCount: 0,
    kwonlyCount: 0,
    hasVarargs: false,
    hasKwargs: false,
    nlocals: scope.nlocals,
    cellParams: [],
    cellLocals: [],
    freeSlots: [],
    isGenerator: false,
    body,
    genBody: null,
    doc: None,
  });
}
