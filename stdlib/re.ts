/**
 * The `re` module: Python regular expressions on RE2's linear-time engine
 * (the `re2js` package), so no pattern can take exponential time on any input.
 *
 * Layers, top to bottom:
 *   - `re` (Python source at the end of this file): the public functions, the
 *     pattern cache, `RegexFlag` and `escape`, written in Python so that
 *     argument errors read exactly like CPython's Python-level functions;
 *   - `_re` (native): `compile`, the `Pattern` and `Match` types and `error`;
 *   - a parser of Python's regex syntax (CPython's error messages and
 *     positions) producing a small AST;
 *   - an emitter that translates the AST to RE2 syntax with Python's meaning
 *     (`\d`, `\w`, `\s` as Unicode classes, `$` before a final newline, `.`
 *     without newline, case folding restricted to ASCII in ASCII mode...);
 *   - the matching loop: positions in code points, `pos`/`endpos`, CPython
 *     3.7+ rules for empty matches, templates and callable replacements.
 *
 * What RE2 cannot run is refused with `re.error` saying why: backreferences,
 * look-ahead, atomic groups, possessive repeats, conditionals, capturing
 * groups inside a look-behind and repeat counts above 1000. Look-behind
 * itself is supported (re2js runs it in linear time). `\b` and `\B` use RE2's
 * ASCII notion of a word character.
 */
import { RE2JS } from 're2js';
import type { ModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { lookupUnicodeName } from '../core/literals.js';
import { PyBoxed, PyClass, PyObject, type Value } from '../core/runtime/object.js';
import { MappingProxyType, None, NotImplemented as NotImplementedValue, ObjectType, StrType, TypeType, builtinType } from '../core/runtime/types.js';
import {
  ExceptionType, PyBaseException, indexError, makeException, overflowError, typeError, valueError,
} from '../core/runtime/exceptions.js';
import { PyBuiltin, defineGetSets, defineMethods, type NativeFn } from '../core/runtime/function.js';
import { PyByteArray, PyBytes, PyList, tuple } from '../core/runtime/values.js';
import { PyDict } from '../core/runtime/dict.js';
import { argSpec, parseArgs, type ArgSpec } from '../core/runtime/args.js';
import { repr, str as strOf, typeName } from '../core/runtime/ops.js';
import { callValue } from '../core/runtime/call.js';
import { indexValue } from '../core/runtime/subscript.js';
import { pyHash } from '../core/runtime/hashing.js';
import { CallableIteratorType, DONE, PyIterator, type Next } from '../core/runtime/iter.js';
import { classGetItem } from '../core/runtime/methods/list.js';
import type { Runtime } from '../core/runtime/runtime.js';

// ============================================================================ flags

const F_TEMPLATE = 1;
const F_IGNORECASE = 2;
const F_LOCALE = 4;
const F_MULTILINE = 8;
const F_DOTALL = 16;
const F_UNICODE = 32;
const F_VERBOSE = 64;
const F_DEBUG = 128;
const F_ASCII = 256;
const TYPE_FLAGS = F_ASCII | F_LOCALE | F_UNICODE;
const GLOBAL_FLAGS = F_DEBUG | F_TEMPLATE;

/** Inline flag letters, as in `(?i)` or `(?s:...)`. */
const FLAG_LETTERS: Record<string, number> = { i: F_IGNORECASE, L: F_LOCALE, m: F_MULTILINE, s: F_DOTALL, x: F_VERBOSE, a: F_ASCII, t: F_TEMPLATE, u: F_UNICODE };

/** Flag names in the order `Pattern.__repr__` shows them. */
const REPR_FLAG_NAMES: [number, string][] = [
  [F_TEMPLATE, 'TEMPLATE'], [F_IGNORECASE, 'IGNORECASE'], [F_LOCALE, 'LOCALE'], [F_MULTILINE, 'MULTILINE'],
  [F_DOTALL, 'DOTALL'], [F_UNICODE, 'UNICODE'], [F_VERBOSE, 'VERBOSE'], [F_DEBUG, 'DEBUG'], [F_ASCII, 'ASCII'],
];

const MAXREPEAT = 4294967295;
const MAXGROUPS = 2147483647;
/** RE2's largest repeat count. */
const RE2_MAX_REPEAT = 1000;
/** Refuse patterns whose RE2 program would exceed about this many instructions. */
const MAX_PROGRAM_SIZE = 200_000;
const ENGINE = 'the linear-time regex engine';

// ============================================================================ re.error

/** `re.error`: shared by all interpreters (builtin, so scripts cannot modify it). */
export const ReErrorType = new PyClass('error', [ExceptionType], { builtin: true, instanceDict: true, module: 're' });
ReErrorType.cls = TypeType;
ReErrorType.dict.set('__doc__', 'Exception raised for invalid regular expressions.\n\n'
  + 'Attributes: msg (the unformatted message), pattern, pos (index in the pattern\n'
  + 'where compilation failed, or None), lineno and colno (or None).');

/** The line and column of `pos` in a str or bytes pattern, and whether the pattern has several lines. */
function lineAndColumn(pattern: Value, pos: number): [number, number, boolean] {
  const chars = typeof pattern === 'string' ? Array.from(pattern) : pattern instanceof PyBytes ? Array.from(latin1(pattern.b)) : null;
  if (chars === null) return [1, pos + 1, false];
  let lines = 1;
  let lastNewline = -1;
  for (let i = 0; i < pos && i < chars.length; i++) {
    if (chars[i] === '\n') {
      lines++;
      lastNewline = i;
    }
  }
  return [lines, pos - lastNewline, chars.includes('\n')];
}

/** Fills in an `re.error` instance: msg, pattern, pos, lineno, colno and its one-line message. */
function initReError(rt: Runtime, e: PyBaseException, msg: Value, pattern: Value, pos: Value): void {
  e.dict.set('msg', msg);
  e.dict.set('pattern', pattern);
  e.dict.set('pos', pos);
  let text = strOf(rt, msg);
  if (pattern !== None && pos !== None) {
    const p = indexValue(rt, pos);
    if (p === undefined) throw typeError(`%d format: a real number is required, not ${typeName(pos)}`);
    text = `${text} at position ${p}`;
    const [line, col, multiline] = lineAndColumn(pattern, Number(p));
    e.dict.set('lineno', line);
    e.dict.set('colno', col);
    if (multiline) text = `${text} (line ${line}, column ${col})`;
  } else {
    e.dict.set('lineno', None);
    e.dict.set('colno', None);
  }
  e.args = tuple([text]);
}

const errorInitSpec = argSpec('error', ['msg', 'pattern?', 'pos?']);
defineMethods(ReErrorType, {
  __init__(rt, args, kwnames) {
    const [msg, pattern, pos] = parseArgs(errorInitSpec, args, kwnames, 1);
    initReError(rt, args[0] as PyBaseException, msg, pattern ?? None, pos ?? None);
    return None;
  },
});

/** A new `re.error(msg, pattern, pos)`. */
function reError(rt: Runtime, msg: string, pattern: Value, pos: number | null): PyBaseException {
  const e = makeException(ReErrorType, msg);
  initReError(rt, e, msg, pos === null ? None : pattern, pos === null ? None : pos);
  return e;
}

/** A pattern error found while parsing; `translate` turns it into `re.error`. */
class ParseError {
  constructor(readonly msg: string, readonly pos: number | null) {}
}

// ============================================================================ syntax tree

type Category = 'd' | 'D' | 'w' | 'W' | 's' | 'S';
type SetItem = { k: 'range'; lo: number; hi: number } | { k: 'cat'; cat: Category };
type AtKind = 'begin' | 'end' | 'beginString' | 'endString' | 'boundary' | 'nonBoundary';

/** A parsed pattern. Flags apply through `flags` nodes (scoped) and the global flags. */
type Node =
  | { k: 'lit'; cp: number }
  | { k: 'any' }
  | { k: 'set'; neg: boolean; items: SetItem[] }
  | { k: 'at'; at: AtKind }
  | { k: 'group'; id: number; body: Node }
  | { k: 'flags'; add: number; del: number; body: Node }
  | { k: 'alt'; alts: Node[] }
  | { k: 'seq'; items: Node[] }
  | { k: 'rep'; min: number; max: number; lazy: boolean; body: Node }
  | { k: 'behind'; neg: boolean; body: Node }
  | { k: 'refused'; lo: number; hi: number };

const EMPTY: Node = { k: 'seq', items: [] };

// ============================================================================ parser

const SPECIAL_CHARS = '.\\[{()*+?^$|';
const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const WHITESPACE = ' \t\n\r\v\f';
const SIMPLE_ESCAPES: Record<string, number> = { '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92 };
const CATEGORY_ESCAPES = new Set(['\\d', '\\D', '\\s', '\\S', '\\w', '\\W']);
const AT_ESCAPES: Record<string, AtKind> = { '\\A': 'beginString', '\\Z': 'endString', '\\b': 'boundary', '\\B': 'nonBoundary' };

function isAsciiLetter(c: string): boolean {
  return /^[A-Za-z]$/.test(c);
}

/**
 * Python's regex syntax, read token by token like CPython's tokenizer (a
 * token is one character or a backslash pair), so that every error carries
 * the message and position CPython reports.
 */
class RegexParser {
  private readonly chars: string[];
  private index = 0;
  private next: string | null = null;
  flags: number;
  private groupCount = 0;
  readonly names = new Map<string, number>();
  private readonly open = new Set<number>();
  readonly closeAt: number[] = [-1];
  private lookbehindGroups: number | null = null;
  private readonly condRefs = new Map<number, number>();
  refusal: { msg: string; pos: number } | null = null;

  constructor(private readonly rt: Runtime, text: string, readonly isText: boolean, flags: number) {
    this.chars = Array.from(text);
    this.flags = flags;
    this.advance();
  }

  private advance(): void {
    const i = this.index;
    if (i >= this.chars.length) {
      this.next = null;
      return;
    }
    let ch = this.chars[i];
    if (ch === '\\') {
      if (i + 1 >= this.chars.length) throw new ParseError('bad escape (end of pattern)', this.chars.length - 1);
      ch += this.chars[i + 1];
      this.index = i + 2;
    } else {
      this.index = i + 1;
    }
    this.next = ch;
  }

  private match(ch: string): boolean {
    if (this.next === ch) {
      this.advance();
      return true;
    }
    return false;
  }

  private get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }

  private tell(): number {
    return this.index - (this.next === null ? 0 : this.next.length);
  }

  private seek(index: number): void {
    this.index = index;
    this.advance();
  }

  private error(msg: string, offset = 0): ParseError {
    // CPython reports bytes-pattern messages in ASCII with backslash escapes.
    const text = this.isText ? msg : msg.replace(/[^\x00-\x7f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
    return new ParseError(text, this.tell() - offset);
  }

  private getWhile(n: number, charset: string): string {
    let out = '';
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !charset.includes(c)) break;
      out += c;
      this.advance();
    }
    return out;
  }

  private getUntil(terminator: string, name: string): string {
    let out = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (out === '') throw this.error(`missing ${name}`);
        throw this.error(`missing ${terminator}, unterminated name`, Array.from(out).length);
      }
      if (c === terminator) {
        if (out === '') throw this.error(`missing ${name}`, 1);
        return out;
      }
      out += c;
    }
  }

  private checkGroupName(name: string, offset: number): void {
    if (!isIdentifier(this.rt, name)) {
      throw this.error(`bad character in group name ${quoteName(name)}`, Array.from(name).length + offset);
    }
  }

  /** Records the first construct RE2 cannot run; parsing goes on so real syntax errors win. */
  private refuse(msg: string, pos: number): void {
    if (this.refusal === null) this.refusal = { msg, pos };
  }

  // ---------------------------------------------------------------- top level

  parse(): Node {
    return this.parseAlternation(this.flags & F_VERBOSE, 0);
  }

  /** The checks CPython makes once the whole pattern is read (after fixing the flags). */
  finish(): void {
    if (this.next !== null) throw this.error('unbalanced parenthesis');
    for (const [g, pos] of this.condRefs) {
      if (g > this.groupCount) throw new ParseError(`invalid group reference ${g}`, pos);
    }
  }

  get groups(): number {
    return this.groupCount;
  }

  private parseAlternation(verbose: number, nested: number): Node {
    // Each nesting level is a native recursion level: deep nesting hits the depth limit.
    this.rt.enter();
    try {
      const alts: Node[] = [];
      for (;;) {
        alts.push(this.parseSequence(verbose, nested + 1, nested === 0 && alts.length === 0));
        if (!this.match('|')) break;
        if (nested === 0) verbose = this.flags & F_VERBOSE;
      }
      return alts.length === 1 ? alts[0] : { k: 'alt', alts };
    } finally {
      this.rt.leave();
    }
  }

  private parseSequence(verbose: number, nested: number, first: boolean): Node {
    const items: Node[] = [];
    for (;;) {
      const t = this.next;
      if (t === null || t === '|' || t === ')') break;
      this.advance();
      if (verbose) {
        if (WHITESPACE.includes(t)) continue;
        if (t === '#') {
          for (;;) {
            const c = this.get();
            if (c === null || c === '\n') break;
          }
          continue;
        }
      }
      if (t[0] === '\\') items.push(this.parseEscape(t));
      else if (!SPECIAL_CHARS.includes(t)) items.push({ k: 'lit', cp: t.codePointAt(0)! });
      else if (t === '[') items.push(this.parseSet());
      else if ('*+?{'.includes(t)) {
        if (!this.parseRepeat(t, items)) items.push({ k: 'lit', cp: 123 });
      } else if (t === '.') items.push({ k: 'any' });
      else if (t === '(') {
        const node = this.parseGroup(verbose, nested, first && items.length === 0);
        if (node === 'global') verbose = this.flags & F_VERBOSE;
        else if (node !== null) items.push(node);
      } else if (t === '^') items.push({ k: 'at', at: 'begin' });
      else if (t === '$') items.push({ k: 'at', at: 'end' });
    }
    return items.length === 1 ? items[0] : { k: 'seq', items };
  }

  // ---------------------------------------------------------------- repeats

  /** Applies a repeat to the last item; false when `{` turns out to be a literal. */
  private parseRepeat(t: string, items: Node[]): boolean {
    const here = this.tell();
    let min: number;
    let max: number;
    if (t === '?') [min, max] = [0, 1];
    else if (t === '*') [min, max] = [0, MAXREPEAT];
    else if (t === '+') [min, max] = [1, MAXREPEAT];
    else {
      if (this.next === '}') return false;
      [min, max] = [0, MAXREPEAT];
      let lo = '';
      let hi = '';
      while (this.next !== null && this.next.length === 1 && DIGITS.includes(this.next)) lo += this.get();
      if (this.match(',')) {
        while (this.next !== null && this.next.length === 1 && DIGITS.includes(this.next)) hi += this.get();
      } else {
        hi = lo;
      }
      if (!this.match('}')) {
        this.seek(here);
        return false;
      }
      if (lo !== '') {
        min = Number(lo);
        if (min >= MAXREPEAT) throw new OverflowSignal();
      }
      if (hi !== '') {
        max = Number(hi);
        if (max >= MAXREPEAT) throw new OverflowSignal();
        if (max < min) throw this.error('min repeat greater than max repeat', this.tell() - here);
      }
    }
    const last = items.length > 0 ? items[items.length - 1] : null;
    if (last === null || last.k === 'at') throw this.error('nothing to repeat', this.tell() - here + t.length);
    if (last.k === 'rep') throw this.error('multiple repeat', this.tell() - here + t.length);
    const start = here - t.length;
    let lazy = false;
    if (this.match('?')) lazy = true;
    else if (this.match('+')) this.refuse(`possessive quantifiers are not supported by ${ENGINE}`, start);
    if ((min > RE2_MAX_REPEAT || (max > RE2_MAX_REPEAT && max !== MAXREPEAT))) {
      this.refuse(`repetition counts above ${RE2_MAX_REPEAT} are not supported by ${ENGINE}`, start);
    }
    items[items.length - 1] = { k: 'rep', min, max, lazy, body: last };
    return true;
  }

  // ---------------------------------------------------------------- escapes

  private parseEscape(esc: string): Node {
    if (CATEGORY_ESCAPES.has(esc)) return { k: 'set', neg: false, items: [{ k: 'cat', cat: esc[1] as Category }] };
    const at = AT_ESCAPES[esc];
    if (at !== undefined) return { k: 'at', at };
    const simple = SIMPLE_ESCAPES[esc];
    if (simple !== undefined) return { k: 'lit', cp: simple };
    const c = esc[1];
    const cp = this.parseCodeEscape(esc);
    if (cp !== null) return { k: 'lit', cp };
    if (c === '0') {
      const digits = this.getWhile(2, OCTDIGITS);
      return { k: 'lit', cp: parseInt(esc.slice(1) + digits, 8) };
    }
    if (DIGITS.includes(c)) return this.parseNumericEscape(esc);
    if (isAsciiLetter(c)) throw this.error(`bad escape ${esc}`, esc.length);
    return { k: 'lit', cp: c.codePointAt(0)! };
  }

  /** `\x..`, `\u....`, `\U........`, `\N{...}`: the code point, or null for other escapes. */
  private parseCodeEscape(esc: string): number | null {
    const c = esc[1];
    const fixed = c === 'x' ? 2 : this.isText && c === 'u' ? 4 : this.isText && c === 'U' ? 8 : 0;
    if (fixed > 0) {
      const full = esc + this.getWhile(fixed, HEXDIGITS);
      if (full.length !== fixed + 2) throw this.error(`incomplete escape ${full}`, full.length);
      const cp = parseInt(full.slice(2), 16);
      if (cp > 0x10ffff) throw this.error(`bad escape ${full}`, full.length);
      return cp;
    }
    if (this.isText && c === 'N') {
      if (!this.match('{')) throw this.error('missing {');
      const name = this.getUntil('}', 'character name');
      const cp = lookupUnicodeName(name);
      if (cp === undefined) throw this.error(`undefined character name ${quoteName(name)}`, Array.from(name).length + 4);
      return cp;
    }
    return null;
  }

  /** `\1`..`\99` (a backreference) or a three-digit octal escape. */
  private parseNumericEscape(esc: string): Node {
    const start = this.tell() - esc.length;
    if (this.next !== null && this.next.length === 1 && DIGITS.includes(this.next)) {
      esc += this.get();
      if (OCTDIGITS.includes(esc[1]) && OCTDIGITS.includes(esc[2]) && this.next !== null && this.next.length === 1 && OCTDIGITS.includes(this.next)) {
        esc += this.get();
        const cp = parseInt(esc.slice(1), 8);
        if (cp > 0o377) throw this.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
        return { k: 'lit', cp };
      }
    }
    const group = Number(esc.slice(1));
    if (group <= this.groupCount) {
      if (this.open.has(group)) throw this.error('cannot refer to an open group', esc.length);
      this.checkLookbehindGroup(group);
      this.refuse(`backreferences are not supported by ${ENGINE}`, start);
      return { k: 'refused', lo: 0, hi: MAXREPEAT };
    }
    throw this.error(`invalid group reference ${group}`, esc.length - 1);
  }

  private checkLookbehindGroup(group: number): void {
    if (this.lookbehindGroups !== null && group >= this.lookbehindGroups) {
      throw this.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }

  // ---------------------------------------------------------------- sets

  private parseSet(): Node {
    const here = this.tell() - 1;
    const items: SetItem[] = [];
    const neg = this.match('^');
    for (;;) {
      const t = this.get();
      if (t === null) throw this.error('unterminated character set', this.tell() - here);
      if (t === ']' && items.length > 0) break;
      const first = t[0] === '\\' ? this.parseSetEscape(t) : ({ k: 'range', lo: t.codePointAt(0)!, hi: t.codePointAt(0)! } as SetItem);
      if (this.match('-')) {
        const that = this.get();
        if (that === null) throw this.error('unterminated character set', this.tell() - here);
        if (that === ']') {
          items.push(first, { k: 'range', lo: 45, hi: 45 });
          break;
        }
        const second = that[0] === '\\' ? this.parseSetEscape(that) : ({ k: 'range', lo: that.codePointAt(0)!, hi: that.codePointAt(0)! } as SetItem);
        const width = Array.from(t).length + 1 + Array.from(that).length;
        if (first.k !== 'range' || second.k !== 'range' || second.lo < first.lo) {
          throw this.error(`bad character range ${t}-${that}`, width);
        }
        items.push({ k: 'range', lo: first.lo, hi: second.lo });
      } else {
        items.push(first);
      }
    }
    return { k: 'set', neg, items };
  }

  private parseSetEscape(esc: string): SetItem {
    const simple = SIMPLE_ESCAPES[esc];
    if (simple !== undefined) return { k: 'range', lo: simple, hi: simple };
    if (CATEGORY_ESCAPES.has(esc)) return { k: 'cat', cat: esc[1] as Category };
    const c = esc[1];
    const cp = this.parseCodeEscape(esc);
    if (cp !== null) return { k: 'range', lo: cp, hi: cp };
    if (OCTDIGITS.includes(c)) {
      const full = esc + this.getWhile(2, OCTDIGITS);
      const v = parseInt(full.slice(1), 8);
      if (v > 0o377) throw this.error(`octal escape value ${full} outside of range 0-0o377`, full.length);
      return { k: 'range', lo: v, hi: v };
    }
    if (DIGITS.includes(c) || isAsciiLetter(c)) throw this.error(`bad escape ${esc}`, esc.length);
    const v = c.codePointAt(0)!;
    return { k: 'range', lo: v, hi: v };
  }

  // ---------------------------------------------------------------- groups

  /** After `(`: a group, an extension, or 'global' for leading global flags; null for a comment. */
  private parseGroup(verbose: number, nested: number, first: boolean): Node | 'global' | null {
    const start = this.tell() - 1;
    let capture = true;
    let name: string | null = null;
    let add = 0;
    let del = 0;
    if (this.match('?')) {
      const c = this.get();
      if (c === null) throw this.error('unexpected end of pattern');
      if (c === 'P') {
        if (this.match('<')) {
          name = this.getUntil('>', 'group name');
          this.checkGroupName(name, 1);
        } else if (this.match('=')) {
          return this.parseNamedBackref(start);
        } else {
          const d = this.get();
          if (d === null) throw this.error('unexpected end of pattern');
          throw this.error(`unknown extension ?P${d}`, cpLen(d) + 2);
        }
      } else if (c === ':') {
        capture = false;
      } else if (c === '#') {
        for (;;) {
          if (this.next === null) throw this.error('missing ), unterminated comment', this.tell() - start);
          if (this.get() === ')') break;
        }
        return null;
      } else if (c === '=' || c === '!' || c === '<') {
        return this.parseLookaround(c, start, verbose, nested);
      } else if (c === '(') {
        return this.parseConditional(start, verbose, nested);
      } else if (c === '>') {
        capture = false;
        this.refuse(`atomic groups are not supported by ${ENGINE}`, start);
      } else if (FLAG_LETTERS[c] !== undefined || c === '-') {
        const scoped = this.parseFlags(c);
        if (scoped === null) {
          if (!first) throw this.error('global flags not at the start of the expression', this.tell() - start);
          return 'global';
        }
        [add, del] = scoped;
        capture = false;
      } else {
        throw this.error(`unknown extension ?${c}`, cpLen(c) + 1);
      }
    }
    let group = 0;
    if (capture) group = this.openGroup(name);
    const subVerbose = (verbose || (add & F_VERBOSE)) && !(del & F_VERBOSE) ? F_VERBOSE : 0;
    const body = this.parseAlternation(subVerbose, nested + 1);
    if (!this.match(')')) throw this.error('missing ), unterminated subpattern', this.tell() - start);
    if (capture) {
      this.open.delete(group);
      this.closeAt[group] = this.tell();
      return { k: 'group', id: group, body };
    }
    return { k: 'flags', add, del, body };
  }

  private openGroup(name: string | null): number {
    const id = ++this.groupCount;
    if (id > MAXGROUPS) throw this.error('too many groups');
    if (name !== null) {
      const old = this.names.get(name);
      if (old !== undefined) {
        throw this.error(`redefinition of group name ${quoteName(name)} as group ${id}; was group ${old}`, Array.from(name).length + 1);
      }
      this.names.set(name, id);
    }
    this.open.add(id);
    this.closeAt.push(-1);
    return id;
  }

  private parseNamedBackref(start: number): Node {
    const name = this.getUntil(')', 'group name');
    this.checkGroupName(name, 1);
    const gid = this.names.get(name);
    const width = Array.from(name).length + 1;
    if (gid === undefined) throw this.error(`unknown group name ${quoteName(name)}`, width);
    if (this.open.has(gid)) throw this.error('cannot refer to an open group', width);
    this.checkLookbehindGroup(gid);
    this.refuse(`backreferences are not supported by ${ENGINE}`, start);
    return { k: 'refused', lo: 0, hi: MAXREPEAT };
  }

  private parseLookaround(c: string, start: number, verbose: number, nested: number): Node {
    let behind = false;
    if (c === '<') {
      const d = this.get();
      if (d === null) throw this.error('unexpected end of pattern');
      if (d !== '=' && d !== '!') throw this.error(`unknown extension ?<${d}`, cpLen(d) + 2);
      c = d;
      behind = true;
    }
    const outer = this.lookbehindGroups;
    if (behind && outer === null) this.lookbehindGroups = this.groupCount + 1;
    const groupsBefore = this.groupCount;
    const body = this.parseAlternation(verbose, nested + 1);
    if (behind && outer === null) this.lookbehindGroups = null;
    if (!this.match(')')) throw this.error('missing ), unterminated subpattern', this.tell() - start);
    if (!behind) {
      this.refuse(`look-ahead assertions are not supported by ${ENGINE}`, start);
      return { k: 'refused', lo: 0, hi: 0 };
    }
    if (this.groupCount > groupsBefore) this.refuse(`capturing groups inside a look-behind are not supported by ${ENGINE}`, start);
    return { k: 'behind', neg: c === '!', body };
  }

  private parseConditional(start: number, verbose: number, nested: number): Node {
    const condName = this.getUntil(')', 'group name');
    const width = Array.from(condName).length + 1;
    let condGroup: number;
    if (isIdentifier(this.rt, condName)) {
      const g = this.names.get(condName);
      if (g === undefined) throw this.error(`unknown group name ${quoteName(condName)}`, width);
      condGroup = g;
    } else {
      if (!/^[0-9]+$/.test(condName) && !/^\s*[+]?[0-9]+\s*$/.test(condName)) {
        throw this.error(`bad character in group name ${quoteName(condName)}`, width);
      }
      condGroup = Number(condName.trim());
      if (condGroup === 0) throw this.error('bad group number', width);
      if (condGroup >= MAXGROUPS) throw this.error(`invalid group reference ${condGroup}`, width);
      if (!this.condRefs.has(condGroup)) this.condRefs.set(condGroup, this.tell() - width);
    }
    this.checkLookbehindGroup(condGroup);
    const yes = this.parseSequence(verbose, nested + 1, false);
    let no: Node = EMPTY;
    if (this.match('|')) {
      no = this.parseSequence(verbose, nested + 1, false);
      if (this.next === '|') throw this.error('conditional backref with more than two branches');
    }
    if (!this.match(')')) throw this.error('missing ), unterminated subpattern', this.tell() - start);
    this.refuse(`conditional groups are not supported by ${ENGINE}`, start);
    const [ylo, yhi] = nodeWidth(yes);
    const [nlo, nhi] = nodeWidth(no);
    return { k: 'refused', lo: Math.min(ylo, nlo), hi: Math.max(yhi, nhi) };
  }

  /** Inline flags after `(?`: null for global flags `(?i)`, else the scoped [add, del]. */
  private parseFlags(c: string | null): [number, number] | null {
    let add = 0;
    let del = 0;
    if (c !== '-') {
      for (;;) {
        const flag = FLAG_LETTERS[c!];
        if (this.isText && c === 'L') throw this.error("bad inline flags: cannot use 'L' flag with a str pattern");
        if (!this.isText && c === 'u') throw this.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
        add |= flag;
        if ((flag & TYPE_FLAGS) && (add & TYPE_FLAGS) !== flag) throw this.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        c = this.get();
        if (c === null) throw this.error('missing -, : or )');
        if (c === ')' || c === '-' || c === ':') break;
        if (FLAG_LETTERS[c] === undefined) throw this.error(isAlpha(c) ? 'unknown flag' : 'missing -, : or )', cpLen(c));
      }
    }
    if (c === ')') {
      this.flags |= add;
      return null;
    }
    if (add & GLOBAL_FLAGS) throw this.error('bad inline flags: cannot turn on global flag', 1);
    if (c === '-') {
      c = this.get();
      if (c === null) throw this.error('missing flag');
      if (FLAG_LETTERS[c] === undefined) throw this.error(isAlpha(c) ? 'unknown flag' : 'missing flag', cpLen(c));
      for (;;) {
        const flag = FLAG_LETTERS[c];
        if (flag & TYPE_FLAGS) throw this.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= flag;
        c = this.get();
        if (c === null) throw this.error('missing :');
        if (c === ':') break;
        if (FLAG_LETTERS[c] === undefined) throw this.error(isAlpha(c) ? 'unknown flag' : 'missing :', cpLen(c));
      }
    }
    if (del & GLOBAL_FLAGS) throw this.error('bad inline flags: cannot turn off global flag', 1);
    if (add & del) throw this.error('bad inline flags: flag turned on and off', 1);
    return [add, del];
  }
}

/** CPython raises OverflowError (not re.error) for repeat counts of 2**32-1 and more. */
class OverflowSignal {}

/** Incompatible type flags: CPython raises ValueError (not re.error). */
class FlagError {
  constructor(readonly msg: string) {}
}

/** Length in code points (what Python's len() reports). */
function cpLen(s: string): number {
  return Array.from(s).length;
}

function isAlpha(c: string): boolean {
  return /^\p{L}$/u.test(c);
}

/** `str.isidentifier()` exactly as the str type implements it. */
function isIdentifier(rt: Runtime, s: string): boolean {
  const m = StrType.dict.get('isidentifier') as PyBuiltin;
  return m.fn(rt, [s], null) === true;
}

/** repr() of a group or character name inside a message. */
function quoteName(name: string): string {
  const q = name.includes("'") && !name.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of name) {
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch.codePointAt(0)! < 0x20 || ch.codePointAt(0) === 0x7f) out += '\\x' + ch.codePointAt(0)!.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

// ============================================================================ analysis

/** Minimum and maximum width of a node, in characters (MAXREPEAT for unbounded). */
function nodeWidth(n: Node): [number, number] {
  switch (n.k) {
    case 'lit':
    case 'any':
    case 'set':
      return [1, 1];
    case 'at':
    case 'behind':
      return [0, 0];
    case 'refused':
      return [n.lo, n.hi];
    case 'group':
    case 'flags':
      return nodeWidth(n.body);
    case 'alt': {
      let lo = Infinity;
      let hi = 0;
      for (const a of n.alts) {
        const [l, h] = nodeWidth(a);
        lo = Math.min(lo, l);
        hi = Math.max(hi, h);
      }
      return [lo === Infinity ? 0 : lo, hi];
    }
    case 'seq': {
      let lo = 0;
      let hi = 0;
      for (const it of n.items) {
        const [l, h] = nodeWidth(it);
        lo = Math.min(lo + l, MAXREPEAT);
        hi = Math.min(hi + h, MAXREPEAT);
      }
      return [lo, hi];
    }
    case 'rep': {
      const [l, h] = nodeWidth(n.body);
      return [Math.min(l * n.min, MAXREPEAT), Math.min(h * n.max, MAXREPEAT)];
    }
  }
}

/** CPython's compile-time check: every look-behind must have a fixed width. */
function checkLookbehinds(n: Node): void {
  switch (n.k) {
    case 'behind': {
      const [lo, hi] = nodeWidth(n.body);
      if (lo !== hi) throw new ParseError('look-behind requires fixed-width pattern', null);
      checkLookbehinds(n.body);
      return;
    }
    case 'group':
    case 'flags':
    case 'rep':
      checkLookbehinds(n.body);
      return;
    case 'alt':
      n.alts.forEach(checkLookbehinds);
      return;
    case 'seq':
      n.items.forEach(checkLookbehinds);
      return;
    default:
  }
}

/** True when the node can match the empty string. */
function nullable(n: Node): boolean {
  switch (n.k) {
    case 'lit':
    case 'any':
    case 'set':
      return false;
    case 'at':
    case 'behind':
    case 'refused':
      return true;
    case 'group':
    case 'flags':
      return nullable(n.body);
    case 'alt':
      return n.alts.some(nullable);
    case 'seq':
      return n.items.every(nullable);
    case 'rep':
      return n.min === 0 || nullable(n.body);
  }
}

/** True when the node can consume at least one character. */
function consumes(n: Node): boolean {
  return nodeWidth(n)[1] > 0;
}

/** True when the node's preferred (first-tried) way of matching is the empty one. */
function prefersEmpty(n: Node): boolean {
  switch (n.k) {
    case 'lit':
    case 'any':
    case 'set':
      return false;
    case 'at':
    case 'behind':
    case 'refused':
      return true;
    case 'group':
    case 'flags':
      return prefersEmpty(n.body);
    case 'alt':
      return n.alts.length > 0 && prefersEmpty(n.alts[0]);
    case 'seq':
      return n.items.every(prefersEmpty);
    case 'rep':
      if (!consumes(n.body)) return true;
      return n.lazy ? n.min === 0 || prefersEmpty(n.body) : false;
  }
}

/**
 * The empty-only part of a node (its zero-width ways of matching), or null.
 * Used to build the non-empty variant below.
 */
function emptyPart(n: Node): Node | null {
  switch (n.k) {
    case 'lit':
    case 'any':
    case 'set':
      return null;
    case 'at':
    case 'behind':
    case 'refused':
      return n;
    case 'group':
    case 'flags': {
      const b = emptyPart(n.body);
      return b === null ? null : { ...n, body: b };
    }
    case 'alt': {
      const alts = n.alts.map(emptyPart).filter((a): a is Node => a !== null);
      return alts.length === 0 ? null : alts.length === 1 ? alts[0] : { k: 'alt', alts };
    }
    case 'seq': {
      const items: Node[] = [];
      for (const it of n.items) {
        const e = emptyPart(it);
        if (e === null) return null;
        items.push(e);
      }
      return { k: 'seq', items };
    }
    case 'rep': {
      const b = emptyPart(n.body);
      if (n.min === 0) return b === null || n.lazy ? EMPTY : { k: 'rep', min: 0, max: 1, lazy: false, body: b };
      return b;
    }
  }
}

/** The non-empty variant grew too large: the cursor then falls back to skipping ahead. */
class TooComplex {}

/** Bounds on building the non-empty variant (it duplicates parts of the pattern). */
const NE_MAX_NODES = 20_000;
const NE_MAX_NULLABLE_RUN = 32;
/** Mandatory iterations of a nullable repeat spelled out one by one (beyond that, approximated). */
const NE_MAX_UNROLL = 8;

/**
 * Builds the non-empty part of a node: it matches what the node matches
 * except the empty string, preferring alternatives in (nearly) the same
 * order. After an empty match, CPython looks for a non-empty match at the
 * same position before moving on; this variant finds it with RE2.
 */
class NonEmptyBuilder {
  private nodes = 0;

  build(n: Node): Node | null {
    if (++this.nodes > NE_MAX_NODES) throw new TooComplex();
    switch (n.k) {
      case 'lit':
      case 'any':
      case 'set':
        return n;
      case 'at':
      case 'behind':
      case 'refused':
        return null;
      case 'group':
      case 'flags': {
        const b = this.build(n.body);
        return b === null ? null : { ...n, body: b };
      }
      case 'alt': {
        const alts = n.alts.map((a) => this.build(a)).filter((a): a is Node => a !== null);
        return alts.length === 0 ? null : alts.length === 1 ? alts[0] : { k: 'alt', alts };
      }
      case 'seq':
        return this.sequence(n.items, 0, 0);
      case 'rep':
        return this.repeat(n);
    }
  }

  /**
   * A repeat as a sequence: the mandatory iterations (each may be empty, as
   * long as a later one is not) and then the optional ones, which only count
   * when the first of them is non-empty (an empty iteration ends a loop).
   */
  private repeat(n: { min: number; max: number; lazy: boolean; body: Node }): Node | null {
    if (n.max === 0) return null;
    if (n.min === 0 || n.min > NE_MAX_UNROLL || !nullable(n.body)) {
      const b = this.build(n.body);
      if (b === null) return null;
      const more = n.max === MAXREPEAT ? MAXREPEAT : n.max - 1;
      return { k: 'seq', items: [b, { k: 'rep', min: Math.max(n.min - 1, 0), max: more, lazy: n.lazy, body: n.body }] };
    }
    const items: Node[] = new Array(n.min).fill(n.body);
    const extra = n.max === MAXREPEAT ? MAXREPEAT : n.max - n.min;
    if (extra > 0) items.push({ k: 'rep', min: 0, max: extra, lazy: n.lazy, body: n.body });
    return this.sequence(items, 0, 0);
  }

  /** Non-empty matches of items[start..]: a non-empty head then anything, or an empty head then a non-empty rest. */
  private sequence(items: Node[], start: number, run: number): Node | null {
    if (start >= items.length) return null;
    const head = items[start];
    if (start === items.length - 1) return this.build(head);
    const rest: Node = start === items.length - 2 ? items[start + 1] : { k: 'seq', items: items.slice(start + 1) };
    const neHead = this.build(head);
    const eHead = emptyPart(head);
    if (eHead !== null && run >= NE_MAX_NULLABLE_RUN) throw new TooComplex();
    const neTail = eHead === null ? null : this.sequence(items, start + 1, run + 1);
    const viaHead: Node | null = neHead === null ? null : { k: 'seq', items: [neHead, rest] };
    const viaTail: Node | null = eHead === null || neTail === null ? null : { k: 'seq', items: [eHead, neTail] };
    if (viaHead === null) return viaTail;
    if (viaTail === null) return viaHead;
    return { k: 'alt', alts: prefersEmpty(head) ? [viaTail, viaHead] : [viaHead, viaTail] };
  }
}

/** True when a non-multiline `$` (or `\Z`-free end) appears: matching then depends on a final newline. */
function hasPlainDollar(n: Node, flags: number): boolean {
  switch (n.k) {
    case 'at':
      return n.at === 'end' && !(flags & F_MULTILINE);
    case 'flags':
      return hasPlainDollar(n.body, (flags | n.add) & ~n.del);
    case 'group':
    case 'rep':
    case 'behind':
      return hasPlainDollar(n.body, flags);
    case 'alt':
      return n.alts.some((a) => hasPlainDollar(a, flags));
    case 'seq':
      return n.items.some((a) => hasPlainDollar(a, flags));
    default:
      return false;
  }
}

/**
 * Collects the `$` nodes that end the pattern: nothing but groups can follow
 * them. Only those can match before a final newline by consuming it (the
 * newline is given back afterwards); any other `$` matches at the very end.
 */
function terminalDollars(n: Node, atEnd: boolean, out: Set<Node>): void {
  switch (n.k) {
    case 'at':
      if (n.at === 'end' && atEnd) out.add(n);
      return;
    case 'group':
    case 'flags':
      terminalDollars(n.body, atEnd, out);
      return;
    case 'alt':
      for (const a of n.alts) terminalDollars(a, atEnd, out);
      return;
    case 'seq': {
      let tailEmpty = atEnd;
      for (let i = n.items.length - 1; i >= 0; i--) {
        terminalDollars(n.items[i], tailEmpty, out);
        tailEmpty = tailEmpty && onlyGroups(n.items[i]);
      }
      return;
    }
    case 'rep':
      terminalDollars(n.body, atEnd && n.max <= 1, out);
      return;
    case 'behind':
      terminalDollars(n.body, false, out);
      return;
    default:
  }
}

/** True for nodes made of groups only (they match the empty string and test nothing). */
function onlyGroups(n: Node): boolean {
  switch (n.k) {
    case 'group':
    case 'flags':
    case 'rep':
      return onlyGroups(n.body);
    case 'alt':
      return n.alts.every(onlyGroups);
    case 'seq':
      return n.items.every(onlyGroups);
    default:
      return false;
  }
}

/** True when `pred` holds for `n` or for any node inside it. */
function someNode(n: Node, pred: (m: Node) => boolean): boolean {
  if (pred(n)) return true;
  switch (n.k) {
    case 'group':
    case 'flags':
    case 'rep':
    case 'behind':
      return someNode(n.body, pred);
    case 'alt':
      return n.alts.some((a) => someNode(a, pred));
    case 'seq':
      return n.items.some((i) => someNode(i, pred));
    default:
      return false;
  }
}

function hasGroup(n: Node): boolean {
  return someNode(n, (m) => m.k === 'group');
}

function hasLookbehind(n: Node): boolean {
  return someNode(n, (m) => m.k === 'behind');
}

/** A rough RE2 instruction count, to refuse patterns that would build huge programs. */
function programSize(n: Node): number {
  switch (n.k) {
    case 'lit':
    case 'any':
    case 'at':
    case 'refused':
      return 1;
    case 'set':
      return 2;
    case 'group':
    case 'flags':
      return programSize(n.body) + 2;
    case 'behind':
      return programSize(n.body) + 4;
    case 'alt':
      return n.alts.reduce((s, a) => s + programSize(a) + 1, 0);
    case 'seq':
      return n.items.reduce((s, a) => s + programSize(a), 0);
    case 'rep': {
      const copies = n.max === MAXREPEAT ? Math.max(n.min, 1) : n.max;
      return Math.min(programSize(n.body) * copies + 2, Number.MAX_SAFE_INTEGER);
    }
  }
}

// ============================================================================ character sets

type Ranges = [number, number][];
const MAX_CP = 0x10ffff;

/** Sorted, merged ranges. */
function normalizeRanges(r: Ranges): Ranges {
  const sorted = r.slice().sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function complementRanges(r: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (const [lo, hi] of normalizeRanges(r)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return out;
}

/** Adds the other-case ASCII letter of every ASCII letter in the ranges (ASCII-only IGNORECASE). */
function asciiFold(r: Ranges): Ranges {
  const extra: Ranges = [];
  for (const [lo, hi] of r) {
    for (const [a, z, delta] of [[65, 90, 32], [97, 122, -32]]) {
      const from = Math.max(lo, a);
      const to = Math.min(hi, z);
      if (from <= to) extra.push([from + delta, to + delta]);
    }
  }
  return normalizeRanges(r.concat(extra));
}

const ASCII_DIGIT: Ranges = [[48, 57]];
const ASCII_WORD: Ranges = [[48, 57], [65, 90], [95, 95], [97, 122]];
const ASCII_SPACE: Ranges = [[9, 13], [32, 32]];
/** `str.isspace()` characters: what `\s` matches in a Unicode pattern. */
const UNICODE_SPACE: Ranges = [
  [9, 13], [0x1c, 0x20], [0x85, 0x85], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000],
];

let unicodeWordRanges: Ranges | null = null;
let unicodeDigitRanges: Ranges | null = null;

/** Code point ranges matching a JS property regex (computed once, only for set algebra RE2 cannot express). */
function rangesOf(test: RegExp): Ranges {
  const out: Ranges = [];
  let start = -1;
  // Planes 4-13 hold no letters or digits; stop after plane 3.
  for (let cp = 0; cp <= 0x40000; cp++) {
    const hit = test.test(String.fromCodePoint(cp));
    if (hit && start < 0) start = cp;
    else if (!hit && start >= 0) {
      out.push([start, cp - 1]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, 0x40000]);
  return out;
}

function categoryRanges(cat: Category, ascii: boolean): Ranges {
  const lower = cat.toLowerCase();
  let base: Ranges;
  if (lower === 'd') base = ascii ? ASCII_DIGIT : (unicodeDigitRanges ??= rangesOf(/^\p{Nd}$/u));
  else if (lower === 'w') base = ascii ? ASCII_WORD : (unicodeWordRanges ??= normalizeRanges(rangesOf(/^[\p{L}\p{N}]$/u).concat([[95, 95]])));
  else base = ascii ? ASCII_SPACE : UNICODE_SPACE;
  return cat === lower ? base : complementRanges(base);
}

function cpEscape(cp: number): string {
  if ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return String.fromCharCode(cp);
  return `\\x{${cp.toString(16)}}`;
}

function rangesBody(r: Ranges): string {
  return r.map(([lo, hi]) => (lo === hi ? cpEscape(lo) : `${cpEscape(lo)}-${cpEscape(hi)}`)).join('');
}

function classOf(r: Ranges): string {
  return r.length === 0 ? `[^\\x{0}-\\x{10ffff}]` : `[${rangesBody(r)}]`;
}

/** RE2 class text of a Unicode category RE2 can express directly (else null). */
function unicodeCategoryBody(cat: Category): string | null {
  switch (cat) {
    case 'd':
      return '\\p{Nd}';
    case 'D':
      return '\\P{Nd}';
    case 'w':
      return '\\p{L}\\p{N}_';
    case 's':
      return rangesBody(UNICODE_SPACE);
    default:
      return null;
  }
}

// ============================================================================ emitter (AST -> RE2 syntax)

/** Which RE2 program to build from a pattern. */
type Variant = 'plain' | 'nl' | 'ne' | 'ne-nl' | 'full';

/** The flags inside a `(?flags:...)` group. */
function scopedFlags(flags: number, add: number, del: number): number {
  if (add & TYPE_FLAGS) flags &= ~TYPE_FLAGS;
  return (flags | add) & ~del;
}

/**
 * Translates a parsed pattern to RE2 syntax. Every flag is spelled out at
 * the atom it affects, so the RE2 program needs no global flags. Capturing
 * groups may be emitted more than once (the non-empty variant duplicates
 * parts), so each user group maps to the RE2 groups that stand for it.
 */
class Emitter {
  private re2Groups = 0;
  readonly copies: number[][];
  readonly markers: number[] = [];

  constructor(
    private readonly isText: boolean,
    groups: number,
    private readonly dollarNewline: boolean,
    /** The `$` nodes nothing can follow (see terminalDollars). */
    private readonly terminal: Set<Node>,
  ) {
    this.copies = Array.from({ length: groups + 1 }, () => []);
  }

  get groupCount(): number {
    return this.re2Groups;
  }

  private asciiMode(flags: number): boolean {
    return !this.isText || (flags & (F_ASCII | F_LOCALE)) !== 0;
  }

  emit(n: Node, flags: number): string {
    switch (n.k) {
      case 'lit':
        return this.literal(n.cp, flags);
      case 'any':
        return flags & F_DOTALL ? '(?s:.)' : '[^\\n]';
      case 'set':
        return this.set(n, flags);
      case 'at':
        return this.anchor(n, n.at, flags);
      case 'group': {
        const index = ++this.re2Groups;
        this.copies[n.id].push(index);
        return `(${this.emit(n.body, flags)})`;
      }
      case 'flags':
        return `(?:${this.emit(n.body, scopedFlags(flags, n.add, n.del))})`;
      case 'alt':
        return `(?:${n.alts.map((a) => this.emit(a, flags)).join('|')})`;
      case 'seq':
        return n.items.map((it) => this.emit(it, flags)).join('');
      case 'rep':
        return this.repeat(n, flags);
      case 'behind':
        return `(?<${n.neg ? '!' : '='}${this.emit(n.body, flags)})`;
      case 'refused':
        return '';
    }
  }

  private repeat(n: { min: number; max: number; lazy: boolean; body: Node }, flags: number): string {
    const loop = `(?:${this.emit(n.body, flags)})${quantifier(n.min, n.max)}${n.lazy ? '?' : ''}`;
    if (n.lazy || n.max !== MAXREPEAT || !nullable(n.body)) return loop;
    // After its last non-empty iteration, CPython tries one more (empty) iteration and keeps
    // the groups it sets; RE2 stops instead. Spell that iteration out when it sets groups.
    const last = emptyPart(n.body);
    return last !== null && hasGroup(last) ? `${loop}(?:${this.emit(last, flags)})?` : loop;
  }

  private literal(cp: number, flags: number): string {
    const text = cpEscape(cp);
    if (!(flags & F_IGNORECASE)) return text;
    if (this.asciiMode(flags)) {
      const isLetter = (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
      return isLetter ? `[${String.fromCharCode(cp & ~32)}${String.fromCharCode(cp | 32)}]` : text;
    }
    return `(?i:${text})`;
  }

  private set(n: { neg: boolean; items: SetItem[] }, flags: number): string {
    const fold = (flags & F_IGNORECASE) !== 0;
    if (this.asciiMode(flags)) {
      let r = this.explicitRanges(n.items, true);
      if (fold) r = asciiFold(r);
      return classOf(n.neg ? complementRanges(r) : r);
    }
    let cls: string;
    const bodies = n.items.map((it) => (it.k === 'range' ? rangesBody([[it.lo, it.hi]]) : unicodeCategoryBody(it.cat)));
    if (bodies.every((b) => b !== null)) {
      cls = `[${n.neg ? '^' : ''}${bodies.join('')}]`;
    } else {
      const r = this.explicitRanges(n.items, false);
      cls = classOf(n.neg ? complementRanges(r) : r);
    }
    return fold ? `(?i:${cls})` : cls;
  }

  private explicitRanges(items: SetItem[], ascii: boolean): Ranges {
    const r: Ranges = [];
    for (const it of items) {
      if (it.k === 'range') r.push([it.lo, it.hi]);
      else r.push(...categoryRanges(it.cat, ascii));
    }
    return normalizeRanges(r);
  }

  private anchor(node: Node, at: AtKind, flags: number): string {
    switch (at) {
      case 'begin':
        return flags & F_MULTILINE ? '(?m:^)' : '\\A';
      case 'end':
        if (flags & F_MULTILINE) return '(?m:$)';
        if (!this.dollarNewline || !this.terminal.has(node)) return '\\z';
        // `$` before a final newline: consume it and mark that it happened (see fixFinalNewline).
        this.markers.push(++this.re2Groups);
        return '(?:\\z|()\\n\\z)';
      case 'beginString':
        return '\\A';
      case 'endString':
        return '\\z';
      case 'boundary':
        return '\\b';
      case 'nonBoundary':
        return '\\B';
    }
  }
}

function quantifier(min: number, max: number): string {
  if (max === MAXREPEAT) return min === 0 ? '*' : min === 1 ? '+' : `{${min},}`;
  if (min === 0 && max === 1) return '?';
  return min === max ? `{${min}}` : `{${min},${max}}`;
}

// ============================================================================ compiled patterns

/** One RE2 program built from a pattern, with the map back to the pattern's groups. */
interface Program {
  readonly re2: ReturnType<RE2JS['re2']>;
  /** RE2 groups to ask for (including group 0). */
  readonly ngroup: number;
  readonly copies: number[][];
  readonly markers: number[];
}

/**
 * A parsed and translated pattern, shared by every interpreter (it holds no
 * script values): the programs are built on first use of each variant.
 */
class CompiledPattern {
  private readonly programs = new Map<Variant, Program | null>();
  /** Python index of each group's closing parenthesis, for `lastindex`. */
  readonly closeAt: number[];
  readonly dollar: boolean;
  readonly lookbehind: boolean;
  private readonly terminal = new Set<Node>();

  constructor(
    readonly isText: boolean,
    readonly flags: number,
    readonly groups: number,
    readonly names: Map<string, number>,
    private readonly root: Node,
    closeAt: number[],
  ) {
    this.closeAt = closeAt;
    this.dollar = hasPlainDollar(root, flags);
    this.lookbehind = hasLookbehind(root);
    terminalDollars(root, true, this.terminal);
  }

  /** The program for a variant; null when the variant can never match (or RE2 refuses it). */
  program(v: Variant): Program | null {
    let p = this.programs.get(v);
    if (p === undefined) {
      p = this.build(v);
      this.programs.set(v, p);
    }
    return p;
  }

  private build(v: Variant): Program | null {
    let root: Node | null = this.root;
    if (v === 'ne' || v === 'ne-nl') {
      try {
        root = new NonEmptyBuilder().build(this.root);
      } catch (e) {
        if (e instanceof TooComplex) return null;
        throw e;
      }
      if (root !== null && programSize(root) > MAX_PROGRAM_SIZE) return null;
    }
    if (root === null) return null;
    const emitter = new Emitter(this.isText, this.groups, v === 'nl' || v === 'ne-nl', this.terminal);
    let src = emitter.emit(root, this.flags);
    if (v === 'full') src = `(?:${src})\\z`;
    try {
      const re = RE2JS.compile(src, this.lookbehind ? RE2JS.LOOKBEHINDS : 0);
      return { re2: re.re2(), ngroup: emitter.groupCount + 1, copies: emitter.copies, markers: emitter.markers };
    } catch (e) {
      if (v === 'plain') throw e;
      return null;
    }
  }
}

/** Process-wide cache of translated patterns (bounded; keyed by kind, flags and text). */
const compiledCache = new Map<string, CompiledPattern>();
const COMPILED_CACHE_SIZE = 256;
/** Longer patterns are not kept in the shared cache (it would hold too much memory). */
const CACHED_PATTERN_CHARS = 4096;

/** Compile errors: re.error, ValueError (flag conflicts) or OverflowError (huge repeat counts). */
function compilePattern(rt: Runtime, pattern: Value, text: string, isText: boolean, flags: number): CompiledPattern {
  const key = `${isText ? 's' : 'b'}${flags}:${text}`;
  const hit = compiledCache.get(key);
  if (hit !== undefined) {
    compiledCache.delete(key);
    compiledCache.set(key, hit);
    return hit;
  }
  rt.charge(text.length + 1);
  const compiled = translate(rt, pattern, text, isText, flags);
  if (text.length > CACHED_PATTERN_CHARS) return compiled;
  if (compiledCache.size >= COMPILED_CACHE_SIZE) compiledCache.delete(compiledCache.keys().next().value!);
  compiledCache.set(key, compiled);
  return compiled;
}

function translate(rt: Runtime, pattern: Value, text: string, isText: boolean, flags: number): CompiledPattern {
  const parser = new RegexParser(rt, text, isText, flags);
  let root: Node;
  try {
    root = parser.parse();
    flags = fixFlags(isText, parser.flags);
    parser.finish();
    checkLookbehinds(root);
  } catch (e) {
    if (e instanceof ParseError) throw reError(rt, e.msg, pattern, e.pos);
    if (e instanceof OverflowSignal) throw overflowError('the repetition number is too large');
    if (e instanceof FlagError) throw valueError(e.msg);
    throw e;
  }
  if (parser.refusal !== null) throw reError(rt, parser.refusal.msg, pattern, parser.refusal.pos);
  const size = programSize(root);
  if (size > MAX_PROGRAM_SIZE) throw reError(rt, `pattern too large for ${ENGINE}`, pattern, null);
  rt.charge(size);
  const compiled = new CompiledPattern(isText, flags, parser.groups, parser.names, root, parser.closeAt);
  try {
    compiled.program('plain');
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
    throw reError(rt, `${ENGINE} cannot run this pattern (${detail})`, pattern, null);
  }
  return compiled;
}

/** CPython's fix_flags: the type flags a str or bytes pattern ends up with. */
function fixFlags(isText: boolean, flags: number): number {
  if (isText) {
    if (flags & F_LOCALE) throw new FlagError('cannot use LOCALE flag with a str pattern');
    if (!(flags & F_ASCII)) return flags | F_UNICODE;
    if (flags & F_UNICODE) throw new FlagError('ASCII and UNICODE flags are incompatible');
    return flags;
  }
  if (flags & F_UNICODE) throw new FlagError('cannot use UNICODE flag with a bytes pattern');
  if ((flags & F_LOCALE) && (flags & F_ASCII)) throw new FlagError('ASCII and LOCALE flags are incompatible');
  return flags;
}

// ============================================================================ subjects

/** Bytes as a latin-1 JS string (one unit per byte). */
function latin1(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
}

function latin1Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** The bytes of a bytes-like value (bytes, bytearray or a subclass), else undefined. */
function bytesOf(v: Value): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.b;
  if (v instanceof PyBoxed && v.value instanceof PyBytes) return v.value.b;
  return undefined;
}

function strValue(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
  return undefined;
}

/**
 * The string a pattern runs on: a JS string (bytes as latin-1) plus, when it
 * holds surrogate pairs, the maps between Python indexes (code points) and
 * UTF-16 offsets. Everything inside the engine works in UTF-16 offsets.
 */
class Subject {
  /** Python length (code points, or bytes). */
  readonly length: number;
  private readonly unitAt: Int32Array | null = null;
  private readonly indexAt: Int32Array | null = null;

  constructor(rt: Runtime, readonly value: Value, readonly isBytes: boolean, readonly text: string) {
    if (isBytes || !/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      this.length = text.length;
      return;
    }
    rt.allocate(8 * (text.length + 1));
    const unitAt = new Int32Array(text.length + 1);
    const indexAt = new Int32Array(text.length + 1);
    let n = 0;
    for (let u = 0; u < text.length; u++) {
      unitAt[n] = u;
      indexAt[u] = n;
      if (isPairAt(text, u)) indexAt[++u] = n;
      n++;
    }
    unitAt[n] = text.length;
    indexAt[text.length] = n;
    this.length = n;
    this.unitAt = unitAt;
    this.indexAt = indexAt;
  }

  /** UTF-16 offset of a Python index (0 <= i <= length). */
  unit(i: number): number {
    return this.unitAt === null ? i : this.unitAt[i];
  }

  /** Python index of a UTF-16 offset (-1 stays -1). */
  index(u: number): number {
    return this.indexAt === null || u < 0 ? u : this.indexAt[u];
  }

  /** The offset one character after `u`. */
  after(u: number): number {
    return this.unitAt !== null && isPairAt(this.text, u) ? u + 2 : u + 1;
  }

  /** The text between two offsets, as the subject's kind (str or bytes). */
  slice(u0: number, u1: number): Value {
    const s = this.text.slice(u0, u1);
    return this.isBytes ? new PyBytes(latin1Bytes(s)) : s;
  }

  /** An empty value of the subject's kind. */
  get empty(): Value {
    return this.isBytes ? new PyBytes(new Uint8Array(0)) : '';
  }
}

function isPairAt(s: string, u: number): boolean {
  const c = s.charCodeAt(u);
  if (c < 0xd800 || c > 0xdbff || u + 1 >= s.length) return false;
  const d = s.charCodeAt(u + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

function subjectOf(rt: Runtime, compiled: CompiledPattern, v: Value): Subject {
  const s = strValue(v);
  if (s !== undefined) {
    if (!compiled.isText) throw typeError('cannot use a bytes pattern on a string-like object');
    return new Subject(rt, v, false, s);
  }
  const b = bytesOf(v);
  if (b !== undefined) {
    if (compiled.isText) throw typeError('cannot use a string pattern on a bytes-like object');
    rt.charge(b.length >> 4);
    rt.allocate(2 * b.length);
    return new Subject(rt, v, true, latin1(b));
  }
  throw typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
}

// ============================================================================ matching

const UNANCHORED = 0;
const ANCHOR_START = 1;
const ANCHOR_BOTH = 2;

/** Group spans of one match, in UTF-16 offsets: [start0, end0, start1, end1, ...], -1 when unmatched. */
type Spans = number[];

/**
 * Runs a compiled pattern over one subject between `start` and `end`
 * (UTF-16 offsets; `end` acts as the end of the string, like CPython's endpos).
 */
class Searcher {
  /** True when a non-multiline `$` must also match before a final newline. */
  private readonly nl: boolean;
  private readonly lookbehindStates = new Map<Program, unknown>();

  constructor(private readonly rt: Runtime, readonly compiled: CompiledPattern, readonly subject: Subject, readonly end: number) {
    this.nl = compiled.dollar && end > 0 && subject.text.charCodeAt(end - 1) === 10;
  }

  /** Leftmost match starting at or after `start`; `keepState` reuses look-behind state for forward scans. */
  search(start: number, keepState = false): Spans | null {
    return this.run(this.compiled.program(this.nl ? 'nl' : 'plain'), start, UNANCHORED, keepState);
  }

  /** A match starting exactly at `start`. */
  matchAt(start: number): Spans | null {
    const prog = this.compiled.program(this.nl ? 'nl' : 'plain');
    // RE2 anchors only at offset 0; elsewhere the leftmost match must start at `start`.
    if (start === 0) return this.run(prog, 0, ANCHOR_START, false);
    const m = this.run(prog, start, UNANCHORED, false);
    return m !== null && m[0] === start ? m : null;
  }

  /** A match from `start` to exactly the end. */
  fullAt(start: number): Spans | null {
    if (start === 0) return this.run(this.compiled.program('plain'), 0, ANCHOR_BOTH, false);
    const m = this.run(this.compiled.program('full'), start, UNANCHORED, false);
    return m !== null && m[0] === start ? m : null;
  }

  /** The preferred non-empty match starting at or after `start` (null when the pattern only matches empty). */
  searchNonEmpty(start: number): Spans | null {
    return this.run(this.compiled.program(this.nl ? 'ne-nl' : 'ne'), start, UNANCHORED, true);
  }

  private run(prog: Program | null, start: number, anchor: number, keepState: boolean): Spans | null {
    if (prog === null || start > this.end) return null;
    let state: unknown = null;
    if (keepState && this.compiled.lookbehind) {
      state = this.lookbehindStates.get(prog);
      if (state === undefined) {
        state = prog.re2.createLookbehindState();
        this.lookbehindStates.set(prog, state);
      }
    }
    const [ok, raw] = prog.re2.matchWithGroup(this.subject.text, start, this.end, anchor, prog.ngroup, state);
    const weight = 1 + (prog.re2.numberOfInstructions() >> 6);
    this.rt.charge(weight * ((ok ? raw[1] : this.end) - start + 1));
    return ok ? this.userSpans(prog, raw) : null;
  }

  /** Maps RE2 groups back to the pattern's groups and undoes the final-newline trick. */
  private userSpans(prog: Program, raw: number[]): Spans {
    const groups = this.compiled.groups;
    const out: Spans = new Array(2 * (groups + 1));
    out[0] = raw[0];
    out[1] = raw[1];
    for (let g = 1; g <= groups; g++) {
      let s = -1;
      let e = -1;
      for (const c of prog.copies[g]) {
        if (raw[2 * c] >= 0 && raw[2 * c + 1] >= e) {
          s = raw[2 * c];
          e = raw[2 * c + 1];
        }
      }
      out[2 * g] = s;
      out[2 * g + 1] = e;
    }
    if (prog.markers.some((m) => raw[2 * m] >= 0)) {
      // `$` matched before the final newline by consuming it: give the newline back.
      for (let i = 0; i < out.length; i++) if (out[i] === this.end) out[i] = this.end - 1;
    }
    return out;
  }
}

/**
 * Successive non-overlapping matches, with CPython 3.7+'s rule for empty
 * matches: after an empty match at `p`, the next match may not be empty at
 * `p` (a non-empty match at `p` is tried first, then the search moves on).
 */
class MatchCursor {
  private done = false;
  private mustAdvance = false;
  /** The last non-empty-variant search: where it started and what it found. */
  private neFrom = -1;
  private neMatch: Spans | null = null;

  constructor(private readonly searcher: Searcher, private pos: number) {}

  next(): Spans | null {
    if (this.done || this.pos > this.searcher.end) return this.finish();
    const pos = this.pos;
    let m = this.searcher.search(pos, true);
    if (m !== null && this.mustAdvance && m[0] === pos && m[1] === pos) m = this.afterEmpty(pos);
    if (m === null) return this.finish();
    this.mustAdvance = m[0] === m[1];
    this.pos = m[1];
    return m;
  }

  private finish(): null {
    this.done = true;
    return null;
  }

  private afterEmpty(pos: number): Spans | null {
    const ne = this.nonEmptyAt(pos);
    if (ne !== null) return ne;
    if (pos >= this.searcher.end) return null;
    return this.searcher.search(this.searcher.subject.after(pos), true);
  }

  /** A non-empty match starting exactly at `pos`, reusing the previous search while it still applies. */
  private nonEmptyAt(pos: number): Spans | null {
    const reusable = this.neFrom >= 0 && this.neFrom <= pos && (this.neMatch === null || this.neMatch[0] >= pos);
    if (!reusable) {
      this.neMatch = this.searcher.searchNonEmpty(pos);
      this.neFrom = pos;
    }
    return this.neMatch !== null && this.neMatch[0] === pos ? this.neMatch : null;
  }
}

// ============================================================================ replacement templates

/** A parsed replacement template: literal pieces (of the template's kind) and group numbers. */
interface Template {
  readonly parts: (Value | number)[];
  /** The replacement itself when it refers to no group. */
  readonly literal: Value | null;
}

/** Reads `\1`, `\g<name>` and escapes in a `sub()` replacement or `Match.expand()` template. */
class TemplateReader {
  private readonly chars: string[];
  private i = 0;
  readonly isText: boolean;

  constructor(private readonly rt: Runtime, private readonly value: Value, text: string, isText: boolean) {
    this.chars = Array.from(text);
    this.isText = isText;
  }

  parse(pattern: PyPattern): Template {
    const parts: (Value | number)[] = [];
    let lit = '';
    const flush = () => {
      if (lit !== '') parts.push(this.isText ? lit : new PyBytes(latin1Bytes(lit)));
      lit = '';
    };
    const addGroup = (g: number, offset: number) => {
      if (g > pattern.compiled.groups) throw this.error(`invalid group reference ${g}`, offset);
      flush();
      parts.push(g);
    };
    while (this.i < this.chars.length) {
      const t = this.token();
      if (t[0] !== '\\') {
        lit += t;
        continue;
      }
      const c = t[1];
      if (c === 'g') {
        const [g, width] = this.namedGroup(pattern);
        addGroup(g, width);
      } else if (c === '0') {
        const digits = this.octalDigits(2);
        lit += String.fromCharCode(parseInt('0' + digits, 8) & 0xff);
      } else if (DIGITS.includes(c)) {
        const [text, octal] = this.numeric(t);
        if (octal !== null) lit += String.fromCodePoint(octal);
        else addGroup(Number(text.slice(1)), text.length - 1);
      } else if (SIMPLE_ESCAPES[t] !== undefined) {
        lit += String.fromCharCode(SIMPLE_ESCAPES[t]);
      } else if (isAsciiLetter(c)) {
        throw this.error(`bad escape ${t}`, t.length);
      } else {
        lit += t;
      }
    }
    flush();
    const literal = parts.length === 1 && typeof parts[0] !== 'number' ? parts[0] : null;
    return { parts, literal };
  }

  private token(): string {
    const ch = this.chars[this.i++];
    if (ch !== '\\') return ch;
    if (this.i >= this.chars.length) throw new ParseErrorAt('bad escape (end of pattern)', this.chars.length - 1);
    return ch + this.chars[this.i++];
  }

  private peekDigit(set: string): boolean {
    const c = this.chars[this.i];
    return c !== undefined && set.includes(c) && c !== '\\';
  }

  private octalDigits(max: number): string {
    let out = '';
    while (out.length < max && this.peekDigit(OCTDIGITS)) out += this.chars[this.i++];
    return out;
  }

  /** `\12` (a group) or `\123` (an octal escape): [escape text, octal value or null]. */
  private numeric(t: string): [string, number | null] {
    if (this.peekDigit(DIGITS)) {
      t += this.chars[this.i++];
      if (OCTDIGITS.includes(t[1]) && OCTDIGITS.includes(t[2]) && this.peekDigit(OCTDIGITS)) {
        t += this.chars[this.i++];
        const v = parseInt(t.slice(1), 8);
        if (v > 0o377) throw this.error(`octal escape value ${t} outside of range 0-0o377`, t.length);
        return [t, v];
      }
    }
    return [t, null];
  }

  /** After `\g`: `<name>` or `<number>`; returns [group, width of "name>"]. */
  private namedGroup(pattern: PyPattern): [number, number] {
    if (this.chars[this.i] !== '<') throw this.error('missing <', 0);
    this.i++;
    let name = '';
    for (;;) {
      if (this.i >= this.chars.length) {
        if (name === '') throw this.error('missing group name', 0);
        throw this.error('missing >, unterminated name', cpLen(name));
      }
      const c = this.chars[this.i++];
      if (c === '>') break;
      name += c;
    }
    const width = cpLen(name) + 1;
    if (name === '') throw this.error('missing group name', 1);
    if (isIdentifier(this.rt, name)) {
      const g = pattern.compiled.names.get(name);
      if (g === undefined) throw indexError(`unknown group name ${quoteName(name)}`);
      return [g, width];
    }
    const m = /^\s*([+-]?)([0-9](?:_?[0-9])*)\s*$/.exec(name);
    const g = m === null ? NaN : Number(m[2].replace(/_/g, ''));
    if (m === null || (m[1] === '-' && g !== 0)) throw this.error(`bad character in group name ${quoteName(name)}`, width);
    if (g >= MAXGROUPS) throw this.error(`invalid group reference ${g}`, width);
    return [g, width];
  }

  private error(msg: string, offset: number): ParseErrorAt {
    return new ParseErrorAt(msg, this.i - offset);
  }

  /** Converts a reader error into `re.error` on the template. */
  fail(e: ParseErrorAt): PyBaseException {
    return reError(this.rt, e.msg, this.value, e.pos);
  }
}

class ParseErrorAt {
  constructor(readonly msg: string, readonly pos: number) {}
}

const TEMPLATE_CACHE_SIZE = 64;
const CACHED_TEMPLATE_CHARS = 1024;

/** The parsed template for `repl` on this pattern (cached on the pattern object). */
function templateFor(rt: Runtime, pattern: PyPattern, repl: Value): Template {
  const s = strValue(repl);
  const b = s === undefined ? bytesOf(repl) : undefined;
  if (s === undefined && b === undefined) throw typeError(`decoding to str: need a bytes-like object, ${typeName(repl)} found`);
  const text = s ?? latin1(b!);
  const key = (s !== undefined ? 's' : 'b') + text;
  const hit = pattern.templates.get(key);
  if (hit !== undefined) return hit;
  rt.charge(text.length + 1);
  const reader = new TemplateReader(rt, repl, text, s !== undefined);
  let t: Template;
  try {
    t = reader.parse(pattern);
  } catch (e) {
    if (e instanceof ParseErrorAt) throw reader.fail(e);
    throw e;
  }
  if (text.length > CACHED_TEMPLATE_CHARS) return t;
  if (pattern.templates.size >= TEMPLATE_CACHE_SIZE) pattern.templates.clear();
  pattern.templates.set(key, t);
  return t;
}

/** Joins str or bytes pieces like `''.join` / `b''.join`, with their error messages. */
function joinPieces(rt: Runtime, pieces: Value[], isBytes: boolean): Value {
  if (!isBytes) {
    let size = 0;
    for (let i = 0; i < pieces.length; i++) {
      const s = strValue(pieces[i]);
      if (s === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeName(pieces[i])} found`);
      pieces[i] = s;
      size += s.length;
    }
    if (size > 4096) rt.checkValueSize(2 * size, 'string');
    rt.allocate(2 * size);
    return pieces.join('');
  }
  const arrays: Uint8Array[] = [];
  let size = 0;
  for (let i = 0; i < pieces.length; i++) {
    const b = bytesOf(pieces[i]);
    if (b === undefined) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(pieces[i])} found`);
    arrays.push(b);
    size += b.length;
  }
  rt.checkValueSize(size, 'bytes');
  rt.allocate(size);
  const out = new Uint8Array(size);
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return new PyBytes(out);
}

/** A template filled in for one match. */
function expandTemplate(rt: Runtime, t: Template, m: PyMatch): Value {
  const pieces = t.parts.map((p) => (typeof p === 'number' ? m.groupValue(p, m.subject.empty) : p));
  return joinPieces(rt, pieces, m.subject.isBytes);
}

// ============================================================================ Pattern and Match

export const PatternType = builtinType('Pattern', ObjectType, { module: 're', subclassable: false });
export const MatchType = builtinType('Match', ObjectType, { module: 're', subclassable: false });

/** A compiled pattern object (per interpreter; the translation itself is shared). */
class PyPattern extends PyObject {
  readonly templates = new Map<string, Template>();
  constructor(readonly compiled: CompiledPattern, readonly source: Value) {
    super();
  }
}
PyPattern.prototype.cls = PatternType;

/** The result of one successful match. */
class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    readonly subject: Subject,
    /** Group spans in UTF-16 offsets. */
    readonly spans: Spans,
    /** `pos` and `endpos` as Python indexes. */
    readonly pos: number,
    readonly endpos: number,
  ) {
    super();
  }

  /** The text of group `g`, or `dflt` when it did not take part in the match. */
  groupValue(g: number, dflt: Value): Value {
    const s = this.spans[2 * g];
    return s < 0 ? dflt : this.subject.slice(s, this.spans[2 * g + 1]);
  }

  /** [start, end] of group `g` as Python indexes (-1, -1 when unmatched). */
  span(g: number): [number, number] {
    return [this.subject.index(this.spans[2 * g]), this.subject.index(this.spans[2 * g + 1])];
  }

  /** The group a `group()`/`start()` argument names (index or name), or IndexError. */
  groupIndex(rt: Runtime, key: Value): number {
    let g = -1;
    if (typeof key === 'string' || (key instanceof PyBoxed && typeof key.value === 'string')) {
      const found = this.pattern.compiled.names.get(strValue(key)!);
      if (found !== undefined) g = found;
    } else if (!(key instanceof PyBytes)) {
      const i = indexValue(rt, key);
      if (i !== undefined && typeof i === 'number') g = i;
    }
    if (g < 0 || g > this.pattern.compiled.groups) throw indexError('no such group');
    return g;
  }

  /** The group that closed last (CPython's `lastindex`), or null. */
  lastIndex(): number | null {
    const { groups, closeAt } = this.pattern.compiled;
    let best: number | null = null;
    for (let g = 1; g <= groups; g++) {
      if (this.spans[2 * g] < 0) continue;
      if (best === null) best = g;
      else {
        const e = this.spans[2 * g + 1];
        const be = this.spans[2 * best + 1];
        if (e > be || (e === be && closeAt[g] > closeAt[best])) best = g;
      }
    }
    return best;
  }
}
PyMatch.prototype.cls = MatchType;

function newMatch(rt: Runtime, p: PyPattern, searcher: Searcher, spans: Spans, pos: number, endpos: number): PyMatch {
  rt.allocate(64 + 8 * spans.length);
  return new PyMatch(p, searcher.subject, spans, pos, endpos);
}

function pat(v: Value): PyPattern {
  return v as PyPattern;
}

function mat(v: Value): PyMatch {
  return v as PyMatch;
}

/** A Py_ssize_t argument (pos, endpos, count, maxsplit). */
function ssize(rt: Runtime, v: Value | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const i = typeof v === 'number' ? v : indexValue(rt, v);
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint' || i > Number.MAX_SAFE_INTEGER || i < -Number.MAX_SAFE_INTEGER) {
    throw overflowError('Python int too large to convert to C ssize_t');
  }
  return i;
}

/** Clamps `pos`/`endpos` like CPython and builds the searcher; null when pos > endpos. */
function prepare(rt: Runtime, p: PyPattern, string: Value, posArg: Value | undefined, endArg: Value | undefined): [Searcher, number, number] {
  const subject = subjectOf(rt, p.compiled, string);
  const clamp = (i: number) => Math.min(Math.max(i, 0), subject.length);
  const pos = clamp(ssize(rt, posArg, 0));
  const endpos = clamp(ssize(rt, endArg, subject.length));
  const searcher = new Searcher(rt, p.compiled, subject, subject.unit(endpos));
  return [searcher, pos, endpos];
}

const searchSpec = (name: string) => argSpec(name, ['string', 'pos?', 'endpos?']);
const SPEC_MATCH = searchSpec('match');
const SPEC_FULLMATCH = searchSpec('fullmatch');
const SPEC_SEARCH = searchSpec('search');
const SPEC_FINDALL = searchSpec('findall');
const SPEC_FINDITER = searchSpec('finditer');
const SPEC_SUB = argSpec('sub', ['repl', 'string', 'count?']);
const SPEC_SUBN = argSpec('subn', ['repl', 'string', 'count?']);
const SPEC_SPLIT = argSpec('split', ['string', 'maxsplit?']);

/** match/fullmatch/search: one match or None. */
function singleMatch(spec: ArgSpec, how: 'match' | 'fullmatch' | 'search'): NativeFn {
  return (rt, args, kwnames) => {
    const p = pat(args[0]);
    const [string, posArg, endArg] = parseArgs(spec, args, kwnames, 1);
    const [searcher, pos, endpos] = prepare(rt, p, string, posArg, endArg);
    if (pos > endpos) return None;
    const start = searcher.subject.unit(pos);
    const spans = how === 'search' ? searcher.search(start) : how === 'match' ? searcher.matchAt(start) : searcher.fullAt(start);
    return spans === null ? None : newMatch(rt, p, searcher, spans, pos, endpos);
  };
}

/** One findall() item: the whole match, the one group, or a tuple of all groups ('' when unmatched). */
function findallItem(p: PyPattern, subject: Subject, spans: Spans): Value {
  const groups = p.compiled.groups;
  const text = (g: number) => (spans[2 * g] < 0 ? subject.empty : subject.slice(spans[2 * g], spans[2 * g + 1]));
  if (groups === 0) return text(0);
  if (groups === 1) return text(1);
  const items: Value[] = [];
  for (let g = 1; g <= groups; g++) items.push(text(g));
  return tuple(items);
}

/** sub() and subn(): the new string and the number of replacements. */
function substitute(rt: Runtime, p: PyPattern, repl: Value, string: Value, countArg: Value | undefined): [Value, number] {
  const count = ssize(rt, countArg, 0);
  const [searcher] = prepare(rt, p, string, undefined, undefined);
  const subject = searcher.subject;
  let template: Template | null = null;
  let literal: Value | null = null;
  const callable = isCallableValue(repl);
  if (!callable) {
    const s = strValue(repl);
    const b = s === undefined ? bytesOf(repl) : undefined;
    if ((s !== undefined && !s.includes('\\')) || (b !== undefined && !b.includes(92))) literal = repl;
    else {
      template = templateFor(rt, p, repl);
      literal = template.literal;
    }
  }
  const pieces: Value[] = [];
  const cursor = new MatchCursor(searcher, 0);
  let last = 0;
  let n = 0;
  while (count === 0 || n < count) {
    if (count < 0) break;
    const spans = cursor.next();
    if (spans === null) break;
    if (last < spans[0]) pieces.push(subject.slice(last, spans[0]));
    let item: Value;
    if (callable) item = callValue(rt, repl, [newMatch(rt, p, searcher, spans, 0, subject.length)], null);
    else if (literal !== null) item = literal;
    else item = expandTemplate(rt, template!, new PyMatch(p, subject, spans, 0, subject.length));
    if (item !== None) pieces.push(item);
    last = spans[1];
    n++;
  }
  if (last < subject.text.length) pieces.push(subject.slice(last, subject.text.length));
  return [joinPieces(rt, pieces, subject.isBytes), n];
}

function isCallableValue(v: Value): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (v instanceof PyClass) return true;
  const call = (v as PyObject).cls.lookup('__call__');
  return call !== undefined && call !== None;
}

/** The flags part of `Pattern.__repr__`: `re.IGNORECASE|re.DOTALL`, or '' for none. */
function flagsRepr(flags: number, isText: boolean): string {
  if (isText && (flags & TYPE_FLAGS) === F_UNICODE) flags &= ~F_UNICODE;
  const names: string[] = [];
  for (const [bit, name] of REPR_FLAG_NAMES) {
    if (flags & bit) {
      names.push(`re.${name}`);
      flags &= ~bit;
    }
  }
  if (flags) names.push(`0x${flags.toString(16)}`);
  return names.join('|');
}

/** `repr()` truncated to `n` characters, as CPython's `%.nR`. */
function truncatedRepr(rt: Runtime, v: Value, n: number): string {
  return Array.from(repr(rt, v)).slice(0, n).join('');
}

const noConstruct = (name: string) => () => {
  throw typeError(`cannot create '${name}' instances`);
};
PatternType.construct = noConstruct('re.Pattern');
MatchType.construct = noConstruct('re.Match');

defineMethods(PatternType, {
  match: singleMatch(SPEC_MATCH, 'match'),
  fullmatch: singleMatch(SPEC_FULLMATCH, 'fullmatch'),
  search: singleMatch(SPEC_SEARCH, 'search'),
  findall(rt, args, kwnames) {
    const p = pat(args[0]);
    const [string, posArg, endArg] = parseArgs(SPEC_FINDALL, args, kwnames, 1);
    const [searcher, pos, endpos] = prepare(rt, p, string, posArg, endArg);
    const out: Value[] = [];
    if (pos > endpos) return new PyList(out);
    const cursor = new MatchCursor(searcher, searcher.subject.unit(pos));
    for (let spans = cursor.next(); spans !== null; spans = cursor.next()) {
      rt.allocate(16);
      out.push(findallItem(p, searcher.subject, spans));
    }
    return new PyList(out);
  },
  finditer(rt, args, kwnames) {
    const p = pat(args[0]);
    const [string, posArg, endArg] = parseArgs(SPEC_FINDITER, args, kwnames, 1);
    const [searcher, pos, endpos] = prepare(rt, p, string, posArg, endArg);
    return new MatchIterator(p, searcher, pos, endpos);
  },
  sub(rt, args, kwnames) {
    const [repl, string, count] = parseArgs(SPEC_SUB, args, kwnames, 1);
    return substitute(rt, pat(args[0]), repl, string, count)[0];
  },
  subn(rt, args, kwnames) {
    const [repl, string, count] = parseArgs(SPEC_SUBN, args, kwnames, 1);
    return tuple(substitute(rt, pat(args[0]), repl, string, count));
  },
  split(rt, args, kwnames) {
    const p = pat(args[0]);
    const [string, maxArg] = parseArgs(SPEC_SPLIT, args, kwnames, 1);
    const maxsplit = ssize(rt, maxArg, 0);
    const [searcher] = prepare(rt, p, string, undefined, undefined);
    const subject = searcher.subject;
    const out: Value[] = [];
    const cursor = new MatchCursor(searcher, 0);
    let last = 0;
    for (let n = 0; maxsplit === 0 || n < maxsplit; n++) {
      if (maxsplit < 0) break;
      const spans = cursor.next();
      if (spans === null) break;
      out.push(subject.slice(last, spans[0]));
      for (let g = 1; g <= p.compiled.groups; g++) out.push(spans[2 * g] < 0 ? None : subject.slice(spans[2 * g], spans[2 * g + 1]));
      rt.allocate(16 * (1 + p.compiled.groups));
      last = spans[1];
    }
    out.push(subject.slice(last, subject.text.length));
    return new PyList(out);
  },
  __copy__(_rt, args, kwnames) {
    noArgsCheck('Pattern.__copy__', args, kwnames, 0);
    return args[0];
  },
  __deepcopy__(_rt, args, kwnames) {
    noArgsCheck('Pattern.__deepcopy__', args, kwnames, 1);
    return args[0];
  },
  __repr__(rt, args) {
    const p = pat(args[0]);
    const flags = flagsRepr(p.compiled.flags, p.compiled.isText);
    const text = truncatedRepr(rt, p.source, 200);
    return flags === '' ? `re.compile(${text})` : `re.compile(${text}, ${flags})`;
  },
  __eq__(_rt, args) {
    const [a, b] = args;
    return b instanceof PyPattern ? samePattern(pat(a), b) : NotImplementedValue;
  },
  __ne__(_rt, args) {
    const [a, b] = args;
    return b instanceof PyPattern ? !samePattern(pat(a), b) : NotImplementedValue;
  },
  __hash__(rt, args) {
    const p = pat(args[0]);
    const h = pyHash(rt, p.compiled.isText ? strValue(p.source)! : new PyBytes(bytesOf(p.source)!));
    return (Number(typeof h === 'bigint' ? h % 1000000007n : h) ^ p.compiled.flags) | 0;
  },
}, { checkArity: true });
PatternType.dict.set('__class_getitem__', classGetItem('Pattern.__class_getitem__'));
documentMethods(PatternType, {
  match: 'match(string, pos=0, endpos=sys.maxsize)\n\nMatch the pattern at pos; return a Match object or None.',
  fullmatch: 'fullmatch(string, pos=0, endpos=sys.maxsize)\n\nMatch the pattern against all of string[pos:endpos]; return a Match object or None.',
  search: 'search(string, pos=0, endpos=sys.maxsize)\n\nFind the first match in string[pos:endpos]; return a Match object or None.',
  findall: 'findall(string, pos=0, endpos=sys.maxsize)\n\nList all non-overlapping matches (texts, group texts or tuples of group texts).',
  finditer: 'finditer(string, pos=0, endpos=sys.maxsize)\n\nIterate over Match objects for all non-overlapping matches.',
  sub: 'sub(repl, string, count=0)\n\nReplace the non-overlapping matches by repl (a template or a function of the Match).',
  subn: 'subn(repl, string, count=0)\n\nLike sub(), returning (new_string, number_of_replacements).',
  split: 'split(string, maxsplit=0)\n\nSplit string at the matches; group texts are included in the result.',
});

defineGetSets(PatternType, {
  pattern: (_rt, self) => pat(self).source,
  flags: (_rt, self) => pat(self).compiled.flags,
  groups: (_rt, self) => pat(self).compiled.groups,
  groupindex: (rt, self) => {
    const d = new PyDict();
    for (const [name, g] of pat(self).compiled.names) d.set(rt, name, g);
    d.cls = MappingProxyType;
    return d;
  },
});

/** Replaces native methods by documented copies (their docstrings feed help()). */
function documentMethods(type: PyClass, docs: Record<string, string>): void {
  for (const [name, doc] of Object.entries(docs)) {
    const m = type.dict.get(name) as PyBuiltin;
    type.dict.set(name, new PyBuiltin(name, m.fn, type, doc));
  }
}

/** Patterns are equal when they have the same kind, flags and text. */
function samePattern(x: PyPattern, y: PyPattern): boolean {
  return x === y || (x.compiled.flags === y.compiled.flags && x.compiled.isText === y.compiled.isText && samePatternText(x.source, y.source));
}

function samePatternText(a: Value, b: Value): boolean {
  const sa = strValue(a);
  if (sa !== undefined) return sa === strValue(b);
  const ba = bytesOf(a);
  const bb = bytesOf(b);
  return ba !== undefined && bb !== undefined && ba.length === bb.length && ba.every((x, i) => x === bb[i]);
}

/** Argument check for the copy hooks: exactly `n` positional arguments. */
function noArgsCheck(qual: string, args: Value[], kwnames: string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  const given = args.length - 1;
  if (given === n) return;
  throw typeError(n === 0 ? `${qual}() takes no arguments (${given} given)` : `${qual}() takes exactly one argument (${given} given)`);
}

/** Positional-only optional group argument of start/end/span. */
function groupArg(rt: Runtime, name: string, args: Value[], kwnames: string[] | null): number {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`Match.${name}() takes no keyword arguments`);
  if (args.length > 2) throw typeError(`${name} expected at most 1 argument, got ${args.length - 1}`);
  return args.length === 2 ? mat(args[0]).groupIndex(rt, args[1]) : 0;
}

const SPEC_GROUPS = argSpec('groups', ['default?']);
const SPEC_GROUPDICT = argSpec('groupdict', ['default?']);
const SPEC_EXPAND = argSpec('expand', ['template']);

defineMethods(MatchType, {
  group(rt, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) throw typeError('Match.group() takes no keyword arguments');
    const m = mat(args[0]);
    if (args.length === 1) return m.groupValue(0, None);
    if (args.length === 2) return m.groupValue(m.groupIndex(rt, args[1]), None);
    return tuple(args.slice(1).map((k) => m.groupValue(m.groupIndex(rt, k), None)));
  },
  __getitem__(rt, args) {
    const m = mat(args[0]);
    return m.groupValue(m.groupIndex(rt, args[1]), None);
  },
  groups(_rt, args, kwnames) {
    const m = mat(args[0]);
    const [dflt] = parseArgs(SPEC_GROUPS, args, kwnames, 1);
    const out: Value[] = [];
    for (let g = 1; g <= m.pattern.compiled.groups; g++) out.push(m.groupValue(g, dflt ?? None));
    return tuple(out);
  },
  groupdict(rt, args, kwnames) {
    const m = mat(args[0]);
    const [dflt] = parseArgs(SPEC_GROUPDICT, args, kwnames, 1);
    const d = new PyDict();
    for (const [name, g] of m.pattern.compiled.names) d.set(rt, name, m.groupValue(g, dflt ?? None));
    return d;
  },
  start(rt, args, kwnames) {
    return mat(args[0]).span(groupArg(rt, 'start', args, kwnames))[0];
  },
  end(rt, args, kwnames) {
    return mat(args[0]).span(groupArg(rt, 'end', args, kwnames))[1];
  },
  span(rt, args, kwnames) {
    return tuple(mat(args[0]).span(groupArg(rt, 'span', args, kwnames)));
  },
  expand(rt, args, kwnames) {
    const m = mat(args[0]);
    const [template] = parseArgs(SPEC_EXPAND, args, kwnames, 1);
    return expandTemplate(rt, templateFor(rt, m.pattern, template), m);
  },
  __copy__(_rt, args, kwnames) {
    noArgsCheck('Match.__copy__', args, kwnames, 0);
    return args[0];
  },
  __deepcopy__(_rt, args, kwnames) {
    noArgsCheck('Match.__deepcopy__', args, kwnames, 1);
    return args[0];
  },
  __repr__(rt, args) {
    const m = mat(args[0]);
    const [s, e] = m.span(0);
    return `<re.Match object; span=(${s}, ${e}), match=${truncatedRepr(rt, m.groupValue(0, None), 50)}>`;
  },
}, { checkArity: true });
MatchType.dict.set('__class_getitem__', classGetItem('Match.__class_getitem__'));
documentMethods(MatchType, {
  group: 'group([group1, ...])\n\nThe text of one or more groups (by number or name); group 0 is the whole match.',
  groups: 'groups(default=None)\n\nA tuple of the texts of all groups; default for groups that did not match.',
  groupdict: 'groupdict(default=None)\n\nA dict of the named groups\' texts; default for groups that did not match.',
  start: 'start(group=0, /)\n\nWhere the group starts (-1 when it did not match).',
  end: 'end(group=0, /)\n\nWhere the group ends (-1 when it did not match).',
  span: 'span(group=0, /)\n\nThe (start, end) of the group ((-1, -1) when it did not match).',
  expand: 'expand(template)\n\nThe template with its group references and escapes filled in from this match.',
});

defineGetSets(MatchType, {
  string: (_rt, self) => mat(self).subject.value,
  re: (_rt, self) => mat(self).pattern,
  pos: (_rt, self) => mat(self).pos,
  endpos: (_rt, self) => mat(self).endpos,
  lastindex: (_rt, self) => mat(self).lastIndex() ?? None,
  lastgroup: (_rt, self) => {
    const m = mat(self);
    const g = m.lastIndex();
    if (g === null) return None;
    for (const [name, i] of m.pattern.compiled.names) if (i === g) return name;
    return None;
  },
  regs: (_rt, self) => {
    const m = mat(self);
    const out: Value[] = [];
    for (let g = 0; g <= m.pattern.compiled.groups; g++) out.push(tuple(m.span(g)));
    return tuple(out);
  },
});

/** finditer(): Match objects, one per call of next(). */
class MatchIterator extends PyIterator {
  private readonly cursor: MatchCursor | null;
  constructor(private readonly p: PyPattern, private readonly searcher: Searcher, private readonly pos: number, private readonly endpos: number) {
    super();
    this.cursor = pos > endpos ? null : new MatchCursor(searcher, searcher.subject.unit(pos));
  }
  next(rt: Runtime): Next {
    const spans = this.cursor === null ? null : this.cursor.next();
    return spans === null ? DONE : newMatch(rt, this.p, this.searcher, spans, this.pos, this.endpos);
  }
}
MatchIterator.prototype.cls = CallableIteratorType;

// ============================================================================ _re module

/** `_re.compile(pattern, flags)`: the pattern object (no cache; `re.compile` keeps one). */
function compileNative(rt: Runtime, pattern: Value, flagsArg: Value | undefined): PyPattern {
  const flags = flagsArg === undefined ? 0 : indexValue(rt, flagsArg);
  if (flags === undefined) throw typeError(`'${typeName(flagsArg)}' object cannot be interpreted as an integer`);
  if (typeof flags === 'bigint' || flags > 0x7fffffff || flags < -0x80000000) throw overflowError('Python int too large to convert to C int');
  const s = strValue(pattern);
  let compiled: CompiledPattern;
  if (s !== undefined) compiled = compilePattern(rt, pattern, s, true, flags);
  else if (pattern instanceof PyBytes || (pattern instanceof PyBoxed && pattern.value instanceof PyBytes)) {
    compiled = compilePattern(rt, pattern, latin1(bytesOf(pattern)!), false, flags);
  } else {
    throw typeError('first argument must be string or compiled pattern');
  }
  rt.allocate(64);
  return new PyPattern(compiled, pattern);
}

function buildNativeModule(): Map<string, Value> {
  const m = new Map<string, Value>();
  m.set('compile', nativeFunction('_re', 'compile', ['pattern', 'flags?'], (rt, [p, f]) => compileNative(rt, p, f),
    'compile(pattern, flags=0)\n\nTranslate a str or bytes pattern for the linear-time engine and return a Pattern object.'));
  m.set('error', ReErrorType);
  m.set('Pattern', PatternType);
  m.set('Match', MatchType);
  m.set('MAXREPEAT', MAXREPEAT);
  m.set('MAXGROUPS', MAXGROUPS);
  return m;
}

/** The public `re` module: Python-level API over `_re` (own implementation, CPython-compatible behaviour). */
const RE_SOURCE = String.raw`"""Regular expression operations.

Patterns follow Python's syntax and run on a linear-time engine (RE2), so no
pattern takes more than linear time on any input. Constructs that need
backtracking (backreferences, look-ahead, atomic groups, possessive repeats,
conditionals) raise re.error. Look-behind is supported.

Functions: match, fullmatch, search, sub, subn, split, findall, finditer,
compile, purge, escape. Flags: A/ASCII, I/IGNORECASE, L/LOCALE, M/MULTILINE,
S/DOTALL, X/VERBOSE, U/UNICODE (combine them with |).
"""

import _re
from _re import error, Pattern, Match

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(int):
    """A set of regular expression flags (an int); combine flags with |."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _split(self):
        # Names of the known bits (in declaration order) and the unknown rest.
        rest = int(self)
        names = []
        for name, bit in _FLAG_BITS:
            if rest & bit:
                names.append(name)
                rest &= ~bit
        return names, rest

    @property
    def name(self):
        names, rest = self._split()
        if rest:
            return None
        return "|".join(names) if names else "NOFLAG"

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        names, rest = self._split()
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts) if parts else "re.NOFLAG"

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


_FLAG_BITS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_FLAGS = 511

A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
NOFLAG = RegexFlag(0)


def match(pattern, string, flags=0):
    """Match the pattern at the start of the string; return a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match the pattern against the whole string; return a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Find the first place where the pattern matches; return a Match or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping matches of the pattern by repl.

    repl is a template (with \\1, \\g<1> or \\g<name> group references and
    backslash escapes) or a function called with each Match object that
    returns the replacement text. count limits the number of replacements.
    """
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but return the tuple (new_string, number_of_replacements)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string at the matches of the pattern.

    The text of capturing groups is included in the result; maxsplit limits
    the number of splits (the rest of the string is the last item).
    """
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """List all non-overlapping matches: the matched text, the text of the one
    group, or a tuple of the groups' texts when the pattern has several."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Iterate over Match objects for all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the cache of compiled patterns."""
    _cache.clear()


_ESCAPED = {}
for _c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f":
    _ESCAPED[ord(_c)] = "\\" + _c
del _c


def escape(pattern):
    """Backslash-escape every character of a str or bytes that is special in a pattern."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPED)
    text = str(pattern, "latin1")
    return text.translate(_ESCAPED).encode("latin1")


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is not None:
        return found
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & TEMPLATE:
        pass
    compiled = _re.compile(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = compiled
    return compiled
`;

export const modules: ModuleDef[] = [
  { name: '_re', summary: 'Native core of the re module: compile, Pattern, Match and error.', build: buildNativeModule },
  { name: 're', summary: 'Regular expression operations on a linear-time engine.', source: RE_SOURCE },
];
