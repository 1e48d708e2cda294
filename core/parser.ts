/**
 * The parser: a chevrotain EmbeddedActionsParser that builds the AST of
 * core/ast.ts directly.
 *
 * Design notes
 * - One parser object per process, built on first use (`getParser`).
 * - Nesting costs JavaScript stack (each rule call is several frames), so the
 *   grammar keeps few rules per bracket level: all binary operators,
 *   comparisons and prefix operators of an operand chain are read by one rule
 *   (`disjunction`) in a loop and the tree is built by precedence climbing in
 *   plain code; `lambda` and `if`-`else` chains are read by a loop too.
 *   A stack overflow that still happens is reported as a SyntaxError.
 * - f-string fields are parsed by the lexer before the main parse starts (the
 *   parser is not re-entrant), see `parseField`.
 * - Errors follow CPython 3.11: messages and positions of the common
 *   mistakes, "invalid syntax" at the offending token otherwise. Semantic
 *   checks CPython makes in its parser's second pass are done in plain code
 *   right where the construct is recognized.
 */

import {
  EOF,
  EmbeddedActionsParser,
  LLkLookaheadStrategy,
  type ILookaheadStrategy,
  type IRecognitionException,
  type TokenType,
} from './chevrotain.js';
import type * as A from './ast.js';
import { ScriptSyntaxError } from './errors.js';
import {
  T,
  allTokenTypes,
  makeSyntaxError,
  normalizeSource,
  tokenize,
  warmUpLexer,
  type LexContext,
  type LexFailure,
  type LexResult,
  type StringValue,
  type Tok,
} from './lexer.js';

// ------------------------------------------------------------------ public API

/** Parses a module. Throws ScriptSyntaxError. */
export function parseModule(source: string, filename: string): A.Module {
  const fileText = normalizeSource(source);
  const file: FileInfo = { filename, fileText };
  return guardStack(file, () => {
    rejectNullBytes(file);
    const lex = tokenize(fileText, lexContext(file, 1, 0, 0));
    const body = runParser(lex, file, (p) => p.module());
    return { kind: 'Module', body, filename };
  });
}

/**
 * Parses one expression (an expression list makes a tuple), like `eval()`:
 * leading spaces and tabs and trailing newlines are allowed. Throws ScriptSyntaxError.
 */
export function parseExpression(source: string, filename: string): A.Expr {
  const fileText = normalizeSource(source);
  const file: FileInfo = { filename, fileText };
  return guardStack(file, () => {
    rejectNullBytes(file);
    const indent = /^[ \t]*/.exec(fileText)?.[0].length ?? 0;
    const lex = tokenize(fileText.slice(indent), lexContext(file, 1, indent, 0));
    return runParser(lex, file, (p) => p.evalInput());
  });
}

/**
 * Builds the lexer and the parser now (they are otherwise built on first use);
 * returns the milliseconds it took (0 once built).
 */
export function warmUpParser(): number {
  const start = performance.now();
  warmUpLexer();
  getParser();
  return performance.now() - start;
}

// ------------------------------------------------------------------ plumbing

interface FileInfo {
  filename: string;
  fileText: string;
}

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** A parse started with little stack left may overflow anywhere: it is still a SyntaxError. */
function guardStack<R>(file: FileInfo, parse: () => R): R {
  try {
    return parse();
  } catch (e) {
    if (isStackOverflow(e)) throw makeSyntaxError(file, 'expression too deeply nested', 1, 1);
    throw e;
  }
}

/** CPython refuses such sources before tokenizing them. */
function rejectNullBytes(file: FileInfo): void {
  const at = file.fileText.indexOf('\0');
  if (at < 0) return;
  const before = file.fileText.slice(0, at);
  const line = before.split('\n').length;
  const col = [...before.slice(before.lastIndexOf('\n') + 1)].length;
  throw makeSyntaxError(file, 'source code cannot contain null bytes', line, col + 1);
}

function lexContext(file: FileInfo, line: number, col: number, level: number): LexContext {
  return {
    filename: file.filename,
    fileText: file.fileText,
    line,
    col,
    level,
    parseField: (text, fieldLine, fieldCol) => parseField(text, file, fieldLine, fieldCol),
  };
}

/**
 * Parses an f-string field like CPython 3.11, which parses `(field)`: the
 * text is lexed as if inside a bracket and errors get an "f-string: " prefix.
 */
function parseField(text: string, file: FileInfo, line: number, col: number): A.Expr {
  const lex = tokenize(text, lexContext(file, line, col, 1));
  try {
    return runParser(lex, file, (p) => p.fieldExpression(line, col));
  } catch (e) {
    // Compiler errors (like `keyword argument repeated`) get no prefix in CPython.
    if (e instanceof ScriptSyntaxError && e !== getParser().deferred && !e.msg.startsWith('f-string')) {
      throw new ScriptSyntaxError(`f-string: ${e.msg}`, e.filename, e.line, e.column, e.sourceLine, e.pyType);
    }
    throw e;
  }
}

let parserInstance: PyParser | null = null;

function getParser(): PyParser {
  parserInstance ??= new PyParser();
  return parserInstance;
}

function runParser<R>(lex: LexResult, file: FileInfo, entry: (p: PyParser) => R): R {
  const p = getParser();
  p.begin(file, lex);
  let result: R | undefined;
  let error: ScriptSyntaxError | null = null;
  let furthest: Tok | null = null;
  try {
    result = entry(p);
  } catch (e) {
    if (e instanceof ScriptSyntaxError) error = e;
    else if (isStackOverflow(e)) error = p.tooDeep();
    else throw e;
    furthest = p.currentToken();
  }
  const generic = error === null && p.errors.length > 0;
  if (generic) {
    error = p.recognitionError(p.errors[0]);
    furthest = p.errors[0].token as Tok;
  }
  if (error !== null) throw p.arbitrate(error, furthest ?? p.currentToken(), generic);
  if (p.deferred !== null) throw p.deferred;
  return result as R;
}

type AlternationLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']>;
type OptionalLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForOptional']>;

/**
 * chevrotain's LL(k) lookahead, but each decision function is computed on its
 * first use instead of in `performSelfAnalysis`: this is most of the parser's
 * construction time, and a typical script only reaches part of the grammar.
 */
function lazyLookahead(maxLookahead: number): ILookaheadStrategy {
  const llk = new LLkLookaheadStrategy({ maxLookahead });
  return {
    validate: (options) => llk.validate(options),
    buildLookaheadForAlternation(options) {
      let decide: AlternationLookahead | undefined;
      return function (this: ThisParameterType<AlternationLookahead>, alts) {
        decide ??= llk.buildLookaheadForAlternation(options);
        return decide.call(this, alts);
      };
    },
    buildLookaheadForOptional(options) {
      let decide: OptionalLookahead | undefined;
      return function (this: ThisParameterType<OptionalLookahead>) {
        decide ??= llk.buildLookaheadForOptional(options);
        return decide.call(this);
      };
    },
  };
}

// ------------------------------------------------------------------ helpers

const FULL = 0; // any operand chain
const BITOR = 1; // `*x` operands and assignment targets: no comparisons, not, and, or

// Modes of the `expression` rule (bit flags).
const STAR = 1; // a leading `*` makes a Starred of a `bitwise_or`
const NAMED = 2; // `name := value` is allowed
const HINT = 4; // `x = 1` gets CPython's "Maybe you meant '=='" messages
const TARGET = 8; // only an operand chain (`bitwise_or`), as in targets
const NAMED_EXPR = NAMED | HINT; // named_expression
const STAR_NAMED = STAR | NAMED | HINT; // star_named_expression (display elements)
const STAR_EXPR = STAR; // star_expression
const STAR_TARGET = STAR | TARGET; // star_target

interface OpInfo {
  prec: number;
  kind: 'bin' | 'cmp' | 'bool';
  op: string;
}

const PREC_OR = 1;
const PREC_AND = 2;
const PREC_NOT = 3;
const PREC_CMP = 4;
const PREC_UNARY = 11;
const PREC_POW = 12;

const BINARY_OPS = new Map<TokenType, OpInfo>([
  [T.Or, { prec: PREC_OR, kind: 'bool', op: 'or' }],
  [T.And, { prec: PREC_AND, kind: 'bool', op: 'and' }],
  [T.In, { prec: PREC_CMP, kind: 'cmp', op: 'in' }],
  [T.Lt, { prec: PREC_CMP, kind: 'cmp', op: '<' }],
  [T.Gt, { prec: PREC_CMP, kind: 'cmp', op: '>' }],
  [T.EqEq, { prec: PREC_CMP, kind: 'cmp', op: '==' }],
  [T.GtEq, { prec: PREC_CMP, kind: 'cmp', op: '>=' }],
  [T.LtEq, { prec: PREC_CMP, kind: 'cmp', op: '<=' }],
  [T.NotEq, { prec: PREC_CMP, kind: 'cmp', op: '!=' }],
  [T.Pipe, { prec: 5, kind: 'bin', op: '|' }],
  [T.Caret, { prec: 6, kind: 'bin', op: '^' }],
  [T.Amp, { prec: 7, kind: 'bin', op: '&' }],
  [T.LShift, { prec: 8, kind: 'bin', op: '<<' }],
  [T.RShift, { prec: 8, kind: 'bin', op: '>>' }],
  [T.Plus, { prec: 9, kind: 'bin', op: '+' }],
  [T.Minus, { prec: 9, kind: 'bin', op: '-' }],
  [T.Star, { prec: 10, kind: 'bin', op: '*' }],
  [T.At, { prec: 10, kind: 'bin', op: '@' }],
  [T.Slash, { prec: 10, kind: 'bin', op: '/' }],
  [T.SlashSlash, { prec: 10, kind: 'bin', op: '//' }],
  [T.Percent, { prec: 10, kind: 'bin', op: '%' }],
  [T.StarStar, { prec: PREC_POW, kind: 'bin', op: '**' }],
]);
const NOT_IN: OpInfo = { prec: PREC_CMP, kind: 'cmp', op: 'not in' };
const IS: OpInfo = { prec: PREC_CMP, kind: 'cmp', op: 'is' };
const IS_NOT: OpInfo = { prec: PREC_CMP, kind: 'cmp', op: 'is not' };

const AUG_OPS = new Map<TokenType, A.BinOpName>([
  [T.PlusEq, '+'], [T.MinusEq, '-'], [T.StarEq, '*'], [T.AtEq, '@'], [T.SlashEq, '/'], [T.PercentEq, '%'],
  [T.AmpEq, '&'], [T.PipeEq, '|'], [T.CaretEq, '^'], [T.LShiftEq, '<<'], [T.RShiftEq, '>>'],
  [T.StarStarEq, '**'], [T.SlashSlashEq, '//'],
]);

/** Tokens that can begin an expression (`await` aside, which Sandling refuses). */
const EXPRESSION_STARTS = new Set<TokenType>([
  T.Name, T.Number, T.String, T.LParen, T.LBracket, T.LBrace, T.Minus, T.Plus, T.Tilde, T.Not, T.Lambda,
  T.None, T.True, T.False, T.Ellipsis,
]);

/** Tokens that may appear inside a `bitwise_or` expression (to emulate CPython's "Maybe you meant '=='" test). */
const BITOR_TOKENS = new Set<TokenType>([
  T.Name, T.Number, T.String, T.None, T.True, T.False, T.Ellipsis, T.Dot, T.Pipe, T.Caret, T.Amp, T.LShift,
  T.RShift, T.Plus, T.Minus, T.Star, T.At, T.Slash, T.SlashSlash, T.Percent, T.StarStar, T.Tilde, T.Await,
]);

const SOFT_KEYWORDS = new Set(['match', 'case', '_']);

/** One piece of an operand chain, in source order. */
type ChainItem =
  | { kind: 'prefix'; tok: Tok }
  | { kind: 'operand'; node: A.Expr; start: Tok }
  | { kind: 'op'; info: OpInfo; tok: Tok };

/** A pending `lambda` header or `body if test else` of an expression chain. */
type Frame = { kind: 'lambda'; tok: Tok; args: A.Arguments } | { kind: 'if'; body: A.Expr; test: A.Expr; start: Tok };

/** One parameter as written, before `Arguments` is built. */
type ParamItem =
  | { kind: 'slash'; tok: Tok }
  | { kind: 'star'; tok: Tok; name: Tok | undefined; annotation: A.Expr | null; eq: Tok | undefined }
  | { kind: 'kwarg'; tok: Tok; name: Tok; annotation: A.Expr | null; eq: Tok | undefined }
  | { kind: 'plain'; name: Tok; annotation: A.Expr | null; default: A.Expr | null };

/** One call argument as written. */
type ArgItem =
  | { kind: 'pos'; node: A.Expr; genexp: boolean; forTok?: Tok }
  | { kind: 'star'; node: A.Starred }
  | { kind: 'kw'; keyword: A.Keyword }
  | { kind: 'dstar'; keyword: A.Keyword };

type ClassPatternItem = { kind: 'pos'; pattern: A.Pattern } | { kind: 'kw'; name: Tok; pattern: A.Pattern };

type MappingItem = { kind: 'rest'; name: Tok; at: Tok } | { kind: 'item'; key: A.Expr; pattern: A.Pattern; at: Tok };

const EMPTY_ARGS = (): A.Arguments => ({
  posonlyargs: [],
  args: [],
  vararg: null,
  kwonlyargs: [],
  kwDefaults: [],
  kwarg: null,
  defaults: [],
});

function pos(tok: Tok): A.Pos {
  return { line: tok.line, col: tok.col };
}

/** CPython's `_PyPegen_get_expr_name`, used in "cannot assign to ..." messages. */
function exprName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'FString': case 'FormattedValue': return 'f-string expression';
    case 'None': return 'None';
    case 'Bool': return e.value ? 'True' : 'False';
    case 'Ellipsis': return 'ellipsis';
    case 'Int': case 'Float': case 'Imag': case 'Str': case 'Bytes': return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** The first sub-expression that cannot be assigned to (or deleted), or null. */
function invalidTarget(e: A.Expr, del: boolean): A.Expr | null {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      return null;
    case 'Starred':
      return del ? e : invalidTarget(e.value, del);
    case 'Tuple': case 'List':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, del);
        if (bad !== null) return bad;
      }
      return null;
    default:
      return e;
  }
}

/** Appends literal text to f-string parts, merging adjacent text and dropping empty text. */
function appendText(parts: (string | A.FormattedValue)[], text: string): void {
  if (text === '') return;
  const last = parts.length - 1;
  if (last >= 0 && typeof parts[last] === 'string') parts[last] = (parts[last] as string) + text;
  else parts.push(text);
}

/** Code-point length of a token's last line (to find where it ends). */
function endCol(tok: Tok): number {
  const nl = tok.image.lastIndexOf('\n');
  return nl < 0 ? tok.col + [...tok.image].length : [...tok.image.slice(nl + 1)].length;
}

// ------------------------------------------------------------------ the grammar

class PyParser extends EmbeddedActionsParser {
  private file: FileInfo = { filename: '', fileText: '' };
  private lex: LexResult = { tokens: [], failure: null, maxLevel: 0 };
  /** Nodes written inside parentheses (for `simple`, walrus and starred checks). */
  private parenthesized = new Set<A.Expr>();
  /** The operand chain that ended last, for the "Perhaps you forgot a comma?" hint. */
  private lastChain: { start: Tok; end: Tok } | null = null;
  /** The furthest token an error check looked ahead to (CPython's second pass reads that far too). */
  private furthestPeek: Tok | null = null;
  /** The first error CPython reports from its compiler, i.e. only if the whole input parses. */
  deferred: ScriptSyntaxError | null = null;

  constructor() {
    super(allTokenTypes, { maxLookahead: 2, skipValidations: true, lookaheadStrategy: lazyLookahead(2) });
    this.performSelfAnalysis();
  }

  /** Resets the per-parse state. */
  begin(file: FileInfo, lex: LexResult): void {
    this.file = file;
    this.lex = lex;
    this.parenthesized = new Set();
    this.lastChain = null;
    this.furthestPeek = null;
    this.deferred = null;
    this.input = lex.tokens;
  }

  // ---------------------------------------------------------------- errors

  private error(msg: string, line: number, column: number, pyType = 'SyntaxError', incomplete = false): ScriptSyntaxError {
    return makeSyntaxError(this.file, msg, line, column, pyType, incomplete);
  }

  /** Records a compile-time error (CPython's compiler/symtable checks), reported if the parse succeeds. */
  private defer(msg: string, at: A.Pos): void {
    this.deferred ??= this.errorAt(msg, at);
  }

  /** An error located at a node or token (1-based column = col + 1). */
  private errorAt(msg: string, at: A.Pos): ScriptSyntaxError {
    return this.error(msg, at.line, at.col + 1);
  }

  private lexError(f: LexFailure): ScriptSyntaxError {
    return this.error(f.msg, f.line, f.column, f.pyType, f.incomplete);
  }

  /** "invalid syntax" at `tok`, unless `tok` stands for a tokenizer error. */
  private unexpected(tok: Tok): ScriptSyntaxError {
    if (tok.tokenType === T.ErrorToken && this.lex.failure !== null) return this.lexError(this.lex.failure);
    if (tok.tokenType === T.Indent) return this.error('unexpected indent', tok.line, tok.col, 'IndentationError');
    if (tok.tokenType === T.Dedent) return this.error('unexpected unindent', tok.line, tok.col, 'IndentationError');
    return this.errorAt('invalid syntax', tok);
  }

  /** Converts chevrotain's recognition error, adding CPython's hints. */
  recognitionError(e: IRecognitionException): ScriptSyntaxError {
    const tokens = this.lex.tokens;
    const tok = (e.token.tokenType === EOF ? tokens[tokens.length - 1] : e.token) as Tok;
    const prev = (e as { previousToken?: Tok }).previousToken;
    const chain = this.lastChain;
    if (
      chain !== null && prev !== undefined && chain.end === prev && tok.tokenType !== T.ErrorToken &&
      (EXPRESSION_STARTS.has(tok.tokenType) || tok.tokenType === T.Star)
    ) {
      const first = chain.start;
      if (first === prev && first.tokenType === T.Name && (first.image === 'print' || first.image === 'exec')) {
        return this.errorAt(`Missing parentheses in call to '${first.image}'. Did you mean ${first.image}(...)?`, first);
      }
      const level = tok.tokenType === T.LParen || tok.tokenType === T.LBracket || tok.tokenType === T.LBrace
        ? tok.level - 1
        : tok.level;
      const nameString = first.tokenType === T.Name && this.tokenAfter(first)?.tokenType === T.String;
      const softKeyword = first.tokenType === T.Name && SOFT_KEYWORDS.has(first.image);
      if (level > 0 && tok.tokenType !== T.Star && !nameString && !softKeyword) {
        return this.errorAt('invalid syntax. Perhaps you forgot a comma?', first);
      }
    }
    return this.missingMatchColon(prev) ?? this.unexpected(tok);
  }

  /** `match x` (no colon) starting a statement: CPython's "expected ':'" at the line's end. */
  private missingMatchColon(prev: Tok | undefined): ScriptSyntaxError | null {
    if (prev === undefined || prev.tokenType !== T.Name || prev.image !== 'match') return null;
    const tokens = this.lex.tokens;
    const i = tokens.indexOf(prev);
    const before = tokens[i - 1]?.tokenType;
    if (before !== undefined && before !== T.Newline && before !== T.Indent && before !== T.Dedent) return null;
    const next = tokens[i + 1];
    if (next === undefined || !EXPRESSION_STARTS.has(next.tokenType)) return null;
    let k = i + 1;
    while (k < tokens.length && tokens[k].tokenType !== T.Newline && tokens[k].tokenType !== T.ErrorToken) k++;
    const end = tokens[k];
    return end !== undefined && end.tokenType === T.Newline ? this.errorAt("expected ':'", end) : null;
  }

  private tokenAfter(tok: Tok): Tok | undefined {
    const tokens = this.lex.tokens;
    const i = tokens.indexOf(tok);
    return i >= 0 ? tokens[i + 1] : undefined;
  }

  /**
   * Chooses between a parser error and a pending tokenizer error the way
   * CPython does when it re-tokenizes the rest of the file.
   */
  arbitrate(error: ScriptSyntaxError, furthest: Tok, generic: boolean): ScriptSyntaxError {
    const f = this.lex.failure;
    if (f === null || (error.msg === f.msg && error.line === f.line && error.column === f.column)) return error;
    // CPython's second pass reads one more expression token after a generic error.
    if (generic && EXPRESSION_STARTS.has(furthest.tokenType) && this.tokenAfter(furthest)?.tokenType === T.ErrorToken) {
      return this.lexError(f);
    }
    // CPython reports an unexpected INDENT/DEDENT before looking further.
    if (furthest.tokenType === T.Indent || furthest.tokenType === T.Dedent) return error;
    if (f.overrides === 'always' || (f.overrides === 'unclosed' && this.insideUnclosed(f, furthest))) {
      return this.lexError(f);
    }
    return error;
  }

  /**
   * CPython prefers "'(' was never closed" when it read past the bracket's
   * line (inside the bracket, newlines do not end the statement).
   */
  private insideUnclosed(f: LexFailure, furthest: Tok): boolean {
    const peeked = this.furthestPeek;
    const line = peeked !== null && peeked.line > furthest.line ? peeked.line : furthest.line;
    return f.line < line;
  }

  /** The lookahead token where parsing stopped (after an error thrown by a rule action). */
  currentToken(): Tok {
    return this.LA(1) as Tok;
  }

  /** The error for a JavaScript stack overflow. */
  tooDeep(): ScriptSyntaxError {
    const deepest = this.lex.tokens.find((t) => t.level === this.lex.maxLevel && this.lex.maxLevel > 0);
    if (deepest !== undefined && this.lex.maxLevel >= 20) return this.errorAt('too many nested parentheses', deepest);
    const first = this.lex.tokens[0];
    return this.error('expression too deeply nested', first?.line ?? 1, (first?.col ?? 0) + 1);
  }

  // ---------------------------------------------------------------- entry rules

  module = this.RULE('module', (): A.Stmt[] => {
    const body: A.Stmt[] = [];
    this.MANY(() => {
      const stmts = this.SUBRULE(this.statement);
      this.ACTION(() => body.push(...stmts));
    });
    this.CONSUME(T.EndMarker);
    return body;
  });

  evalInput = this.RULE('evalInput', (): A.Expr => {
    const start = this.LA(1) as Tok;
    const elts: A.Expr[] = [this.SUBRULE(this.expression)];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      comma = true;
      elts.push(this.SUBRULE2(this.expression));
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    this.MANY2(() => this.CONSUME(T.Newline));
    this.CONSUME(T.EndMarker);
    return this.ACTION(() => (comma ? this.tuple(elts, start) : elts[0]));
  });

  /** An f-string field, parsed like the inside of `( ... )`. */
  fieldExpression = this.RULE('fieldExpression', (line: number = 1, col: number = 0): A.Expr => {
    const open = { line, col: col - 1 } as Tok; // CPython parses `(field)`: the '(' stands where '{' is
    const e = this.SUBRULE(this.parenContents, { ARGS: [open] });
    this.CONSUME(T.EndMarker);
    return this.ACTION(() => {
      if (e.kind === 'Starred') throw this.errorAt('cannot use starred expression here', e);
      return e;
    });
  });

  // ---------------------------------------------------------------- statements

  statement = this.RULE('statement', (): A.Stmt[] =>
    this.OR([
      { ALT: () => [this.SUBRULE(this.ifStmt)] },
      { ALT: () => [this.SUBRULE(this.whileStmt)] },
      { ALT: () => [this.SUBRULE(this.forStmt)] },
      { ALT: () => [this.SUBRULE(this.tryStmt)] },
      { ALT: () => [this.SUBRULE(this.withStmt)] },
      { ALT: () => [this.SUBRULE(this.decorated)] },
      { ALT: () => [this.SUBRULE(this.matchStmt)] },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
      {
        ALT: () => {
          const t = this.CONSUME(T.Async) as Tok;
          return this.ACTION(() => {
            throw this.asyncError(t);
          });
        },
      },
    ]),
  );

  private asyncError(t: Tok): ScriptSyntaxError {
    const next = this.LA(1) as Tok;
    if (next.tokenType === T.Def || next.tokenType === T.For || next.tokenType === T.With) {
      return this.errorAt(`'async ${next.image}' is not supported in Sandling`, t);
    }
    return this.unexpected(next);
  }

  simpleStmts = this.RULE('simpleStmts', (): A.Stmt[] => {
    const stmts: A.Stmt[] = [this.SUBRULE(this.simpleStmt)];
    this.MANY(() => {
      this.CONSUME(T.Semi);
      stmts.push(this.SUBRULE2(this.simpleStmt));
    });
    this.OPTION(() => this.CONSUME2(T.Semi));
    this.CONSUME(T.Newline);
    return stmts;
  });

  simpleStmt = this.RULE('simpleStmt', (): A.Stmt =>
    this.OR([
      { ALT: () => this.SUBRULE(this.exprStmt) },
      { ALT: () => this.simpleKeyword(this.CONSUME(T.Pass) as Tok, 'Pass') },
      { ALT: () => this.simpleKeyword(this.CONSUME(T.Break) as Tok, 'Break') },
      { ALT: () => this.simpleKeyword(this.CONSUME(T.Continue) as Tok, 'Continue') },
      { ALT: () => this.SUBRULE(this.returnStmt) },
      { ALT: () => this.SUBRULE(this.raiseStmt) },
      { ALT: () => this.SUBRULE(this.globalStmt) },
      { ALT: () => this.SUBRULE(this.delStmt) },
      { ALT: () => this.SUBRULE(this.assertStmt) },
      { ALT: () => this.SUBRULE(this.importStmt) },
      { ALT: () => this.SUBRULE(this.fromImportStmt) },
    ]),
  );

  private simpleKeyword(t: Tok, kind: 'Pass' | 'Break' | 'Continue'): A.Stmt {
    return { kind, line: t.line, col: t.col };
  }

  /** Expression statements and all assignment forms. */
  exprStmt = this.RULE('exprStmt', (): A.Stmt => {
    const start = this.LA(1) as Tok;
    const first = this.SUBRULE(this.starExprOrYield);
    this.ACTION(() => {
      // `a.b := 1` as a statement: CPython explains, a bare `x := 1` is just invalid.
      const next = this.LA(1) as Tok;
      if (next.tokenType === T.ColonEq && (first.kind !== 'Name' || this.parenthesized.has(first))) {
        throw this.errorAt(`cannot use assignment expressions with ${exprName(first)}`, first);
      }
    });
    return this.OR([
      {
        ALT: () => {
          const colon = this.CONSUME(T.Colon) as Tok;
          this.ACTION(() => {
            // Without an annotation CPython fails at the ':' unless the target could be annotated.
            const next = this.LA(1) as Tok;
            if (!EXPRESSION_STARTS.has(next.tokenType)) {
              const annotatable = first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript';
              throw this.unexpected(annotatable ? next : colon);
            }
          });
          const annotation = this.SUBRULE(this.expression);
          const simple = this.ACTION(() => this.checkAnnotationTarget(first));
          const value = this.OPTION(() => {
            this.CONSUME(T.Eq);
            return this.SUBRULE2(this.starExprOrYield);
          });
          return this.ACTION((): A.Stmt => ({
            kind: 'AnnAssign', target: first, annotation, value: value ?? null, simple, ...pos(start),
          }));
        },
      },
      {
        ALT: () => {
          const opTok = this.SUBRULE(this.augOperator);
          this.ACTION(() => this.checkAugTarget(first));
          const value = this.SUBRULE3(this.starExprOrYield);
          return this.ACTION((): A.Stmt => {
            this.checkNotStarred(value);
            return { kind: 'AugAssign', target: first, op: AUG_OPS.get(opTok.tokenType) as A.BinOpName, value, ...pos(start) };
          });
        },
      },
      {
        ALT: () => {
          const targets: A.Expr[] = [];
          let value = first;
          this.AT_LEAST_ONE(() => {
            this.CONSUME2(T.Eq);
            const target = value;
            this.ACTION(() => this.checkAssignTarget(target, targets.length === 0));
            targets.push(target);
            value = this.SUBRULE4(this.starExprOrYield);
          });
          return this.ACTION((): A.Stmt => {
            this.checkNotStarred(value);
            return { kind: 'Assign', targets, value, ...pos(start) };
          });
        },
      },
      {
        ALT: () =>
          this.ACTION((): A.Stmt => {
            this.checkNotStarred(first);
            return { kind: 'Expr', value: first, ...pos(start) };
          }),
      },
    ]);
  });

  augOperator = this.RULE('augOperator', (): Tok =>
    this.OR([
      { ALT: () => this.CONSUME(T.PlusEq) as Tok }, { ALT: () => this.CONSUME(T.MinusEq) as Tok },
      { ALT: () => this.CONSUME(T.StarEq) as Tok }, { ALT: () => this.CONSUME(T.AtEq) as Tok },
      { ALT: () => this.CONSUME(T.SlashEq) as Tok }, { ALT: () => this.CONSUME(T.PercentEq) as Tok },
      { ALT: () => this.CONSUME(T.AmpEq) as Tok }, { ALT: () => this.CONSUME(T.PipeEq) as Tok },
      { ALT: () => this.CONSUME(T.CaretEq) as Tok }, { ALT: () => this.CONSUME(T.LShiftEq) as Tok },
      { ALT: () => this.CONSUME(T.RShiftEq) as Tok }, { ALT: () => this.CONSUME(T.StarStarEq) as Tok },
      { ALT: () => this.CONSUME(T.SlashSlashEq) as Tok },
    ]),
  );

  /** `x = *a`, `return *a`, `*a` alone: CPython's compiler refuses a lone starred value. */
  private checkNotStarred(e: A.Expr): void {
    if (e.kind === 'Starred' && !this.parenthesized.has(e)) this.defer("can't use starred expression here", e);
  }

  /** Returns the `simple` flag of an annotated assignment, or throws for a bad target. */
  private checkAnnotationTarget(e: A.Expr): boolean {
    switch (e.kind) {
      case 'Name': return !this.parenthesized.has(e);
      case 'Attribute': case 'Subscript': return false;
      case 'Tuple': throw this.errorAt('only single target (not tuple) can be annotated', e);
      case 'List': throw this.errorAt('only single target (not list) can be annotated', e);
      default: throw this.errorAt('illegal target for annotation', e);
    }
  }

  private checkAugTarget(e: A.Expr): void {
    if (e.kind !== 'Name' && e.kind !== 'Attribute' && e.kind !== 'Subscript') {
      throw this.errorAt(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
    }
  }

  /**
   * Validates the target before an '=' (the next token is what follows it).
   * CPython's second pass words the error differently when the statement
   * looks like a mistyped comparison (`f() = 1`): emulate that for the first target.
   */
  private checkAssignTarget(e: A.Expr, first: boolean): void {
    if ((e.kind === 'Yield' || e.kind === 'YieldFrom') && !this.parenthesized.has(e)) {
      throw this.errorAt('assignment to yield expression not possible', e);
    }
    const bad = invalidTarget(e, false);
    if (bad === null) {
      this.checkStarredTargets(e);
      return;
    }
    if (first && this.looksLikeComparison()) {
      const unparenthesizedTuple = e.kind === 'Tuple' && !this.parenthesized.has(e);
      const candidate = unparenthesizedTuple ? e.elts[e.elts.length - 1] : e;
      if (candidate.kind === 'Name' && !this.parenthesized.has(candidate)) {
        throw this.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", candidate);
      }
      if (this.isBitwiseOrLevel(candidate)) {
        throw this.errorAt(`cannot assign to ${exprName(candidate)} here. Maybe you meant '==' instead of '='?`, candidate);
      }
    }
    throw this.errorAt(`cannot assign to ${exprName(bad)}`, bad);
  }

  /** Targets of `=`, `for`, `with ... as`: CPython's compiler checks for these. */
  private checkStarredTargets(e: A.Expr): void {
    if (e.kind === 'Starred' && !this.parenthesized.has(e)) {
      this.defer('starred assignment target must be in a list or tuple', e);
    }
    this.checkStarCount(e);
  }

  private checkStarCount(e: A.Expr): void {
    if (e.kind !== 'Tuple' && e.kind !== 'List') return;
    let stars = 0;
    for (const elt of e.elts) {
      if (elt.kind === 'Starred') stars++;
      this.checkStarCount(elt.kind === 'Starred' ? elt.value : elt);
    }
    if (stars > 1) this.defer('multiple starred expressions in assignment', e);
  }

  /** After `target =` (`from` is the lookahead index after the '='): does a `bitwise_or` follow that is not itself followed by `=` or `:=`? */
  private looksLikeComparison(from = 1): boolean {
    const first = this.LA(from).tokenType;
    if (!BITOR_TOKENS.has(first) && first !== T.LParen && first !== T.LBracket && first !== T.LBrace) return false;
    if (first === T.Star) return false;
    let depth = 0;
    for (let k = from; ; k++) {
      const t = this.LA(k) as Tok;
      const type = t.tokenType;
      if (type === T.LParen || type === T.LBracket || type === T.LBrace) depth++;
      else if (type === T.RParen || type === T.RBracket || type === T.RBrace) depth--;
      else if (depth === 0 && !BITOR_TOKENS.has(type)) {
        this.furthestPeek = t;
        return type !== T.Eq && type !== T.ColonEq;
      }
      if (type === T.EndMarker || type === T.ErrorToken || type === EOF) return true;
    }
  }

  /** Can `e` be the `bitwise_or` of CPython's `invalid_named_expression`? */
  private isBitwiseOrLevel(e: A.Expr): boolean {
    const paren = this.parenthesized.has(e);
    switch (e.kind) {
      case 'Tuple': case 'List': case 'GeneratorExp':
        return false;
      case 'Bool': case 'None':
        return paren;
      case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'Starred': case 'Yield': case 'YieldFrom':
      case 'NamedExpr':
        return paren;
      case 'UnaryOp':
        return paren || e.op !== 'not';
      default:
        return true;
    }
  }

  returnStmt = this.RULE('returnStmt', (): A.Stmt => {
    const t = this.CONSUME(T.Return) as Tok;
    const value = this.OPTION(() => this.SUBRULE(this.starExpressions));
    return this.ACTION((): A.Stmt => {
      if (value !== undefined) this.checkNotStarred(value);
      return { kind: 'Return', value: value ?? null, ...pos(t) };
    });
  });

  raiseStmt = this.RULE('raiseStmt', (): A.Stmt => {
    const t = this.CONSUME(T.Raise) as Tok;
    let exc: A.Expr | null = null;
    let cause: A.Expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.From);
        cause = this.SUBRULE2(this.expression);
      });
    });
    return { kind: 'Raise', exc, cause, ...pos(t) };
  });

  globalStmt = this.RULE('globalStmt', (): A.Stmt => {
    const t = this.OR([
      { ALT: () => this.CONSUME(T.Global) as Tok },
      { ALT: () => this.CONSUME(T.Nonlocal) as Tok },
    ]);
    const names: string[] = [this.CONSUME(T.Name).image];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.CONSUME2(T.Name).image);
    });
    return this.ACTION((): A.Stmt => ({ kind: t.tokenType === T.Global ? 'Global' : 'Nonlocal', names, ...pos(t) }));
  });

  delStmt = this.RULE('delStmt', (): A.Stmt => {
    const t = this.CONSUME(T.Del) as Tok;
    const targets: A.Expr[] = [this.SUBRULE(this.expression, { ARGS: [STAR_EXPR] })];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      targets.push(this.SUBRULE2(this.expression, { ARGS: [STAR_EXPR] }));
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return this.ACTION((): A.Stmt => {
      for (const target of targets) {
        const bad = invalidTarget(target, true);
        if (bad !== null) throw this.errorAt(`cannot delete ${exprName(bad)}`, bad);
      }
      return { kind: 'Delete', targets, ...pos(t) };
    });
  });

  assertStmt = this.RULE('assertStmt', (): A.Stmt => {
    const t = this.CONSUME(T.Assert) as Tok;
    const test = this.SUBRULE(this.expression);
    const msg = this.OPTION(() => {
      this.CONSUME(T.Comma);
      return this.SUBRULE2(this.expression);
    });
    return this.ACTION((): A.Stmt => ({ kind: 'Assert', test, msg: msg ?? null, ...pos(t) }));
  });

  importStmt = this.RULE('importStmt', (): A.Stmt => {
    const t = this.CONSUME(T.Import) as Tok;
    const names: A.Alias[] = [this.SUBRULE(this.dottedAsName)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.SUBRULE2(this.dottedAsName));
    });
    return { kind: 'Import', names, ...pos(t) };
  });

  dottedAsName = this.RULE('dottedAsName', (): A.Alias => {
    const start = this.LA(1) as Tok;
    const name = this.SUBRULE(this.dottedName);
    const asname = this.OPTION(() => {
      this.CONSUME(T.As);
      return this.CONSUME(T.Name).image;
    });
    return this.ACTION((): A.Alias => ({ kind: 'Alias', name, asname: asname ?? null, ...pos(start) }));
  });

  dottedName = this.RULE('dottedName', (): string => {
    let name = this.CONSUME(T.Name).image;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      name += `.${this.CONSUME2(T.Name).image}`;
    });
    return name;
  });

  fromImportStmt = this.RULE('fromImportStmt', (): A.Stmt => {
    const t = this.CONSUME(T.From) as Tok;
    let level = 0;
    this.MANY(() =>
      this.OR([
        { ALT: () => { this.CONSUME(T.Dot); level += 1; } },
        { ALT: () => { this.CONSUME(T.Ellipsis); level += 3; } },
      ]),
    );
    const module = this.OPTION(() => this.SUBRULE(this.dottedName));
    const importTok = this.CONSUME(T.Import) as Tok;
    this.ACTION(() => {
      if (module === undefined && level === 0) throw this.unexpected(importTok);
    });
    const names = this.OR2([
      {
        ALT: () => {
          const star = this.CONSUME(T.Star) as Tok;
          return [{ kind: 'Alias', name: '*', asname: null, ...pos(star) } as A.Alias];
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const list = this.SUBRULE(this.importAsNames, { ARGS: [true] });
          this.CONSUME(T.RParen);
          return list;
        },
      },
      { ALT: () => this.SUBRULE2(this.importAsNames, { ARGS: [false] }) },
    ]);
    return this.ACTION((): A.Stmt => ({ kind: 'ImportFrom', module: module ?? null, names, level, ...pos(t) }));
  });

  importAsNames = this.RULE('importAsNames', (parenthesized: boolean = true): A.Alias[] => {
    const names: A.Alias[] = [this.SUBRULE(this.importAsName)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.SUBRULE2(this.importAsName));
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      this.ACTION(() => {
        const next = this.LA(1) as Tok; // CPython reports it at the token after the comma
        if (!parenthesized) throw this.errorAt('trailing comma not allowed without surrounding parentheses', next);
      });
    });
    return names;
  });

  importAsName = this.RULE('importAsName', (): A.Alias => {
    const t = this.CONSUME(T.Name) as Tok;
    const asname = this.OPTION(() => {
      this.CONSUME(T.As);
      return this.CONSUME2(T.Name).image;
    });
    return this.ACTION((): A.Alias => ({ kind: 'Alias', name: t.image, asname: asname ?? null, ...pos(t) }));
  });

  // ---------------------------------------------------------------- compound statements

  /** `:` after a compound statement header. `forced`: CPython says "expected ':'" whatever follows. */
  private expectColon(forced: boolean): void {
    const next = this.LA(1) as Tok;
    if (next.tokenType === T.Colon) return;
    if (next.tokenType === T.ErrorToken) throw this.unexpected(next);
    if (forced || next.tokenType === T.Newline) throw this.errorAt("expected ':'", next);
  }

  /** The indented body (or same-line simple statements) of a compound statement. */
  block = this.RULE('block', (what: string = '', headerLine: number = 0): A.Stmt[] =>
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Newline);
          this.ACTION(() => this.expectIndent(what, headerLine));
          this.CONSUME(T.Indent);
          const body: A.Stmt[] = [];
          this.AT_LEAST_ONE(() => {
            const stmts = this.SUBRULE(this.statement);
            this.ACTION(() => body.push(...stmts));
          });
          this.CONSUME(T.Dedent);
          return body;
        },
      },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]),
  );

  /** The ENDMARKER if only DEDENTs are left before it (CPython reports end-of-input errors there). */
  private endOfInput(): Tok | null {
    let k = 1;
    while (this.LA(k).tokenType === T.Dedent) k++;
    const after = this.LA(k) as Tok;
    return after.tokenType === T.EndMarker ? after : null;
  }

  private expectIndent(what: string, headerLine: number): void {
    const next = this.LA(1) as Tok;
    if (next.tokenType === T.Indent) return;
    if (next.tokenType === T.ErrorToken) throw this.unexpected(next);
    const msg = `expected an indented block after ${what} on line ${headerLine}`;
    const end = this.endOfInput();
    const at = end ?? next;
    throw this.error(msg, at.line, at.col + 1, 'IndentationError', end !== null);
  }

  ifStmt = this.RULE('ifStmt', (): A.Stmt => {
    const branches: { tok: Tok; test: A.Expr; body: A.Stmt[] }[] = [];
    const ifTok = this.CONSUME(T.If) as Tok;
    const test = this.SUBRULE(this.expression, { ARGS: [NAMED_EXPR] });
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'if' statement", ifTok.line] });
    branches.push({ tok: ifTok, test, body });
    this.MANY(() => {
      const elifTok = this.CONSUME(T.Elif) as Tok;
      const elifTest = this.SUBRULE2(this.expression, { ARGS: [NAMED_EXPR] });
      this.ACTION(() => this.expectColon(false));
      this.CONSUME2(T.Colon);
      const elifBody = this.SUBRULE2(this.block, { ARGS: ["'elif' statement", elifTok.line] });
      branches.push({ tok: elifTok, test: elifTest, body: elifBody });
    });
    let orelse: A.Stmt[] = [];
    this.OPTION(() => {
      orelse = this.SUBRULE(this.elseBlock);
    });
    return this.ACTION((): A.Stmt => {
      // elif chains become nested Ifs in orelse, as in CPython's AST.
      let tail = orelse;
      for (let i = branches.length - 1; i > 0; i--) {
        const b = branches[i];
        tail = [{ kind: 'If', test: b.test, body: b.body, orelse: tail, ...pos(b.tok) }];
      }
      return { kind: 'If', test, body, orelse: tail, ...pos(ifTok) };
    });
  });

  elseBlock = this.RULE('elseBlock', (): A.Stmt[] => {
    const t = this.CONSUME(T.Else) as Tok;
    this.ACTION(() => this.expectColon(true));
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.block, { ARGS: ["'else' statement", t.line] });
  });

  whileStmt = this.RULE('whileStmt', (): A.Stmt => {
    const t = this.CONSUME(T.While) as Tok;
    const test = this.SUBRULE(this.expression, { ARGS: [NAMED_EXPR] });
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'while' statement", t.line] });
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock));
    return this.ACTION((): A.Stmt => ({ kind: 'While', test, body, orelse: orelse ?? [], ...pos(t) }));
  });

  forStmt = this.RULE('forStmt', (): A.Stmt => {
    const t = this.CONSUME(T.For) as Tok;
    const target = this.SUBRULE(this.targetList);
    this.CONSUME(T.In);
    const iter = this.SUBRULE(this.starExpressions);
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'for' statement", t.line] });
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock));
    return this.ACTION((): A.Stmt => ({ kind: 'For', target, iter, body, orelse: orelse ?? [], ...pos(t) }));
  });

  tryStmt = this.RULE('tryStmt', (): A.Stmt => {
    const t = this.CONSUME(T.Try) as Tok;
    this.ACTION(() => this.expectColon(true));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'try' statement", t.line] });
    this.ACTION(() => {
      const next = this.LA(1) as Tok;
      if (next.tokenType !== T.Except && next.tokenType !== T.Finally && next.tokenType !== T.ErrorToken) {
        // At the end of input a REPL should read on: the handlers may follow.
        const end = this.endOfInput();
        const at = end ?? next;
        throw this.error("expected 'except' or 'finally' block", at.line, at.col + 1, 'SyntaxError', end !== null);
      }
    });
    const handlers: A.ExceptHandler[] = [];
    this.MANY(() => {
      const h = this.SUBRULE(this.exceptClause);
      handlers.push(h);
    });
    const orelse = this.OPTION(() => this.SUBRULE(this.elseBlock));
    const finalbody = this.OPTION2(() => {
      const f = this.CONSUME(T.Finally) as Tok;
      this.ACTION(() => this.expectColon(true));
      this.CONSUME2(T.Colon);
      return this.SUBRULE2(this.block, { ARGS: ["'finally' statement", f.line] });
    });
    return this.ACTION((): A.Stmt => {
      for (let i = 0; i < handlers.length - 1; i++) {
        if (handlers[i].type === null) throw this.errorAt("default 'except:' must be last", handlers[i]);
      }
      return { kind: 'Try', body, handlers, orelse: orelse ?? [], finalbody: finalbody ?? [], ...pos(t) };
    });
  });

  exceptClause = this.RULE('exceptClause', (): A.ExceptHandler => {
    const t = this.CONSUME(T.Except) as Tok;
    this.ACTION(() => {
      const next = this.LA(1) as Tok;
      if (next.tokenType === T.Star) throw this.errorAt("'except*' is not supported in Sandling", t);
    });
    let type: A.Expr | null = null;
    let name: string | null = null;
    this.OPTION(() => {
      type = this.SUBRULE(this.expression);
      this.ACTION(() => {
        if (this.LA(1).tokenType === T.Comma) {
          throw this.errorAt('multiple exception types must be parenthesized', type as A.Expr);
        }
      });
      this.OPTION2(() => {
        this.CONSUME(T.As);
        name = this.CONSUME(T.Name).image;
      });
    });
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'except' statement", t.line] });
    return { kind: 'ExceptHandler', type, name, body, ...pos(t) };
  });

  withStmt = this.RULE('withStmt', (): A.Stmt => {
    const t = this.CONSUME(T.With) as Tok;
    const items: A.WithItem[] = [];
    this.OR([
      {
        // `with (a as b, c):` -- the parenthesized form, told apart by the ':' after ')'
        GATE: () => this.isParenthesizedWithItems(),
        ALT: () => {
          this.CONSUME(T.LParen);
          items.push(this.SUBRULE(this.withItem));
          this.MANY(() => {
            this.CONSUME(T.Comma);
            items.push(this.SUBRULE2(this.withItem));
          });
          this.OPTION(() => this.CONSUME2(T.Comma));
          this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          items.push(this.SUBRULE3(this.withItem));
          this.MANY2(() => {
            this.CONSUME3(T.Comma);
            items.push(this.SUBRULE4(this.withItem));
          });
        },
      },
    ]);
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'with' statement", t.line] });
    return { kind: 'With', items, body, ...pos(t) };
  });

  private isParenthesizedWithItems(): boolean {
    if (this.LA(1).tokenType !== T.LParen) return false;
    let depth = 0;
    for (let k = 1; ; k++) {
      const t = this.LA(k);
      const type = t.tokenType;
      if (type === T.LParen || type === T.LBracket || type === T.LBrace) depth++;
      else if (type === T.RParen || type === T.RBracket || type === T.RBrace) {
        if (--depth === 0) return this.LA(k + 1).tokenType === T.Colon;
      } else if (type === T.EndMarker || type === T.ErrorToken || type === T.Newline || type === EOF) {
        return false;
      }
    }
  }

  withItem = this.RULE('withItem', (): A.WithItem => {
    const contextExpr = this.SUBRULE(this.expression);
    const optionalVars = this.OPTION(() => {
      this.CONSUME(T.As);
      const target = this.SUBRULE2(this.expression, { ARGS: [STAR_TARGET] });
      this.ACTION(() => this.checkTarget(target));
      return target;
    });
    return this.ACTION((): A.WithItem => ({ contextExpr, optionalVars: optionalVars ?? null }));
  });

  /** Targets of `for`, comprehensions and `with`: "cannot assign to ...". */
  private checkTarget(e: A.Expr): void {
    const bad = invalidTarget(e, false);
    if (bad !== null) throw this.errorAt(`cannot assign to ${exprName(bad)}`, bad);
    this.checkStarredTargets(e);
  }

  decorated = this.RULE('decorated', (): A.Stmt => {
    const decorators: A.Expr[] = [];
    this.MANY(() => {
      this.CONSUME(T.At);
      decorators.push(this.SUBRULE(this.expression, { ARGS: [NAMED_EXPR] }));
      this.CONSUME(T.Newline);
    });
    this.ACTION(() => {
      // Decorators at the end of input: a REPL should read the definition that follows.
      const next = this.LA(1) as Tok;
      if (decorators.length > 0 && next.tokenType === T.EndMarker) {
        throw this.error('invalid syntax', next.line, 0, 'SyntaxError', true);
      }
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.funcDef, { ARGS: [decorators] }) },
      { ALT: () => this.SUBRULE(this.classDef, { ARGS: [decorators] }) },
      {
        ALT: () => {
          const t = this.CONSUME(T.Async) as Tok;
          return this.ACTION(() => {
            throw this.asyncError(t);
          });
        },
      },
    ]);
  });

  funcDef = this.RULE('funcDef', (decorators: A.Expr[] = []): A.Stmt => {
    const t = this.CONSUME(T.Def) as Tok;
    const name = this.CONSUME(T.Name) as Tok;
    this.ACTION(() => {
      const next = this.LA(1) as Tok;
      if (next.tokenType !== T.LParen && next.tokenType !== T.ErrorToken) throw this.errorAt("expected '('", next);
    });
    this.CONSUME(T.LParen);
    const params = this.OPTION(() => this.SUBRULE(this.parameters, { ARGS: [true] }));
    this.CONSUME(T.RParen);
    const args = this.ACTION(() => this.buildArguments(params ?? []));
    const returns = this.OPTION2({
      // `def f() -> :` is reported as "expected ':'" at the arrow, like CPython.
      GATE: () => EXPRESSION_STARTS.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Arrow);
        return this.SUBRULE(this.expression);
      },
    });
    this.ACTION(() => this.expectColon(true));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ['function definition', t.line] });
    return this.ACTION((): A.Stmt => ({
      kind: 'FunctionDef',
      name: name.image,
      args,
      body,
      decorators,
      returns: returns ?? null,
      ...pos(t),
    }));
  });

  classDef = this.RULE('classDef', (decorators: A.Expr[] = []): A.Stmt => {
    const t = this.CONSUME(T.Class) as Tok;
    const name = this.CONSUME(T.Name) as Tok;
    const call = this.OPTION(() => {
      const open = this.CONSUME(T.LParen) as Tok;
      const items = this.OPTION2(() => this.SUBRULE(this.callArguments));
      const close = this.CONSUME(T.RParen) as Tok;
      return this.ACTION(() => {
        const sole = items?.length === 1 ? items[0] : undefined;
        // Class bases are not call arguments: a bare generator is not allowed.
        if (sole?.kind === 'pos' && sole.forTok !== undefined) throw this.unexpected(sole.forTok);
        return this.buildCallArguments(items ?? [], open, close);
      });
    });
    this.ACTION(() => this.expectColon(false));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ['class definition', t.line] });
    return this.ACTION((): A.Stmt => ({
      kind: 'ClassDef',
      name: name.image,
      bases: call?.args ?? [],
      keywords: call?.keywords ?? [],
      body,
      decorators,
      ...pos(t),
    }));
  });

  // ---------------------------------------------------------------- match statement

  matchStmt = this.RULE('matchStmt', (): A.Stmt => {
    const t = this.CONSUME(T.MatchKw) as Tok;
    const subject = this.SUBRULE(this.subjectExpr);
    this.ACTION(() => this.expectColon(true));
    this.CONSUME(T.Colon);
    this.CONSUME(T.Newline);
    this.ACTION(() => this.expectIndent("'match' statement", t.line));
    this.CONSUME(T.Indent);
    const cases: A.MatchCase[] = [];
    this.AT_LEAST_ONE(() => {
      cases.push(this.SUBRULE(this.caseBlock));
    });
    this.CONSUME(T.Dedent);
    return { kind: 'Match', subject, cases, ...pos(t) };
  });

  subjectExpr = this.RULE('subjectExpr', (): A.Expr => {
    const start = this.LA(1) as Tok;
    const elts: A.Expr[] = [this.SUBRULE(this.expression, { ARGS: [STAR_NAMED] })];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      comma = true;
      elts.push(this.SUBRULE2(this.expression, { ARGS: [STAR_NAMED] }));
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    return this.ACTION(() => {
      if (comma) return this.tuple(elts, start);
      this.checkNotStarred(elts[0]);
      return elts[0];
    });
  });

  caseBlock = this.RULE('caseBlock', (): A.MatchCase => {
    const t = this.CONSUME(T.CaseKw) as Tok;
    const pattern = this.SUBRULE(this.patterns);
    const guard = this.OPTION(() => {
      this.CONSUME(T.If);
      return this.SUBRULE(this.expression, { ARGS: [NAMED_EXPR] });
    });
    this.ACTION(() => this.expectColon(true));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'case' statement", t.line] });
    return this.ACTION((): A.MatchCase => ({ pattern, guard: guard ?? null, body }));
  });

  /** The top-level pattern of a case: an open sequence (`case a, *b:`) or one pattern. */
  patterns = this.RULE('patterns', (): A.Pattern => {
    const start = this.LA(1) as Tok;
    const items: A.Pattern[] = [this.SUBRULE(this.maybeStarPattern)];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      comma = true;
      items.push(this.SUBRULE2(this.maybeStarPattern));
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    return this.ACTION(() => {
      if (comma) return this.sequencePattern(items, start);
      if (items[0].kind === 'MatchStar') throw this.errorAt('invalid syntax', items[0]);
      return items[0];
    });
  });

  private sequencePattern(patterns: A.Pattern[], start: A.Pos): A.Pattern {
    if (patterns.filter((p) => p.kind === 'MatchStar').length > 1) {
      throw this.errorAt('multiple starred names in sequence pattern', start);
    }
    return { kind: 'MatchSequence', patterns, ...pos(start as Tok) };
  }

  maybeStarPattern = this.RULE('maybeStarPattern', (): A.Pattern =>
    this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.Star) as Tok;
          const name = this.CONSUME(T.Name) as Tok;
          return this.ACTION((): A.Pattern => ({
            kind: 'MatchStar', name: name.image === '_' ? null : name.image, ...pos(star),
          }));
        },
      },
      { ALT: () => this.SUBRULE(this.pattern) },
    ]),
  );

  /** as_pattern | or_pattern */
  pattern = this.RULE('pattern', (): A.Pattern => {
    const start = this.LA(1) as Tok;
    let p = this.SUBRULE(this.orPattern);
    this.OPTION(() => {
      this.CONSUME(T.As);
      const name = this.CONSUME(T.Name) as Tok;
      p = this.ACTION((): A.Pattern => {
        if (name.image === '_') throw this.errorAt("cannot use '_' as a target", name);
        return { kind: 'MatchAs', pattern: p, name: name.image, ...pos(start) };
      });
    });
    return p;
  });

  orPattern = this.RULE('orPattern', (): A.Pattern => {
    const start = this.LA(1) as Tok;
    const alternatives: A.Pattern[] = [this.SUBRULE(this.closedPattern)];
    this.MANY(() => {
      this.CONSUME(T.Pipe);
      alternatives.push(this.SUBRULE2(this.closedPattern));
    });
    return this.ACTION(() =>
      alternatives.length === 1 ? alternatives[0] : { kind: 'MatchOr', patterns: alternatives, ...pos(start) },
    );
  });

  closedPattern = this.RULE('closedPattern', (): A.Pattern =>
    this.OR([
      { ALT: () => this.valuePattern(this.SUBRULE(this.numberPattern)) },
      { ALT: () => this.valuePattern(this.SUBRULE(this.stringPattern)) },
      { ALT: () => this.singletonPattern(this.CONSUME(T.None) as Tok, null) },
      { ALT: () => this.singletonPattern(this.CONSUME(T.True) as Tok, true) },
      { ALT: () => this.singletonPattern(this.CONSUME(T.False) as Tok, false) },
      { ALT: () => this.SUBRULE(this.namePattern) },
      { ALT: () => this.SUBRULE(this.groupPattern) },
      { ALT: () => this.SUBRULE(this.listPattern) },
      { ALT: () => this.SUBRULE(this.mappingPattern) },
    ]),
  );

  private valuePattern(value: A.Expr): A.Pattern {
    return { kind: 'MatchValue', value, line: value.line, col: value.col };
  }

  private singletonPattern(t: Tok, value: true | false | null): A.Pattern {
    return { kind: 'MatchSingleton', value, ...pos(t) };
  }

  /** Signed numbers and `real +/- imag` complex literals. */
  numberPattern = this.RULE('numberPattern', (): A.Expr => {
    const minus = this.OPTION(() => this.CONSUME(T.Minus) as Tok);
    const first = this.CONSUME(T.Number) as Tok;
    let value = this.ACTION(() => this.signedNumber(first, minus));
    this.OPTION2(() => {
      const op = this.OR([
        { ALT: () => this.CONSUME(T.Plus) as Tok },
        { ALT: () => this.CONSUME2(T.Minus) as Tok },
      ]);
      const imag = this.CONSUME2(T.Number) as Tok;
      value = this.ACTION((): A.Expr => {
        if (value.kind === 'Imag' || (value.kind === 'UnaryOp' && value.operand.kind === 'Imag')) {
          throw this.errorAt('real number required in complex literal', value);
        }
        const right = this.numberNode(imag);
        if (right.kind !== 'Imag') throw this.errorAt('imaginary number required in complex literal', right);
        return { kind: 'BinOp', op: op.tokenType === T.Plus ? '+' : '-', left: value, right, line: value.line, col: value.col };
      });
    });
    return value;
  });

  private signedNumber(num: Tok, minus: Tok | undefined): A.Expr {
    const n = this.numberNode(num);
    return minus === undefined ? n : { kind: 'UnaryOp', op: '-', operand: n, ...pos(minus) };
  }

  stringPattern = this.RULE('stringPattern', (): A.Expr => {
    const toks: Tok[] = [];
    this.AT_LEAST_ONE(() => toks.push(this.CONSUME(T.String) as Tok));
    return this.ACTION(() => {
      const value = this.concatStrings(toks);
      if (value.kind === 'FString') throw this.errorAt('patterns may only match literals and attribute lookups', value);
      return value;
    });
  });

  /** Capture, wildcard, value (`a.b`) and class (`C(...)`) patterns. */
  namePattern = this.RULE('namePattern', (): A.Pattern => {
    const first = this.CONSUME(T.Name) as Tok;
    const attrs: Tok[] = [];
    this.MANY(() => {
      this.CONSUME(T.Dot);
      attrs.push(this.CONSUME2(T.Name) as Tok);
    });
    const args = this.OPTION(() => {
      this.CONSUME(T.LParen);
      const items = this.OPTION2(() => this.SUBRULE(this.classPatternArgs));
      this.CONSUME(T.RParen);
      return items ?? [];
    });
    return this.ACTION((): A.Pattern => {
      let value: A.Expr = { kind: 'Name', id: first.image, ...pos(first) };
      for (const attr of attrs) value = { kind: 'Attribute', value, attr: attr.image, ...pos(first) };
      if (args !== undefined) return this.classPattern(value, args);
      if (attrs.length > 0) return { kind: 'MatchValue', value, ...pos(first) };
      return { kind: 'MatchAs', pattern: null, name: first.image === '_' ? null : first.image, ...pos(first) };
    });
  });

  private classPattern(cls: A.Expr, items: ClassPatternItem[]): A.Pattern {
    const patterns: A.Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.Pattern[] = [];
    for (const item of items) {
      if (item.kind === 'pos') {
        if (kwdAttrs.length > 0) throw this.errorAt('positional patterns follow keyword patterns', item.pattern);
        patterns.push(item.pattern);
      } else {
        kwdAttrs.push(item.name.image);
        kwdPatterns.push(item.pattern);
      }
    }
    return { kind: 'MatchClass', cls, patterns, kwdAttrs, kwdPatterns, line: cls.line, col: cls.col };
  }

  classPatternArgs = this.RULE('classPatternArgs', (): ClassPatternItem[] => {
    const items: ClassPatternItem[] = [this.SUBRULE(this.classPatternArg)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      items.push(this.SUBRULE2(this.classPatternArg));
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return items;
  });

  classPatternArg = this.RULE('classPatternArg', (): ClassPatternItem =>
    this.OR([
      {
        GATE: () => this.LA(2).tokenType === T.Eq,
        ALT: () => {
          const name = this.CONSUME(T.Name) as Tok;
          this.CONSUME(T.Eq);
          const pattern = this.SUBRULE(this.pattern);
          return { kind: 'kw', name, pattern } as ClassPatternItem;
        },
      },
      { ALT: () => ({ kind: 'pos', pattern: this.SUBRULE2(this.pattern) }) as ClassPatternItem },
    ]),
  );

  /** `(p)` is p itself; `()`, `(p,)`, `(p, q)` are sequences. */
  groupPattern = this.RULE('groupPattern', (): A.Pattern => {
    const open = this.CONSUME(T.LParen) as Tok;
    const items: A.Pattern[] = [];
    let comma = false;
    this.OPTION(() => {
      items.push(this.SUBRULE(this.maybeStarPattern));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        comma = true;
        items.push(this.SUBRULE2(this.maybeStarPattern));
      });
      this.OPTION2(() => {
        this.CONSUME2(T.Comma);
        comma = true;
      });
    });
    this.CONSUME(T.RParen);
    return this.ACTION(() => {
      if (items.length === 1 && !comma) {
        if (items[0].kind === 'MatchStar') throw this.errorAt('invalid syntax', items[0]);
        return items[0];
      }
      return this.sequencePattern(items, open);
    });
  });

  listPattern = this.RULE('listPattern', (): A.Pattern => {
    const open = this.CONSUME(T.LBracket) as Tok;
    const items: A.Pattern[] = [];
    this.OPTION(() => {
      items.push(this.SUBRULE(this.maybeStarPattern));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        items.push(this.SUBRULE2(this.maybeStarPattern));
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RBracket);
    return this.ACTION(() => this.sequencePattern(items, open));
  });

  mappingPattern = this.RULE('mappingPattern', (): A.Pattern => {
    const open = this.CONSUME(T.LBrace) as Tok;
    const items: MappingItem[] = [];
    this.OPTION(() => {
      items.push(this.SUBRULE(this.mappingItem));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        items.push(this.SUBRULE2(this.mappingItem));
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RBrace);
    return this.ACTION((): A.Pattern => {
      const keys: A.Expr[] = [];
      const patterns: A.Pattern[] = [];
      let rest: string | null = null;
      for (const item of items) {
        if (rest !== null) throw this.errorAt('invalid syntax', item.at);
        if (item.kind === 'rest') rest = item.name.image;
        else {
          keys.push(item.key);
          patterns.push(item.pattern);
        }
      }
      return { kind: 'MatchMapping', keys, patterns, rest, ...pos(open) };
    });
  });

  mappingItem = this.RULE('mappingItem', (): MappingItem =>
    this.OR([
      {
        ALT: (): MappingItem => {
          const at = this.CONSUME(T.StarStar) as Tok;
          return { kind: 'rest', name: this.CONSUME(T.Name) as Tok, at };
        },
      },
      {
        ALT: (): MappingItem => {
          const at = this.LA(1) as Tok;
          const key = this.SUBRULE(this.mappingKey);
          this.CONSUME(T.Colon);
          return { kind: 'item', key, pattern: this.SUBRULE(this.pattern), at };
        },
      },
    ]),
  );

  mappingKey = this.RULE('mappingKey', (): A.Expr =>
    this.OR([
      { ALT: () => this.SUBRULE(this.numberPattern) },
      { ALT: () => this.SUBRULE(this.stringPattern) },
      { ALT: () => this.constant(this.CONSUME(T.None) as Tok) },
      { ALT: () => this.constant(this.CONSUME(T.True) as Tok) },
      { ALT: () => this.constant(this.CONSUME(T.False) as Tok) },
      {
        ALT: () => {
          const first = this.CONSUME(T.Name) as Tok;
          const attrs: Tok[] = [];
          this.AT_LEAST_ONE(() => {
            this.CONSUME(T.Dot);
            attrs.push(this.CONSUME2(T.Name) as Tok);
          });
          return this.ACTION(() => {
            let value: A.Expr = { kind: 'Name', id: first.image, ...pos(first) };
            for (const attr of attrs) value = { kind: 'Attribute', value, attr: attr.image, ...pos(first) };
            return value;
          });
        },
      },
    ]),
  );

  // ---------------------------------------------------------------- expression lists

  starExprOrYield = this.RULE('starExprOrYield', (): A.Expr =>
    this.OR([
      { ALT: () => this.SUBRULE(this.yieldExpr) },
      { ALT: () => this.SUBRULE(this.starExpressions) },
    ]),
  );

  yieldExpr = this.RULE('yieldExpr', (): A.Expr => {
    const t = this.CONSUME(T.Yield) as Tok;
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.From);
          const value = this.SUBRULE(this.expression);
          return this.ACTION((): A.Expr => ({ kind: 'YieldFrom', value, ...pos(t) }));
        },
      },
      {
        ALT: () => {
          const value = this.SUBRULE(this.starExpressions);
          return this.ACTION((): A.Expr => {
            this.checkNotStarred(value);
            return { kind: 'Yield', value, ...pos(t) };
          });
        },
      },
      { ALT: () => ({ kind: 'Yield', value: null, ...pos(t) }) as A.Expr },
    ]);
  });

  /** `a, *b, c` at statement level (a tuple when there is a comma). */
  starExpressions = this.RULE('starExpressions', (): A.Expr => {
    const start = this.LA(1) as Tok;
    const elts: A.Expr[] = [this.SUBRULE(this.expression, { ARGS: [STAR_EXPR] })];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      comma = true;
      elts.push(this.SUBRULE2(this.expression, { ARGS: [STAR_EXPR] }));
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    return this.ACTION(() => (comma ? this.tuple(elts, start) : elts[0]));
  });

  /** Targets of `for` and comprehensions. */
  targetList = this.RULE('targetList', (): A.Expr => {
    const start = this.LA(1) as Tok;
    const elts: A.Expr[] = [this.SUBRULE(this.expression, { ARGS: [STAR_TARGET] })];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      comma = true;
      elts.push(this.SUBRULE2(this.expression, { ARGS: [STAR_TARGET] }));
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    return this.ACTION(() => {
      const target = comma ? this.tuple(elts, start) : elts[0];
      this.checkTarget(target);
      return target;
    });
  });

  private tuple(elts: A.Expr[], start: A.Pos): A.Expr {
    return { kind: 'Tuple', elts, line: start.line, col: start.col };
  }

  // ---------------------------------------------------------------- expressions

  /**
   * expression, and its variants selected by `mode` (see STAR, NAMED, HINT,
   * TARGET): one rule rather than CPython's star_named_expression /
   * named_expression / expression / star_target chain, to spend less stack
   * per nesting level. Lambdas and conditional expressions around operand
   * chains are read in a loop (`lambda: a if b else lambda: c`) and nested
   * afterwards.
   */
  expression = this.RULE('expression', (mode: number = 0): A.Expr => {
    const first = this.LA(1) as Tok;
    const star = this.OPTION({ GATE: () => (mode & STAR) !== 0, DEF: () => this.CONSUME(T.Star) as Tok });
    const simple = star !== undefined || (mode & TARGET) !== 0; // just an operand chain
    const frames: Frame[] = [];
    this.MANY({ GATE: () => !simple, DEF: () => frames.push(this.SUBRULE(this.lambdaHeader)) });
    let start = this.LA(1) as Tok;
    let body = this.SUBRULE(this.disjunction, { ARGS: [simple ? BITOR : FULL] });
    this.ACTION(() => this.noteChain(start));
    this.MANY2({
      GATE: () => !simple,
      DEF: () => {
        this.CONSUME(T.If);
        const test = this.SUBRULE2(this.disjunction);
        this.ACTION(() => {
          const next = this.LA(1) as Tok;
          if (next.tokenType !== T.Else && next.tokenType !== T.Colon && next.tokenType !== T.ErrorToken) {
            throw this.errorAt("expected 'else' after 'if' expression", start);
          }
        });
        this.CONSUME(T.Else);
        frames.push({ kind: 'if', body, test, start });
        this.MANY3(() => {
          frames.push(this.SUBRULE2(this.lambdaHeader));
        });
        start = this.LA(1) as Tok;
        body = this.SUBRULE3(this.disjunction);
      },
    });
    let e = this.ACTION(() => {
      let node = body;
      for (let i = frames.length - 1; i >= 0; i--) {
        const f = frames[i];
        node = f.kind === 'lambda'
          ? { kind: 'Lambda', args: f.args, body: node, ...pos(f.tok) }
          : { kind: 'IfExp', test: f.test, body: f.body, orelse: node, ...pos(f.start) };
      }
      if (star !== undefined) return { kind: 'Starred', value: node, ...pos(star) } as A.Expr;
      if ((mode & HINT) !== 0 && this.LA(1).tokenType === T.Eq) this.checkMistypedComparison(node);
      return node;
    });
    this.OPTION2({
      GATE: () => (mode & NAMED) !== 0 && star === undefined,
      DEF: () => {
        const op = this.CONSUME(T.ColonEq) as Tok;
        this.ACTION(() => {
          if (e.kind === 'Name' && !this.parenthesized.has(e)) return;
          if (!EXPRESSION_STARTS.has(this.LA(1).tokenType)) throw this.unexpected(op);
          throw this.errorAt(`cannot use assignment expressions with ${exprName(e)}`, e);
        });
        const value = this.SUBRULE4(this.expression);
        e = this.ACTION((): A.Expr => ({ kind: 'NamedExpr', target: e as A.Name, value, ...pos(first) }));
      },
    });
    return e;
  });

  /** `if x = 1:` and the like: CPython's invalid_named_expression hints. */
  private checkMistypedComparison(e: A.Expr): void {
    if (!this.looksLikeComparison(2)) return;
    if (e.kind === 'Name' && !this.parenthesized.has(e)) {
      throw this.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e);
    }
    if (this.isBitwiseOrLevel(e)) {
      throw this.errorAt(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
    }
  }

  private noteChain(start: Tok): void {
    this.lastChain = { start, end: this.LA(0) as Tok };
  }

  lambdaHeader = this.RULE('lambdaHeader', (): Frame => {
    const t = this.CONSUME(T.Lambda) as Tok;
    const params = this.OPTION(() => this.SUBRULE(this.parameters, { ARGS: [false] }));
    this.CONSUME(T.Colon);
    return this.ACTION((): Frame => ({ kind: 'lambda', tok: t, args: this.buildArguments(params ?? []) }));
  });

  /**
   * An operand chain: prefix operators, operands and binary operators
   * (`not a == -b ** c or d`), read flat and built by precedence climbing.
   * `level` BITOR stops before comparisons and boolean operators.
   */
  disjunction = this.RULE('disjunction', (level: number = FULL): A.Expr => {
    const items: ChainItem[] = [];
    this.MANY(() => items.push({ kind: 'prefix', tok: this.SUBRULE(this.prefixOperator, { ARGS: [level] }) }));
    let start = this.LA(1) as Tok;
    items.push({ kind: 'operand', node: this.SUBRULE(this.primary), start });
    this.MANY2({
      GATE: () => level === FULL || this.isArithmetic(this.LA(1).tokenType),
      DEF: () => {
        const op = this.OR(this.binaryOperatorAlts);
        items.push(op);
        this.MANY3(() => items.push({ kind: 'prefix', tok: this.SUBRULE2(this.prefixOperator, { ARGS: [level] }) }));
        start = this.LA(1) as Tok;
        items.push({ kind: 'operand', node: this.SUBRULE2(this.primary), start });
      },
    });
    return this.ACTION(() => (items.length === 1 ? (items[0] as { node: A.Expr }).node : this.climb(items)));
  });

  private isArithmetic(type: TokenType): boolean {
    const info = BINARY_OPS.get(type);
    return info !== undefined && info.kind === 'bin';
  }

  /** Binary operator alternatives, built once (their closures capture nothing per call). */
  private readonly binaryOperatorAlts = [
    ...[...BINARY_OPS.keys()].map((type) => ({
      ALT: (): ChainItem => {
        const tok = this.CONSUME(type) as Tok;
        return { kind: 'op', info: BINARY_OPS.get(type) as OpInfo, tok };
      },
    })),
    {
      ALT: (): ChainItem => {
        const tok = this.CONSUME(T.Not) as Tok;
        this.CONSUME2(T.In);
        return { kind: 'op', info: NOT_IN, tok };
      },
    },
    {
      ALT: (): ChainItem => {
        const tok = this.CONSUME(T.Is) as Tok;
        const not = this.OPTION9(() => this.CONSUME2(T.Not));
        return { kind: 'op', info: not !== undefined ? IS_NOT : IS, tok };
      },
    },
  ];

  prefixOperator = this.RULE('prefixOperator', (level: number = FULL): Tok =>
    this.OR([
      { GATE: () => level === FULL, ALT: () => this.CONSUME(T.Not) as Tok },
      { ALT: () => this.CONSUME(T.Minus) as Tok },
      { ALT: () => this.CONSUME(T.Plus) as Tok },
      { ALT: () => this.CONSUME(T.Tilde) as Tok },
    ]),
  );

  /**
   * Precedence climbing (shunting-yard) over a flat chain; iterative, so
   * `1+1+...+1` or `-----x` of any length cannot overflow the stack.
   */
  private climb(items: ChainItem[]): A.Expr {
    const values: { node: A.Expr; start: A.Pos }[] = [];
    const ops: ({ unary: true; tok: Tok; prec: number } | { unary: false; info: OpInfo; tok: Tok })[] = [];
    // Compare/BoolOp nodes built here, which a following operator of the same kind may extend.
    const open = new Set<A.Expr>();
    const reduce = (): void => {
      const op = ops.pop() as (typeof ops)[number];
      if (op.unary) {
        const operand = values.pop() as (typeof values)[number];
        const name = op.tok.tokenType === T.Not ? 'not' : (op.tok.image as A.UnaryOpName);
        values.push({ node: { kind: 'UnaryOp', op: name, operand: operand.node, ...pos(op.tok) }, start: pos(op.tok) });
        return;
      }
      const right = values.pop() as (typeof values)[number];
      const left = values.pop() as (typeof values)[number];
      const at = left.start;
      let node: A.Expr;
      if (op.info.kind === 'cmp') {
        if (left.node.kind === 'Compare' && open.has(left.node)) {
          left.node.ops.push(op.info.op as A.CmpOpName);
          left.node.comparators.push(right.node);
          values.push(left);
          return;
        }
        node = { kind: 'Compare', left: left.node, ops: [op.info.op as A.CmpOpName], comparators: [right.node], ...at };
      } else if (op.info.kind === 'bool') {
        const boolOp = op.info.op as 'and' | 'or';
        if (left.node.kind === 'BoolOp' && left.node.op === boolOp && open.has(left.node)) {
          left.node.values.push(right.node);
          values.push(left);
          return;
        }
        node = { kind: 'BoolOp', op: boolOp, values: [left.node, right.node], ...at };
      } else {
        node = { kind: 'BinOp', op: op.info.op as A.BinOpName, left: left.node, right: right.node, ...at };
      }
      open.add(node);
      values.push({ node, start: at });
    };
    let afterOp: OpInfo | null = null; // the binary operator before the current operand, if any
    let seenArithmeticPrefix = false;
    for (const item of items) {
      if (item.kind === 'prefix') {
        const isNot = item.tok.tokenType === T.Not;
        // `not` is only allowed where a whole boolean operand starts.
        if (isNot && (seenArithmeticPrefix || (afterOp !== null && afterOp.kind !== 'bool'))) {
          throw this.unexpected(item.tok);
        }
        if (!isNot) seenArithmeticPrefix = true;
        ops.push({ unary: true, tok: item.tok, prec: isNot ? PREC_NOT : PREC_UNARY });
      } else if (item.kind === 'operand') {
        values.push({ node: item.node, start: pos(item.start) });
        seenArithmeticPrefix = false;
      } else {
        const info = item.info;
        const rightAssoc = info.prec === PREC_POW;
        while (ops.length > 0) {
          const top = ops[ops.length - 1];
          const topPrec = top.unary ? top.prec : top.info.prec;
          if (topPrec > info.prec || (topPrec === info.prec && !rightAssoc)) reduce();
          else break;
        }
        ops.push({ unary: false, info, tok: item.tok });
        afterOp = info;
      }
    }
    while (ops.length > 0) reduce();
    return values[0].node;
  }

  /**
   * An atom followed by any number of `.name`, `(args)` and `[slices]`
   * trailers (atom and primary are one rule: less stack per nesting level).
   */
  primary = this.RULE('primary', (): A.Expr => {
    const start = this.LA(1) as Tok;
    let node = this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.Name) as Tok;
          return this.ACTION((): A.Expr => ({ kind: 'Name', id: t.image, ...pos(t) }));
        },
      },
      { ALT: () => this.numberNode(this.CONSUME(T.Number) as Tok) },
      { ALT: () => this.SUBRULE(this.strings) },
      { ALT: () => this.constant(this.CONSUME(T.None) as Tok) },
      { ALT: () => this.constant(this.CONSUME(T.True) as Tok) },
      { ALT: () => this.constant(this.CONSUME(T.False) as Tok) },
      { ALT: () => this.constant(this.CONSUME(T.Ellipsis) as Tok) },
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen) as Tok;
          const e = this.SUBRULE(this.parenContents, { ARGS: [open] });
          this.CONSUME(T.RParen);
          return e;
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME(T.LBracket) as Tok;
          const e = this.SUBRULE(this.listContents, { ARGS: [open] });
          this.CONSUME(T.RBracket);
          return e;
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME(T.LBrace) as Tok;
          const e = this.SUBRULE(this.braceContents, { ARGS: [open] });
          this.CONSUME(T.RBrace);
          return e;
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Await) as Tok;
          return this.ACTION((): A.Expr => {
            throw this.errorAt("'await' is not supported in Sandling", t);
          });
        },
      },
    ]);
    this.MANY(() => {
      node = this.OR2([
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            const attr = this.CONSUME2(T.Name) as Tok;
            return this.ACTION((): A.Expr => ({ kind: 'Attribute', value: node, attr: attr.image, ...pos(start) }));
          },
        },
        {
          ALT: () => {
            const open = this.CONSUME2(T.LParen) as Tok;
            const items = this.OPTION(() => this.SUBRULE(this.callArguments));
            const close = this.CONSUME2(T.RParen) as Tok;
            return this.ACTION((): A.Expr => {
              const { args, keywords } = this.buildCallArguments(items ?? [], open, close);
              return { kind: 'Call', func: node, args, keywords, ...pos(start) };
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME2(T.LBracket);
            const slice = this.SUBRULE(this.slices);
            this.CONSUME2(T.RBracket);
            return this.ACTION((): A.Expr => ({ kind: 'Subscript', value: node, slice, ...pos(start) }));
          },
        },
      ]);
    });
    return node;
  });

  private numberNode(t: Tok): A.Expr {
    const n = t.num;
    if (n === null || n === undefined) return { kind: 'Int', value: 0n, ...pos(t) }; // recording phase only
    return { ...n, ...pos(t) } as A.Expr;
  }

  private constant(t: Tok): A.Expr {
    switch (t.tokenType) {
      case T.None: return { kind: 'None', ...pos(t) };
      case T.True: return { kind: 'Bool', value: true, ...pos(t) };
      case T.False: return { kind: 'Bool', value: false, ...pos(t) };
      default: return { kind: 'Ellipsis', ...pos(t) };
    }
  }

  /** Adjacent string literals, concatenated. */
  strings = this.RULE('strings', (): A.Expr => {
    const toks: Tok[] = [];
    this.AT_LEAST_ONE(() => toks.push(this.CONSUME(T.String) as Tok));
    return this.ACTION(() => this.concatStrings(toks));
  });

  /** CPython's `_PyPegen_concatenate_strings`, errors in the same order. */
  private concatStrings(toks: Tok[]): A.Expr {
    const after = this.LA(1) as Tok; // CPython 3.11 reports string errors at the token that follows
    const fail = (msg: string): ScriptSyntaxError =>
      after.tokenType === T.ErrorToken ? this.unexpected(after) : this.errorAt(msg, after);
    const isBytes = (v: StringValue | null): boolean => v?.kind === 'bytes';
    let bytesMode = false;
    let fstring = false;
    const parts: (string | A.FormattedValue)[] = [];
    const bytes: Uint8Array[] = [];
    for (let i = 0; i < toks.length; i++) {
      const v = toks[i].str as StringValue;
      if (v.kind === 'error' && !v.fstring) throw v.located ?? fail(v.msg);
      const thisBytes = isBytes(v) || (v.kind === 'error' && v.bytes);
      if (i > 0 && thisBytes !== bytesMode) throw fail('cannot mix bytes and nonbytes literals');
      bytesMode = thisBytes;
      if (v.kind === 'error') throw v.located ?? fail(v.msg);
      if (v.kind === 'bytes') bytes.push(v.value);
      else if (v.kind === 'str') appendText(parts, v.value);
      else {
        fstring = true;
        for (const p of v.parts) {
          if (typeof p === 'string') appendText(parts, p);
          else parts.push(p);
        }
      }
    }
    const at = pos(toks[0]);
    if (bytesMode) {
      const value = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
      let k = 0;
      for (const b of bytes) {
        value.set(b, k);
        k += b.length;
      }
      return { kind: 'Bytes', value, ...at };
    }
    if (fstring) return { kind: 'FString', parts, ...at };
    return { kind: 'Str', value: parts.length === 0 ? '' : (parts[0] as string), ...at };
  }

  // ---------------------------------------------------------------- displays

  /** What is between `(` and `)`: a group, tuple, generator expression or yield. */
  parenContents = this.RULE('parenContents', (open: Tok = {} as Tok): A.Expr =>
    this.OR([
      {
        ALT: () => {
          const e = this.SUBRULE(this.yieldExpr);
          this.ACTION(() => this.parenthesized.add(e));
          return e;
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.expression, { ARGS: [STAR_NAMED] });
          const generators = this.OPTION(() => this.SUBRULE(this.comprehension));
          const elts = [first];
          let comma = false;
          this.MANY({
            GATE: () => generators === undefined,
            DEF: () => {
              this.CONSUME(T.Comma);
              comma = true;
              elts.push(this.SUBRULE2(this.expression, { ARGS: [STAR_NAMED] }));
            },
          });
          this.OPTION2({
            GATE: () => generators === undefined,
            DEF: () => {
              this.CONSUME2(T.Comma);
              comma = true;
            },
          });
          return this.ACTION((): A.Expr => {
            if (generators !== undefined) {
              this.checkComprehensionElement(first);
              return { kind: 'GeneratorExp', elt: first, generators, ...pos(open) };
            }
            if (comma) {
              const t = this.tuple(elts, open);
              this.parenthesized.add(t);
              return t;
            }
            if (first.kind === 'Starred') throw this.errorAt('cannot use starred expression here', first);
            this.parenthesized.add(first);
            return first;
          });
        },
      },
      { ALT: () => this.tuple([], open) },
    ]),
  );

  private checkComprehensionElement(e: A.Expr): void {
    if (e.kind === 'Starred') throw this.errorAt('iterable unpacking cannot be used in comprehension', e);
  }

  listContents = this.RULE('listContents', (open: Tok = {} as Tok): A.Expr =>
    this.OR([
      {
        ALT: () => {
          const first = this.SUBRULE(this.expression, { ARGS: [STAR_NAMED] });
          return this.OR2([
            {
              ALT: () => {
                const generators = this.SUBRULE(this.comprehension);
                return this.ACTION((): A.Expr => {
                  this.checkComprehensionElement(first);
                  return { kind: 'ListComp', elt: first, generators, ...pos(open) };
                });
              },
            },
            {
              ALT: () => {
                const rest = this.SUBRULE(this.elementsTail);
                return this.ACTION((): A.Expr => ({ kind: 'List', elts: [first, ...rest], ...pos(open) }));
              },
            },
          ]);
        },
      },
      { ALT: () => ({ kind: 'List', elts: [], ...pos(open) }) as A.Expr },
    ]),
  );

  /** `, b, c,` after the first element of a display. */
  elementsTail = this.RULE('elementsTail', (): A.Expr[] => {
    const elts: A.Expr[] = [];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      elts.push(this.SUBRULE(this.expression, { ARGS: [STAR_NAMED] }));
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return elts;
  });

  /** What is between `{` and `}`: dict or set, display or comprehension. */
  braceContents = this.RULE('braceContents', (open: Tok = {} as Tok): A.Expr =>
    this.OR([
      {
        ALT: () => {
          const stars = this.CONSUME(T.StarStar) as Tok;
          const value = this.SUBRULE(this.disjunction, { ARGS: [BITOR] });
          this.ACTION(() => {
            const next = this.LA(1).tokenType;
            if (next === T.For || next === T.Async) {
              throw this.errorAt('dict unpacking cannot be used in dict comprehension', stars);
            }
          });
          return this.SUBRULE(this.dictTail, { ARGS: [open, null, value] });
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.expression, { ARGS: [STAR_NAMED] });
          return this.OR2([
            {
              ALT: () => {
                const colon = this.CONSUME(T.Colon) as Tok;
                this.ACTION(() => this.expectDictValue(colon));
                const value = this.SUBRULE2(this.expression);
                this.ACTION(() => this.checkDictKey(first));
                return this.OR3([
                  {
                    ALT: () => {
                      const generators = this.SUBRULE(this.comprehension);
                      return this.ACTION((): A.Expr => ({ kind: 'DictComp', key: first, value, generators, ...pos(open) }));
                    },
                  },
                  { ALT: () => this.SUBRULE2(this.dictTail, { ARGS: [open, first, value] }) },
                ]);
              },
            },
            {
              ALT: () => {
                const generators = this.SUBRULE2(this.comprehension);
                return this.ACTION((): A.Expr => {
                  this.checkComprehensionElement(first);
                  return { kind: 'SetComp', elt: first, generators, ...pos(open) };
                });
              },
            },
            {
              ALT: () => {
                const rest = this.SUBRULE(this.elementsTail);
                return this.ACTION((): A.Expr => ({ kind: 'Set', elts: [first, ...rest], ...pos(open) }));
              },
            },
          ]);
        },
      },
      { ALT: () => ({ kind: 'Dict', keys: [], values: [], ...pos(open) }) as A.Expr },
    ]),
  );

  private expectDictValue(colon: Tok): void {
    const next = this.LA(1).tokenType;
    if (next === T.RBrace || next === T.Comma) {
      throw this.errorAt("expression expected after dictionary key and ':'", colon);
    }
  }

  private checkDictKey(key: A.Expr): void {
    if ((key.kind === 'Starred' || key.kind === 'NamedExpr') && !this.parenthesized.has(key)) {
      throw this.errorAt('invalid syntax', key);
    }
  }

  /** The items after the first one of a dict display (`**` unpacking has a null key). */
  dictTail = this.RULE('dictTail', (open: Tok = {} as Tok, firstKey: A.Expr | null = null, firstValue: A.Expr = {} as A.Expr): A.Expr => {
    const keys: (A.Expr | null)[] = [firstKey];
    const values: A.Expr[] = [firstValue];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.StarStar);
            keys.push(null);
            values.push(this.SUBRULE(this.disjunction, { ARGS: [BITOR] }));
          },
        },
        {
          ALT: () => {
            const key = this.SUBRULE(this.expression);
            this.ACTION(() => {
              const next = this.LA(1) as Tok;
              if (next.tokenType !== T.Colon && next.tokenType !== T.ErrorToken) {
                const prev = this.LA(0) as Tok;
                throw this.error("':' expected after dictionary key", prev.line, endCol(prev));
              }
            });
            const colon = this.CONSUME(T.Colon) as Tok;
            this.ACTION(() => this.expectDictValue(colon));
            keys.push(key);
            values.push(this.SUBRULE2(this.expression));
          },
        },
      ]);
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return this.ACTION((): A.Expr => ({ kind: 'Dict', keys, values, ...pos(open) }));
  });

  /** for_if_clauses */
  comprehension = this.RULE('comprehension', (): A.Comprehension[] => {
    const generators: A.Comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      this.OPTION(() => {
        const t = this.CONSUME(T.Async) as Tok;
        this.ACTION(() => {
          throw this.errorAt("'async for' is not supported in Sandling", t);
        });
      });
      this.CONSUME(T.For);
      const target = this.SUBRULE(this.targetList);
      this.CONSUME(T.In);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: A.Expr[] = [];
      this.MANY(() => {
        this.CONSUME(T.If);
        ifs.push(this.SUBRULE2(this.disjunction));
      });
      generators.push({ target, iter, ifs });
    });
    return generators;
  });

  // ---------------------------------------------------------------- calls and subscripts

  callArguments = this.RULE('callArguments', (): ArgItem[] => {
    const items: ArgItem[] = [this.SUBRULE(this.argument, { ARGS: [false] })];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const afterKeyword = items.some((item) => item.kind === 'kw' || item.kind === 'dstar');
      items.push(this.SUBRULE2(this.argument, { ARGS: [afterKeyword] }));
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      // A trailing comma after a generator argument needs parentheses too.
      this.ACTION(() => {
        const last = items[items.length - 1];
        if (last.kind === 'pos' && last.genexp) throw this.errorAt('Generator expression must be parenthesized', last.node);
      });
    });
    return items;
  });

  argument = this.RULE('argument', (afterKeyword: boolean = false): ArgItem =>
    this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.Star) as Tok;
          this.ACTION(() => {
            const next = this.LA(1).tokenType;
            if (afterKeyword && (next === T.Comma || next === T.RParen)) {
              throw this.errorAt('iterable argument unpacking follows keyword argument unpacking', star);
            }
          });
          const value = this.SUBRULE(this.expression);
          return this.ACTION((): ArgItem => ({ kind: 'star', node: { kind: 'Starred', value, ...pos(star) } }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.StarStar) as Tok;
          const value = this.SUBRULE2(this.expression);
          return this.ACTION((): ArgItem => ({ kind: 'dstar', keyword: { kind: 'Keyword', arg: null, value, ...pos(t) } }));
        },
      },
      {
        GATE: () => this.LA(2).tokenType === T.Eq,
        ALT: () => {
          const name = this.CONSUME(T.Name) as Tok;
          this.CONSUME(T.Eq);
          const value = this.SUBRULE3(this.expression);
          return this.ACTION((): ArgItem => ({
            kind: 'kw', keyword: { kind: 'Keyword', arg: name.image, value, ...pos(name) },
          }));
        },
      },
      {
        ALT: () => {
          const start = this.LA(1) as Tok;
          const e = this.SUBRULE4(this.expression, { ARGS: [NAMED] });
          const forTok = this.LA(1) as Tok;
          const generators = this.OPTION(() => this.SUBRULE(this.comprehension));
          return this.ACTION((): ArgItem => {
            if (generators !== undefined) {
              this.checkComprehensionElement(e);
              const node: A.Expr = { kind: 'GeneratorExp', elt: e, generators, ...pos(start) };
              return { kind: 'pos', node, genexp: true, forTok };
            }
            if (this.LA(1).tokenType === T.Eq) {
              const msg = e.kind === 'Bool' || e.kind === 'None'
                ? `cannot assign to ${exprName(e)}`
                : 'expression cannot contain assignment, perhaps you meant "=="?';
              throw this.errorAt(msg, e);
            }
            return { kind: 'pos', node: e, genexp: false };
          });
        },
      },
    ]),
  );

  /** Checks the order of call arguments (CPython's rules and messages). */
  private buildCallArguments(items: ArgItem[], open: Tok, close: Tok): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let seenKeyword = false;
    let seenDoubleStar = false;
    const keywordNames = new Set<string>();
    for (const item of items) {
      switch (item.kind) {
        case 'pos':
          if (item.genexp && items.length > 1) throw this.errorAt('Generator expression must be parenthesized', item.node);
          // CPython 3.11 reports these two at the token after the arguments.
          if (seenDoubleStar) throw this.errorAt('positional argument follows keyword argument unpacking', close);
          if (seenKeyword) throw this.errorAt('positional argument follows keyword argument', close);
          // A lone generator argument is written inside the call's parentheses.
          args.push(item.genexp ? { ...item.node, ...pos(open) } : item.node);
          break;
        case 'star':
          if (seenDoubleStar) throw this.errorAt('iterable argument unpacking follows keyword argument unpacking', item.node);
          args.push(item.node);
          break;
        case 'kw':
          if (item.keyword.arg !== null && keywordNames.has(item.keyword.arg)) {
            this.defer(`keyword argument repeated: ${item.keyword.arg}`, item.keyword);
          }
          if (item.keyword.arg !== null) keywordNames.add(item.keyword.arg);
          seenKeyword = true;
          keywords.push(item.keyword);
          break;
        case 'dstar':
          seenDoubleStar = true;
          keywords.push(item.keyword);
          break;
      }
    }
    return { args, keywords };
  }

  /** The inside of `x[...]`: one slice or expression, or a tuple of them. */
  slices = this.RULE('slices', (): A.Expr => {
    const start = this.LA(1) as Tok;
    const elts: A.Expr[] = [this.SUBRULE(this.slice)];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      comma = true;
      elts.push(this.SUBRULE2(this.slice));
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    // A starred item makes a tuple even alone (`a[*b]`), as in CPython 3.11.
    return this.ACTION(() => (comma || elts[0].kind === 'Starred' ? this.tuple(elts, start) : elts[0]));
  });

  slice = this.RULE('slice', (): A.Expr =>
    this.OR([
      { ALT: () => this.SUBRULE(this.sliceRest, { ARGS: [null, this.LA(1) as Tok] }) },
      {
        ALT: () => {
          const start = this.LA(1) as Tok;
          const lower = this.SUBRULE(this.expression, { ARGS: [STAR_NAMED] });
          return (
            this.OPTION({
              GATE: () => lower.kind !== 'Starred',
              DEF: () => this.SUBRULE2(this.sliceRest, { ARGS: [lower, start] }),
            }) ?? lower
          );
        },
      },
    ]),
  );

  sliceRest = this.RULE('sliceRest', (lower: A.Expr | null = null, start: Tok = {} as Tok): A.Expr => {
    this.CONSUME(T.Colon);
    const upper = this.OPTION(() => this.SUBRULE(this.expression));
    const step = this.OPTION2(() => {
      this.CONSUME2(T.Colon);
      return this.OPTION3(() => this.SUBRULE2(this.expression));
    });
    return this.ACTION((): A.Expr => ({ kind: 'Slice', lower, upper: upper ?? null, step: step ?? null, ...pos(start) }));
  });

  // ---------------------------------------------------------------- parameters

  /**
   * def and lambda parameter lists (`annotations` is false for lambdas); the
   * caller builds `Arguments` once the list is closed, as CPython checks it then.
   */
  parameters = this.RULE('parameters', (annotations: boolean = true): ParamItem[] => {
    const items: ParamItem[] = [this.SUBRULE(this.parameter, { ARGS: [annotations] })];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      items.push(this.SUBRULE2(this.parameter, { ARGS: [annotations] }));
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return items;
  });

  parameter = this.RULE('parameter', (annotations: boolean = true): ParamItem =>
    this.OR([
      { ALT: (): ParamItem => ({ kind: 'slash', tok: this.CONSUME(T.Slash) as Tok }) },
      {
        ALT: (): ParamItem => {
          const open = this.CONSUME(T.LParen) as Tok;
          return this.ACTION(() => {
            throw this.parenthesizedParameters(open, annotations);
          });
        },
      },
      {
        ALT: (): ParamItem => {
          const tok = this.CONSUME(T.Star) as Tok;
          let annotation: A.Expr | null = null;
          const name = this.OPTION(() => {
            const n = this.CONSUME(T.Name) as Tok;
            this.OPTION2({
              GATE: () => annotations,
              DEF: () => {
                this.CONSUME(T.Colon);
                annotation = this.SUBRULE(this.expression, { ARGS: [STAR_EXPR] }); // `*args: *Ts` is allowed
              },
            });
            return n;
          });
          const eq = this.OPTION3(() => {
            const e = this.CONSUME(T.Eq) as Tok;
            this.SUBRULE(this.expression);
            return e;
          });
          return { kind: 'star', tok, name, annotation, eq };
        },
      },
      {
        ALT: (): ParamItem => {
          const tok = this.CONSUME(T.StarStar) as Tok;
          const name = this.CONSUME2(T.Name) as Tok;
          const annotation = this.OPTION4({
            GATE: () => annotations,
            DEF: () => {
              this.CONSUME2(T.Colon);
              return this.SUBRULE2(this.expression);
            },
          });
          const eq = this.OPTION5(() => {
            const e = this.CONSUME2(T.Eq) as Tok;
            this.SUBRULE3(this.expression);
            return e;
          });
          return { kind: 'kwarg', tok, name, annotation: annotation ?? null, eq };
        },
      },
      {
        ALT: (): ParamItem => {
          const name = this.CONSUME3(T.Name) as Tok;
          const annotation = this.OPTION6({
            GATE: () => annotations,
            DEF: () => {
              this.CONSUME3(T.Colon);
              return this.SUBRULE4(this.expression);
            },
          });
          const value = this.OPTION7(() => {
            const eq = this.CONSUME3(T.Eq) as Tok;
            this.ACTION(() => {
              const next = this.LA(1).tokenType;
              if (next === T.RParen || next === T.Comma) throw this.errorAt('expected default value expression', eq);
            });
            return this.SUBRULE5(this.expression);
          });
          return { kind: 'plain', name, annotation: annotation ?? null, default: value ?? null };
        },
      },
    ]),
  );

  /** `def f((a, b)):` -- CPython 3.11 explains; anything else there is just invalid. */
  private parenthesizedParameters(open: Tok, def: boolean): ScriptSyntaxError {
    let k = 1;
    let names = 0;
    while (this.LA(k).tokenType === T.Name) {
      names++;
      k++;
      if (this.LA(k).tokenType !== T.Comma) break;
      k++;
    }
    if (names === 0 || this.LA(k).tokenType !== T.RParen) return this.unexpected(open);
    const what = def ? 'Function' : 'Lambda expression';
    return this.errorAt(`${what} parameters cannot be parenthesized`, open);
  }

  /** Builds `Arguments`, with CPython's checks in CPython's order. */
  private buildArguments(items: ParamItem[]): A.Arguments {
    const a = EMPTY_ARGS();
    let seenSlash = false;
    let seenStar = false;
    let seenKwarg = false;
    let seenDefault = false;
    const arg = (name: Tok, annotation: A.Expr | null): A.Arg => ({ kind: 'Arg', name: name.image, annotation, ...pos(name) });
    const where = (item: ParamItem): Tok => (item.kind === 'plain' ? item.name : item.tok);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (seenKwarg) throw this.errorAt('arguments cannot follow var-keyword argument', where(item));
      switch (item.kind) {
        case 'slash':
          if (seenSlash) throw this.errorAt('/ may appear only once', item.tok);
          if (seenStar) throw this.errorAt('/ must be ahead of *', item.tok);
          if (a.args.length === 0) {
            if (i === items.length - 1) throw this.unexpected(item.tok);
            throw this.errorAt('at least one argument must precede /', item.tok);
          }
          seenSlash = true;
          a.posonlyargs = a.args;
          a.args = [];
          break;
        case 'star': {
          if (seenStar) throw this.errorAt('* argument may appear only once', item.tok);
          if (item.eq) throw this.errorAt('var-positional argument cannot have default value', item.eq);
          seenStar = true;
          if (item.name !== undefined) a.vararg = arg(item.name, item.annotation);
          else {
            const next = items[i + 1];
            if (next === undefined || next.kind === 'kwarg') throw this.errorAt('named arguments must follow bare *', item.tok);
          }
          break;
        }
        case 'kwarg':
          if (item.eq) throw this.errorAt('var-keyword argument cannot have default value', item.eq);
          seenKwarg = true;
          a.kwarg = arg(item.name, item.annotation);
          break;
        case 'plain':
          if (seenStar) {
            a.kwonlyargs.push(arg(item.name, item.annotation));
            a.kwDefaults.push(item.default);
          } else {
            a.args.push(arg(item.name, item.annotation));
            if (item.default !== null) {
              seenDefault = true;
              a.defaults.push(item.default);
            } else if (seenDefault) {
              throw this.errorAt('non-default argument follows default argument', item.name);
            }
          }
          break;
      }
    }
    const seen = new Set<string>();
    for (const p of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]
      .sort((x, y) => x.line - y.line || x.col - y.col)) {
      if (seen.has(p.name)) this.defer(`duplicate argument '${p.name}' in function definition`, p);
      seen.add(p.name);
    }
    return a;
  }
}
