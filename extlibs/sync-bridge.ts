/**
 * The sync bridge: how the synchronous interpreter waits for asynchronous
 * host I/O (an HTTP exchange, a child process) without an event loop.
 *
 * One `worker_threads` Worker per process (per thread that uses it), created
 * lazily from a source string (`eval: true`: the CLI is a single esbuild
 * bundle, so there is no worker file to point at) and `unref()`ed so it never
 * keeps the host alive. The caller posts a job on a MessagePort and blocks in
 * `Atomics.wait` on a SharedArrayBuffer counter; the worker replies on the
 * port and bumps the counter; the caller takes the reply with
 * `receiveMessageOnPort`. Nothing runs on the caller's event loop meanwhile,
 * which is what keeps the interpreter synchronous.
 *
 * Every wait is bounded twice: by the call's own timeout and by the run's
 * deadline (`rt.limits.deadline`). When either passes, the worker is told to
 * abort the job (destroy the request, kill the process group) and its partial
 * result is awaited for a short grace; past the deadline the run then ends
 * with the deadline limit, like any other time limit.
 */
import type { MessagePort, Worker } from 'node:worker_threads';
import { nodeWorkerThreads } from '../core/node-modules.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { blockFor } from '../core/modules.js';
import { classifyAddress } from './url-guard.js';
import { workerMain, type HttpJob, type HttpResult, type Job, type SpawnJob, type SpawnResult } from './sync-worker.js';

/** How long an aborted job may take to hand back its partial result. */
const ABORT_GRACE_MS = 500;

/** The worker's whole program: `workerMain` called with the shared address classifier. */
function workerSource(): string {
  return `'use strict';\n(${workerMain.toString()})(require, (${classifyAddress.toString()}));\n`;
}

/** What a finished wait gives back: the job's result, or `timedOut` with the partial result (if any). */
export type Outcome<R> = { timedOut: false; result: R } | { timedOut: true; result: R | null };

interface Reply {
  id: number;
  result: unknown;
}

class Bridge {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  /** Bumped by the worker after each reply; the caller sleeps on it. */
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private nextId = 0;
  /** Set when the worker is gone (crashed or exited); the next call starts a new one. */
  dead = false;

  constructor() {
    const { MessageChannel, Worker } = nodeWorkerThreads();
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerSource(), {
      eval: true,
      workerData: { port: port2, signal: this.signal.buffer },
      transferList: [port2],
      env: {}, // the worker (and so no job) sees the host's environment
      stdout: true, // a stray write in the worker must not reach the host's output
      stderr: true,
    });
    this.worker.unref();
    this.port.unref();
    this.worker.on('error', () => { this.dead = true; });
    this.worker.on('exit', () => { this.dead = true; });
  }

  /**
   * Runs a job and blocks until its result, the call's timeout (`timeoutMs`)
   * or the run's deadline. Past the deadline the run ends (`rt.halt`); past the
   * timeout the caller gets `timedOut` and whatever the aborted job returned.
   */
  run<R>(rt: Runtime, job: Job, timeoutMs: number): Outcome<R> {
    const id = ++this.nextId;
    const start = Date.now();
    const deadline = rt.limits.deadline;
    const until = Math.min(deadline, start + Math.max(0, timeoutMs));
    if (start >= deadline) rt.halt('deadline', 'time limit exceeded');
    this.port.postMessage({ type: 'job', id, job });
    const reply = this.waitFor(id, until);
    if (reply !== null) return { timedOut: false, result: reply.result as R };
    this.port.postMessage({ type: 'abort', id });
    const partial = this.waitFor(id, Date.now() + ABORT_GRACE_MS);
    if (Date.now() >= deadline || until === deadline) rt.halt('deadline', 'time limit exceeded');
    return { timedOut: true, result: partial === null ? null : (partial.result as R) };
  }

  /** Blocks until the reply to `id` arrives or `until` (ms epoch) passes; older replies are dropped. */
  private waitFor(id: number, until: number): Reply | null {
    const { receiveMessageOnPort } = nodeWorkerThreads();
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      for (let m = receiveMessageOnPort(this.port); m !== undefined; m = receiveMessageOnPort(this.port)) {
        const reply = m.message as Reply;
        if (reply.id === id) return reply;
      }
      const left = until - Date.now();
      if (left <= 0) return null;
      Atomics.wait(this.signal, 0, seen, left === Infinity ? undefined : left);
    }
  }
}

let bridge: Bridge | null = null;

function theBridge(): Bridge {
  if (bridge === null || bridge.dead) bridge = new Bridge();
  return bridge;
}

/** Runs one HTTP exchange in the worker (the target was already checked by the URL guard). */
export function runHttp(rt: Runtime, job: Omit<HttpJob, 'kind'>, timeoutMs: number): Outcome<HttpResult> {
  return theBridge().run<HttpResult>(rt, { kind: 'http', ...job }, timeoutMs);
}

/** Runs one child process in the worker (the command was already checked by the command guard). */
export function runProcess(rt: Runtime, job: Omit<SpawnJob, 'kind'>, timeoutMs: number): Outcome<SpawnResult> {
  return theBridge().run<SpawnResult>(rt, { kind: 'spawn', ...job }, timeoutMs);
}

/**
 * Sleeps `ms` without spinning (Atomics.wait), bounded by the run's deadline:
 * a sleep that would pass it ends the run with the deadline limit.
 */
export function sleepWithin(rt: Runtime, ms: number): void {
  const deadline = rt.limits.deadline;
  const wake = Date.now() + Math.max(0, ms);
  for (let left = Math.min(wake, deadline) - Date.now(); left > 0; left = Math.min(wake, deadline) - Date.now()) {
    blockFor(left);
  }
  if (wake > deadline) rt.halt('deadline', 'time limit exceeded');
}
