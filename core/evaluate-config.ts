/**
 * Config-as-code: `evaluateConfig(source, options)` runs a configuration
 * script reproducibly, takes its result, converts it to plain JSON data and
 * validates it against the host's JSON Schema. Every problem is reported in
 * the config author's terms: the path of the offending key as the script
 * would spell it (`config.servers[1].port`) and what was wrong with it
 * (`must be <= 65535 (got 70000)`).
 *
 * Which value is the config: when the script defines a callable `main`, the
 * value `main()` returns; otherwise the value of its global `config`.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { HostUsageError, SandlingError } from './errors.js';
import { Interpreter } from './interpreter.js';
import { Limits, type LimitOptions } from './limits.js';
import type { LibraryProvider } from './modules.js';
import { isCallable } from './builtins.js';
import { PyBoxed, type Value } from './runtime/object.js';
import { None } from './runtime/types.js';
import { PyBytes, PyByteArray, PyFloat, PyList, PyTuple } from './runtime/values.js';
import { PyDict, PySetBase } from './runtime/dict.js';
import { floatRepr } from './runtime/floatrepr.js';
import { typeName } from './runtime/ops.js';

/** Options of `evaluateConfig`. */
export interface EvaluateConfigOptions {
  /** JSON Schema (draft-07) the config must satisfy. Without it, any JSON data is accepted. */
  schema?: object;
  /** Limits of the run. Default `Limits.untrusted()`. */
  limits?: LimitOptions;
  /** Libraries the script may import beyond the standard library (a `Registry`). */
  libraries?: LibraryProvider;
  /** File name shown in errors and tracebacks. Default `config.py`. */
  filename?: string;
  /**
   * Reproducible clock and randomness, as for `Interpreter`. Default `true`
   * (the same script always yields the same config); `false` uses the real clock.
   */
  deterministic?: boolean | {
    /** The clock's start, in milliseconds since 1970 (default 2000-01-01T00:00:00Z). */
    epochMs?: number;
    /** The random seed (default 0). */
    seed?: number;
  };
  /** Receives what the script prints. Default: discarded. */
  output?: (text: string) => void;
  /** Globals the script starts with (plain data and host functions, as for `Interpreter`). */
  globals?: Record<string, unknown>;
}

/** One problem with a config: where (`config.servers[1].port`) and what. */
export interface ConfigProblem {
  /**
   * `value`: a value that is not JSON data (`float nan is not JSON`);
   * `schema`: valid JSON that the schema refuses (`must be <= 65535 (got 70000)`);
   * `result`: the script produced no config at all.
   */
  readonly kind: 'value' | 'schema' | 'result';
  /** The offending value's path as the script spells it, e.g. `config.servers[1].port`. */
  readonly path: string;
  /** What is wrong, e.g. `must be <= 65535 (got 70000)`. */
  readonly message: string;
}

/** A config script ran but its result is not valid: not JSON data, or not what the schema allows. */
export class ConfigError extends SandlingError {
  /** Every problem found (schema validation reports all of them, not just the first). */
  readonly problems: readonly ConfigProblem[];
  /** The script's file name (the `filename` option). */
  readonly filename: string;

  constructor(filename: string, problems: ConfigProblem[]) {
    const lines = problems.map((p) => `  ${problemText(p)}`);
    super(`${filename}: invalid config (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.filename = filename;
    this.problems = problems;
  }
}

/** A problem as one line: `config.port must be an int (got 'x')`, `config.ratio: float nan is not JSON`. */
export function problemText(p: ConfigProblem): string {
  if (p.path === '') return p.message;
  return p.kind === 'value' ? `${p.path}: ${p.message}` : `${p.path} ${p.message}`;
}

/**
 * Runs a config script and returns its validated config as plain JSON data
 * (objects, arrays, strings, finite numbers, booleans, null).
 *
 * Throws `ScriptSyntaxError`, `ScriptError` or `ResourceExhausted` when the
 * script itself fails, and `ConfigError` (listing every problem) when its
 * result is not JSON data or does not match `schema`.
 */
export function evaluateConfig<T = unknown>(source: string, options: EvaluateConfigOptions = {}): T {
  if (typeof source !== 'string') throw new HostUsageError('evaluateConfig: source must be a string');
  const filename = options.filename ?? 'config.py';
  const validate = options.schema === undefined ? null : compileSchema(options.schema);
  const interp = new Interpreter({
    limits: options.limits ?? Limits.untrusted(),
    libraries: options.libraries,
    deterministic: options.deterministic ?? true,
    output: options.output ?? (() => undefined),
    globals: options.globals,
  });
  interp.run(source, { filename });
  const main = interp.globalValue('main');
  let result: Value | undefined;
  if (main !== undefined && isCallable(main)) {
    result = interp.callGlobal('main');
  } else {
    result = interp.globalValue('config');
    if (result === undefined) {
      const message = 'the script defines neither a `config` variable nor a `main()` function';
      throw new ConfigError(filename, [{ kind: 'result', path: '', message }]);
    }
  }
  const problems: ConfigProblem[] = [];
  const data = toJsonData(result, 'config', problems);
  if (problems.length === 0 && validate !== null && !validate(data)) {
    problems.push(...describeSchemaErrors(validate.errors ?? [], 'config'));
  }
  if (problems.length > 0) throw new ConfigError(filename, problems);
  return data as T;
}

// ------------------------------------------------------------------ JSON data

const MAX_DEPTH = 200;

/** A script value as JSON data; each value that is not JSON adds a problem naming its path. */
function toJsonData(v: Value, path: string, problems: ConfigProblem[], depth = 0): unknown {
  if (depth > MAX_DEPTH) {
    problems.push({ kind: 'value', path, message: `nested more than ${MAX_DEPTH} levels deep` });
    return null;
  }
  if (v === None) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') {
    problems.push({ kind: 'value', path, message: `int ${v} is too large for JSON (beyond 2**53)` });
    return null;
  }
  if (v instanceof PyFloat) {
    if (!Number.isFinite(v.v)) problems.push({ kind: 'value', path, message: `float ${floatRepr(v.v)} is not JSON` });
    return v.v;
  }
  // Subclasses of int, str, ... (IntEnum members, a str subclass) hold a plain value.
  if (v instanceof PyBoxed) return toJsonData(v.value, path, problems, depth + 1);
  if (v instanceof PyList || v instanceof PyTuple) {
    return v.items.map((x, i) => toJsonData(x, `${path}[${i}]`, problems, depth + 1));
  }
  if (v instanceof PyDict) {
    const out: Record<string, unknown> = {};
    for (const [nk, x] of v.map) {
      const key = v.keyOf(nk);
      if (typeof key !== 'string') {
        problems.push({ kind: 'value', path, message: `dict key ${shortRepr(key)} is not JSON (keys must be str, not ${typeName(key)})` });
        continue;
      }
      // defineProperty: a key such as `__proto__` must stay an ordinary key.
      const value = toJsonData(x, keyPath(path, key), problems, depth + 1);
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  const what = v instanceof PySetBase ? `a ${typeName(v)} is not JSON (use a list)`
    : v instanceof PyBytes || v instanceof PyByteArray ? `${typeName(v)} is not JSON (decode it to a str)`
      : `a value of type '${typeName(v)}' is not JSON`;
  problems.push({ kind: 'value', path, message: what });
  return null;
}

function shortRepr(k: Value): string {
  if (typeof k === 'number' || typeof k === 'bigint') return String(k);
  if (typeof k === 'boolean') return k ? 'True' : 'False';
  if (k === None) return 'None';
  if (k instanceof PyFloat) return floatRepr(k.v);
  return `of type '${typeName(k)}'`;
}

/** `config.servers` for identifier keys, `config['content-type']` for others. */
function keyPath(path: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${pyStr(key)}]`;
}

// ------------------------------------------------------------------ the schema

const validators = new WeakMap<object, ValidateFunction>();

function compileSchema(schema: object): ValidateFunction {
  if (typeof schema !== 'object' || schema === null) throw new HostUsageError('evaluateConfig: schema must be a JSON Schema object');
  let v = validators.get(schema);
  if (v === undefined) {
    // One Ajv per schema: schemas with the same $id (two versions of a host's schema) never clash.
    // verbose: errors carry the offending value and their schema, for "(got ...)" and suggestions.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
    try {
      v = ajv.compile(schema);
    } catch (e) {
      throw new HostUsageError(`evaluateConfig: the schema is invalid: ${(e as Error).message}`);
    }
    validators.set(schema, v);
  }
  return v;
}

/** How values and types are named in problems: as a Python script writes them, or as JSON. */
export type ValueStyle = 'python' | 'json';

/**
 * ajv errors as problems a config author understands, with paths rooted at
 * `root` (`config.servers[1].port`; an empty root gives `servers[1].port`).
 * Shared by `evaluateConfig` (Python words: `must be an int (got 'x')`) and
 * the CLI's JSON config file (`must be an integer (got "x")`). Needs errors
 * from an Ajv created with `verbose: true` for the "(got ...)" parts.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[], root: string, style: ValueStyle = 'python'): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const p = describeSchemaError(e, root, style);
    const key = problemText(p);
    if (!seen.has(key)) out.push(p);
    seen.add(key);
  }
  return out;
}

function describeSchemaError(e: ErrorObject, root: string, style: ValueStyle): ConfigProblem {
  const path = pointerPath(e.instancePath, root);
  const show = style === 'python' ? pyRepr : jsonRepr;
  const got = e.data === undefined ? '' : ` (got ${show(e.data)})`;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { kind: 'schema', path, message: `is missing the required key ${show(String(params.missingProperty))}` };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const near = closest(key, known);
      return { kind: 'schema', path, message: `has an unknown key ${show(key)}${near === null ? '' : ` (did you mean ${show(near)}?)`}` };
    }
    case 'type':
      return { kind: 'schema', path, message: `must be ${typeWords(params.type, style)}${got}` };
    case 'enum':
      return { kind: 'schema', path, message: `must be one of ${((params.allowedValues as unknown[]) ?? []).map(show).join(', ')}${got}` };
    case 'const':
      return { kind: 'schema', path, message: `must be ${show(params.allowedValue)}${got}` };
    case 'pattern':
      return { kind: 'schema', path, message: `must match the pattern ${String(params.pattern)}${got}` };
    default:
      return { kind: 'schema', path, message: `${e.message ?? 'is invalid'}${got}` };
  }
}

/** `/servers/1/port` -> `config.servers[1].port`. */
function pointerPath(pointer: string, root: string): string {
  if (pointer === '') return root;
  let out = root;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^(0|[1-9][0-9]*)$/.test(part)) out += `[${part}]`;
    else if (out === '' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out = part;
    else out = keyPath(out, part);
  }
  return out;
}

const TYPE_WORDS: Record<ValueStyle, Record<string, string>> = {
  python: {
    integer: 'an int', number: 'a number', string: 'a str', boolean: 'True or False',
    array: 'a list', object: 'a dict', null: 'None',
  },
  json: {
    integer: 'an integer', number: 'a number', string: 'a string', boolean: 'true or false',
    array: 'an array', object: 'an object', null: 'null',
  },
};

function typeWords(t: unknown, style: ValueStyle): string {
  const list = Array.isArray(t) ? t : String(t).split(',');
  return list.map((x) => TYPE_WORDS[style][String(x)] ?? String(x)).join(' or ');
}

/** A JSON value as JSON text, cut to a readable length. */
function jsonRepr(v: unknown): string {
  const s = JSON.stringify(v) ?? 'null';
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** A JSON value written as Python would show it, cut to a readable length. */
export function pyRepr(v: unknown): string {
  const s = pyReprFull(v, 0);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function pyReprFull(v: unknown, depth: number): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatRepr(v);
  if (typeof v === 'string') return pyStr(v);
  if (depth > 3) return '...';
  if (Array.isArray(v)) return `[${v.map((x) => pyReprFull(x, depth + 1)).join(', ')}]`;
  if (typeof v === 'object') {
    return `{${Object.entries(v).map(([k, x]) => `${pyStr(k)}: ${pyReprFull(x, depth + 1)}`).join(', ')}}`;
  }
  return String(v);
}

/** A str literal as Python's repr writes it (single quotes unless the text has one and no double quote). */
function pyStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
}

/**
 * The known word nearest to `word`, or null when none is near: at most one
 * edit per three letters (at least one), counting a swap of two neighbours
 * (`pritn`) as one edit and ignoring case.
 */
export function closest(word: string, known: readonly string[]): string | null {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | null = null;
  let bestD = limit + 1;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k.toLowerCase(), limit);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/** Optimal string alignment distance (insert, delete, substitute, swap neighbours); limit + 1 when over `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
