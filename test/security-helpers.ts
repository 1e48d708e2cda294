// Shared helpers for the security attack suites (test/security*.test.ts).
// Not a test file itself: vitest only collects *.test.ts.

import { expect } from 'vitest';
import {
  Interpreter, InternalError, ResourceExhausted, SandlingError, ScriptError, ScriptSyntaxError,
  type InterpreterOptions,
} from '../core/index.js';

/**
 * Texts that must never appear in anything a script or host sees from a run:
 * JS stack frames, JS engine error texts, install paths, implicit JS coercions.
 */
export const LEAK_PATTERNS: [string, RegExp][] = [
  ['JS stack frame', /\n\s+at \S/],
  ['JS stack frame', /^\s*at .*\(.*:\d+:\d+\)/m],
  ['install path', /\/work\/main/],
  ['node_modules path', /node_modules/],
  ['.js file', /\.m?js:\d|\.m?js\b(?!on)/],
  ['.ts file', /\.ts:\d|\.ts\b/],
  ['file URL', /file:\/\//],
  ['JS TypeError text', /Cannot read propert/],
  ['JS TypeError text', /Cannot set propert/],
  ['JS TypeError text', /is not a function/],
  ['JS TypeError text', /is not a constructor/],
  ['JS TypeError text', /Cannot convert .* to a BigInt|Cannot mix BigInt/],
  ['JS RangeError text', /Maximum call stack/],
  ['JS RangeError text', /Maximum BigInt size/],
  ['JS RangeError text', /Invalid (string|array|typed array) length/],
  ['JS value text', /\bundefined\b/],
  ['JS coercion', /\[object [A-Z]\w*\]/],
  ['JS function source', /\bfunction\s*\w*\s*\([^)]*\)\s*\{|\[native code\]/],
  ['JS number text', /\bInfinity\b|\bNaN\b(?! to integer)/],
  ['JS WeakMap error', /weak map key/],
  ['JS JSON error', /in JSON at position|Unexpected token|Unexpected end of JSON/],
  ['JS errno text', /\bENOENT\b|\bEACCES\b|no such file or directory/],
  ['JS error name', /\b(?:Range|Eval|URI)Error\b/],
];

/** Returns the first leak pattern that matches `text`, or null. */
export function findLeak(text: string): string | null {
  for (const [what, re] of LEAK_PATTERNS) {
    const m = re.exec(text);
    if (m) return `${what}: ${JSON.stringify(m[0])} in ${JSON.stringify(text.slice(Math.max(0, m.index - 60), m.index + 80))}`;
  }
  return null;
}

/** Fails if `text` contains host information or JS texts. */
export function expectNoLeak(text: string, context = ''): void {
  const leak = findLeak(text);
  expect(leak, `${context} leaks ${leak}`).toBeNull();
}

/** Every string a host (or, through print, the script) can see about an error. */
export function errorTexts(e: unknown): string {
  if (e === undefined) return '';
  if (e instanceof ScriptError) return [e.message, e.pyType, e.pyMessage, e.report, JSON.stringify(e.traceback)].join('\n');
  if (e instanceof ScriptSyntaxError) return [e.message, e.msg, e.format()].join('\n');
  if (e instanceof SandlingError) return e.message;
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

export interface RunResult {
  out: string;
  error: unknown;
}

/** Runs `src` in a fresh (or given) interpreter, collecting output and the thrown error (if any). */
export function runScript(src: string, opts: InterpreterOptions & { interp?: Interpreter; filename?: string } = {}): RunResult {
  let out = '';
  const interp = opts.interp ?? new Interpreter({
    output: (t) => {
      out += t;
    },
    limits: opts.limits ?? { maxOps: 20_000_000, timeoutMs: 20_000 },
    globals: opts.globals,
  });
  let error: unknown = undefined;
  try {
    interp.run(src, { filename: opts.filename ?? 'attack.py' });
  } catch (e) {
    error = e;
  }
  if (opts.interp) out += interp.takeOutput();
  return { out, error };
}

/** Describes an error for assertion messages. */
export function describeError(e: unknown): string {
  if (e === undefined) return 'no error';
  if (e instanceof ScriptError) return `ScriptError ${e.pyType}: ${e.pyMessage}`;
  if (e instanceof ResourceExhausted) return `ResourceExhausted(${e.kind}): ${e.detail}`;
  if (e instanceof InternalError) {
    const cause = (e as { cause?: unknown }).cause;
    const c = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    return `InternalError (cause ${c})`;
  }
  if (e instanceof SandlingError) return `${e.constructor.name}: ${e.message}`;
  if (e instanceof Error) return `raw ${e.constructor.name}: ${e.message}`;
  return `raw non-Error ${Object.prototype.toString.call(e)} ${(e as { constructor?: { name?: string } })?.constructor?.name ?? ''}`;
}

/** Runs a script that must finish normally; returns its output. */
export function runOk(src: string, opts: Parameters<typeof runScript>[1] = {}): string {
  const r = runScript(src, opts);
  expect(describeError(r.error), `script failed:\n${src}\noutput so far:\n${r.out}`).toBe('no error');
  return r.out;
}

/** An error is acceptable when it is a Python exception or a limit (never InternalError or a raw JS error). */
export function isAcceptableFailure(e: unknown): boolean {
  return e === undefined || e instanceof ScriptError || e instanceof ResourceExhausted || e instanceof ScriptSyntaxError;
}

// ------------------------------------------------------------------ prototype canary

type DescSnap = {
  value?: unknown;
  get?: unknown;
  set?: unknown;
  writable?: boolean;
  enumerable?: boolean;
  configurable?: boolean;
};
type Snap = { keys: (string | symbol)[]; descs: Map<string | symbol, DescSnap>; proto: unknown; extensible: boolean };

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype) as object;
const GeneratorProto = Object.getPrototypeOf(function* g() { /* */ }.prototype) as object;
const IteratorProto = Object.getPrototypeOf(GeneratorProto) as object;

export const CANARY_TARGETS: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['WeakMap.prototype', WeakMap.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['BigInt.prototype', BigInt.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Symbol.prototype', Symbol.prototype],
  ['Error.prototype', Error.prototype],
  ['TypeError.prototype', TypeError.prototype],
  ['RangeError.prototype', RangeError.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['Promise.prototype', Promise.prototype],
  ['Uint8Array.prototype', Uint8Array.prototype],
  ['TypedArray.prototype', TypedArrayProto],
  ['Iterator.prototype', IteratorProto],
  ['Object', Object],
  ['Array', Array],
  ['Function', Function],
  ['Error', Error],
  ['Promise', Promise],
  ['JSON', JSON],
  ['Math', Math],
  ['Reflect', Reflect],
  ['globalThis', globalThis],
];

function snapshot(o: object): Snap {
  const keys = Reflect.ownKeys(o);
  const descs = new Map<string | symbol, DescSnap>();
  for (const k of keys) {
    const d = Reflect.getOwnPropertyDescriptor(o, k)!;
    descs.set(k, { value: d.value, get: d.get, set: d.set, writable: d.writable, enumerable: d.enumerable, configurable: d.configurable });
  }
  return { keys, descs, proto: Object.getPrototypeOf(o), extensible: Object.isExtensible(o) };
}

/** globalThis names the test runner itself may add or change while tests run. */
const RUNNER_GLOBALS = /^(__vitest|__VITEST|__vite|__tinypool|__coverage|__STRICT|expect$|vi$|vitest$|__timing)/i;

export function takeCanary(): Map<string, Snap> {
  // Node installs some globals (AbortController, ...) as lazy accessors that turn into
  // data properties on first use: materialise them first so only real changes show.
  for (const k of Reflect.ownKeys(globalThis)) {
    const d = Reflect.getOwnPropertyDescriptor(globalThis, k);
    if (d?.get !== undefined) {
      try {
        void (globalThis as Record<string | symbol, unknown>)[k];
      } catch {
        // ignore
      }
    }
  }
  const m = new Map<string, Snap>();
  for (const [name, o] of CANARY_TARGETS) m.set(name, snapshot(o));
  return m;
}

/** Lists every difference between a canary snapshot and the current state. */
export function canaryDiff(before: Map<string, Snap>): string[] {
  const problems: string[] = [];
  for (const [name, o] of CANARY_TARGETS) {
    const a = before.get(name)!;
    const b = snapshot(o);
    if (a.proto !== b.proto) problems.push(`${name}: prototype changed`);
    if (a.extensible !== b.extensible) problems.push(`${name}: extensibility changed`);
    const ignore = (k: string | symbol) => o === globalThis && typeof k === 'string' && RUNNER_GLOBALS.test(k);
    for (const k of b.keys) {
      if (ignore(k)) continue;
      if (!a.descs.has(k)) problems.push(`${name}: new own property ${String(k)}`);
    }
    for (const k of a.keys) {
      if (ignore(k)) continue;
      const da = a.descs.get(k)!;
      const db = b.descs.get(k);
      if (db === undefined) {
        problems.push(`${name}: own property ${String(k)} deleted`);
        continue;
      }
      for (const f of ['value', 'get', 'set', 'writable', 'enumerable', 'configurable'] as const) {
        if (!Object.is(da[f], db[f])) problems.push(`${name}.${String(k)}: descriptor field ${f} changed`);
      }
    }
  }
  return problems;
}

/** Python-ish string literal for embedding JS strings in generated scripts. */
export function pyStr(s: string): string {
  return JSON.stringify(s);
}
