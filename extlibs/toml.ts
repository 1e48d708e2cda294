/**
 * TOML: `tomllib` (CPython 3.11's reader: loads/load, TOMLDecodeError) and
 * `toml` (loads/dumps, the PyPI package's API), on smol-toml. Dates and times
 * become `datetime` objects like tomllib's; inputs are size-checked and every
 * parsed node is charged to the run.
 */
import { parse, stringify, TomlDate, TomlError } from 'smol-toml';
import { defineLibrary } from '../registry/definition.js';
import { nativeFunction } from '../core/native.js';
import type { ModuleContext } from '../core/modules.js';
import { PyClass, type Value } from '../core/runtime/object.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { FloatType } from '../core/runtime/types.js';
import { PyBytes, PyFloat, PyList, PyTuple } from '../core/runtime/values.js';
import { PyDict } from '../core/runtime/dict.js';
import { ValueErrorType, makeException, typeError } from '../core/runtime/exceptions.js';
import { getAttr } from '../core/runtime/attrs.js';
import { callValue } from '../core/runtime/call.js';
import { typeName } from '../core/runtime/ops.js';
import { floatRepr } from '../core/runtime/floatrepr.js';
import { ScriptDataBuilder, parseDateText } from './data-convert.js';

const MAX_DEPTH = 100;

/** An exception class of a library module (a ValueError subclass), created once per interpreter. */
function errorClass(module: string, name: string): PyClass {
  const cls = new PyClass(name, [ValueErrorType], { module, layout: ValueErrorType.layout });
  cls.cls = ValueErrorType.cls;
  return cls;
}

/** `Invalid TOML document: invalid value` -> `Invalid value (at line 1, column 5)`, like tomllib. */
function decodeMessage(e: TomlError): string {
  const first = e.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
  const text = first.charAt(0).toUpperCase() + first.slice(1);
  return `${text} (at line ${e.line}, column ${e.column})`;
}

function tomlToScript(b: ScriptDataBuilder, v: unknown, parseFloat: Value, rt: Runtime): Value {
  if (typeof v === 'string') return b.str(v);
  if (typeof v === 'bigint') return b.int(v);
  if (typeof v === 'number') {
    if (parseFloat === FloatType) return b.float(v);
    return callValue(rt, parseFloat, [Number.isNaN(v) ? 'nan' : floatRepr(v)], null);
  }
  if (typeof v === 'boolean') return v;
  if (v instanceof TomlDate) {
    const parts = parseDateText(v.toISOString());
    if (parts === null) return b.str(v.toISOString());
    return b.date(parts);
  }
  if (Array.isArray(v)) return b.nested(() => b.list(v.map((x) => tomlToScript(b, x, parseFloat, rt))));
  const d = b.dict();
  b.nested(() => {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) b.set(d, b.str(k), tomlToScript(b, x, parseFloat, rt));
  });
  return d;
}

function loads(rt: Runtime, ctx: ModuleContext, errorCls: PyClass, text: Value, parseFloat: Value): Value {
  if (typeof text !== 'string') throw typeError(`Expected str object, not '${typeName(text)}'`);
  rt.charge(text.length >> 4);
  let data: unknown;
  try {
    data = parse(text, { integersAsBigInt: true, maxDepth: MAX_DEPTH, unsafeKeyBehaviour: 'keep' });
  } catch (e) {
    if (e instanceof TomlError) throw makeException(errorCls, decodeMessage(e));
    throw makeException(errorCls, 'Invalid TOML document');
  }
  return tomlToScript(new ScriptDataBuilder(rt, ctx), data, parseFloat ?? FloatType, rt);
}

/** Script value -> data smol-toml can write; TypeError for what TOML cannot hold. */
function scriptToToml(rt: Runtime, v: Value, depth: number): unknown {
  rt.charge(1);
  if (depth > MAX_DEPTH) throw makeException(ValueErrorType, 'Circular reference or nesting too deep');
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map((x) => scriptToToml(rt, x, depth + 1));
  if (v instanceof PyDict) {
    const out: Record<string, unknown> = Object.create(null);
    for (const [nk, x] of v.map) {
      const k = v.keyOf(nk);
      if (typeof k !== 'string') throw typeError(`TOML keys must be str, not ${typeName(k)}`);
      Object.defineProperty(out, k, { value: scriptToToml(rt, x, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw typeError(`Object of type ${typeName(v)} is not TOML serializable`);
}

function dumps(rt: Runtime, obj: Value): Value {
  if (!(obj instanceof PyDict)) throw typeError(`TOML document must be a dict, not ${typeName(obj)}`);
  const text = stringify(scriptToToml(rt, obj, 0), { numbersAsFloat: true });
  rt.checkValueSize(text.length * 2, 'TOML document');
  return text;
}

function readBinary(rt: Runtime, fp: Value): string {
  const data = callValue(rt, getAttr(rt, fp, 'read'), [], null);
  if (!(data instanceof PyBytes)) throw typeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`");
  return new TextDecoder('utf-8').decode(data.b);
}

function buildModules(): { tomllib: (ctx: ModuleContext) => Record<string, Value>; toml: (ctx: ModuleContext) => Record<string, Value> } {
  return {
    tomllib(ctx) {
      const TOMLDecodeError = errorClass('tomllib', 'TOMLDecodeError');
      return {
        TOMLDecodeError,
        loads: nativeFunction('tomllib', 'loads', ['s', '/', '*', 'parse_float?'], (rt, [s, pf]) => loads(rt, ctx, TOMLDecodeError, s, pf),
          'Parses a TOML document from a str into a dict.'),
        load: nativeFunction('tomllib', 'load', ['fp', '/', '*', 'parse_float?'], (rt, [fp, pf]) => loads(rt, ctx, TOMLDecodeError, readBinary(rt, fp), pf),
          'Parses a TOML document from a binary file object into a dict.'),
      };
    },
    toml(ctx) {
      const TomlDecodeError = errorClass('toml', 'TomlDecodeError');
      return {
        TomlDecodeError,
        loads: nativeFunction('toml', 'loads', ['s'], (rt, [s]) => loads(rt, ctx, TomlDecodeError, s, FloatType),
          'Parses a TOML document from a str into a dict.'),
        dumps: nativeFunction('toml', 'dumps', ['o'], (rt, [o]) => dumps(rt, o), 'Writes a dict as a TOML document.'),
      };
    },
  };
}

export const tomlLibrary = defineLibrary<Record<string, never>>({
  name: 'toml',
  version: '1.0.0',
  summary: 'TOML parsing (tomllib.loads) and writing (toml.dumps).',
  tier: 'pure',
  capabilities: [],
  modules: ['toml', 'tomllib'],
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  docs: [
    {
      name: 'tomllib',
      summary: 'Reads TOML 1.0 documents (CPython 3.11 API).',
      members: [
        { name: 'loads', kind: 'function', signature: '(s, /, *, parse_float=float)', doc: 'Parses a TOML document from a str into a dict.' },
        { name: 'load', kind: 'function', signature: '(fp, /, *, parse_float=float)', doc: 'Parses a TOML document from a binary file object into a dict.' },
        { name: 'TOMLDecodeError', kind: 'class', doc: 'Raised for an invalid TOML document (a ValueError).' },
      ],
    },
    {
      name: 'toml',
      summary: 'Reads and writes TOML documents.',
      members: [
        { name: 'loads', kind: 'function', signature: '(s)', doc: 'Parses a TOML document from a str into a dict.' },
        { name: 'dumps', kind: 'function', signature: '(o)', doc: 'Writes a dict as a TOML document.' },
        { name: 'TomlDecodeError', kind: 'class', doc: 'Raised for an invalid TOML document (a ValueError).' },
      ],
    },
  ],
  create() {
    const b = buildModules();
    return {
      modules: [
        { name: 'tomllib', summary: 'Reads TOML documents.', build: b.tomllib },
        { name: 'toml', summary: 'Reads and writes TOML documents.', build: b.toml },
      ],
    };
  },
});

