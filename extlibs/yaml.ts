/**
 * `yaml`: PyYAML's safe API (safe_load, safe_load_all, safe_dump and the
 * Loader-taking load/dump) on the `yaml` package with the YAML 1.1 schema
 * PyYAML uses. Only plain data is ever constructed (every Loader is a safe
 * loader); aliases are shared, not copied, and counted against a budget, so
 * "billion laughs" documents cost nothing to load and stop when printed.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, stringify, type Document, type Node } from 'yaml';
import { defineLibrary } from '../registry/definition.js';
import { nativeFunction } from '../core/native.js';
import type { ModuleContext } from '../core/modules.js';
import { PyClass, type Value } from '../core/runtime/object.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { None, ObjectType, TypeType } from '../core/runtime/types.js';
import { PyBytes, PyFloat, PyList, PyTuple } from '../core/runtime/values.js';
import { PyDict } from '../core/runtime/dict.js';
import { ExceptionType, makeException, typeError } from '../core/runtime/exceptions.js';
import { getAttr } from '../core/runtime/attrs.js';
import { callValue } from '../core/runtime/call.js';
import { typeName } from '../core/runtime/ops.js';
import { truthy } from '../core/runtime/ops.js';
import { PyIterator, ArrayIterator } from '../core/runtime/iter.js';
import { ScriptDataBuilder, parseDateText } from './data-convert.js';

export interface YamlOptions {
  /** Most alias uses allowed in one document. */
  maxAliases: number;
}

const MAX_NESTING = 200;

function newClass(name: string, base: PyClass): PyClass {
  const cls = new PyClass(name, [base], { module: 'yaml', layout: base.layout });
  cls.cls = TypeType;
  return cls;
}

interface YamlModuleState {
  errorCls: PyClass;
  loaders: PyClass[];
  options: YamlOptions;
  ctx: ModuleContext;
}

/** Reads a str, bytes or file-like stream's text. */
function streamText(rt: Runtime, stream: Value): string {
  let data = stream;
  if (typeof data !== 'string' && !(data instanceof PyBytes)) {
    if (typeof data === 'object' && data !== null) data = callValue(rt, getAttr(rt, data, 'read'), [], null);
  }
  if (data instanceof PyBytes) return new TextDecoder('utf-8').decode(data.b);
  if (typeof data !== 'string') throw typeError(`expected a str, bytes or file-like object, not ${typeName(stream)}`);
  return data;
}

class DocumentConverter {
  private readonly memo = new Map<Node, Value>();
  private aliases = 0;
  constructor(
    private readonly b: ScriptDataBuilder,
    private readonly doc: Document,
    private readonly state: YamlModuleState,
    private readonly rt: Runtime,
  ) {}

  convert(node: unknown): Value {
    if (node === null || node === undefined) return None;
    if (isAlias(node)) {
      if (++this.aliases > this.state.options.maxAliases) {
        throw makeException(this.state.errorCls, `document uses more than ${this.state.options.maxAliases} aliases`);
      }
      const target = node.resolve(this.doc);
      if (target === undefined) throw makeException(this.state.errorCls, `found undefined alias '${node.source}'`);
      const done = this.memo.get(target);
      return done !== undefined ? done : this.convert(target);
    }
    if (isScalar(node)) return this.scalar(node.value, typeof node.source === 'string' ? node.source : '');
    if (isSeq(node)) {
      const list = this.b.list([]);
      this.memo.set(node, list);
      this.b.nested(() => {
        for (const item of node.items) list.items.push(this.convert(item));
      });
      return list;
    }
    if (isMap(node)) {
      const d = this.b.dict();
      this.memo.set(node, d);
      this.b.nested(() => {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const key = this.convert(pair.key);
          if (key instanceof PyList || key instanceof PyDict) {
            throw makeException(this.state.errorCls, 'while constructing a mapping: found unhashable key');
          }
          this.b.set(d, key, this.convert(pair.value));
        }
      });
      return d;
    }
    throw makeException(this.state.errorCls, 'unsupported YAML node');
  }

  private scalar(v: unknown, source: string): Value {
    const b = this.b;
    if (v === null || v === undefined) return None;
    if (typeof v === 'string') return b.str(v);
    // YAML 1.1 as PyYAML reads it: y/n are strings, not booleans.
    if (typeof v === 'boolean') return /^[yYnN]$/.test(source) ? b.str(source) : v;
    if (typeof v === 'bigint') return b.int(v);
    if (typeof v === 'number') return b.float(v);
    if (v instanceof Date) {
      const parts = parseDateText(source);
      return parts === null ? b.str(source) : b.date(parts);
    }
    if (v instanceof Uint8Array) {
      this.rt.checkValueSize(v.length, 'bytes');
      return new PyBytes(Uint8Array.from(v));
    }
    return b.str(String(source));
  }
}

function parseDocuments(rt: Runtime, state: YamlModuleState, text: string): Value[] {
  rt.checkValueSize(text.length * 2, 'YAML document');
  rt.charge(text.length >> 4);
  const docs = parseAllDocuments(text, { schema: 'yaml-1.1', intAsBigInt: true, uniqueKeys: false, prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [];
  const out: Value[] = [];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err !== undefined) throw makeException(state.errorCls, err.message);
    out.push(new DocumentConverter(new ScriptDataBuilder(rt, state.ctx), doc, state, rt).convert(doc.contents));
  }
  return out;
}

/** Script data -> JS data for the emitter; RepresenterError-like TypeError for other objects. */
function toYamlData(rt: Runtime, state: YamlModuleState, v: Value, depth: number, seen: Set<object>): unknown {
  rt.charge(1);
  if (depth > MAX_NESTING) throw makeException(state.errorCls, 'data is nested too deeply to represent');
  if (v === None || typeof v === 'string' || typeof v === 'boolean') return v === None ? null : v;
  if (typeof v === 'number' || typeof v === 'bigint') return BigInt(v);
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyBytes) return Buffer.from(v.b);
  if (seen.has(v as object)) throw makeException(state.errorCls, 'cannot represent recursive data');
  seen.add(v as object);
  try {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.map((x) => toYamlData(rt, state, x, depth + 1, seen));
    if (v instanceof PyDict) {
      // A null-prototype object when every key is a str (a Map would be written as !!omap).
      const entries = [...v.map].map(([nk, x]) => [toYamlData(rt, state, v.keyOf(nk), depth + 1, seen), toYamlData(rt, state, x, depth + 1, seen)]);
      if (!entries.every(([k]) => typeof k === 'string')) return new Map(entries as [unknown, unknown][]);
      const o: Record<string, unknown> = Object.create(null);
      for (const [k, x] of entries) Object.defineProperty(o, k as string, { value: x, enumerable: true, writable: true, configurable: true });
      return o;
    }
  } finally {
    seen.delete(v as object);
  }
  throw makeException(state.errorCls, `cannot represent an object: ${typeName(v)}`);
}

interface DumpKw {
  sortKeys: boolean;
  indent: number;
  flow: boolean;
  explicitStart: boolean;
  width: number;
}

function dumpText(rt: Runtime, state: YamlModuleState, docs: Value[], kw: DumpKw): string {
  const parts = docs.map((d) => {
    const data = toYamlData(rt, state, d, 0, new Set());
    const text = stringify(data, {
      version: '1.1', sortMapEntries: kw.sortKeys, indent: kw.indent, indentSeq: false, lineWidth: kw.width,
      collectionStyle: kw.flow ? 'flow' : 'block', directives: kw.explicitStart ? true : null,
      aliasDuplicateObjects: false, flowCollectionPadding: false,
    });
    return text;
  });
  const text = parts.join(kw.explicitStart ? '' : '---\n');
  rt.checkValueSize(text.length * 2, 'YAML document');
  return text;
}

function dumpKw(rt: Runtime, a: Value[]): DumpKw {
  const [, , flow, sortKeys, indent, width, explicitStart] = a;
  return {
    flow: flow !== undefined && flow !== None && truthy(rt, flow),
    sortKeys: sortKeys === undefined ? true : truthy(rt, sortKeys),
    indent: typeof indent === 'number' && indent >= 2 && indent <= 9 ? indent : 2,
    width: typeof width === 'number' && width > 0 ? width : 80,
    explicitStart: explicitStart !== undefined && truthy(rt, explicitStart),
  };
}

function writeOrReturn(rt: Runtime, stream: Value, text: string): Value {
  if (stream === undefined || stream === None) return text;
  callValue(rt, getAttr(rt, stream, 'write'), [text], null);
  return None;
}

function checkLoader(state: YamlModuleState, loader: Value | undefined): void {
  if (loader === undefined) throw typeError("load() missing 1 required positional argument: 'Loader'");
  if (!(loader instanceof PyClass) || !state.loaders.includes(loader)) {
    throw typeError('Loader must be one of yaml.SafeLoader, yaml.FullLoader, yaml.Loader or yaml.BaseLoader (all load plain data only)');
  }
}

function buildYaml(options: YamlOptions, ctx: ModuleContext): Record<string, Value> {
  const YAMLError = newClass('YAMLError', ExceptionType);
  const loaderBase = newClass('BaseLoader', ObjectType);
  const loaders = [loaderBase, newClass('SafeLoader', loaderBase), newClass('FullLoader', loaderBase), newClass('Loader', loaderBase)];
  const dumpers = { SafeDumper: newClass('SafeDumper', ObjectType), Dumper: newClass('Dumper', ObjectType) };
  const state: YamlModuleState = { errorCls: YAMLError, loaders, options, ctx };
  const loadOne = (rt: Runtime, stream: Value) => parseDocuments(rt, state, streamText(rt, stream))[0] ?? None;
  const loadAll = (rt: Runtime, stream: Value): PyIterator => new ArrayIterator({ items: parseDocuments(rt, state, streamText(rt, stream)) });
  const dumpParams = ['data', 'stream?', 'default_flow_style?', 'sort_keys?', 'indent?', 'width?', 'explicit_start?', 'allow_unicode?', 'Dumper?'];
  const fn = nativeFunction.bind(null, 'yaml');
  return {
    YAMLError,
    BaseLoader: loaders[0], SafeLoader: loaders[1], FullLoader: loaders[2], Loader: loaders[3],
    ...dumpers,
    safe_load: fn('safe_load', ['stream'], (rt, [s]) => loadOne(rt, s), 'Parses the first YAML document in a stream into plain data.'),
    safe_load_all: fn('safe_load_all', ['stream'], (rt, [s]) => loadAll(rt, s), 'Parses every YAML document in a stream (an iterator).'),
    load: fn('load', ['stream', 'Loader?'], (rt, [s, l]) => {
      checkLoader(state, l);
      return loadOne(rt, s);
    }, 'Like safe_load; Loader must be given (every loader is safe).'),
    load_all: fn('load_all', ['stream', 'Loader?'], (rt, [s, l]) => {
      checkLoader(state, l);
      return loadAll(rt, s);
    }, 'Like safe_load_all; Loader must be given (every loader is safe).'),
    safe_dump: fn('safe_dump', dumpParams, (rt, a) => writeOrReturn(rt, a[1], dumpText(rt, state, [a[0]], dumpKw(rt, a))),
      'Writes plain data as YAML (to stream, or returns a str).'),
    dump: fn('dump', dumpParams, (rt, a) => writeOrReturn(rt, a[1], dumpText(rt, state, [a[0]], dumpKw(rt, a))),
      'Like safe_dump (only plain data can be represented).'),
    safe_dump_all: fn('safe_dump_all', dumpParams, (rt, a) => {
      const docs = a[0] instanceof PyList || a[0] instanceof PyTuple ? a[0].items : [a[0]];
      return writeOrReturn(rt, a[1], dumpText(rt, state, docs, dumpKw(rt, a)));
    }, 'Writes several documents as one YAML stream.'),
  };
}

export const yamlLibrary = defineLibrary<YamlOptions>({
  name: 'yaml',
  version: '1.0.0',
  summary: 'YAML parsing and dumping (safe_load, safe_dump) with alias and size budgets.',
  tier: 'pure',
  capabilities: [],
  modules: ['yaml'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { maxAliases: { type: 'integer', minimum: 0, maximum: 1000000, default: 10000 } },
  },
  docs: [{
    name: 'yaml',
    summary: "PyYAML's safe API: YAML 1.1 documents to and from plain data.",
    members: [
      { name: 'safe_load', kind: 'function', signature: '(stream)', doc: 'Parses the first YAML document in a stream into plain data.' },
      { name: 'safe_load_all', kind: 'function', signature: '(stream)', doc: 'Parses every YAML document in a stream (an iterator).' },
      { name: 'load', kind: 'function', signature: '(stream, Loader)', doc: 'Like safe_load; Loader must be given (every loader is safe).' },
      { name: 'load_all', kind: 'function', signature: '(stream, Loader)', doc: 'Like safe_load_all.' },
      { name: 'safe_dump', kind: 'function', signature: '(data, stream=None, default_flow_style=False, sort_keys=True, indent=2, width=80, explicit_start=False)', doc: 'Writes plain data as YAML (to stream, or returns a str).' },
      { name: 'dump', kind: 'function', signature: '(data, stream=None, ...)', doc: 'Like safe_dump.' },
      { name: 'safe_dump_all', kind: 'function', signature: '(documents, stream=None, ...)', doc: 'Writes several documents as one YAML stream.' },
      { name: 'YAMLError', kind: 'class', doc: 'Raised for invalid YAML or data that cannot be represented.' },
    ],
  }],
  create(options) {
    return { modules: [{ name: 'yaml', summary: 'YAML to and from plain data.', build: (ctx) => buildYaml(options, ctx) }] };
  },
});
