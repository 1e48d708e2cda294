/**
 * f-string bodies, split the way CPython 3.11 does (Parser/string_parser.c):
 * literal text with `{{`/`}}` and escapes, and `{expr[=][!conv][:spec]}`
 * fields whose expression text is handed back to the parser.
 */

import type { Expr, FString, FormattedValue, Pos } from './ast.js';
import { decodeStrEscapes, isLiteralError } from './literals.js';

/** An error CPython 3.11 reports at the token following the string literal(s). */
export class FStringError extends Error {}

export interface FStringHooks {
  /** Parses `body.slice(start, end)` as a field expression; throws ScriptSyntaxError. */
  parseField(start: number, end: number): Expr;
  /** Source position of `body[index]`. */
  posAt(index: number): Pos;
}

const MAX_NESTED_BRACKETS = 200;

/** Parses an f-string body into literal strings and fields (adjacent literals merged, empty ones dropped). */
export function parseFStringBody(body: string, raw: boolean, hooks: FStringHooks): (string | FormattedValue)[] {
  const state = { i: 0 };
  return fstringParts(body, state, raw, 0, hooks);
}

/** fstring_parse: literal/field pairs until the end (top level) or a '}' (format spec). */
function fstringParts(
  body: string,
  state: { i: number },
  raw: boolean,
  depth: number,
  hooks: FStringHooks,
): (string | FormattedValue)[] {
  const parts: (string | FormattedValue)[] = [];
  const addText = (text: string): void => {
    if (text === '') return;
    const last = parts.length - 1;
    if (last >= 0 && typeof parts[last] === 'string') parts[last] = (parts[last] as string) + text;
    else parts.push(text);
  };
  for (;;) {
    const { text, doubled } = findLiteral(body, state, raw, depth);
    addText(text);
    if (doubled) continue;
    if (state.i >= body.length || body[state.i] === '}') break;
    const field = findField(body, state, raw, depth, hooks);
    addText(field.debugText);
    parts.push(field.value);
  }
  if (depth > 0 && body[state.i] !== '}') throw new FStringError("f-string: expecting '}'");
  return parts;
}

/** fstring_find_literal: text up to an undoubled brace; `doubled` when it stopped after `{{`/`}}`. */
function findLiteral(
  body: string,
  state: { i: number },
  raw: boolean,
  depth: number,
): { text: string; doubled: boolean } {
  const start = state.i;
  let i = start;
  let doubled = false;
  let end = -1;
  while (i < body.length) {
    let ch = body[i++];
    if (!raw && ch === '\\' && i < body.length) {
      ch = body[i++];
      if (ch === 'N') {
        // Skip "\N{NAME}" so its braces are not taken for a field.
        if (i < body.length && body[i++] === '{') {
          while (i < body.length && body[i++] !== '}') {
            /* skip the name */
          }
        }
        continue;
      }
    }
    if (ch === '{' || ch === '}') {
      if (depth === 0) {
        if (body[i] === ch) {
          end = i; // keep one brace of the pair
          i++;
          doubled = true;
          break;
        }
        if (ch === '}') throw new FStringError("f-string: single '}' is not allowed");
      }
      i--;
      end = i;
      break;
    }
  }
  if (end < 0) end = i;
  state.i = i;
  const chunk = body.slice(start, end);
  if (raw || chunk === '') return { text: chunk, doubled };
  const decoded = decodeStrEscapes(chunk);
  if (isLiteralError(decoded)) throw new FStringError(decoded.message);
  return { text: decoded, doubled };
}

/** fstring_find_expr: one `{...}` field, `state.i` on its '{'. */
function findField(
  body: string,
  state: { i: number },
  raw: boolean,
  depth: number,
  hooks: FStringHooks,
): { value: FormattedValue; debugText: string } {
  if (depth >= 2) throw new FStringError('f-string: expressions nested too deeply');
  const open = hooks.posAt(state.i);
  const exprStart = ++state.i;
  const exprEnd = scanFieldExpression(body, state);
  const n = body.length;
  if (state.i >= n) throw new FStringError("f-string: expecting '}'");
  const value = compileField(body, exprStart, exprEnd, hooks);

  let debugText = '';
  if (body[state.i] === '=') {
    state.i++;
    while (state.i < n && ' \t\n\r\f\v'.includes(body[state.i])) state.i++;
    if (state.i >= n) throw new FStringError("f-string: expecting '}'");
    debugText = body.slice(exprStart, state.i);
  }
  let conversion: FormattedValue['conversion'] = null;
  if (body[state.i] === '!') {
    state.i++;
    if (state.i >= n) throw new FStringError("f-string: expecting '}'");
    const c = body[state.i++];
    if (c !== 's' && c !== 'r' && c !== 'a') {
      throw new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = c;
  }
  let spec: FString | null = null;
  if (body[state.i] === ':') {
    state.i++;
    if (state.i >= n) throw new FStringError("f-string: expecting '}'");
    const at = hooks.posAt(state.i);
    spec = { kind: 'FString', parts: fstringParts(body, state, raw, depth + 1, hooks), line: at.line, col: at.col };
  }
  if (state.i >= n || body[state.i] !== '}') throw new FStringError("f-string: expecting '}'");
  state.i++;
  // The `=` form shows the repr unless a conversion or a spec says otherwise.
  if (debugText !== '' && spec === null && conversion === null) conversion = 'r';
  return { value: { kind: 'FormattedValue', value, conversion, spec, line: open.line, col: open.col }, debugText };
}

/**
 * Finds where a field's expression ends: at a top-level `!`, `:`, `=` or `}`
 * that is not part of `!=`, `==`, `<=`, `>=`, skipping strings and brackets.
 */
function scanFieldExpression(body: string, state: { i: number }): number {
  const stack: string[] = [];
  let quote = '';
  let triple = false;
  const n = body.length;
  for (; state.i < n; state.i++) {
    const ch = body[state.i];
    if (ch === '\\') throw new FStringError('f-string expression part cannot include a backslash');
    if (quote !== '') {
      if (ch === quote) {
        if (!triple) quote = '';
        else if (body[state.i + 1] === ch && body[state.i + 2] === ch) {
          state.i += 2;
          quote = '';
        }
      }
    } else if (ch === "'" || ch === '"') {
      triple = body[state.i + 1] === ch && body[state.i + 2] === ch;
      if (triple) state.i += 2;
      quote = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      if (stack.length >= MAX_NESTED_BRACKETS) throw new FStringError('f-string: too many nested parenthesis');
      stack.push(ch);
    } else if (ch === '#') {
      throw new FStringError("f-string expression part cannot include '#'");
    } else if (stack.length === 0 && '!:}=<>'.includes(ch)) {
      const next = body[state.i + 1];
      if (next === '=' && ch !== ':' && ch !== '}') {
        state.i++; // "!=", "==", "<=", ">="
        continue;
      }
      if (ch === '<' || ch === '>') continue;
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      const opening = stack.pop();
      if (opening === undefined) throw new FStringError(`f-string: unmatched '${ch}'`);
      if ((opening === '(' && ch !== ')') || (opening === '[' && ch !== ']') || (opening === '{' && ch !== '}')) {
        throw new FStringError(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
      }
    }
  }
  if (quote !== '') throw new FStringError('f-string: unterminated string');
  if (stack.length > 0) throw new FStringError(`f-string: unmatched '${stack[stack.length - 1]}'`);
  return state.i;
}

/** fstring_compile_expr: rejects empty fields, then parses the text. */
function compileField(body: string, start: number, end: number, hooks: FStringHooks): Expr {
  if (/^[ \t\n\f]*$/.test(body.slice(start, end))) {
    const stop = body[end];
    if (stop === '!' || stop === ':' || stop === '=') {
      throw new FStringError(`f-string: expression required before '${stop}'`);
    }
    throw new FStringError('f-string: empty expression not allowed');
  }
  return hooks.parseField(start, end);
}
