// str methods against CPython 3.11: test/fixtures/str-methods.json was produced by
// python3 running test/fixtures/gen-str-bytes.py (regenerate it there, then rerun).
// Every case calls the method the way the interpreter does (a method descriptor
// call with vectorcall arguments) and compares the result or the exception.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../core/runtime/runtime.js';
import { testRuntime } from './helpers.js';
import { ResourceExhausted } from '../core/errors.js';
import '../core/runtime/methods/str.js';
import { asStr, installStrMethods } from '../core/runtime/methods/str.js';
import { PyBoxed, PyClass, type Value } from '../core/runtime/object.js';
import { ByteArrayType, BytesType, None, NotImplemented, StrType } from '../core/runtime/types.js';
import { PyByteArray, PyBytes, PyFloat, PyList, PyRange, PySlice, PyTuple } from '../core/runtime/values.js';
import { PyDict } from '../core/runtime/dict.js';
import { PyBaseException } from '../core/runtime/exceptions.js';
import { PyBuiltin, PyStaticMethod } from '../core/runtime/function.js';
import { callBuiltin } from '../core/runtime/call.js';
import { exceptionStr } from '../core/runtime/ops.js';
import { floatRepr } from '../core/runtime/numfmt.js';
import { normBig } from '../core/runtime/int.js';
import { StrIterator } from '../core/runtime/iter.js';

installStrMethods();

function makeRt(maxValueBytes = Infinity, maxOps = Infinity): Runtime {
  return testRuntime({ maxValueBytes, maxOps });
}

const rt = makeRt();
const MyStr = new PyClass('MyStr', [StrType]);
const MyBytes = new PyClass('MyBytes', [BytesType]);
const TYPES: Record<string, PyClass> = { str: StrType, bytes: BytesType, bytearray: ByteArrayType };

type J = unknown;

function hex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function toHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

function dec(v: J): Value {
  if (v === null) return None;
  if (typeof v !== 'object') return v;
  const o = v as Record<string, J>;
  if ('int' in o) return normBig(BigInt(o.int as string));
  if ('float' in o) return new PyFloat(Number(o.float === 'inf' ? Infinity : o.float === '-inf' ? -Infinity : o.float));
  if ('bytes' in o) return new PyBytes(hex(o.bytes as string));
  if ('bytearray' in o) return new PyByteArray(hex(o.bytearray as string));
  if ('bytessub' in o) return new PyBoxed(MyBytes, new PyBytes(hex(o.bytessub as string)));
  if ('strsub' in o) return new PyBoxed(MyStr, o.strsub);
  if ('list' in o) return new PyList((o.list as J[]).map(dec));
  if ('tuple' in o) return new PyTuple((o.tuple as J[]).map(dec));
  if ('slice' in o) return new PySlice(...((o.slice as J[]).map(dec) as [Value, Value, Value]));
  if ('range' in o) return new PyRange(...(o.range as [number, number, number]));
  if ('type' in o) return TYPES[o.type as string];
  if ('dict' in o) {
    const d = new PyDict();
    for (const [k, x] of o.dict as [J, J][]) d.set(rt, dec(k), dec(x));
    return d;
  }
  throw new Error(`cannot decode ${JSON.stringify(v)}`);
}

function enc(v: Value): J {
  if (v === None) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return { int: v.toString() };
  if (v === NotImplemented) return { notimplemented: true };
  if (v instanceof PyFloat) return { float: floatRepr(v.v) };
  if (v instanceof PyBytes) return { bytes: toHex(v.b) };
  if (v instanceof PyByteArray) return { bytearray: toHex(v.b) };
  if (v instanceof PyList) return { list: v.items.map(enc) };
  if (v instanceof PyTuple) return { tuple: v.items.map(enc) };
  if (v instanceof PyDict) return { dict: [...v.map.keys()].map((nk) => [enc(v.keyOf(nk)), enc(v.map.get(nk))]) };
  if (v instanceof PyBoxed && typeof v.value === 'string') return { strsub: v.value };
  return { unknown: String(v) };
}

interface Case {
  m: string;
  self: J;
  args: J[];
  kw?: Record<string, J>;
  out?: J;
  err?: [string, string];
  after?: J;
}

/** Calls a case like the interpreter would; returns {out} or {err}. */
export function runCase(c: Case): { out?: J; err?: [string, string]; after?: J } {
  const self = dec(c.self);
  const args = c.args.map(dec);
  const kwnames = c.kw ? Object.keys(c.kw) : null;
  const kwvals = c.kw ? Object.values(c.kw).map(dec) : [];
  try {
    let r: Value;
    if (c.m === '@new') r = (self as PyClass).construct!(rt, self as PyClass, [...args, ...kwvals], kwnames);
    else if (c.m.startsWith('@')) {
      const d = (self as PyClass).dict.get(c.m.slice(1));
      if (d instanceof PyStaticMethod) r = (d.func as PyBuiltin).fn(rt, [...args, ...kwvals], kwnames);
      else r = (d.func as PyBuiltin).fn(rt, [self, ...args, ...kwvals], kwnames);
    } else {
      const cls = self instanceof PyBoxed ? self.cls : typeof self === 'string' ? StrType : (self as { cls: PyClass }).cls;
      const fn = cls.lookup(c.m);
      if (!(fn instanceof PyBuiltin)) throw new Error(`no method ${c.m}`);
      r = callBuiltin(rt, fn, [self, ...args, ...kwvals], kwnames);
    }
    return c.after === undefined ? { out: enc(r) } : { out: enc(r), after: enc(self) };
  } catch (e) {
    if (e instanceof PyBaseException) {
      const res: { err: [string, string]; after?: J } = { err: [e.cls.name, exceptionStr(rt, e)] };
      if (c.after !== undefined) res.after = enc(self);
      return res;
    }
    throw e;
  }
}

const here = dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(join(here, 'fixtures', 'str-methods.json'), 'utf8')) as {
  cases: Case[];
  unicode: { ranges: Record<string, [number, number][]>; maps: Record<string, Record<string, string>> };
};

/** Differences from CPython we accept, keyed by `method|self|args` (JSON), with the reason. */
const KNOWN: Record<string, string> = {
  '__getitem__|"abc"|["x"]|{}': "subscript.ts words it like list indices: 'string indices must be integers or slices, not str'",
};

function key(c: Case): string {
  return `${c.m}|${JSON.stringify(c.self)}|${JSON.stringify(c.args)}|${JSON.stringify(c.kw ?? {})}`;
}

describe('str methods against CPython 3.11', () => {
  it('matches every fixture case', () => {
    const failures: string[] = [];
    for (const c of fixture.cases) {
      const got = runCase(c);
      const want = c.err !== undefined ? { err: c.err } : { out: c.out };
      if (JSON.stringify(got) !== JSON.stringify(want) && !(key(c) in KNOWN)) {
        failures.push(`${key(c)}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)}`);
      }
    }
    expect(failures.slice(0, 40).join('\n'), `${failures.length} failures`).toBe('');
  });
});

// ---------------------------------------------------------------- every code point

function inRanges(ranges: [number, number][]): (cp: number) => boolean {
  const starts = ranges.map((r) => r[0]);
  return (cp) => {
    let lo = 0;
    let hi = starts.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= cp) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return idx >= 0 && cp <= ranges[idx][1];
  };
}

const chr = (cp: number) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp));
const method = (name: string) => (StrType.dict.get(name) as PyBuiltin).fn;

describe('Unicode 14 properties of every code point', () => {
  for (const name of Object.keys(fixture.unicode.ranges)) {
    it(name, () => {
      const want = inRanges(fixture.unicode.ranges[name]);
      const fn = name === 'xidcontinue'
        ? (s: string) => method('isidentifier')(rt, ['a' + s], null)
        : (s: string) => method(name)(rt, [s], null);
      const bad: string[] = [];
      for (let cp = 0; cp < 0x110000; cp++) {
        if (fn(chr(cp)) !== want(cp)) bad.push(cp.toString(16));
      }
      expect(bad.slice(0, 30), `${bad.length} code points differ`).toEqual([]);
    });
  }
  for (const name of Object.keys(fixture.unicode.maps)) {
    it(name, () => {
      const map = fixture.unicode.maps[name];
      const fn = method(name);
      const bad: string[] = [];
      for (let cp = 0; cp < 0x110000; cp++) {
        const c = chr(cp);
        const want = map[cp] ?? c;
        if (fn(rt, [c], null) !== want) bad.push(cp.toString(16));
      }
      expect(bad.slice(0, 30), `${bad.length} code points differ`).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------- explicit behaviours

const call = (m: string, ...a: Value[]) => callBuiltin(rt, StrType.lookup(m) as PyBuiltin, a, null);

function pyErr(fn: () => unknown): [string, string] | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof PyBaseException) return [e.cls.name, exceptionStr(rt, e)];
    throw e;
  }
}

describe('str specifics', () => {
  it('splits on Unicode whitespace like str.isspace', () => {
    expect(call('split', 'a\x1cb\x1fc\x85d\u3000e\ufefff').items).toEqual(['a', 'b', 'c', 'd', 'e\ufefff']);
    expect(call('split', '  a b  ', None, 0).items).toEqual(['a b  ']);
    expect(call('rsplit', '  a b  ', None, 1).items).toEqual(['  a', 'b']);
  });
  it('empty-pattern replace and center padding', () => {
    expect(call('replace', 'ab', '', '-')).toBe('-a-b-');
    expect(call('replace', 'ab', '', '-', 2)).toBe('-a-b');
    expect(call('center', 'a', 4, '*')).toBe('*a**');
    expect(call('center', 'ab', 5, '*')).toBe('**ab*');
  });
  it('does not interpret $ patterns in replacements', () => {
    expect(call('replace', 'a-b', '-', '$&$1$$')).toBe('a$&$1$$b');
  });
  it('treats astral characters as one code point', () => {
    expect(call('find', '😀a😀b', 'b')).toBe(3);
    expect(call('__len__', '😀a😀b')).toBe(4);
    expect(call('count', '😀😀', '\ude00')).toBe(0);
    expect(call('split', 'x😀y', '\ude00').items).toEqual(['x😀y']);
    expect(call('center', '😀', 3, '*')).toBe('*😀*');
  });
  it('str subclasses construct boxed values', () => {
    const v = StrType.construct!(rt, MyStr, [5], null);
    expect(v).toBeInstanceOf(PyBoxed);
    expect((v as PyBoxed).value).toBe('5');
    const newFn = (StrType.dict.get('__new__') as PyStaticMethod).func as PyBuiltin;
    expect(asStr(newFn.fn(rt, [MyStr, 'x'], null))).toBe('x');
    expect(pyErr(() => newFn.fn(rt, [BytesType, 'x'], null))).toEqual(['TypeError', 'str.__new__(bytes): bytes is not a subtype of str']);
    expect(pyErr(() => newFn.fn(rt, [], null))).toEqual(['TypeError', 'str.__new__(): not enough arguments']);
    // methods called on a boxed str see its value, and return exact strs
    expect(callBuiltin(rt, StrType.lookup('upper') as PyBuiltin, [v], null)).toBe('5');
  });
  it('str.__iter__ yields code points', () => {
    const it = call('__iter__', 'a😀') as StrIterator;
    expect([it.next(), it.next()]).toEqual(['a', '😀']);
  });
  it('maketrans is a staticmethod', () => {
    expect(StrType.dict.get('maketrans')).toBeInstanceOf(PyStaticMethod);
  });
  it('join accepts any iterable and reports the bad item', () => {
    expect(call('join', ',', new PyTuple(['a', new PyBoxed(MyStr, 'b')]))).toBe('a,b');
    expect(pyErr(() => call('join', ',', new PyList(['a', 2])))).toEqual(['TypeError', 'sequence item 1: expected str instance, int found']);
  });
});

describe('size limits and budget', () => {
  const small = makeRt(1000);
  const limited = (m: string, ...a: Value[]) => callBuiltin(small, StrType.lookup(m) as PyBuiltin, a, null);
  const refuses = (fn: () => unknown) => {
    small.halted = null;
    expect(fn).toThrow(ResourceExhausted);
    small.halted = null;
  };
  it('refuses oversized results before building them', () => {
    refuses(() => limited('ljust', 'a', 10 ** 6));
    refuses(() => limited('rjust', 'a', 10 ** 6));
    refuses(() => limited('center', 'a', 10 ** 6, '*'));
    refuses(() => limited('zfill', '1', 10 ** 6));
    refuses(() => limited('__mul__', 'ab', 10 ** 6));
    refuses(() => limited('__rmul__', 'ab', 10 ** 6));
    refuses(() => limited('replace', 'a'.repeat(400), 'a', 'bbbbbbbbbb'));
    refuses(() => limited('replace', 'a'.repeat(400), '', 'bbbbbbbbbb'));
    refuses(() => limited('replace', 'a'.repeat(400), 'a', 'bbbbbbbbbb', 300));
    refuses(() => limited('expandtabs', '\t'.repeat(100), 1000));
    refuses(() => limited('join', 'x'.repeat(300), new PyList(['a', 'b', 'c'])));
    refuses(() => limited('__add__', 'x'.repeat(300), 'y'.repeat(300)));
    refuses(() => limited('translate', 'a'.repeat(100), new PyList([...Array(97).fill(None), 'x'.repeat(100)])));
    refuses(() => limited('__mod__', '%5000s', 'x'));
    refuses(() => limited('format', '{:>5000}', 'x'));
    refuses(() => limited('upper', 'ß'.repeat(400)));
  });
  it('allows results within the limit', () => {
    small.halted = null;
    expect(limited('ljust', 'a', 100)).toBe('a'.padEnd(100));
    expect(limited('replace', 'aaa', 'a', 'bb')).toBe('bbbbbb');
  });
  it('charges the budget for large scans', () => {
    const r = makeRt(Infinity, 1000);
    const big = 'a'.repeat(200000);
    expect(() => callBuiltin(r, StrType.lookup('count') as PyBuiltin, [big, 'b'], null)).toThrow(ResourceExhausted);
  });
});
