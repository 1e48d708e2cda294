/**
 * The lexer: chevrotain turns the text into raw tokens, then `layout` (the
 * "indentation pass") walks them once to compute CPython-style positions,
 * track brackets, produce NEWLINE / INDENT / DEDENT, map keywords and decode
 * literals. Everything per call lives in local variables: two interpreters may
 * lex at the same time. The only module state is the lazily built chevrotain
 * lexer, which is immutable once built.
 *
 * Tokenizer errors are not thrown at once: like CPython's tokenizer, which
 * only fails when the parser asks for the bad token, `tokenize` truncates the
 * stream there, appends an `ErrorToken` and returns the error as `failure`;
 * the parser decides which error wins (see `LexFailure.overrides`).
 */

import { createToken, Lexer, type CustomPatternMatcherReturn, type IToken, type TokenType } from './chevrotain.js';
import type { Expr, FormattedValue } from './ast.js';
import { ScriptSyntaxError } from './errors.js';
import { decodeBytes, decodeNumber, decodeStrEscapes, isLiteralError, stringFlags, type NumberValue } from './literals.js';
import { FStringError, parseFStringBody } from './fstring.js';

// ------------------------------------------------------------------ token types

const name = (n: string, pattern: RegExp | string, extra: object = {}): TokenType =>
  createToken({ name: n, pattern, ...extra });
const virtual = (n: string): TokenType => createToken({ name: n, pattern: Lexer.NA });

/** Identifiers (and keywords, retyped by `layout`). Non-ASCII is checked later. */
const NameTok = name('Name', /[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/);
const NumberTok = createToken({
  name: 'Number',
  pattern: { exec: matchNumber },
  start_chars_hint: [...'0123456789.'],
  line_breaks: false,
});
const StringTok = createToken({
  name: 'String',
  pattern: { exec: matchString },
  start_chars_hint: [...'\'"rRuUbBfF'],
  line_breaks: true,
});

/** Raw layout tokens, consumed by `layout`. */
const Whitespace = name('Whitespace', /[ \t\f]+/, { group: Lexer.SKIPPED });
const Comment = name('Comment', /#[^\n]*/, { group: Lexer.SKIPPED });
const LineBreak = name('LineBreak', '\n', { line_breaks: true });
const Continuation = name('Continuation', /\\\n/, { line_breaks: true });
const Backslash = name('Backslash', '\\');
/** Characters that start no token: `$ ? ! \`` give "invalid syntax", control characters a tokenizer error. */
const Invalid = name('Invalid', /[$?!`\x00-\x08\x0b\x0e-\x1f\x7f]/);

const op = (n: string, text: string): TokenType => name(n, text);

/** All token types the parser sees. */
export const T = {
  Name: NameTok,
  Number: NumberTok,
  String: StringTok,
  Newline: virtual('NEWLINE'),
  Indent: virtual('INDENT'),
  Dedent: virtual('DEDENT'),
  EndMarker: virtual('ENDMARKER'),
  /** Stands for the pending tokenizer error at the end of a truncated stream. */
  ErrorToken: virtual('ERRORTOKEN'),
  /** The soft keywords `match` / `case` when they start a match statement / case block (see `layout`). */
  MatchKw: virtual('match'),
  CaseKw: virtual('case'),
  Invalid,

  False: virtual('False'), None: virtual('None'), True: virtual('True'), And: virtual('and'), As: virtual('as'),
  Assert: virtual('assert'), Async: virtual('async'), Await: virtual('await'), Break: virtual('break'),
  Class: virtual('class'), Continue: virtual('continue'), Def: virtual('def'), Del: virtual('del'),
  Elif: virtual('elif'), Else: virtual('else'), Except: virtual('except'), Finally: virtual('finally'),
  For: virtual('for'), From: virtual('from'), Global: virtual('global'), If: virtual('if'),
  Import: virtual('import'), In: virtual('in'), Is: virtual('is'), Lambda: virtual('lambda'),
  Nonlocal: virtual('nonlocal'), Not: virtual('not'), Or: virtual('or'), Pass: virtual('pass'),
  Raise: virtual('raise'), Return: virtual('return'), Try: virtual('try'), While: virtual('while'),
  With: virtual('with'), Yield: virtual('yield'),

  // three-character operators first: chevrotain takes the first pattern that matches
  StarStarEq: op('StarStarEq', '**='), SlashSlashEq: op('SlashSlashEq', '//='), LShiftEq: op('LShiftEq', '<<='),
  RShiftEq: op('RShiftEq', '>>='), Ellipsis: op('Ellipsis', '...'),
  StarStar: op('StarStar', '**'), SlashSlash: op('SlashSlash', '//'), LShift: op('LShift', '<<'),
  RShift: op('RShift', '>>'), LtEq: op('LtEq', '<='), GtEq: op('GtEq', '>='), EqEq: op('EqEq', '=='),
  NotEq: op('NotEq', '!='), PlusEq: op('PlusEq', '+='), MinusEq: op('MinusEq', '-='), StarEq: op('StarEq', '*='),
  SlashEq: op('SlashEq', '/='), PercentEq: op('PercentEq', '%='), AmpEq: op('AmpEq', '&='), PipeEq: op('PipeEq', '|='),
  CaretEq: op('CaretEq', '^='), AtEq: op('AtEq', '@='), Arrow: op('Arrow', '->'), ColonEq: op('ColonEq', ':='),
  LParen: op('LParen', '('), RParen: op('RParen', ')'), LBracket: op('LBracket', '['), RBracket: op('RBracket', ']'),
  LBrace: op('LBrace', '{'), RBrace: op('RBrace', '}'), Colon: op('Colon', ':'), Comma: op('Comma', ','),
  Semi: op('Semi', ';'), Plus: op('Plus', '+'), Minus: op('Minus', '-'), Star: op('Star', '*'), Slash: op('Slash', '/'),
  Pipe: op('Pipe', '|'), Amp: op('Amp', '&'), Lt: op('Lt', '<'), Gt: op('Gt', '>'), Eq: op('Eq', '='), Dot: op('Dot', '.'),
  Percent: op('Percent', '%'), Tilde: op('Tilde', '~'), Caret: op('Caret', '^'), At: op('At', '@'),
} as const;

/** Every token type, in the order the chevrotain lexer tries them. */
export const allTokenTypes: TokenType[] = [
  Whitespace, Comment, LineBreak, Continuation, StringTok, NumberTok, NameTok,
  ...Object.values(T).filter((t) => typeof t.PATTERN === 'string'),
  Backslash, Invalid,
  ...Object.values(T).filter((t) => t.PATTERN === Lexer.NA),
];

const KEYWORDS: ReadonlyMap<string, TokenType> = new Map(
  ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
    'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']
    .map((k) => [k, Object.values(T).find((t) => t.name === k) as TokenType]),
);

// ------------------------------------------------------------------ tokens

/** The decoded value of a STRING token (or why it cannot be decoded). */
export type StringValue =
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'fstring'; parts: (string | FormattedValue)[] }
  /** `located` errors carry their own position; others are reported at the token after the strings (CPython 3.11). */
  | { kind: 'error'; msg: string; located: ScriptSyntaxError | null; fstring: boolean; bytes: boolean };

export interface Tok extends IToken {
  /** 1-based line. */
  line: number;
  /** 0-based column in code points. */
  col: number;
  /** Bracket nesting depth after this token. */
  level: number;
  /** Decoded literal for NUMBER and STRING tokens. */
  num: NumberValue | null;
  str: StringValue | null;
}

/** A tokenizer error, reported when the parser reaches it or (see `overrides`) fails elsewhere. */
export interface LexFailure {
  msg: string;
  pyType: string;
  line: number;
  column: number;
  incomplete: boolean;
  /**
   * CPython re-tokenizes the rest of the file after a parser error: tokenizer
   * errors that raise an exception replace the parser's error ('always'), an
   * unclosed bracket does so when it was opened on an earlier line than the
   * parser's error ('unclosed'), indentation errors never do ('never').
   */
  overrides: 'always' | 'unclosed' | 'never';
}

export interface LexResult {
  tokens: Tok[];
  failure: LexFailure | null;
  /** Deepest bracket nesting seen (to word stack-overflow errors). */
  maxLevel: number;
}

/** What the lexer needs to know about the text it works on. */
export interface LexContext {
  filename: string;
  /** The whole (newline-normalized) file, for `ScriptSyntaxError.sourceLine`. */
  fileText: string;
  /** Position of `text[0]` in the file (f-string fields are lexed on their own). */
  line: number;
  col: number;
  /** Brackets already open around the text (1 for an f-string field, which CPython parses as `(field)`). */
  level: number;
  /** Parses an f-string field (`text.slice(start, end)` at `line`/`col` of the file); throws ScriptSyntaxError. */
  parseField(text: string, line: number, col: number): Expr;
}

/** Builds a ScriptSyntaxError, taking the offending line from the file text. */
export function makeSyntaxError(
  ctx: { filename: string; fileText: string },
  msg: string,
  line: number,
  column: number,
  pyType = 'SyntaxError',
  incomplete = false,
): ScriptSyntaxError {
  return new ScriptSyntaxError(msg, ctx.filename, line, column, sourceLineOf(ctx.fileText, line), pyType, incomplete);
}

function sourceLineOf(text: string, line: number): string {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Normalizes line endings (CRLF and CR become LF) and drops a leading BOM, as CPython's reader does. */
export function normalizeSource(source: string): string {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text;
}

// ------------------------------------------------------------------ chevrotain lexer

let rawLexer: Lexer | null = null;

/** The chevrotain lexer, built once on first use. */
function getRawLexer(): Lexer {
  rawLexer ??= new Lexer(allTokenTypes, {
    positionTracking: 'onlyOffset',
    ensureOptimizations: true,
    skipValidations: true,
  });
  return rawLexer;
}

/** Builds the chevrotain lexer now (it is otherwise built on first use). */
export function warmUpLexer(): void {
  getRawLexer();
}

// ------------------------------------------------------------------ custom matchers

const MAX_INDENT = 100;
const MAX_LEVEL = 200;
const TAB_SIZE = 8;

interface NumberScan {
  end: number;
  /** Message and index `at` such that CPython's 1-based offset is the column of `at` plus one. */
  error: { msg: string; at: number } | null;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHex(c: number): boolean {
  return isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}
function isIdentChar(c: number): boolean {
  return isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c >= 0x80;
}

/**
 * CPython's number scanner (tokenizer.c), error for error: `i` plays the role
 * of `tok->cur` and `c` of the last character read.
 */
function scanNumber(s: string, start: number): NumberScan | null {
  let i = start;
  let c = 0;
  let error: NumberScan['error'] = null;
  const next = (): number => (c = i < s.length ? s.charCodeAt(i) : -1, i++, c);
  const backup = (): void => void i--;
  const fail = (msg: string): false => ((error = { msg, at: i - 1 }), false);
  const lookahead = (word: string): boolean => {
    for (let k = 0; k < word.length; k++) if (s.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
    const after = i + word.length < s.length ? s.charCodeAt(i + word.length) : -1;
    return !isIdentChar(after);
  };
  // A number directly followed by a keyword that may follow it is allowed (with a warning in CPython).
  const verifyEnd = (ch: number, kind: string): boolean => {
    let keyword = false;
    if (ch === 0x61) keyword = lookahead('nd');
    else if (ch === 0x65) keyword = lookahead('lse');
    else if (ch === 0x66) keyword = lookahead('or');
    else if (ch === 0x69) keyword = [0x66, 0x6e, 0x73].includes(s.charCodeAt(i));
    else if (ch === 0x6f) keyword = lookahead('r');
    else if (ch === 0x6e) keyword = lookahead('ot');
    // Only ASCII letters make a bad number: a non-ASCII character is reported on its own.
    if (!keyword && ch < 0x80 && isIdentChar(ch)) {
      backup();
      return fail(`invalid ${kind} literal`);
    }
    return true;
  };
  const decimalTail = (): boolean => {
    for (;;) {
      do next(); while (isDigit(c));
      if (c !== 0x5f) return true;
      next();
      if (!isDigit(c)) {
        backup();
        return fail('invalid decimal literal');
      }
    }
  };
  const radix = (isValid: (d: number) => boolean, kind: string, digitCheck: boolean): boolean => {
    next();
    do {
      if (c === 0x5f) next();
      if (!isValid(c)) {
        if (digitCheck && isDigit(c)) return fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        backup();
        return fail(`invalid ${kind} literal`);
      }
      do next(); while (isValid(c));
    } while (c === 0x5f);
    if (digitCheck && isDigit(c)) return fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
    return verifyEnd(c, kind);
  };
  // Fraction, exponent and imaginary suffix, entered with `c` just read.
  const floatTail = (afterDot: boolean): boolean => {
    if (afterDot && isDigit(c) && !decimalTail()) return false;
    if (c === 0x65 || c === 0x45) {
      const e = c;
      c = next();
      if (c === 0x2b || c === 0x2d) {
        next();
        if (!isDigit(c)) {
          backup();
          return fail('invalid decimal literal');
        }
      } else if (!isDigit(c)) {
        backup();
        if (!verifyEnd(e, 'decimal')) return false;
        backup(); // the number ends before the 'e'
        c = -2;
        return true;
      }
      if (!decimalTail()) return false;
    }
    if (c === 0x6a || c === 0x4a) {
      next();
      return verifyEnd(c, 'imaginary');
    }
    return verifyEnd(c, 'decimal');
  };

  next();
  let ok: boolean;
  if (c === 0x2e) {
    next();
    if (!isDigit(c)) return null; // just a dot
    ok = floatTail(true);
  } else if (c !== 0x30) {
    ok = decimalTail() && (c === 0x2e ? (next(), floatTail(true)) : floatTail(false));
  } else {
    next();
    const lower = c | 0x20;
    if (lower === 0x78) ok = radix(isHex, 'hexadecimal', false);
    else if (lower === 0x6f) ok = radix((d) => d >= 0x30 && d <= 0x37, 'octal', true);
    else if (lower === 0x62) ok = radix((d) => d === 0x30 || d === 0x31, 'binary', true);
    else ok = scanZeroDecimal();
  }
  if (!ok) return { end: Math.max(i, start + 1), error };
  if (c !== -2) backup();
  return { end: i, error: null };

  // "0", "00", "0_0", "0.5", "0e1", "0j" and the forbidden "012".
  function scanZeroDecimal(): boolean {
    let nonzero = false;
    for (;;) {
      if (c === 0x5f) {
        next();
        if (!isDigit(c)) {
          backup();
          return fail('invalid decimal literal');
        }
      }
      if (c !== 0x30) break;
      next();
    }
    if (isDigit(c)) {
      nonzero = true;
      if (!decimalTail()) return false;
    }
    if (c === 0x2e) {
      next();
      return floatTail(true);
    }
    if (c === 0x65 || c === 0x45 || c === 0x6a || c === 0x4a) return floatTail(false);
    if (nonzero) {
      backup();
      error = {
        msg: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        at: start,
      };
      return false;
    }
    return verifyEnd(c, 'decimal');
  }
}

function matchNumber(text: string, offset: number): CustomPatternMatcherReturn | null {
  const scan = scanNumber(text, offset);
  if (scan === null) return null;
  const result: CustomPatternMatcherReturn = [text.slice(offset, scan.end)];
  if (scan.error) result.payload = scan.error;
  return result;
}

/** Scan result of a string literal, attached as chevrotain payload. */
interface StringScan {
  prefixLength: number;
  quoteLength: 1 | 3;
  terminated: boolean;
}

const PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);

function matchString(text: string, offset: number): CustomPatternMatcherReturn | null {
  let i = offset;
  while (i - offset < 2 && /[rRuUbBfF]/.test(text[i] ?? '')) i++;
  const quote = text.charCodeAt(i);
  if (quote !== 0x27 && quote !== 0x22) return null;
  if (i > offset && !PREFIXES.has(text.slice(offset, i).toLowerCase())) return null;
  const prefixLength = i - offset;
  const triple = text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  const n = text.length;
  let end = -1;
  if (triple) {
    for (let j = i + 3; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x5c) j++;
      else if (c === quote && text.charCodeAt(j + 1) === quote && text.charCodeAt(j + 2) === quote) {
        end = j + 3;
        break;
      }
    }
  } else {
    for (let j = i + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x5c) j++;
      else if (c === quote) {
        end = j + 1;
        break;
      } else if (c === 0x0a) {
        break;
      }
    }
  }
  let stop = end;
  if (end < 0) {
    // Unterminated: a single-quoted string stops at its line end, a triple-quoted one at the end of file.
    stop = n;
    if (!triple) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 0x0a) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
      stop = Math.min(j, n);
    }
  }
  const result: CustomPatternMatcherReturn = [text.slice(offset, stop)];
  const payload: StringScan = { prefixLength, quoteLength: triple ? 3 : 1, terminated: end >= 0 };
  result.payload = payload;
  return result;
}

// ------------------------------------------------------------------ layout pass

/**
 * Lexes `text` (a whole file, or an f-string field, see `LexContext`).
 * Never throws for bad input: see `LexResult.failure`.
 */
export function tokenize(text: string, ctx: LexContext): LexResult {
  const raw = getRawLexer().tokenize(text).tokens;
  return layout(text, raw, ctx);
}

/** Converts chevrotain's raw tokens into the parser's token stream. */
function layout(text: string, raw: IToken[], ctx: LexContext): LexResult {
  const out: Tok[] = [];
  const hasAstral = /[\ud800-\udbff]/.test(text);
  const indents = [0];
  const altIndents = [0];
  const brackets: Tok[] = [];
  let failure = null as LexFailure | null;
  let maxLevel = 0;

  let line = ctx.line;
  let lineStart = 0; // offset in `text` where the current line starts
  let atLineStart = ctx.level === 0; // the next token begins a logical line
  let contCol = -1; // indentation measured before a backslash that opened the logical line
  let lineHasTokens = false;
  let pendingBackslash: { line: number; column: number } | null = null;
  // Indentation depths of the open match statements: their bodies may hold case blocks.
  const matchDepths: number[] = [];

  // Code-point column of the last offset asked for on the current line, so that
  // columns of lines with astral characters cost linear time overall.
  let cachedOffset = 0;
  let cachedCol = ctx.col;
  const colAt = (offset: number): number => {
    const base = line === ctx.line ? ctx.col : 0;
    if (!hasAstral) return base + offset - lineStart;
    if (offset < cachedOffset || cachedOffset < lineStart) {
      cachedOffset = lineStart;
      cachedCol = base;
    }
    for (let k = cachedOffset; k < offset; k++) {
      const c = text.charCodeAt(k);
      if (c < 0xdc00 || c > 0xdfff) cachedCol++;
    }
    cachedOffset = offset;
    return cachedCol;
  };
  const level = (): number => ctx.level + brackets.length;
  const make = (type: TokenType, image: string, offset: number, col = colAt(offset)): Tok => ({
    image,
    startOffset: offset,
    tokenType: type,
    tokenTypeIdx: type.tokenTypeIdx as number,
    line,
    col,
    level: level(),
    num: null,
    str: null,
  });
  const fail = (
    msg: string,
    column: number,
    opts: { pyType?: string; incomplete?: boolean; overrides?: LexFailure['overrides']; line?: number } = {},
  ): void => {
    failure = {
      msg,
      column,
      line: opts.line ?? line,
      pyType: opts.pyType ?? 'SyntaxError',
      incomplete: opts.incomplete ?? false,
      overrides: opts.overrides ?? 'always',
    };
  };
  const newLine = (offset: number): void => {
    line++;
    lineStart = offset;
  };

  /** CPython's indentation width (tabs to the next multiple of 8) and its tabs-as-1 variant. */
  const measureIndent = (from: number, to: number): { col: number; alt: number } => {
    let col = 0;
    let alt = 0;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x20) {
        col++;
        alt++;
      } else if (c === 0x09) {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        alt++;
      } else if (c === 0x0c) {
        col = alt = 0;
      }
    }
    return { col, alt };
  };

  /** Emits INDENT/DEDENT for a logical line starting with `first`; false after an error. */
  const indentation = (first: IToken): boolean => {
    let { col, alt } = measureIndent(lineStart, first.startOffset);
    // A backslash-continued indentation counts up to its first backslash (unless that is at column 0).
    if (contCol > 0) col = alt = contCol;
    const tokCol = colAt(first.startOffset);
    const top = indents.length - 1;
    if (col === indents[top]) {
      if (alt !== altIndents[top]) return tabError();
    } else if (col > indents[top]) {
      if (indents.length >= MAX_INDENT) {
        fail('too many levels of indentation', 1, { pyType: 'IndentationError', overrides: 'never' });
        return false;
      }
      if (alt <= altIndents[top]) return tabError();
      indents.push(col);
      altIndents.push(alt);
      out.push(make(T.Indent, '', first.startOffset, tokCol));
    } else {
      // Check the target level first: CPython emits no DEDENT for an inconsistent one.
      let target = indents.length - 1;
      while (target > 0 && col < indents[target]) target--;
      if (col === indents[target]) {
        while (indents.length - 1 > target) {
          indents.pop();
          altIndents.pop();
          out.push(make(T.Dedent, '', first.startOffset, tokCol));
        }
      }
      if (col !== indents[indents.length - 1]) {
        const eol = text.indexOf('\n', first.startOffset);
        fail('unindent does not match any outer indentation level', colAt(eol < 0 ? text.length : eol) + 1, {
          pyType: 'IndentationError',
          overrides: 'never',
        });
        return false;
      }
      if (alt !== altIndents[altIndents.length - 1]) return tabError();
    }
    return true;
  };
  const tabError = (): false => {
    fail('inconsistent use of tabs and spaces in indentation', 1, { pyType: 'TabError', overrides: 'never' });
    return false;
  };

  for (let r = 0; r < raw.length && failure === null; r++) {
    const t = raw[r];
    const type = t.tokenType;
    if (type === LineBreak) {
      if (level() === 0 && lineHasTokens) {
        out.push(make(T.Newline, '', newlineOffset(r)));
        lineHasTokens = false;
      }
      newLine(t.startOffset + 1);
      if (level() === 0) {
        atLineStart = true;
        contCol = -1;
      }
      pendingBackslash = null;
      continue;
    }
    if (type === Continuation) {
      if (atLineStart && contCol <= 0) contCol = measureIndent(lineStart, t.startOffset).col;
      pendingBackslash = { line, column: colAt(t.startOffset) + 2 };
      newLine(t.startOffset + 2);
      continue;
    }
    pendingBackslash = null;
    if (type === Backslash) {
      // CPython's tokenizer reports these two without raising: later parser errors keep priority.
      if (t.startOffset + 1 >= text.length) {
        fail('unexpected EOF while parsing', colAt(t.startOffset) + 2, { incomplete: true, overrides: 'never' });
      } else {
        fail('unexpected character after line continuation character', colAt(t.startOffset) + 2, { overrides: 'never' });
      }
      break;
    }
    const lineStartToken = atLineStart;
    if (atLineStart) {
      atLineStart = false;
      if (!indentation(t)) break;
      contCol = -1;
    }
    lineHasTokens = true;
    const tok = make(type, t.image, t.startOffset);
    if (!convert(tok, t)) break;
    if (lineStartToken) softKeyword(tok, r);
    out.push(tok);
    if (type === StringTok && t.image.includes('\n')) {
      const last = t.image.lastIndexOf('\n');
      line += countNewlines(t.image);
      lineStart = t.startOffset + last + 1;
    }
  }

  /**
   * `match` and `case` are soft keywords. `match` starts a match statement
   * when followed by a subject and its logical line ends with ':'; `case`
   * starts a case block at the first indentation level inside a match.
   */
  function softKeyword(tok: Tok, r: number): void {
    const depth = indents.length - 1;
    while (matchDepths.length > 0 && matchDepths[matchDepths.length - 1] >= depth) matchDepths.pop();
    if (tok.tokenType !== NameTok || !startsSubject(raw[r + 1])) return;
    if (tok.image === 'match' && lineEndsWithColon(raw, r)) {
      retype(tok, T.MatchKw);
      matchDepths.push(depth);
    } else if (tok.image === 'case' && matchDepths[matchDepths.length - 1] === depth - 1) {
      retype(tok, T.CaseKw);
    }
  }

  /** CPython's NEWLINE token starts at a trailing comment, if any. */
  function newlineOffset(r: number): number {
    const at = raw[r].startOffset;
    const prev = raw[r - 1];
    const from = prev === undefined ? lineStart : prev.startOffset + prev.image.length;
    const hash = text.indexOf('#', from);
    return hash >= 0 && hash < at ? hash : at;
  }

  /**
   * Where CPython locates the end of input: the end of the last physical
   * line, not counting the empty "line" after a final newline.
   */
  function endOfInput(): { line: number; col: number } {
    const end = text.endsWith('\n') ? text.length - 1 : text.length;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const eofLine = ctx.line + countNewlines(text.slice(0, end));
    const base = eofLine === ctx.line ? ctx.col : 0;
    return { line: eofLine, col: base + [...text.slice(start, end)].length };
  }

  /** Keyword mapping, bracket tracking, literal decoding; false after an error. */
  function convert(tok: Tok, t: IToken): boolean {
    const type = t.tokenType;
    if (type === NameTok) return identifier(tok);
    if (type === NumberTok) {
      const scanError = (t.payload as NumberScan['error'] | undefined) ?? null;
      if (scanError !== null) {
        fail(scanError.msg, colAt(scanError.at) + 1);
        return false;
      }
      tok.num = decodeNumber(t.image);
      return true;
    }
    if (type === StringTok) return stringLiteral(tok, t.payload as StringScan);
    if (type === Invalid) return invalidChar(tok);
    const c = t.image;
    if (c === '(' || c === '[' || c === '{') {
      if (level() >= MAX_LEVEL) {
        fail('too many nested parentheses', tok.col + 1);
        return false;
      }
      brackets.push(tok);
      tok.level = level();
      maxLevel = Math.max(maxLevel, tok.level);
    } else if (c === ')' || c === ']' || c === '}') {
      const open = brackets.pop();
      if (open === undefined) {
        fail(`unmatched '${c}'`, tok.col + 1);
        return false;
      }
      const expected = open.image === '(' ? ')' : open.image === '[' ? ']' : '}';
      if (c !== expected) {
        const where = open.line !== tok.line ? ` on line ${open.line}` : '';
        fail(`closing parenthesis '${c}' does not match opening parenthesis '${open.image}'${where}`, tok.col + 1);
        return false;
      }
      tok.level = level();
    }
    return true;
  }

  function identifier(tok: Tok): boolean {
    const word = tok.image;
    const keyword = KEYWORDS.get(word);
    if (keyword !== undefined) {
      retype(tok, keyword);
      return true;
    }
    if (!/[^\x00-\x7f]/.test(word)) return true;
    // Non-ASCII identifiers: NFKC-normalized, then checked against XID like CPython.
    const normalized = word.normalize('NFKC');
    if (/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(normalized)) {
      tok.image = normalized;
      return true;
    }
    let k = 0;
    for (const ch of word) {
      const ok = k === 0 ? /^[\p{XID_Start}_]/u.test(ch.normalize('NFKC')) : /^\p{XID_Continue}+$/u.test(ch.normalize('NFKC'));
      if (!ok) {
        fail(badCharMessage(ch), tok.col + [...word.slice(0, k)].length + 1);
        return false;
      }
      k += ch.length;
    }
    fail(badCharMessage(word[0]), tok.col + 1);
    return false;
  }

  function invalidChar(tok: Tok): boolean {
    const ch = tok.image;
    if ('$?!`'.includes(ch)) return true; // the parser reports "invalid syntax" at it
    fail(ch === '\0' ? 'source code cannot contain null bytes' : badCharMessage(ch), tok.col + 1);
    return false;
  }

  function stringLiteral(tok: Tok, scan: StringScan): boolean {
    const image = tok.image;
    if (!scan.terminated) {
      const detected = scan.quoteLength === 3 ? endOfInput().line : line + countNewlines(image);
      if (scan.quoteLength === 3) {
        fail(`unterminated triple-quoted string literal (detected at line ${detected})`, tok.col + 1, {
          incomplete: true,
        });
      } else {
        fail(`unterminated string literal (detected at line ${detected})`, tok.col + 1);
      }
      return false;
    }
    const flags = stringFlags(image.slice(0, scan.prefixLength));
    const bodyStart = scan.prefixLength + scan.quoteLength;
    const body = image.slice(bodyStart, image.length - scan.quoteLength);
    if (flags.fstring) {
      tok.str = fstringLiteral(tok, body, bodyStart, flags.raw);
    } else if (flags.bytes) {
      if (/[^\x00-\x7f]/.test(body)) {
        tok.str = {
          kind: 'error',
          msg: 'bytes can only contain ASCII literal characters',
          located: makeSyntaxError(ctx, 'bytes can only contain ASCII literal characters', tok.line, tok.col + 1),
          fstring: false,
          bytes: true,
        };
      } else {
        const value = decodeBytes(body, flags.raw);
        tok.str = isLiteralError(value)
          ? { kind: 'error', msg: value.message, located: null, fstring: false, bytes: true }
          : { kind: 'bytes', value };
      }
    } else {
      const value = flags.raw ? body : decodeStrEscapes(body);
      tok.str = isLiteralError(value)
        ? { kind: 'error', msg: value.message, located: null, fstring: false, bytes: false }
        : { kind: 'str', value };
    }
    return true;
  }

  /** Splits an f-string and parses its fields now, while the parser is free (see parser.ts). */
  function fstringLiteral(tok: Tok, body: string, bodyStart: number, rawMode: boolean): StringValue {
    const base = tok.startOffset + bodyStart;
    // Lines after the first start at column 0 of the file: f-string text is verbatim source.
    // Fields are located in increasing order: advance a cursor instead of rescanning (linear, not quadratic).
    let atOffset = tok.startOffset;
    let atLine = tok.line;
    let atCol = tok.col;
    const posAt = (k: number): { line: number; col: number } => {
      const target = base + k;
      if (target < atOffset) {
        atOffset = tok.startOffset;
        atLine = tok.line;
        atCol = tok.col;
      }
      while (atOffset < target) {
        const c = text.charCodeAt(atOffset++);
        if (c === 10) {
          atLine++;
          atCol = 0;
        } else if (!isLowSurrogateAfterHigh(text, atOffset - 1)) {
          atCol++; // columns count code points, as CPython's do
        }
      }
      return { line: atLine, col: atCol };
    };
    try {
      const parts = parseFStringBody(body, rawMode, {
        posAt,
        parseField: (start, end) => {
          const at = posAt(start);
          return ctx.parseField(body.slice(start, end), at.line, at.col);
        },
      });
      return { kind: 'fstring', parts };
    } catch (e) {
      if (e instanceof FStringError) return { kind: 'error', msg: e.message, located: null, fstring: true, bytes: false };
      if (e instanceof ScriptSyntaxError) return { kind: 'error', msg: e.msg, located: e, fstring: true, bytes: false };
      throw e;
    }
  }

  // End of input: close the logical line, the blocks and report open brackets.
  if (failure === null) {
    const { line: eofLine, col: endCol } = endOfInput();
    if (brackets.length > 0) {
      const open = brackets[brackets.length - 1];
      fail(`'${open.image}' was never closed`, open.col + 1, {
        line: open.line,
        incomplete: true,
        overrides: 'unclosed',
      });
    } else if (pendingBackslash !== null) {
      fail('unexpected EOF while parsing', pendingBackslash.column, {
        line: pendingBackslash.line,
        incomplete: true,
        overrides: 'never',
      });
    } else {
      line = eofLine;
      if (lineHasTokens && level() === 0) {
        const last = raw[raw.length - 1];
        const hash = last === undefined ? -1 : text.indexOf('#', last.startOffset + last.image.length);
        out.push(hash >= 0 ? make(T.Newline, '', hash) : make(T.Newline, '', text.length, endCol));
      }
      for (let k = 1; k < indents.length; k++) out.push(make(T.Dedent, '', text.length, endCol));
      out.push(make(T.EndMarker, '', text.length, endCol));
    }
  }
  if (failure !== null) {
    const f: LexFailure = failure;
    const errTok = make(T.ErrorToken, '', text.length);
    errTok.line = f.line;
    errTok.col = Math.max(0, f.column - 1);
    out.push(errTok);
  }
  return { tokens: out, failure, maxLevel };
}

/** Raw tokens that can start an expression (the subject of `match`, the pattern of `case`). */
const SUBJECT_STARTS = new Set(['(', '[', '{', '-', '+', '~', '*', 'not', 'lambda', 'None', 'True', 'False', 'await', '...']);

function retype(tok: Tok, type: TokenType): void {
  tok.tokenType = type;
  tok.tokenTypeIdx = type.tokenTypeIdx as number;
}

function startsSubject(t: IToken | undefined): boolean {
  if (t === undefined) return false;
  const type = t.tokenType;
  return type === NumberTok || type === StringTok || SUBJECT_STARTS.has(t.image) ||
    (type === NameTok && !KEYWORDS.has(t.image));
}

/** Whether the logical line starting at raw token `at` ends with ':'. */
function lineEndsWithColon(raw: IToken[], at: number): boolean {
  let depth = 0;
  let last: IToken = raw[at];
  for (let k = at + 1; k < raw.length; k++) {
    const t = raw[k];
    if (t.tokenType === Continuation) continue;
    if (t.tokenType === LineBreak) {
      if (depth <= 0) break;
      continue;
    }
    const c = t.image;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    last = t;
  }
  return last.image === ':';
}

function isLowSurrogateAfterHigh(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const prev = text.charCodeAt(i - 1);
  return prev >= 0xd800 && prev <= 0xdbff;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) n++;
  return n;
}

function badCharMessage(ch: string): string {
  const cp = ch.codePointAt(0) as number;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  // CPython: str.isprintable() decides between the two messages.
  if (/[\p{C}\p{Z}]/u.test(ch) && ch !== ' ') return `invalid non-printable character U+${hex}`;
  return `invalid character '${ch}' (U+${hex})`;
}
