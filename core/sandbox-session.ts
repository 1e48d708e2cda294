/**
 * The host-thread side shared by `Sandbox` and `SandboxPool`: the options they
 * accept, how a run's task is prepared from them (plain data only), the heap
 * and stack limits a worker gets, and `RunSession`, which serves one run
 * (output, host calls, deadline, abort) and turns its end into a result or a
 * `SandlingError`.
 *
 * @internal
 */
import { MessageChannel, type MessagePort, type ResourceLimits } from 'node:worker_threads';
import { types } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HostError, HostUsageError, InternalError, ResourceExhausted, SandlingError } from './errors.js';
import { DEFAULT_MAX_DEPTH, validateLimits, type LimitOptions } from './limits.js';
import type { InterpreterOptions } from './interpreter.js';
import type { ModuleDef } from './modules.js';
import type { Registry } from '../registry/registry.js';
import {
  ControlBlock, createShared, errorFromData, type CallReply, type Outcome, type SandboxTask, type SourceModuleData,
  type WorkerMessage,
} from './sandbox-protocol.js';

/** Heap and stack limits of a sandbox worker (see `workerResourceLimits` for the defaults). */
export interface WorkerLimits {
  /** Old-generation heap of the worker, in MiB. */
  maxOldGenerationSizeMb?: number;
  /** Young-generation heap of the worker, in MiB. */
  maxYoungGenerationSizeMb?: number;
  /** Stack of the worker's thread, in MiB. */
  stackSizeMb?: number;
}

/** Options of `Sandbox` (and, with pool settings, of `SandboxPool`). */
export interface SandboxOptions {
  /**
   * Script limits of every run (a run may override them). `timeoutMs` is also
   * enforced from outside: a worker still running `graceMs` after its deadline
   * is terminated. `signal` aborts every run of this sandbox.
   */
  limits?: LimitOptions;
  /**
   * Initial globals of every run. Plain data is copied into each run; a
   * top-level function becomes a host function: it runs in this thread, may
   * be async (return a Promise), and the script calls it synchronously.
   */
  globals?: Record<string, unknown>;
  /** Reproducible runs, as for `Interpreter`. */
  deterministic?: InterpreterOptions['deterministic'];
  /**
   * Registered libraries. Only their registrations cross into the worker
   * (name and validated options), where the libraries are rebuilt and their
   * options validated again; host-defined libraries also need `libraryModules`.
   */
  libraries?: Registry;
  /**
   * Modules the worker imports to get host-defined library definitions (URLs,
   * or paths relative to the current directory): each exports a definition, or
   * an array of them, as `default` (or as `libraries`). A definition holds
   * functions, which cannot be sent to another thread, so the worker loads it
   * itself.
   */
  libraryModules?: (string | URL)[];
  /** Extra modules written in Python (`{ name, summary, source }`); native modules cannot cross threads. */
  modules?: ModuleDef[];
  /** Overrides the worker heap and stack limits derived from `limits`. */
  resourceLimits?: WorkerLimits;
  /** How long after its deadline a worker that has not stopped by itself is terminated. Default 250 ms. */
  graceMs?: number;
  /** Size of the shared output buffer per run (rounded up to a power of two). Default 16 KiB. */
  outputBufferBytes?: number;
}

/** Options of one sandboxed run. */
export interface SandboxRunOptions {
  /** File name shown in tracebacks and syntax errors. Default `<string>`. */
  filename?: string;
  /** Globals for this run only (data and host functions, as the sandbox's `globals`). */
  globals?: Record<string, unknown>;
  /**
   * Receives output as it is printed (in batches). Output printed before a
   * failure, or before the worker was terminated, is delivered before the
   * promise settles. Exceptions it throws are ignored.
   */
  onOutput?: (text: string) => void;
  /** Aborts the run: the worker is terminated and the run fails with ResourceExhausted('deadline'). */
  signal?: AbortSignal;
  /** Script limits for this run, over the sandbox's (the worker's heap and stack stay as they are). */
  limits?: LimitOptions;
  /** Global variables to read back after the run (converted to plain JS data, as `Interpreter.get`). */
  collect?: string[];
}

/** What a successful sandboxed run returns: plain JS data only. */
export interface SandboxResult {
  /** Everything the script printed. */
  output: string;
  /** The globals named in `collect` (undefined for an unbound name); absent without `collect`. */
  globals?: Record<string, unknown>;
  /** Wall time of the run inside the worker (interpreter set-up included), in milliseconds. */
  durationMs: number;
}

const MiB = 1024 * 1024;
/** Heap the interpreter itself needs beside the script's values (compiled code, modules). */
const BASE_HEAP_MB = 64;
const DEFAULT_HEAP_MB = 1024;
const MAX_HEAP_MB = 4096;
/** Host stack one Python call level may take (compiled closures, native re-entry), with room to spare. */
const STACK_BYTES_PER_LEVEL = 4 * 1024;
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * The `resourceLimits` of a sandbox worker. The old generation holds the
 * script's allocation account (`maxMemoryBytes`) plus the interpreter's own
 * needs (default 1 GiB without that limit); the stack holds `maxDepth` levels.
 * The heap cap backs up the allocation account, whose sizes are estimates.
 */
export function workerResourceLimits(limits: LimitOptions, override: WorkerLimits = {}): ResourceLimits {
  const old = override.maxOldGenerationSizeMb ??
    (limits.maxMemoryBytes === undefined ? DEFAULT_HEAP_MB : clamp(Math.ceil(limits.maxMemoryBytes / MiB) + BASE_HEAP_MB, 96, MAX_HEAP_MB));
  const young = override.maxYoungGenerationSizeMb ?? clamp(Math.ceil(old / 32), 8, 64);
  const depth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const stack = override.stackSizeMb ?? clamp(Math.ceil((depth * STACK_BYTES_PER_LEVEL) / MiB), 4, 512);
  for (const [k, v] of Object.entries({ old, young, stack })) {
    if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) throw new HostUsageError(`resourceLimits: ${k} must be a positive number`);
  }
  return { maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: young, stackSizeMb: stack };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** A host function as the session calls it. */
type HostFn = (...args: unknown[]) => unknown;

/** Data and host functions, split (functions only at the top level). */
interface Bindings {
  data: Record<string, unknown>;
  functions: Map<string, HostFn>;
}

/** Checks one global binding and files it under data or functions. */
export function bind(into: Bindings, name: string, value: unknown): void {
  if (typeof name !== 'string' || !NAME.test(name)) throw new HostUsageError(`not a valid script name: ${String(name)}`);
  delete into.data[name];
  into.functions.delete(name);
  if (typeof value === 'function') {
    if (types.isProxy(value)) throw new HostUsageError('a Proxy cannot be a host function');
    into.functions.set(name, value as HostFn);
  } else {
    const problem = notPlainData(value);
    if (problem !== null) throw new HostUsageError(`global '${name}': ${problem}`);
    // A copy, as Interpreter.set makes one: later changes by the host do not reach runs.
    into.data[name] = structuredClone(value);
  }
}

function bindAll(into: Bindings, globals: Record<string, unknown> | undefined, where: string): void {
  if (globals === undefined) return;
  if (typeof globals !== 'object' || globals === null || Array.isArray(globals)) throw new HostUsageError(`${where} must be an object`);
  for (const [k, v] of Object.entries(globals)) bind(into, k, v);
}

/**
 * Why `v` is not plain data that can cross into a worker and enter a script
 * (the converter's rules: primitives, arrays, plain objects, Maps, Uint8Array),
 * or null when it is. Structured cloning would silently flatten class
 * instances, so they are refused here, as `Interpreter` refuses them.
 */
export function notPlainData(v: unknown, depth = 0, seen = new Set<object>()): string | null {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean': case 'string': case 'number': case 'bigint': return null;
    case 'function': return 'a function can only be a top-level global (a host function)';
    case 'symbol': return 'a symbol is not plain data';
  }
  if (depth > 200) return 'nested too deeply';
  if (types.isProxy(v)) return 'a Proxy is not plain data';
  if (seen.has(v as object)) return 'contains itself';
  if (v instanceof Uint8Array) return null; // bytes (a Buffer arrives as a Uint8Array)
  seen.add(v as object);
  try {
    if (Array.isArray(v)) return firstProblem(v, depth, seen);
    if (v instanceof Map) return firstProblem([...v.keys(), ...v.values()], depth, seen);
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return 'only plain data (objects, arrays, Maps, primitives, Uint8Array) can cross into the sandbox';
    const values: unknown[] = [];
    for (const k of Object.keys(v as object)) {
      const d = Object.getOwnPropertyDescriptor(v, k)!;
      if (d.get !== undefined || d.set !== undefined) return `property '${k}' is an accessor`;
      values.push(d.value);
    }
    return firstProblem(values, depth, seen);
  } finally {
    seen.delete(v as object);
  }
}

function firstProblem(items: unknown[], depth: number, seen: Set<object>): string | null {
  for (const x of items) {
    const p = notPlainData(x, depth + 1, seen);
    if (p !== null) return p;
  }
  return null;
}

/** Everything about a sandbox that every run shares, checked once. */
export class SandboxConfig {
  readonly limits: LimitOptions;
  readonly bindings: Bindings = { data: {}, functions: new Map() };
  readonly resourceLimits: ResourceLimits;
  readonly graceMs: number;
  private readonly ringBytes: number | undefined;
  private readonly fixed: Pick<SandboxTask, 'deterministic' | 'policy' | 'registrations' | 'libraryModules' | 'modules'>;

  constructor(options: SandboxOptions) {
    if (typeof options !== 'object' || options === null) throw new HostUsageError('sandbox options must be an object');
    this.limits = validateLimits(options.limits ?? {});
    this.resourceLimits = workerResourceLimits(this.limits, options.resourceLimits);
    this.graceMs = options.graceMs ?? 250;
    if (!(this.graceMs >= 0) || !Number.isFinite(this.graceMs)) throw new HostUsageError('options.graceMs must be a non-negative number');
    this.ringBytes = options.outputBufferBytes;
    if (this.ringBytes !== undefined && !(typeof this.ringBytes === 'number' && this.ringBytes > 0)) {
      throw new HostUsageError('options.outputBufferBytes must be a positive number');
    }
    bindAll(this.bindings, options.globals, 'options.globals');
    const libraryModules = (options.libraryModules ?? []).map(moduleHref);
    this.fixed = {
      deterministic: options.deterministic,
      ...libraryData(options.libraries, libraryModules.length > 0),
      libraryModules,
      modules: (options.modules ?? []).map(sourceModule),
    };
  }

  /** The task of one run, and the host functions it may call. */
  prepare(source: string, run: SandboxRunOptions): { task: SandboxTask; functions: Map<string, HostFn>; timeoutMs: number | undefined; signals: AbortSignal[] } {
    if (typeof source !== 'string') throw new HostUsageError('source must be a string');
    if (typeof run !== 'object' || run === null) throw new HostUsageError('run options must be an object');
    if (run.onOutput !== undefined && typeof run.onOutput !== 'function') throw new HostUsageError('onOutput must be a function');
    if (run.signal !== undefined && !(run.signal instanceof AbortSignal)) throw new HostUsageError('signal must be an AbortSignal');
    const { signal: ownSignal, ...limits } = validateLimits({ ...this.limits, ...(run.limits ?? {}) });
    const bindings: Bindings = { data: { ...this.bindings.data }, functions: new Map(this.bindings.functions) };
    bindAll(bindings, run.globals, 'globals');
    const collect = run.collect ?? [];
    if (!Array.isArray(collect) || collect.some((n) => typeof n !== 'string' || !NAME.test(n))) {
      throw new HostUsageError('collect must be an array of global names');
    }
    const task: SandboxTask = {
      ...this.fixed,
      source,
      filename: run.filename ?? '<string>',
      limits,
      globals: bindings.data,
      hostFunctions: [...bindings.functions.keys()],
      collect,
      shared: createShared(this.ringBytes),
      createdAt: Date.now(),
    };
    const signals = [ownSignal, run.signal].filter((s): s is AbortSignal => s !== undefined);
    return { task, functions: bindings.functions, timeoutMs: limits.timeoutMs, signals };
  }
}

/** A library module as the worker imports it: URLs as they are, paths resolved against the current directory. */
function moduleHref(m: string | URL): string {
  if (m instanceof URL) return m.href;
  if (typeof m !== 'string') throw new HostUsageError('libraryModules must hold paths or URLs');
  // A scheme has two letters or more, so a Windows drive (C:) is a path.
  return /^[a-z][a-z0-9+.-]+:/i.test(m) ? m : pathToFileURL(resolve(m)).href;
}

function sourceModule(def: ModuleDef): SourceModuleData {
  if (typeof def !== 'object' || def === null || !('source' in def) || typeof def.source !== 'string') {
    throw new HostUsageError(`module '${String((def as ModuleDef | null)?.name)}' is native: only modules written in Python can cross into a sandbox`);
  }
  if ('natives' in def && def.natives !== undefined) {
    throw new HostUsageError(`module '${def.name}' has native helpers: only plain Python modules can cross into a sandbox`);
  }
  return { name: def.name, summary: def.summary, source: def.source };
}

function libraryData(registry: Registry | undefined, hasLibraryModules: boolean): Pick<SandboxTask, 'policy' | 'registrations'> {
  if (registry === undefined) return { policy: null, registrations: [] };
  if (typeof registry !== 'object' || registry === null || typeof registry.registrations !== 'function') {
    throw new HostUsageError('options.libraries must be a Registry');
  }
  const hostDefined = registry.libraries().filter((l) => l.hostDefined && l.registered).map((l) => l.def.name);
  if (hostDefined.length > 0 && !hasLibraryModules) {
    throw new HostUsageError(
      `host-defined librar${hostDefined.length === 1 ? 'y' : 'ies'} ${hostDefined.map((n) => `'${n}'`).join(', ')} cannot cross into ` +
      'a worker thread (a definition holds functions): export the definitions from a module and list it in libraryModules, ' +
      'or pass the functions the script needs as host functions (globals)');
  }
  return {
    policy: registry.policy,
    registrations: registry.registrations().map(({ name, options }) => ({ name, options })),
  };
}

/** How the owner of a worker stops it (terminate, or piscina's abort). */
export interface WorkerControl {
  /** Stops the worker running this session; resolves once it has stopped. */
  kill(threadId: number | null): Promise<void>;
}

/** A run's end as its owner sees it. */
export interface SessionEnd {
  /** Whether the worker may run another script. */
  readonly clean: boolean;
}

/** How often live runs are polled for output and for a deadline their worker missed. */
const POLL_MS = 10;

/** One timer for every live run of the process, running only while there are some. */
class Poller {
  private readonly sessions = new Set<RunSession>();
  private timer: NodeJS.Timeout | null = null;

  add(s: RunSession): void {
    this.sessions.add(s);
    if (this.timer === null) {
      this.timer = setInterval(() => {
        const now = Date.now();
        for (const session of this.sessions) session.poll(now);
      }, POLL_MS);
      // Pending runs keep the process alive through their ports, not through this timer.
      this.timer.unref();
    }
  }

  delete(s: RunSession): void {
    this.sessions.delete(s);
    if (this.sessions.size === 0 && this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
}

const poller = new Poller();

/**
 * Serves one run from the host thread: drains the output ring, answers host
 * calls, enforces the deadline from outside and the abort signals, and
 * settles `result` exactly once.
 */
export class RunSession {
  /** The port the worker uses; hand it over with the task (transfer it). */
  readonly workerPort: MessagePort;
  readonly result: Promise<SandboxResult>;
  /** Settles with the run; tells the owner whether the worker can be reused. */
  readonly ended: Promise<SessionEnd>;
  private readonly port: MessagePort;
  private readonly control: ControlBlock;
  private readonly decoder = new TextDecoder();
  private readonly output: string[] = [];
  /** Set once the run is over or being stopped; later messages are ignored. */
  private finishing = false;
  private resolve!: (r: SandboxResult) => void;
  private reject!: (e: SandlingError) => void;
  private endWith!: (e: SessionEnd) => void;
  private readonly onAbort = (): void => void this.stop(new ResourceExhausted('deadline', 'run aborted by the host'));

  constructor(
    /** What the worker runs; send it with `workerPort`. */
    readonly task: SandboxTask,
    private readonly functions: Map<string, HostFn>,
    private readonly timeoutMs: number | undefined,
    private readonly graceMs: number,
    private readonly signals: AbortSignal[],
    private readonly onOutput: ((text: string) => void) | undefined,
    private readonly worker: WorkerControl,
  ) {
    this.result = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    this.ended = new Promise((resolve) => (this.endWith = resolve));
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.workerPort = port2;
    this.control = new ControlBlock(task.shared);
    port1.on('message', (m: WorkerMessage) => this.onMessage(m));
    poller.add(this);
    for (const s of signals) s.addEventListener('abort', this.onAbort, { once: true });
    if (signals.some((s) => s.aborted)) this.onAbort();
  }

  /** True once the run has ended (or is ending); a queued run that ended this way must not start. */
  get over(): boolean {
    return this.finishing;
  }

  /** Ends the run from the host's side: the worker is killed, the run fails with ResourceExhausted('deadline'). */
  cancel(reason: string): void {
    void this.stop(new ResourceExhausted('deadline', `run cancelled: ${reason}`));
  }

  /** The worker died under this run (heap limit, crash). */
  workerDied(err: unknown): void {
    const code = (err as { code?: unknown } | null)?.code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.fail(new ResourceExhausted('memory', 'the script exhausted the sandbox heap (the worker was terminated)'));
      return;
    }
    const internal = new InternalError('the sandbox worker stopped unexpectedly');
    // For the host's own diagnostics, as Interpreter attaches the cause of an InternalError.
    Object.defineProperty(internal, 'cause', { value: err, enumerable: false });
    this.fail(internal);
  }

  /** Fails the run with `error` (unless it has ended already); its worker, if any, is not reused. */
  fail(error: SandlingError): void {
    if (this.finishing) return;
    this.finishing = true;
    this.settle(error, false);
  }

  /** The worker's outcome of the run (a `done` message, or piscina's task result). */
  finish(outcome: Outcome): void {
    if (this.finishing) return;
    this.finishing = true;
    if (outcome.ok) {
      this.settle({ globals: outcome.globals, durationMs: outcome.durationMs }, true);
    } else {
      this.settle(errorFromData(outcome.error), outcome.clean);
    }
  }

  /** Called by the poller: delivers new output, and stops a worker that missed its deadline. */
  poll(now: number): void {
    this.drainOutput();
    if (this.timeoutMs === undefined || this.finishing) return;
    const started = this.control.startedAt(this.task.createdAt);
    // The worker enforces its own deadline; this one only fires when it could not (stuck in a
    // native operation, a library function that never returns, a GC death spiral).
    if (started !== null && now > started + this.timeoutMs + this.graceMs) {
      void this.stop(new ResourceExhausted('deadline', 'time limit exceeded (the worker did not stop and was terminated)'));
    }
  }

  private onMessage(m: WorkerMessage): void {
    this.drainOutput();
    if (this.finishing) return;
    if (m.type === 'call') void this.call(m.name, m.args);
    else if (m.type === 'done') this.finish(m.outcome);
  }

  /** Kills the worker, then delivers the output it had printed and fails the run with `error`. */
  private async stop(error: SandlingError): Promise<void> {
    if (this.finishing) return;
    this.finishing = true;
    const started = this.control.startedAt(this.task.createdAt) !== null;
    try {
      await this.worker.kill(started ? this.control.threadId() : null);
    } catch {
      // The worker is gone either way.
    }
    this.settle(error, false);
  }

  private settle(outcome: SandlingError | { globals: Record<string, unknown>; durationMs: number }, clean: boolean): void {
    this.drainOutput();
    const tail = this.decoder.decode();
    if (tail !== '') this.emit(tail);
    poller.delete(this);
    for (const s of this.signals) s.removeEventListener('abort', this.onAbort);
    this.port.close();
    this.endWith({ clean });
    if (outcome instanceof SandlingError) {
      this.reject(outcome);
      return;
    }
    const result: SandboxResult = { output: this.output.join(''), durationMs: outcome.durationMs };
    if (this.task.collect.length > 0) result.globals = outcome.globals;
    this.resolve(result);
  }

  private drainOutput(): void {
    for (const chunk of this.control.drain()) {
      const text = this.decoder.decode(chunk, { stream: true });
      if (text !== '') this.emit(text);
    }
  }

  private emit(text: string): void {
    this.output.push(text);
    if (this.onOutput === undefined) return;
    try {
      this.onOutput(text);
    } catch {
      // A host callback's failure is not the script's; the run goes on.
    }
  }

  /** Runs a host function for the worker (awaiting a Promise) and wakes the worker with the reply. */
  private async call(name: string, args: unknown[]): Promise<void> {
    const reply = await hostReply(name, this.functions.get(name), args);
    if (this.finishing) return; // the run ended (deadline, abort) while the host function ran
    try {
      this.port.postMessage(reply);
    } catch {
      this.port.postMessage(cannotEnter(name, 'it cannot be copied to another thread'));
    }
    this.control.replyPosted();
  }
}

async function hostReply(name: string, fn: HostFn | undefined, args: unknown[]): Promise<CallReply> {
  try {
    if (fn === undefined) throw new Error(`no host function ${name}`);
    const value = await fn(...args);
    const problem = notPlainData(value);
    return problem === null ? { type: 'return', value } : cannotEnter(name, problem);
  } catch (e) {
    if (e instanceof HostError) return { type: 'throw', pyType: e.pyType, message: e.message, limit: null };
    if (e instanceof ResourceExhausted) return { type: 'throw', pyType: null, message: '', limit: { kind: e.kind, detail: e.detail } };
    return { type: 'throw', pyType: null, message: '', limit: null };
  }
}

/** The TypeError `Interpreter` raises for a host result that is not plain data. */
function cannotEnter(name: string, problem: string): CallReply {
  return { type: 'throw', pyType: 'TypeError', message: `${name}() returned a value that cannot enter the script: ${problem}`, limit: null };
}
