// Number and string formatting against CPython 3.11: every table in
// test/fixtures/numfmt.json was produced by python3 running
// test/fixtures/gen-numfmt.py (regenerate it there, then rerun these tests).
// The explicit, per-feature tests live in floatrepr/formatspec/percent/strformat.test.ts.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  floatAsIntegerRatio, floatFromHex, floatRepr, floatToHex, formatFloat, formatInt, formatStr, parseFloatLiteral,
  percentFormat, roundFloat, strFormat, type FormatHooks, type PercentHooks,
} from '../core/runtime/numfmt.js';
import { attributeError, indexError, keyError, overflowError, typeError, valueError } from '../core/runtime/exceptions.js';
import { intFromFloat, intToDecimal, normBig, type Int } from '../core/runtime/int.js';
import { PyFloat, PyList, PyTuple } from '../core/runtime/values.js';
import { None } from '../core/runtime/types.js';
import type { Value } from '../core/runtime/object.js';

type Expected = string | { err: [string, string] };

interface Fixture {
  python: string;
  repr: [string, string][];
  format: { float: [string, string, Expected][]; int: [string, string, Expected][]; str: [string, string, Expected][] };
  round: [string, number, Expected][];
  hex: [string, string][];
  fromhex: [string, Expected][];
  parse: [string, Expected][];
  ratio: [string, [string, string] | { err: [string, string] }][];
  percent: [string, unknown, Expected][];
  strformat: [string, unknown, unknown, Expected][];
}

const fixture: Fixture = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'numfmt.json'), 'utf8'),
);

// ---------------------------------------------------------------- decoding

const dv = new DataView(new ArrayBuffer(8));

function f64(hex: string): number {
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}

function bitsOf(x: number): string {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}

function int(s: string): Int {
  const neg = s[0] === '-';
  const b = BigInt(neg ? s.slice(1) : s);
  return normBig(neg ? -b : b);
}

/** A dict for the tests: insertion-ordered pairs with Python key equality for ints and strs. */
class TDict {
  constructor(readonly pairs: [Value, Value][]) {}
  get(key: Value): Value | undefined {
    for (const [k, v] of this.pairs) if (k === key) return v;
    return undefined;
  }
}

function decode(e: unknown): Value {
  if (e === null) return None;
  if (typeof e === 'boolean' || typeof e === 'string') return e;
  const o = e as Record<string, unknown>;
  if ('i' in o) return int(o.i as string);
  if ('f' in o) return new PyFloat(f64(o.f as string));
  if ('t' in o) return new PyTuple((o.t as unknown[]).map(decode));
  if ('l' in o) return new PyList((o.l as unknown[]).map(decode));
  if ('d' in o) return new TDict((o.d as [unknown, unknown][]).map(([k, v]) => [decode(k), decode(v)]));
  throw new Error('bad encoding ' + JSON.stringify(e));
}

// ---------------------------------------------------------------- a tiny object model for the hooks

function typeName(v: Value): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
  }
  if (v === None) return 'NoneType';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyList) return 'list';
  if (v instanceof TDict) return 'dict';
  throw new Error('unknown value');
}

const NOT_PRINTABLE = /^[\p{C}\p{Z}]$/u;

function strRepr(s: string, asciiOnly: boolean): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if ((ch !== ' ' && NOT_PRINTABLE.test(ch)) || (asciiOnly && c >= 0x7f)) {
      out += c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0')
        : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + q;
}

function repr(v: Value, asciiOnly = false): string {
  if (typeof v === 'string') return strRepr(v, asciiOnly);
  if (v instanceof PyTuple) {
    const items = v.items.map((x) => repr(x, asciiOnly));
    return '(' + items.join(', ') + (items.length === 1 ? ',)' : ')');
  }
  if (v instanceof PyList) return '[' + v.items.map((x) => repr(x, asciiOnly)).join(', ') + ']';
  if (v instanceof TDict) return '{' + v.pairs.map(([k, x]) => repr(k, asciiOnly) + ': ' + repr(x, asciiOnly)).join(', ') + '}';
  return str(v);
}

function str(v: Value): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
    case 'bigint':
      return intToDecimal(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === None) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.v);
  return repr(v);
}

function getItem(v: Value, key: Value): Value {
  if (v instanceof PyList || v instanceof PyTuple) {
    const kind = v instanceof PyList ? 'list' : 'tuple';
    if (typeof key !== 'number') throw typeError(`${kind} indices must be integers or slices, not ${typeName(key)}`);
    if (key >= v.items.length) throw indexError(`${kind} index out of range`);
    return v.items[key];
  }
  if (v instanceof TDict) {
    const r = v.get(key);
    if (r === undefined) throw keyError(key);
    return r;
  }
  if (typeof v === 'string') {
    if (typeof key !== 'number') throw typeError(`string indices must be integers, not '${typeName(key)}'`);
    const cps = Array.from(v);
    if (key >= cps.length) throw indexError('string index out of range');
    return cps[key];
  }
  throw typeError(`'${typeName(v)}' object is not subscriptable`);
}

const percentHooks: PercentHooks = {
  str,
  repr: (v) => repr(v),
  ascii: (v) => repr(v, true),
  isMapping: (v) => v instanceof PyList || v instanceof TDict,
  getItem,
  isTuple: (v) => v instanceof PyTuple,
  tupleItems: (v) => (v as PyTuple).items,
  toInt(v, conv) {
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    const needIndex = conv === 'o' || conv === 'x' || conv === 'X';
    if (v instanceof PyFloat && !needIndex) {
      if (v.v !== v.v) throw valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(v.v)) throw overflowError('cannot convert float infinity to integer');
      return intFromFloat(v.v);
    }
    throw typeError(needIndex
      ? `%${conv} format: an integer is required, not ${typeName(v)}`
      : `%${conv} format: a real number is required, not ${typeName(v)}`);
  },
  toFloat(v) {
    if (typeof v === 'number') return v;
    if (typeof v === 'bigint') {
      const f = Number(v);
      if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
      return f;
    }
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof PyFloat) return v.v;
    throw typeError(`must be real number, not ${typeName(v)}`);
  },
  charOf(v) {
    if (typeof v === 'string') {
      if (Array.from(v).length === 1) return v;
      throw typeError('%c requires int or char');
    }
    if (typeof v === 'boolean') return v ? '\x01' : '\x00';
    if (typeof v === 'number' || typeof v === 'bigint') {
      if (v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
      return String.fromCodePoint(Number(v));
    }
    throw typeError('%c requires int or char');
  },
};

function formatAny(v: Value, spec: string): string {
  if (typeof v === 'string') return formatStr(v, spec);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return formatInt(v, spec);
  if (v instanceof PyFloat) return formatFloat(v.v, spec);
  if (spec !== '') throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

const formatHooks: FormatHooks = {
  format: formatAny,
  str,
  repr: (v) => repr(v),
  ascii: (v) => repr(v, true),
  getAttr(v, name) {
    if ((typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat) && name === 'real') return v;
    if ((typeof v === 'number' || typeof v === 'bigint') && name === 'imag') return 0;
    throw attributeError(`'${typeName(v)}' object has no attribute '${name}'`);
  },
  getItem,
};

// ---------------------------------------------------------------- checking

interface PyErr {
  cls: { name: string };
  args: { items: Value[] };
}

function errorText(e: PyErr): string {
  const a = e.args.items;
  if (a.length === 0) return '';
  return e.cls.name === 'KeyError' ? repr(a[0]) : str(a[0]);
}

/** Runs fn and describes the outcome like the fixture does. */
function outcome(fn: () => string): Expected {
  try {
    return fn();
  } catch (e) {
    const pe = e as PyErr;
    if (pe && pe.cls && pe.args) return { err: [pe.cls.name, errorText(pe)] };
    throw e;
  }
}

/** Compares a table and reports every mismatch at once (up to 20). */
function checkTable<T>(rows: T[], run: (row: T) => { got: Expected; want: Expected; label: string }): void {
  const bad: string[] = [];
  for (const row of rows) {
    const { got, want, label } = run(row);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      bad.push(`${label}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      if (bad.length >= 20) break;
    }
  }
  expect(bad).toEqual([]);
}

const floatLabel = (hex: string) => floatRepr(f64(hex));

/** Floats compare by bits (so -0.0 differs from 0.0), except that every NaN matches. */
function floatOutcome(fn: () => number): Expected {
  return outcome(() => {
    const x = fn();
    return x !== x ? '7ff8000000000000' : bitsOf(x);
  });
}

function normNanBits(want: Expected): Expected {
  if (typeof want === 'string' && f64(want) !== f64(want)) return '7ff8000000000000';
  return want;
}

// ---------------------------------------------------------------- tests

describe('CPython fixture', () => {
  it('was generated by CPython 3.11', () => {
    expect(fixture.python.startsWith('3.11.')).toBe(true);
  });

  it('repr(float)', () => {
    checkTable(fixture.repr, ([hex, want]) => ({ got: outcome(() => floatRepr(f64(hex))), want, label: hex }));
  });

  it('format(float, spec)', () => {
    checkTable(fixture.format.float, ([hex, spec, want]) => ({
      got: outcome(() => formatFloat(f64(hex), spec)),
      want,
      label: `format(${floatLabel(hex)}, ${JSON.stringify(spec)})`,
    }));
  });

  it('format(int, spec)', () => {
    checkTable(fixture.format.int, ([text, spec, want]) => {
      const v: Int | boolean = text === 'True' ? true : text === 'False' ? false : int(text);
      return { got: outcome(() => formatInt(v, spec)), want, label: `format(${text.slice(0, 30)}, ${JSON.stringify(spec)})` };
    });
  });

  it('format(str, spec)', () => {
    checkTable(fixture.format.str, ([s, spec, want]) => ({
      got: outcome(() => formatStr(s, spec)),
      want,
      label: `format(${JSON.stringify(s)}, ${JSON.stringify(spec)})`,
    }));
  });

  it('round(float, ndigits)', () => {
    checkTable(fixture.round, ([hex, nd, want]) => ({
      got: floatOutcome(() => roundFloat(f64(hex), nd)),
      want: normNanBits(want),
      label: `round(${floatLabel(hex)}, ${nd})`,
    }));
  });

  it('float.hex()', () => {
    checkTable(fixture.hex, ([hex, want]) => ({ got: outcome(() => floatToHex(f64(hex))), want, label: floatLabel(hex) }));
  });

  it('float.fromhex()', () => {
    checkTable(fixture.fromhex, ([text, want]) => ({
      got: floatOutcome(() => floatFromHex(text)),
      want: normNanBits(want),
      label: `float.fromhex(${JSON.stringify(text)})`,
    }));
  });

  it('float(str)', () => {
    checkTable(fixture.parse, ([text, want]) => ({
      got: floatOutcome(() => {
        const x = parseFloatLiteral(text);
        if (x === null) throw valueError(`could not convert string to float: ${repr(text)}`);
        return x;
      }),
      want: normNanBits(want),
      label: `float(${JSON.stringify(text)})`,
    }));
  });

  it('float.as_integer_ratio()', () => {
    checkTable(fixture.ratio, ([hex, want]) => {
      const got = outcome(() => JSON.stringify(floatAsIntegerRatio(f64(hex)).map((v) => String(v))));
      const w = Array.isArray(want) ? JSON.stringify(want.map((s) => String(int(s)))) : want;
      return { got, want: w, label: floatLabel(hex) };
    });
  });

  it('str % args', () => {
    checkTable(fixture.percent, ([fmt, args, want]) => ({
      got: outcome(() => percentFormat(fmt, decode(args), percentHooks)),
      want,
      label: `${JSON.stringify(fmt)} % ${JSON.stringify(args)}`,
    }));
  });

  it('str.format', () => {
    checkTable(fixture.strformat, ([fmt, args, kwargs, want]) => {
      const a = decode(args) as PyTuple;
      const kw = new Map<string, Value>((decode(kwargs) as TDict).pairs);
      return {
        got: outcome(() => strFormat(fmt, a.items, kw, formatHooks)),
        want,
        label: `${JSON.stringify(fmt)}.format(${JSON.stringify(args)}, ${JSON.stringify(kwargs)})`,
      };
    });
  });
});
