/**
 * The `str.format` / `str.format_map` engine, a port of CPython 3.11's
 * Objects/stringlib/unicode_format.h: literal text with `{{`/`}}`, replacement
 * fields `{name.attr[key]!conv:spec}`, auto/manual numbering, and nested fields
 * inside the spec (one level). Errors are raised in the same order as CPython,
 * since fields are parsed and looked up lazily as the output is produced.
 *
 * SECURITY: attribute and item access go only through the hooks; this module
 * never touches JS properties of script values.
 */
import { indexError, keyError, valueError } from './exceptions.js';
import { decimalValue } from './floatrepr.js';
import type { Value } from './object.js';

/** What `strFormat` needs from the interpreter. */
export interface FormatHooks {
  /** format(value, spec), i.e. type(value).__format__(value, spec). */
  format(value: Value, spec: string): string;
  /** str(v), repr(v), ascii(v) for the !s, !r, !a conversions. */
  str(v: Value): string;
  repr(v: Value): string;
  ascii(v: Value): string;
  /** getattr(v, name) for `{0.name}`; the interpreter decides what is reachable. */
  getAttr(v: Value, name: string): Value;
  /** v[key] for `{0[key]}`: digit-only keys are ints, everything else a str. */
  getItem(v: Value, key: number | string): Value;
}

/**
 * Keyword arguments: a Map (str.format), a lookup function that returns the
 * value or raises (str.format_map: mapping[key], honouring __missing__), or
 * null (no keywords: any named field raises KeyError).
 */
export type FormatKwargs = Map<string, Value> | ((key: string) => Value) | null;

/** One step after the first part of a field name: `.attr` or `[index]`. */
export type FieldPart = { attr: string } | { index: number | string };

/** A parsed field name: `first` is an int (positional), a str (keyword), or '' (auto-numbered). */
export interface FieldName {
  first: number | string;
  rest: FieldPart[];
}

const MAX_INDEX = '9223372036854775807';

/**
 * CPython's get_integer for field names: the value of an all-decimal-digit
 * string (any Unicode decimal digits), -1 otherwise (or when empty); raises
 * "Too many decimal digits in format string" above PY_SSIZE_T_MAX.
 */
function fieldInteger(s: string): number {
  if (s.length === 0) return -1;
  let ascii = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else {
      if (c < 128) return -1;
      const cp = s.codePointAt(i)!;
      d = decimalValue(cp);
      if (d < 0) return -1;
      if (cp > 0xffff) i++;
    }
    if (!(d === 0 && ascii === '')) ascii += String.fromCharCode(48 + d);
    if (ascii.length > 19 || (ascii.length === 19 && ascii > MAX_INDEX)) {
      throw valueError('Too many decimal digits in format string');
    }
  }
  return ascii === '' ? 0 : Number(ascii);
}

/** Index of the end of the first part of a field name (the first '.' or '['). */
function firstPartEnd(s: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 91) break;
    i++;
  }
  return i;
}

/**
 * Walks the `.attr` / `[key]` parts of a field name (FieldNameIterator).
 * `next()` returns the next part, null at the end, or raises CPython's errors.
 */
class FieldNameIter {
  constructor(private readonly s: string, private pos: number, private readonly end: number) {}

  next(): FieldPart | null {
    const { s, end } = this;
    if (this.pos >= end) return null;
    const c = s.charCodeAt(this.pos++);
    if (c === 46) {
      const start = this.pos;
      while (this.pos < end) {
        const d = s.charCodeAt(this.pos);
        if (d === 46 || d === 91) break;
        this.pos++;
      }
      if (this.pos === start) throw valueError('Empty attribute in format string');
      return { attr: s.slice(start, this.pos) };
    }
    if (c === 91) {
      const start = this.pos;
      while (this.pos < end && s.charCodeAt(this.pos) !== 93) this.pos++;
      if (this.pos >= end) throw valueError("Missing ']' in format string");
      const name = s.slice(start, this.pos);
      this.pos++;
      const idx = fieldInteger(name);
      if (name.length === 0) throw valueError('Empty attribute in format string');
      return { index: idx === -1 ? name : idx };
    }
    throw valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
}

/**
 * Parses a replacement-field name like CPython's
 * `_string.formatter_field_name_split`: 'a.b[0]' gives
 * { first: 'a', rest: [{attr: 'b'}, {index: 0}] }; '0' gives first 0; an
 * empty first part gives first '' (auto-numbering). Raises CPython's ValueErrors.
 */
export function parseFieldName(name: string): FieldName {
  const i = firstPartEnd(name, 0, name.length);
  const firstText = name.slice(0, i);
  const idx = fieldInteger(firstText);
  const rest: FieldPart[] = [];
  const it = new FieldNameIter(name, i, name.length);
  for (let p = it.next(); p !== null; p = it.next()) rest.push(p);
  return { first: idx === -1 ? firstText : idx, rest };
}

const AN_INIT = 0;
const AN_AUTO = 1;
const AN_MANUAL = 2;

interface FormatState {
  args: Value[] | null;
  kwargs: FormatKwargs;
  hooks: FormatHooks;
  autoState: number;
  autoNumber: number;
}

/**
 * `fmt.format(*args, **kwargs)`. For `fmt.format_map(mapping)` pass
 * `args = null` (positional fields then raise "Format string contains
 * positional fields") and a lookup function as `kwargs`.
 */
export function strFormat(fmt: string, args: Value[] | null, kwargs: FormatKwargs, hooks: FormatHooks): string {
  const state: FormatState = { args, kwargs, hooks, autoState: AN_INIT, autoNumber: 0 };
  return buildString(fmt, 0, fmt.length, 2, state);
}

function buildString(s: string, start: number, end: number, depth: number, st: FormatState): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let pos = start;
  while (pos < end) {
    // MarkupIterator_next: literal text up to the first '{' or '}'.
    const litStart = pos;
    let c = 0;
    let markup = false;
    while (pos < end) {
      c = s.charCodeAt(pos++);
      if (c === 123 || c === 125) {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let litEnd = pos;
    if (markup) {
      if (c === 125 && (atEnd || s.charCodeAt(pos) !== 125)) throw valueError("Single '}' encountered in format string");
      if (atEnd && c === 123) throw valueError("Single '{' encountered in format string");
      if (s.charCodeAt(pos) === c) {
        // '{{' or '}}': the literal keeps one brace.
        pos++;
        markup = false;
      } else litEnd--;
    }
    if (litEnd > litStart) out += s.slice(litStart, litEnd);
    if (!markup) continue;

    // parse_field: the field name runs to ':', '!' or '}' ('[...]' may hold them).
    const fieldStart = pos;
    c = 0;
    while (pos < end) {
      c = s.charCodeAt(pos++);
      if (c === 123) throw valueError("unexpected '{' in field name");
      if (c === 91) {
        while (pos < end && s.charCodeAt(pos) !== 93) pos++;
        continue;
      }
      if (c === 125 || c === 58 || c === 33) break;
    }
    const fieldEnd = pos - 1;
    let conversion = '';
    let specStart = pos;
    let specEnd = pos;
    let expand = false;
    if (c === 33 || c === 58) {
      let specFollows = true;
      if (c === 33) {
        if (pos >= end) throw valueError('end of string while looking for conversion specifier');
        const cp = s.codePointAt(pos)!;
        conversion = String.fromCodePoint(cp);
        pos += conversion.length;
        if (pos < end) {
          const d = s.charCodeAt(pos++);
          if (d === 125) specFollows = false;
          else if (d !== 58) throw valueError("expected ':' after conversion specifier");
        }
      }
      if (specFollows) {
        specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < end) {
          const d = s.charCodeAt(pos++);
          if (d === 123) {
            expand = true;
            count++;
          } else if (d === 125) {
            if (--count === 0) {
              closed = true;
              break;
            }
          }
        }
        if (!closed) throw valueError("unmatched '{' in format spec");
        specEnd = pos - 1;
      } else {
        specStart = specEnd = pos;
      }
    } else if (c !== 125) {
      throw valueError("expected '}' before end of string");
    }

    // output_markup
    let obj = getFieldObject(s, fieldStart, fieldEnd, st);
    if (conversion !== '') obj = convert(obj, conversion, st.hooks);
    const spec = expand ? buildString(s, specStart, specEnd, depth - 1, st) : s.slice(specStart, specEnd);
    out += st.hooks.format(obj, spec);
  }
  return out;
}

function convert(obj: Value, conversion: string, hooks: FormatHooks): string {
  switch (conversion) {
    case 'r':
      return hooks.repr(obj);
    case 's':
      return hooks.str(obj);
    case 'a':
      return hooks.ascii(obj);
    default: {
      const cp = conversion.codePointAt(0)!;
      const shown = cp > 32 && cp < 127 ? conversion : '\\x' + cp.toString(16);
      throw valueError(`Unknown conversion specifier ${shown}`);
    }
  }
}

function getFieldObject(s: string, start: number, end: number, st: FormatState): Value {
  const firstEnd = firstPartEnd(s, start, end);
  const first = s.slice(start, firstEnd);
  let idx = fieldInteger(first);
  const empty = first.length === 0;
  if (empty || idx !== -1) {
    if (st.autoState === AN_INIT) st.autoState = empty ? AN_AUTO : AN_MANUAL;
    if (st.autoState === AN_MANUAL && empty) {
      throw valueError('cannot switch from manual field specification to automatic field numbering');
    }
    if (st.autoState === AN_AUTO && !empty) {
      throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) idx = st.autoNumber++;
  }
  let obj: Value;
  if (idx === -1) {
    const kw = st.kwargs;
    if (kw === null) throw keyError(first);
    if (typeof kw === 'function') obj = kw(first);
    else {
      obj = kw.get(first);
      if (obj === undefined) throw keyError(first);
    }
  } else {
    const args = st.args;
    if (args === null) throw valueError('Format string contains positional fields');
    if (idx >= args.length) {
      throw indexError(`Replacement index ${empty ? idx : indexText(first)} out of range for positional args tuple`);
    }
    obj = args[idx];
  }
  const it = new FieldNameIter(s, firstEnd, end);
  for (let p = it.next(); p !== null; p = it.next()) {
    obj = 'attr' in p ? st.hooks.getAttr(obj, p.attr) : st.hooks.getItem(obj, p.index);
  }
  return obj;
}

/** The exact decimal text of a field index (its Number may have lost precision). */
function indexText(first: string): string {
  let ascii = '';
  for (const ch of first) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (!(d === 0 && ascii === '')) ascii += String.fromCharCode(48 + d);
  }
  return ascii === '' ? '0' : ascii;
}
