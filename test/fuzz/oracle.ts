/**
 * The fuzz oracle: runs one program in a fresh Interpreter under tiny limits
 * and says whether the host saw anything it must never see (threat model §6,
 * item 23): a non-Sandling exception, an InternalError or HostUsageError, a
 * run that overstays its deadline, a JavaScript detail leaking into a script
 * error, a change to the shared JS prototypes or globalThis, or an interpreter
 * that no longer works after the run.
 *
 * This module imports nothing from core/: the caller passes the Sandling API
 * (`Api`) so that the same oracle runs both inside vitest (TypeScript sources)
 * and inside the fuzz worker (an esbuild bundle of core/).
 */

/** The subset of `core/index.ts` the oracle uses. */
export interface Api {
  Interpreter: new (options: {
    output?: (text: string) => void;
    limits?: { maxOps?: number; timeoutMs?: number; maxDepth?: number; maxValueBytes?: number; maxMemoryBytes?: number };
  }) => { run(source: string, options?: { filename?: string }): void };
  ScriptSyntaxError: abstract new (...args: never[]) => Error;
  ScriptError: abstract new (...args: never[]) => Error;
  ResourceExhausted: abstract new (...args: never[]) => Error;
  HostUsageError: abstract new (...args: never[]) => Error;
  InternalError: abstract new (...args: never[]) => Error;
}

export interface FuzzLimits {
  maxOps: number;
  timeoutMs: number;
  maxDepth: number;
  maxValueBytes: number;
  /** The per-run allocation account (core/limits.ts); ignored by builds without it. */
  maxMemoryBytes?: number;
}

/** The limits every fuzz program runs under. */
export const FUZZ_LIMITS: FuzzLimits = {
  maxOps: 200_000,
  timeoutMs: 1000,
  maxDepth: 100,
  maxValueBytes: 1024 * 1024,
  maxMemoryBytes: 64 * 1024 * 1024,
};

/** Wall time a run may take beyond `timeoutMs` (parsing + the last chunk + GC). */
export const GRACE_MS = 250;

/** Strings that must never appear in a script-facing error (JS internals leaking). */
export const FORBIDDEN_IN_MESSAGES: (string | RegExp)[] = [
  // A JS stack frame (`    at fn (file:1:2)`), not a quoted source line that starts with "at".
  /^\s+at (\S+ \(.*\)|\S+:\d+:\d+)$/m,
  '.js:',
  '.ts:',
  'node_modules',
  '/work/main',
  'undefined is not',
  'Cannot read properties',
  'Maximum call stack',
];

/** What happened to one program. `ok` is false when the oracle is violated. */
export interface Verdict {
  ok: boolean;
  /**
   * How the run ended: `return`, `ScriptSyntaxError`, `ScriptError`,
   * `ResourceExhausted`, or for failures `InternalError`, `HostUsageError`,
   * `JS:<name>` (a raw JavaScript error), `non-error`, `hang`, `crash`.
   */
  outcome: string;
  /**
   * For failures: the kind of violation — `escape` (InternalError, HostUsageError, raw JS error),
   * `hang`, `crash` (worker died, e.g. out of memory), `slow` (beyond timeoutMs + grace),
   * `memory` (a run kept hundreds of MiB alive), `canary` (shared prototypes changed),
   * `broken-after` (the interpreter no longer runs print(1+1)), `isolation` (a fresh interpreter
   * sees builtins changed by the program), `leak` (JS details in a
   * script-facing message), `host-stack` (JS stack overflow instead of the maxDepth limit).
   */
  failure?: string;
  /** Human-readable detail (error message, cause, canary diff...). */
  detail?: string;
  /** A short description for de-duplication: violation + error type + message with numbers blanked. */
  signature?: string;
  /** Wall milliseconds of the run. */
  ms: number;
  /** Python exception type for ScriptError / ScriptSyntaxError, ResourceExhausted kind. */
  pyType?: string;
  /** Characters of output the program printed. */
  outputChars?: number;
  /** The start of what the program printed (up to 2000 characters). */
  output?: string;
  /** pyMessage of a ScriptError, msg of a ScriptSyntaxError, detail of a ResourceExhausted. */
  message?: string;
}

// ---------------------------------------------------------------------------
// Prototype / global canary

type Snapshot = Map<string, Map<PropertyKey, string>>;

function describeProp(d: PropertyDescriptor): string {
  const show = (v: unknown) => {
    if (typeof v === 'function') return `fn:${(v as { name?: string }).name ?? ''}`;
    if (v !== null && typeof v === 'object') return 'obj';
    return `${typeof v}:${String(v)}`;
  };
  if ('value' in d) return `v=${show(d.value)} w=${d.writable} e=${d.enumerable} c=${d.configurable}`;
  return `get=${show(d.get)} set=${show(d.set)} e=${d.enumerable} c=${d.configurable}`;
}

function snapshotOf(o: object): Map<PropertyKey, string> {
  const m = new Map<PropertyKey, string>();
  for (const k of Reflect.ownKeys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    if (d !== undefined) m.set(k, describeProp(d));
  }
  return m;
}

const CANARY_TARGETS: [string, () => object][] = [
  ['Object.prototype', () => Object.prototype],
  ['Array.prototype', () => Array.prototype],
  ['Function.prototype', () => Function.prototype],
  ['Map.prototype', () => Map.prototype],
  ['Set.prototype', () => Set.prototype],
  ['String.prototype', () => String.prototype],
  ['Number.prototype', () => Number.prototype],
  ['BigInt.prototype', () => BigInt.prototype],
  ['Promise.prototype', () => Promise.prototype],
  ['Error.prototype', () => Error.prototype],
  ['globalThis', () => globalThis],
];

/**
 * globalThis properties that the test runner or Node itself may add/change lazily
 * between programs; they are not the sandbox's doing.
 */
const VOLATILE_GLOBALS = new Set<PropertyKey>([
  '__vitest_worker__', '__vitest_environment__', '__vitest_required__', '__vitest_browser__',
  '__vitest_index__', '__vitest_mocker__', '__vitest_executor', '__vitest_injected_context__',
  '__VITEST_RESULT__', '__coverage__', 'gc',
]);

export function takeCanarySnapshot(): Snapshot {
  const s: Snapshot = new Map();
  for (const [name, get] of CANARY_TARGETS) s.set(name, snapshotOf(get()));
  return s;
}

/** Describes every new, changed or removed own property since `before`; empty when clean. */
export function diffCanary(before: Snapshot): string[] {
  const out: string[] = [];
  for (const [name, get] of CANARY_TARGETS) {
    const was = before.get(name)!;
    const now = snapshotOf(get());
    for (const [k, d] of now) {
      if (name === 'globalThis' && (VOLATILE_GLOBALS.has(k) || (typeof k === 'string' && k.startsWith('__vitest')))) continue;
      const old = was.get(k);
      if (old === undefined) out.push(`${name}: new own property ${String(k)} (${d})`);
      else if (old !== d) out.push(`${name}: changed own property ${String(k)}: ${old} -> ${d}`);
    }
    for (const k of was.keys()) {
      if (name === 'globalThis' && VOLATILE_GLOBALS.has(k)) continue;
      if (!now.has(k)) out.push(`${name}: removed own property ${String(k)}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Cross-interpreter isolation probe

/**
 * Run in a *fresh* interpreter after every program: describes the builtin types
 * and functions. Its output must never change — otherwise a program mutated
 * state shared between interpreters ("interpreters share nothing").
 */
export const ISOLATION_PROBE = `${[
  "_ts = (int, str, list, dict, tuple, set, frozenset, bytes, bytearray, float, bool, object, type, range, slice,",
  "       BaseException, Exception, ValueError, KeyError, StopIteration, property, staticmethod, classmethod, super,",
  "       map, zip, enumerate, filter, reversed, type(None), type(len), type(lambda: 0), type((z for z in ())))",
  "for _t in _ts:",
  "    print(_t.__name__, [(_n, type(getattr(_t, _n)).__name__) for _n in dir(_t)])",
  "print([type(_b).__name__ for _b in (len, print, repr, abs, sorted, min, max, sum, isinstance, getattr, hash, iter, next)])",
  "print(len.__name__, print.__qualname__, int.__module__, 1 + 1, 'a' * 3, [1, 2] + [3], {'a': 1} | {'b': 2}, hash((1, 2)), hash(1.5))"
].join('\n')}\n`;

/** A cheaper probe (about 1 ms) run after every program; the full one runs every few programs. */
export const QUICK_PROBE = `${ISOLATION_PROBE.split('\n').slice(0, 3).join('\n')}\nprint([(_t.__name__, len(dir(_t))) for _t in _ts])\n`;

/** Output of a probe in a fresh interpreter. */
export function runProbe(api: Api, probe = ISOLATION_PROBE): string {
  let out = '';
  const interp = new api.Interpreter({ output: (t) => { out += t; } });
  try {
    interp.run(probe, { filename: 'probe.py' });
  } catch (e) {
    out += `\n<probe failed: ${errorText(e)}>`;
  }
  return out;
}

// ---------------------------------------------------------------------------
// The oracle

/** Blanks numbers, quoted fragments and long tails so similar failures share a signature. */
export function normalizeMessage(msg: string): string {
  return msg
    .replace(/'[^']*'|"[^"]*"/g, "'…'")
    .replace(/0x[0-9a-f]+/gi, 'N')
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .slice(0, 160);
}

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  try {
    return `${typeof e}: ${String(e)}`;
  } catch {
    return typeof e;
  }
}

/** The first line of a JS stack that points into Sandling's sources (for classification). */
export function firstSandlingFrame(e: unknown): string {
  if (!(e instanceof Error) || typeof e.stack !== 'string') return '';
  const lines = e.stack.split('\n').slice(1);
  const ours: string[] = [];
  for (const line of lines) {
    const m = /((?:core|stdlib|extlibs)\/[\w/.-]+\.[jt]s):(\d+)/.exec(line);
    const fn = /at (?:new )?([\w$.<>]+) /.exec(line);
    if (m) ours.push(`${fn?.[1] ?? '?'} (${m[1]}:${m[2]})`);
    if (ours.length === 2) break;
  }
  // The innermost frame and its caller: helpers like typeOf() are reached from many places.
  if (ours.length > 0) return ours.join(' < ');
  for (const line of lines) {
    const fn = /at (?:new )?([\w$.<>]+) /.exec(line);
    if (fn && !/node:|vitest|fuzz/.test(line)) return fn[1];
  }
  return '';
}

function leakIn(text: string, source: string): string | null {
  for (const bad of FORBIDDEN_IN_MESSAGES) {
    if (typeof bad === 'string' ? text.includes(bad) && !source.includes(bad) : bad.test(text) && !bad.test(source)) {
      return String(bad);
    }
  }
  return null;
}

export interface CheckOptions {
  limits?: FuzzLimits;
  graceMs?: number;
  /** Snapshot to compare the canary against (taken once at start); skipped when absent. */
  canary?: Snapshot;
  filename?: string;
  /**
   * When given, memory still held after the run (after a full GC) beyond
   * `retainedMb` MiB is a failure: with maxValueBytes 1 MiB and a small op
   * budget, a script must not be able to keep hundreds of MiB alive.
   */
  memory?: { gc: () => void; retainedMb: number };
  /** A probe and its baseline output; when given, the probe is re-run after the program and compared. */
  probe?: { source: string; baseline: string };
}

function memoryInUse(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const MAX_OUTPUT_CHARS = 4 * 1024 * 1024;

/** Runs `source` in a fresh Interpreter and checks every oracle property. */
export function checkProgram(api: Api, source: string, opts: CheckOptions = {}): Verdict {
  const limits = opts.limits ?? FUZZ_LIMITS;
  const grace = opts.graceMs ?? GRACE_MS;
  const filename = opts.filename ?? 'fuzz.py';
  let outputChars = 0;
  let out = '';
  const interp = new api.Interpreter({
    output: (t) => {
      outputChars += t.length;
      if (out.length < MAX_OUTPUT_CHARS) out += t;
    },
    limits: { ...limits },
  });

  let programOutput = '';
  const fail = (v: Omit<Verdict, 'ok' | 'ms' | 'signature'>, ms: number): Verdict => ({
    ...v,
    ok: false,
    ms,
    outputChars,
    output: programOutput,
    signature: v.failure === 'canary'
      ? `canary|${normalizeMessage(v.detail ?? '')}`
      : v.failure === 'memory' ? `memory|${v.outcome}|${v.pyType ?? ''}`
      : `${v.failure}|${v.outcome}|${normalizeMessage(v.detail ?? '')}`,
  });

  const mem0 = opts.memory !== undefined ? memoryInUse() : 0;
  const t0 = performance.now();
  let caught: unknown = undefined;
  let threw = false;
  try {
    interp.run(source, { filename });
  } catch (e) {
    threw = true;
    caught = e;
  }
  const ms = performance.now() - t0;
  const output = out.slice(0, 2000);
  programOutput = output;

  let outcome = 'return';
  let message: string | undefined;
  let pyType: string | undefined;
  if (threw) {
    const e = caught;
    if (e instanceof api.InternalError) {
      const cause = (e as { cause?: unknown }).cause;
      const where = firstSandlingFrame(cause);
      return fail({
        outcome: 'InternalError',
        failure: 'escape',
        detail: `${(e as Error).message} — cause ${errorText(cause)}${where ? ` at ${where}` : ''}`,
      }, ms);
    }
    if (e instanceof api.HostUsageError) {
      return fail({ outcome: 'HostUsageError', failure: 'escape', detail: (e as Error).message }, ms);
    }
    if (e instanceof api.ScriptSyntaxError) {
      outcome = 'ScriptSyntaxError';
      const se = e as unknown as { pyType: string; msg: string; format(): string; message: string };
      pyType = se.pyType;
      message = se.msg;
      let report: string;
      try {
        report = se.format();
      } catch (fe) {
        return fail({ outcome, failure: 'escape', detail: `ScriptSyntaxError.format() threw ${errorText(fe)}` }, ms);
      }
      const leak = leakIn(`${se.message}\n${se.msg}\n${report}`, source);
      if (leak !== null) {
        return fail({ outcome, failure: 'leak', detail: `${se.pyType}: ${se.msg} (contains ${JSON.stringify(leak)})` }, ms);
      }
    } else if (e instanceof api.ScriptError) {
      outcome = 'ScriptError';
      const se = e as unknown as { pyType: string; pyMessage: string; report: string; message: string };
      pyType = se.pyType;
      message = se.pyMessage;
      const leak = leakIn(`${se.message}\n${se.pyMessage}\n${se.report}`, source);
      if (leak !== null) {
        return fail({ outcome, failure: 'leak', detail: `${se.pyType}: ${se.pyMessage} (contains ${JSON.stringify(leak)})` }, ms);
      }
    } else if (e instanceof api.ResourceExhausted) {
      outcome = 'ResourceExhausted';
      const re = e as unknown as { kind: string; detail: string };
      pyType = re.kind;
      message = re.detail;
      const leak = leakIn(`${re.kind}: ${re.detail}`, source);
      if (leak !== null) {
        return fail({ outcome, failure: 'leak', detail: `${re.kind}: ${re.detail} (contains ${JSON.stringify(leak)})` }, ms);
      }
      if (/host stack/i.test(re.detail)) {
        // The JS stack overflowed before maxDepth tripped: some native recursion is not depth-accounted
        // (threat model §6 item 10). The interpreter's last-resort catch turned it into a limit.
        return fail({ outcome, pyType, message, failure: 'host-stack', detail: `${re.kind}: ${re.detail}` }, ms);
      }
    } else if (e instanceof Error) {
      return fail({
        outcome: `JS:${e.name}`,
        failure: 'escape',
        detail: `${errorText(e)}${firstSandlingFrame(e) ? ` at ${firstSandlingFrame(e)}` : ''}`,
      }, ms);
    } else {
      return fail({ outcome: 'non-error', failure: 'escape', detail: errorText(e) }, ms);
    }
  }

  if (ms > limits.timeoutMs + grace) {
    return fail({
      outcome,
      pyType,
      message,
      failure: 'slow',
      detail: `run took ${Math.round(ms)} ms (timeoutMs ${limits.timeoutMs} + grace ${grace}), ended with ${outcome}${pyType ? ` ${pyType}` : ''}`,
    }, ms);
  }

  if (opts.memory !== undefined) {
    const limitBytes = opts.memory.retainedMb * 2 ** 20;
    if (memoryInUse() - mem0 > limitBytes) {
      opts.memory.gc();
      const held = memoryInUse() - mem0;
      if (held > limitBytes) {
        return fail({
          outcome, pyType, message, failure: 'memory',
          detail: `the run left ${Math.round(held / 2 ** 20)} MiB alive (maxValueBytes ${limits.maxValueBytes}, ended with ${outcome}${pyType ? ` ${pyType}` : ''})`,
        }, ms);
      }
    }
  }

  if (opts.canary !== undefined) {
    const diff = diffCanary(opts.canary);
    if (diff.length > 0) return fail({ outcome, pyType, message, failure: 'canary', detail: diff.join('; ') }, ms);
  }

  if (opts.probe !== undefined) {
    const now = runProbe(api, opts.probe.source);
    if (now !== opts.probe.baseline) {
      const a = opts.probe.baseline.split('\n');
      const b = now.split('\n');
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      return fail({
        outcome, pyType, message, failure: 'isolation',
        detail: `a fresh interpreter sees changed builtins after this program: ${JSON.stringify((a[i] ?? '').slice(0, 200))} -> ${JSON.stringify((b[i] ?? '').slice(0, 200))}`,
      }, ms);
    }
  }

  // The same interpreter must still work.
  out = '';
  try {
    interp.run('print(1+1)', { filename: 'after.py' });
  } catch (e) {
    if (!printShadowed(source)) {
      return fail({ outcome, failure: 'broken-after', detail: `print(1+1) afterwards threw ${errorText(e)}` }, ms);
    }
    return { ok: true, outcome, pyType, message, ms, outputChars, output };
  }
  if (out !== '2\n' && !printShadowed(source)) {
    return fail({ outcome, failure: 'broken-after', detail: `print(1+1) afterwards printed ${JSON.stringify(out.slice(0, 80))}` }, ms);
  }
  return { ok: true, outcome, pyType, message, ms, outputChars, output };
}

/** True when the program may have rebound `print` (so `print(1+1)` afterwards legitimately differs). */
function printShadowed(source: string): boolean {
  return /\bprint\b(?!\s*\()/.test(source);
}
