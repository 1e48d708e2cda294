/**
 * `Sandbox`: runs scripts in a `worker_threads` Worker, the harder boundary
 * beside the in-process `Interpreter`. The worker has its own heap and stack
 * limits (`resourceLimits`), so a heap blow-up, a library function that never
 * returns or a missed deadline ends that worker only: the host gets a
 * `ResourceExhausted` and the next run gets a fresh worker. Host functions
 * stay in the host thread and may be async; the script calls them
 * synchronously (the worker blocks on `Atomics.wait` until the reply).
 *
 * Runs of one Sandbox execute one at a time in a warm worker, reused while
 * runs end cleanly; each run gets a new interpreter, so nothing a script does
 * is seen by the next one. For parallel runs use `SandboxPool`.
 *
 * The worker loads the compiled `sandbox-worker.js` beside this file, so a
 * Sandbox runs from the built package (dist/), not from TypeScript sources.
 */
import { Worker } from 'node:worker_threads';
import { HostUsageError, InternalError } from './errors.js';
import {
  RunSession, SandboxConfig, bind, type SandboxOptions, type SandboxResult, type SandboxRunOptions,
} from './sandbox-session.js';

export {
  workerResourceLimits, type SandboxOptions, type SandboxResult, type SandboxRunOptions, type WorkerLimits,
} from './sandbox-session.js';

const WORKER_URL = new URL('./sandbox-worker.js', import.meta.url);

/**
 * Runs scripts in a worker thread, one run at a time (see the module comment
 * and docs/isolation.md).
 *
 * ```ts
 * const sandbox = new Sandbox({ limits: Limits.untrusted() });
 * sandbox.set('lookup', async (id: number) => db.find(id)); // async is fine here
 * const { output, globals } = await sandbox.run(source, { filename: 'job.py', collect: ['result'] });
 * ```
 */
export class Sandbox {
  private readonly config: SandboxConfig;
  private worker: Worker | null = null;
  /** The run being served and the worker it runs on. */
  private current: { session: RunSession; worker: Worker } | null = null;
  /** Runs are served one after another: each waits for the previous one's end. */
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  /** Checks the options (libraries, globals, limits) now; throws HostUsageError. */
  constructor(options: SandboxOptions = {}) {
    this.config = new SandboxConfig(options);
  }

  /**
   * Sets a global of every later run: plain data is copied into each run; a
   * function becomes a host function (it runs in this thread, may return a
   * Promise; its errors reach the script as for `Interpreter`).
   */
  set(name: string, value: unknown): void {
    bind(this.config.bindings, name, value);
  }

  /**
   * Runs `source` in the worker. Resolves with its output (and the globals
   * named in `collect`); rejects with the same `SandlingError` subclasses as
   * `Interpreter.run` (ScriptError, ScriptSyntaxError, ResourceExhausted...).
   */
  run(source: string, options: SandboxRunOptions = {}): Promise<SandboxResult> {
    if (this.closed) return Promise.reject(new HostUsageError('the sandbox is closed'));
    let session: RunSession;
    try {
      const p = this.config.prepare(source, options);
      session = new RunSession(p.task, p.functions, p.timeoutMs, this.config.graceMs, p.signals, options.onOutput, {
        // Only the worker serving this run: a run still waiting for its turn has none.
        kill: () => (this.current?.session === session ? this.terminate() : Promise.resolve()),
      });
    } catch (e) {
      return Promise.reject(e);
    }
    const previous = this.queue;
    this.queue = previous.then(() => this.serve(session));
    return session.result;
  }

  /** Terminates the worker; a run in progress or queued fails with ResourceExhausted('deadline'). */
  async close(): Promise<void> {
    this.closed = true;
    this.current?.session.cancel('the sandbox was closed');
    await this.terminate();
  }

  private async serve(session: RunSession): Promise<void> {
    if (session.over) return; // aborted while queued
    if (this.closed) {
      session.cancel('the sandbox was closed');
      return;
    }
    try {
      const worker = this.worker ?? this.spawn();
      this.current = { session, worker };
      worker.ref();
      worker.postMessage({ task: session.task, port: session.workerPort }, [session.workerPort]);
    } catch {
      // Nothing of the run reached a worker (a spawn failure): fail it and keep serving the others.
      session.fail(new InternalError('the sandbox worker could not be started'));
    }
    const end = await session.ended;
    this.current = null;
    if (!end.clean) await this.terminate();
    else this.worker?.unref();
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_URL, { resourceLimits: this.config.resourceLimits });
    const died = (err: unknown): void => {
      if (this.worker === worker) this.worker = null;
      if (this.current?.worker === worker) this.current.session.workerDied(err);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died({ code }));
    this.worker = worker;
    return worker;
  }

  /** Stops the current worker (if any); the next run spawns a fresh one. */
  private async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }
}
