/**
 * What crosses between the host thread and a sandbox worker: the task (plain
 * data), the messages on the task's MessagePort, the shared control block
 * (host-call handshake and the output ring) and errors flattened to data.
 *
 * Both sides import this file; nothing here starts a thread.
 *
 * @internal
 */
import {
  HostUsageError, InternalError, RegistrationError, ResourceExhausted, SandlingError, ScriptError, ScriptSyntaxError,
  type LimitKind, type TracebackFrame,
} from './errors.js';
import type { LimitOptions } from './limits.js';
import type { Policy } from '../registry/tiers.js';

/** A source module definition: the only kind of host module that is plain data. */
export interface SourceModuleData {
  readonly name: string;
  readonly summary: string;
  readonly source: string;
}

/** One script run, as sent to a worker. Everything in it is structured-cloneable data. */
export interface SandboxTask {
  readonly source: string;
  readonly filename: string;
  /** Script limits (no `signal`: aborting is the host thread's job). */
  readonly limits: Omit<LimitOptions, 'signal'>;
  /** Initial globals that are data. */
  readonly globals: Record<string, unknown>;
  /** Names of host functions living in the host thread (called through the bridge). */
  readonly hostFunctions: readonly string[];
  /** Globals to read back after a successful run. */
  readonly collect: readonly string[];
  readonly deterministic: boolean | { epochMs?: number; seed?: number } | undefined;
  readonly policy: Required<Policy> | null;
  readonly registrations: readonly { readonly name: string; readonly options: unknown }[];
  /** Module URLs that export host-defined library definitions (imported in the worker). */
  readonly libraryModules: readonly string[];
  readonly modules: readonly SourceModuleData[];
  /** Control block and output ring (see `ControlBlock`). */
  readonly shared: SharedArrayBuffer;
  /** `Date.now()` when the host created the task (the start time is stored relative to it). */
  readonly createdAt: number;
}

/**
 * Worker -> host messages on the task port. Few on purpose: a message costs
 * both threads far more than a shared-memory store, so the start of a run and
 * ordinary output go through the control block, and a pool worker returns a
 * clean outcome as piscina's task result.
 */
export type WorkerMessage =
  /** The output ring is filling up (or full): drain it now rather than at the next poll. */
  | { readonly type: 'output' }
  | { readonly type: 'call'; readonly name: string; readonly args: unknown[] }
  | { readonly type: 'done'; readonly outcome: Outcome };

/**
 * Host -> worker answer to a `call`, fetched synchronously with `receiveMessageOnPort`.
 * A `throw` carries the HostError's exception type and message (`pyType` null for any
 * other error, whose text never reaches the script), or the limit a host function
 * ended the run with.
 */
export type CallReply =
  | { readonly type: 'return'; readonly value: unknown }
  | {
    readonly type: 'throw'; readonly pyType: string | null; readonly message: string;
    readonly limit: { readonly kind: LimitKind; readonly detail: string } | null;
  };

/** How a run ended, as data. `clean` says whether the worker may run another script. */
export type Outcome =
  | { readonly ok: true; readonly globals: Record<string, unknown>; readonly durationMs: number; readonly clean: true }
  | { readonly ok: false; readonly error: ErrorData; readonly clean: boolean };

/** A `SandlingError` flattened to data (class instances do not survive structured cloning). */
export type ErrorData =
  | {
    readonly type: 'ScriptError'; readonly pyType: string; readonly pyMessage: string;
    readonly traceback: TracebackFrame[]; readonly report: string; readonly exitStatus: number | null;
  }
  | {
    readonly type: 'ScriptSyntaxError'; readonly msg: string; readonly filename: string; readonly line: number;
    readonly column: number; readonly sourceLine: string; readonly pyType: string; readonly incomplete: boolean;
  }
  | { readonly type: 'ResourceExhausted'; readonly kind: LimitKind; readonly detail: string }
  | { readonly type: 'RegistrationError'; readonly message: string; readonly library: string | null }
  | { readonly type: 'HostUsageError' | 'InternalError'; readonly message: string };

/** Flattens an error thrown in the worker; anything that is not a SandlingError is an internal error. */
export function errorToData(e: unknown): ErrorData {
  if (e instanceof ScriptError) {
    return {
      type: 'ScriptError', pyType: e.pyType, pyMessage: e.pyMessage, traceback: e.traceback, report: e.report,
      exitStatus: e.exitStatus,
    };
  }
  if (e instanceof ScriptSyntaxError) {
    return {
      type: 'ScriptSyntaxError', msg: e.msg, filename: e.filename, line: e.line, column: e.column,
      sourceLine: e.sourceLine, pyType: e.pyType, incomplete: e.incomplete,
    };
  }
  if (e instanceof ResourceExhausted) return { type: 'ResourceExhausted', kind: e.kind, detail: e.detail };
  if (e instanceof RegistrationError) return { type: 'RegistrationError', message: e.message, library: e.library };
  if (e instanceof HostUsageError) return { type: 'HostUsageError', message: e.message };
  if (e instanceof InternalError) return { type: 'InternalError', message: e.message };
  return { type: 'InternalError', message: 'internal error in the Sandling worker; please report it' };
}

/** Rebuilds the host-side error class from its data. */
export function errorFromData(d: ErrorData): SandlingError {
  switch (d.type) {
    case 'ScriptError':
      return new ScriptError(d.pyType, d.pyMessage, d.traceback, d.report, d.exitStatus);
    case 'ScriptSyntaxError':
      return new ScriptSyntaxError(d.msg, d.filename, d.line, d.column, d.sourceLine, d.pyType, d.incomplete);
    case 'ResourceExhausted':
      return new ResourceExhausted(d.kind, d.detail);
    case 'RegistrationError':
      return new RegistrationError(d.message, d.library);
    case 'HostUsageError':
      return new HostUsageError(d.message);
    default:
      return new InternalError(d.message);
  }
}

/** Whether a failed run leaves the worker fit for another run. */
export function leavesWorkerClean(e: ErrorData): boolean {
  // A memory or deadline limit may have left a huge heap or a half-finished host call behind;
  // an internal error is a bug whose state nobody should reuse.
  if (e.type === 'InternalError') return false;
  return !(e.type === 'ResourceExhausted' && (e.kind === 'memory' || e.kind === 'deadline'));
}

// ---------------------------------------------------------------------------------------------
// The shared control block: one SharedArrayBuffer per run.
//
//   Int32 [0] CALL    0 while a host call is pending, 1 when its reply has been posted
//   Int32 [1] WRITE   total bytes the worker has written to the ring (wraps as int32)
//   Int32 [2] READ    total bytes the host has taken from the ring (wraps as int32)
//   Int32 [3] STARTED 0 until the run starts, then 1 + its start in ms after the task's createdAt
//   Int32 [4] THREAD  the threadId of the worker running it
//   bytes [HEADER_BYTES, HEADER_BYTES + capacity): the output ring (UTF-8)
//
// The ring lets the host read output the worker printed even after the worker was killed
// mid-run (out of memory, deadline), and batches output without a message per print: the
// host drains it when it polls, when a message arrives and when the run ends.
// ---------------------------------------------------------------------------------------------

const CALL = 0;
const WRITE = 1;
const READ = 2;
const STARTED = 3;
const THREAD = 4;
const HEADER_BYTES = 32;

/** Default ring size; a power of two. */
export const DEFAULT_RING_BYTES = 16 * 1024;

/** Allocates the control block for one run (`ringBytes` is rounded up to a power of two). */
export function createShared(ringBytes = DEFAULT_RING_BYTES): SharedArrayBuffer {
  const capacity = 2 ** Math.ceil(Math.log2(Math.max(1024, Math.min(ringBytes, 2 ** 28))));
  return new SharedArrayBuffer(HEADER_BYTES + capacity);
}

/** Views over a control block, used by both sides. */
export class ControlBlock {
  private readonly header: Int32Array;
  private readonly ring: Buffer;
  private readonly mask: number;

  constructor(shared: SharedArrayBuffer) {
    this.header = new Int32Array(shared, 0, HEADER_BYTES / 4);
    this.ring = Buffer.from(shared, HEADER_BYTES);
    this.mask = this.ring.length - 1;
  }

  // -- start ------------------------------------------------------------------------------------

  /** Worker: records that the run starts now, on thread `threadId`. */
  markStarted(createdAt: number, threadId: number): void {
    Atomics.store(this.header, THREAD, threadId);
    Atomics.store(this.header, STARTED, 1 + Math.max(0, Date.now() - createdAt));
  }

  /** Host: when the run started (`Date.now()` clock), or null while it waits for a worker. */
  startedAt(createdAt: number): number | null {
    const v = Atomics.load(this.header, STARTED);
    return v === 0 ? null : createdAt + v - 1;
  }

  /** Host: the thread running the run (once started). */
  threadId(): number {
    return Atomics.load(this.header, THREAD);
  }

  // -- host calls -----------------------------------------------------------------------------

  /** Worker: marks a call as pending (before posting it). */
  beginCall(): void {
    Atomics.store(this.header, CALL, 0);
  }

  /** Worker: blocks until the reply is posted or `timeoutMs` passes; true when it was posted. */
  awaitReply(timeoutMs: number): boolean {
    return Atomics.wait(this.header, CALL, 0, timeoutMs) !== 'timed-out' || Atomics.load(this.header, CALL) === 1;
  }

  /** Host: wakes the worker after posting the reply. */
  replyPosted(): void {
    Atomics.store(this.header, CALL, 1);
    Atomics.notify(this.header, CALL);
  }

  // -- output ring (single producer: the worker; single consumer: the host) --------------------

  /**
   * Worker: appends `bytes`, waiting for room when the ring is full. The host
   * polls the ring; `ring()` asks it to drain now, when the ring reaches half
   * its size and before waiting for room.
   */
  write(bytes: Uint8Array, ring: () => void): void {
    const half = this.ring.length >>> 1;
    let off = 0;
    while (off < bytes.length) {
      const w = Atomics.load(this.header, WRITE);
      const r = Atomics.load(this.header, READ);
      const used = (w - r) | 0;
      const free = this.ring.length - used;
      if (free === 0) {
        ring();
        // In slices: a host busy elsewhere only delays us, and a lost wake-up costs 50 ms at most.
        Atomics.wait(this.header, READ, r, 50);
        continue;
      }
      const n = Math.min(free, bytes.length - off);
      this.copyIn(bytes.subarray(off, off + n), w & this.mask);
      Atomics.store(this.header, WRITE, (w + n) | 0);
      if (used < half && used + n >= half) ring();
      off += n;
    }
  }

  /** Host: takes everything written so far (possibly ending inside a UTF-8 sequence). */
  drain(): Uint8Array[] {
    const chunks: Uint8Array[] = [];
    let r = Atomics.load(this.header, READ);
    for (;;) {
      const w = Atomics.load(this.header, WRITE);
      if (w === r) break;
      chunks.push(this.copyOut(r & this.mask, (w - r) | 0));
      r = w;
      Atomics.store(this.header, READ, r);
      Atomics.notify(this.header, READ);
    }
    return chunks;
  }

  private copyIn(bytes: Uint8Array, at: number): void {
    const first = Math.min(bytes.length, this.ring.length - at);
    this.ring.set(bytes.subarray(0, first), at);
    if (first < bytes.length) this.ring.set(bytes.subarray(first), 0);
  }

  private copyOut(at: number, n: number): Uint8Array {
    const out = new Uint8Array(n);
    const first = Math.min(n, this.ring.length - at);
    out.set(this.ring.subarray(at, at + first), 0);
    if (first < n) out.set(this.ring.subarray(0, n - first), first);
    return out;
  }
}
