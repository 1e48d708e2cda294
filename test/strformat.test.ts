// core/runtime/strformat.ts: the str.format engine and its field-name parser.
// Expected values and messages are CPython 3.11's (the generated table is in
// numfmt.test.ts).

import { describe, expect, it } from 'vitest';
import { parseFieldName, strFormat, type FormatHooks } from '../core/runtime/strformat.js';
import { formatFloat, formatInt, formatStr } from '../core/runtime/formatspec.js';
import { attributeError, indexError, keyError, typeError } from '../core/runtime/exceptions.js';
import { PyFloat, PyList } from '../core/runtime/values.js';
import type { Value } from '../core/runtime/object.js';

interface PyErr {
  cls: { name: string };
  args: { items: unknown[] };
}

function raises(fn: () => unknown): [string, unknown] {
  try {
    fn();
  } catch (e) {
    const pe = e as PyErr;
    if (!pe.cls) throw e;
    return [pe.cls.name, pe.args.items[0]];
  }
  throw new Error('expected an exception');
}

const calls: string[] = [];

const hooks: FormatHooks = {
  format(v, spec) {
    calls.push(`format(${String(v)}, ${spec})`);
    if (typeof v === 'string') return formatStr(v, spec);
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return formatInt(v, spec);
    if (v instanceof PyFloat) return formatFloat(v.v, spec);
    if (spec !== '') throw typeError('unsupported format string passed to object.__format__');
    return '<obj>';
  },
  str: (v) => (typeof v === 'string' ? v : String(v)),
  repr: (v) => (typeof v === 'string' ? `'${v}'` : String(v)),
  ascii: (v) => (typeof v === 'string' ? `'${v.replace(/[^\x00-\x7f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16))}'` : String(v)),
  getAttr(v, name) {
    calls.push(`getattr(${name})`);
    if (typeof v === 'number' && name === 'real') return v;
    throw attributeError(`'${typeof v === 'number' ? 'int' : 'object'}' object has no attribute '${name}'`);
  },
  getItem(v, key) {
    calls.push(`getitem(${JSON.stringify(key)})`);
    if (v instanceof PyList) {
      if (typeof key !== 'number') throw typeError('list indices must be integers or slices, not str');
      if (key >= v.items.length) throw indexError('list index out of range');
      return v.items[key];
    }
    if (v instanceof Map) {
      if (!v.has(key)) throw keyError(key);
      return v.get(key);
    }
    throw typeError("'int' object is not subscriptable");
  },
};

const fmt = (s: string, args: Value[] = [], kwargs: Record<string, Value> = {}) =>
  strFormat(s, args, new Map(Object.entries(kwargs)), hooks);

describe('strFormat', () => {
  it('formats like CPython', () => {
    const L = (...items: Value[]) => new PyList(items);
    const cases: [string, Value[], Record<string, Value>, string][] = [
      ['{}', [1], {}, '1'], ['{}:{}', [1, 2], {}, '1:2'], ['{0}{1}{0}', ['a', 'b'], {}, 'aba'], ['{a}{b}', [], { a: 1, b: 'x' }, '1x'],
      ['{0.real}', [1], {}, '1'], ['{0[1]}', [L(1, 2)], {}, '2'], ['{0[01]}', [L(1, 2)], {}, '2'], ['{0[٣]}', [L(1, 2, 3, 4)], {}, '4'],
      ['{0[a]}', [new Map([['a', 5]])], {}, '5'], ['{0[-1]}', [new Map([['-1', 5]])], {}, '5'], ['{a[0]}', [], { a: L(7) }, '7'],
      ['{0[0][0]}', [L(L(9))], {}, '9'], ['{0[0].real}', [L(9)], {}, '9'], ['{.real}', [3], {}, '3'], ['{[0]}', [L(5)], {}, '5'],
      ['{٠}', [7], {}, '7'], ['{:{}}', [1, 5], {}, '    1'], ['{:{}{}}', [1, '>', 5], {}, '    1'], ['{0:{1}}', [1, 5], {}, '    1'],
      ['{:{w}.{p}f}', [new PyFloat(1)], { w: 8, p: 2 }, '    1.00'], ['{{}}', [], {}, '{}'], ['{{{0}}}', [1], {}, '{1}'],
      ['{0}}}', [1], {}, '1}'], ['a{{', [], {}, 'a{'], ['}}a', [], {}, '}a'], ['{:}', [1], {}, '1'], ['{!r}', ['a'], {}, "'a'"],
      ['{!a}', ['é'], {}, "'\\xe9'"], ['{!s:>5}', [1], {}, '    1'], ['{0!r:}', [1], {}, '1'], ['{!r:{}}', ['a', 5], {}, "'a'  "],
      ['{:{}}{}', [1, 2, 3], {}, ' 13'], ['{0:{0}}', [5], {}, '    5'], ['{a:{b}}', [], { a: 1, b: 3 }, '  1'], ['{:{:}}', [1, ''], {}, '1'],
      ['{:%}', [new PyFloat(0.5)], {}, '50.000000%'], ['{:=^{}}', ['x', 7], {}, '===x==='], ['{😀}', [], { '😀': 1 }, '1'],
      ['{:😀^5}', ['a'], {}, '😀😀a😀😀'], ['', [], {}, ''], ['plain text', [], {}, 'plain text'],
    ];
    for (const [s, args, kwargs, want] of cases) expect(fmt(s, args, kwargs), s).toBe(want);
  });

  it('raises CPython errors', () => {
    const VE = 'ValueError';
    const cases: [string, Value[], Record<string, Value>, string, unknown][] = [
      ['{', [], {}, VE, "Single '{' encountered in format string"],
      ['x{0}y{', [1], {}, VE, "Single '{' encountered in format string"],
      ['}', [], {}, VE, "Single '}' encountered in format string"],
      ['a}b', [], {}, VE, "Single '}' encountered in format string"],
      ['{0:}}', [1], {}, VE, "Single '}' encountered in format string"],
      ['{0}}', [1], {}, VE, "Single '}' encountered in format string"],
      ['{0', [1], {}, VE, "expected '}' before end of string"],
      ['{0[}', [1], {}, VE, "expected '}' before end of string"],
      ['{0.a[0}', [1], {}, VE, "expected '}' before end of string"],
      ['{' + '9'.repeat(30) + '}', [1], {}, VE, 'Too many decimal digits in format string'],
      ['{0[' + '9'.repeat(30) + ']}', [1], {}, VE, 'Too many decimal digits in format string'],
      ['{0:', [1], {}, VE, "unmatched '{' in format spec"],
      ['{0:{}', [1], {}, VE, "unmatched '{' in format spec"],
      ['{0!r', [1], {}, VE, "unmatched '{' in format spec"],
      ['{0!}', [1], {}, VE, "unmatched '{' in format spec"],
      ['{0!', [1], {}, VE, 'end of string while looking for conversion specifier'],
      ['{0!x}', [1], {}, VE, 'Unknown conversion specifier x'],
      ['{0!\x01}', [1], {}, VE, 'Unknown conversion specifier \\x1'],
      ['{0!😀}', [1], {}, VE, 'Unknown conversion specifier \\x1f600'],
      ['{0!rr}', [1], {}, VE, "expected ':' after conversion specifier"],
      ['{0{}', [1], {}, VE, "unexpected '{' in field name"],
      ['{}{0}', [1], {}, VE, 'cannot switch from automatic field numbering to manual field specification'],
      ['{0}{}', [1], {}, VE, 'cannot switch from manual field specification to automatic field numbering'],
      ['{0:{}}', [1, 2], {}, VE, 'cannot switch from manual field specification to automatic field numbering'],
      ['{2}', [1], {}, 'IndexError', 'Replacement index 2 out of range for positional args tuple'],
      ['{}', [], {}, 'IndexError', 'Replacement index 0 out of range for positional args tuple'],
      ['{:>{}}', ['a'], {}, 'IndexError', 'Replacement index 1 out of range for positional args tuple'],
      ['{3}{', [1], {}, 'IndexError', 'Replacement index 3 out of range for positional args tuple'],
      ['{' + '9'.repeat(18) + '}', [1], {}, 'IndexError', 'Replacement index 999999999999999999 out of range for positional args tuple'],
      ['{a}', [], {}, 'KeyError', 'a'],
      ['{a.b}', [], {}, 'KeyError', 'a'],
      ['{ 0}', [1], {}, 'KeyError', ' 0'],
      ['{0]}', [1], {}, 'KeyError', '0]'],
      ['{0:{a}}', [1], {}, 'KeyError', 'a'],
      ['{0[0]x}', [new PyList([1])], {}, VE, "Only '.' or '[' may follow ']' in format field specifier"],
      ['{0[0]]}', [new PyList([1])], {}, VE, "Only '.' or '[' may follow ']' in format field specifier"],
      ['{0.}', [1], {}, VE, 'Empty attribute in format string'],
      ['{0[]}', [1], {}, VE, 'Empty attribute in format string'],
      ['{0.real.}', [1], {}, VE, 'Empty attribute in format string'],
      ['{:{:{}}}', [1, 2, 3], {}, VE, 'Max string recursion exceeded'],
      ['{:{{}}}', [1], {}, VE, "Invalid format specifier '{}' for object of type 'int'"],
      ['{0.nope}', [7], {}, 'AttributeError', "'int' object has no attribute 'nope'"],
      ['{0[x]}', [new PyList([1])], {}, 'TypeError', 'list indices must be integers or slices, not str'],
      ['{:d}', ['a'], {}, VE, "Unknown format code 'd' for object of type 'str'"],
    ];
    for (const [s, args, kwargs, type, msg] of cases) expect(raises(() => fmt(s, args, kwargs)), s).toEqual([type, msg]);
  });

  it('raises errors in the order CPython meets them', () => {
    // The lookup of field 0 fails before the bad attribute name is seen.
    expect(raises(() => fmt('{0.}', []))).toEqual(['IndexError', 'Replacement index 0 out of range for positional args tuple']);
    // A later syntax error only shows once the earlier fields were formatted.
    expect(raises(() => fmt('{3}{', [1]))[0]).toBe('IndexError');
    calls.length = 0;
    expect(raises(() => fmt('{0}{1:{2}}}', ['a', 'b', 3]))).toEqual(['ValueError', "Single '}' encountered in format string"]);
    expect(calls).toEqual(['format(a, )', 'format(3, )', 'format(b, 3)']);
  });

  it('supports format_map: a lookup function and no positional args', () => {
    const lookups: string[] = [];
    const kw = (key: string) => {
      lookups.push(key);
      return key.length;
    };
    expect(strFormat('{abc}-{x:>3}', null, kw, hooks)).toBe('3-  1');
    expect(lookups).toEqual(['abc', 'x']);
    expect(raises(() => strFormat('{0}', null, kw, hooks))).toEqual(['ValueError', 'Format string contains positional fields']);
    expect(raises(() => strFormat('{}', null, kw, hooks))).toEqual(['ValueError', 'Format string contains positional fields']);
    expect(raises(() => strFormat('{a}', [], null, hooks))).toEqual(['KeyError', 'a']);
  });

  it('reaches attributes and items only through the hooks', () => {
    const target = { constructor: 'leak', __proto__: { secret: 'leak' }, secret: 'leak' };
    calls.length = 0;
    expect(raises(() => fmt('{0.constructor}', [target]))).toEqual(['AttributeError', "'object' object has no attribute 'constructor'"]);
    expect(raises(() => fmt('{0.secret}', [target]))[0]).toBe('AttributeError');
    expect(raises(() => fmt('{0[__proto__]}', [target]))).toEqual(['TypeError', "'int' object is not subscriptable"]);
    expect(calls).toEqual(['getattr(constructor)', 'getattr(secret)', 'getitem("__proto__")']);
    // Keyword names are looked up in the Map, never on a JS object.
    expect(raises(() => fmt('{constructor}', []))).toEqual(['KeyError', 'constructor']);
    expect(raises(() => fmt('{__proto__}', []))).toEqual(['KeyError', '__proto__']);
  });
});

describe('parseFieldName', () => {
  it('splits field names like _string.formatter_field_name_split', () => {
    expect(parseFieldName('a.b[0][x].c')).toEqual({ first: 'a', rest: [{ attr: 'b' }, { index: 0 }, { index: 'x' }, { attr: 'c' }] });
    expect(parseFieldName('')).toEqual({ first: '', rest: [] });
    expect(parseFieldName('12')).toEqual({ first: 12, rest: [] });
    expect(parseFieldName('٣')).toEqual({ first: 3, rest: [] });
    expect(parseFieldName('0x')).toEqual({ first: '0x', rest: [] });
    expect(parseFieldName('[0]')).toEqual({ first: '', rest: [{ index: 0 }] });
    expect(parseFieldName('a[-1]')).toEqual({ first: 'a', rest: [{ index: '-1' }] });
    expect(parseFieldName('a[b.c]')).toEqual({ first: 'a', rest: [{ index: 'b.c' }] });
  });

  it('raises CPython errors', () => {
    expect(raises(() => parseFieldName('a.'))).toEqual(['ValueError', 'Empty attribute in format string']);
    expect(raises(() => parseFieldName('a[]'))).toEqual(['ValueError', 'Empty attribute in format string']);
    expect(raises(() => parseFieldName('a[0'))).toEqual(['ValueError', "Missing ']' in format string"]);
    expect(raises(() => parseFieldName('a[0]b'))).toEqual(['ValueError', "Only '.' or '[' may follow ']' in format field specifier"]);
    expect(raises(() => parseFieldName('9'.repeat(20)))).toEqual(['ValueError', 'Too many decimal digits in format string']);
  });
});
