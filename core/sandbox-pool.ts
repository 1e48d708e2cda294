/**
 * `SandboxPool`: `Sandbox` runs on N warm workers (piscina), for hosts that
 * run many scripts at once. Runs wait in a bounded queue; a full queue refuses
 * a run with `SandboxQueueFull`. Every run has its own limits; the heap and
 * stack limits are the workers', fixed for the pool. A worker is reused only
 * after a run that ended cleanly: after a memory or deadline limit (or an
 * internal error) it is terminated and piscina starts a fresh one.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { HostUsageError, SandlingError } from './errors.js';
import {
  RunSession, SandboxConfig, bind, type SandboxOptions, type SandboxResult, type SandboxRunOptions,
} from './sandbox-session.js';
import type { Outcome } from './sandbox-protocol.js';

const POOL_WORKER_URL = new URL('./sandbox-pool-worker.js', import.meta.url);
/** How long a kill waits for the worker's exit before delivering the run's output anyway. */
const EXIT_WAIT_MS = 1000;

/** Options of a `SandboxPool`: those of `Sandbox`, plus the pool's size and queue bound. */
export interface SandboxPoolOptions extends SandboxOptions {
  /** Warm workers. Default: the number of cores (`os.availableParallelism()`). */
  threads?: number;
  /** Runs that may wait for a free worker; more are refused with `SandboxQueueFull`. Default 1000. */
  maxQueue?: number;
}

/** A run was refused because the pool's queue was full: retry later or shed the load. */
export class SandboxQueueFull extends SandlingError {}

/** Counters of a pool, for monitoring. */
export interface SandboxPoolStats {
  /** Workers alive. */
  threads: number;
  /** Runs waiting for a worker. */
  queued: number;
  /** Tasks piscina has completed (including discarded workers' tasks). */
  completed: number;
}

/**
 * Runs scripts in parallel on warm worker threads (see the module comment and
 * docs/isolation.md).
 *
 * ```ts
 * const pool = new SandboxPool({ threads: 4, maxQueue: 500, limits: Limits.untrusted() });
 * const { output } = await pool.run(source, { limits: { timeoutMs: 2000 }, onOutput: send });
 * await pool.close();
 * ```
 */
export class SandboxPool {
  /** Number of workers. */
  readonly threads: number;
  /** Bound of the queue of waiting runs. */
  readonly maxQueue: number;
  private readonly config: SandboxConfig;
  private readonly piscina: Piscina;
  private readonly live = new Set<RunSession>();
  private closed = false;

  /** Checks the options and starts the workers. Throws HostUsageError. */
  constructor(options: SandboxPoolOptions = {}) {
    const { threads = availableParallelism(), maxQueue = 1000, ...sandboxOptions } = options;
    if (!Number.isInteger(threads) || threads < 1) throw new HostUsageError('options.threads must be a positive integer');
    if (!Number.isInteger(maxQueue) || maxQueue < 0) throw new HostUsageError('options.maxQueue must be a non-negative integer');
    this.threads = threads;
    this.maxQueue = maxQueue;
    this.config = new SandboxConfig(sandboxOptions);
    this.piscina = new Piscina({
      filename: POOL_WORKER_URL.href,
      minThreads: threads,
      maxThreads: threads,
      maxQueue,
      concurrentTasksPerWorker: 1,
      resourceLimits: this.config.resourceLimits,
    });
    // A worker failing outside any task is reported as an 'error' event; unhandled, it would
    // throw in the host. The pool replaces the worker, and runs learn of failures through their tasks.
    this.piscina.on('error', () => undefined);
  }

  /** Sets a global of every later run (data, or a host function), as `Sandbox.set`. */
  set(name: string, value: unknown): void {
    bind(this.config.bindings, name, value);
  }

  /**
   * Runs `source` on the next free worker; same results and errors as
   * `Sandbox.run`, plus `SandboxQueueFull` when the queue is full.
   */
  run(source: string, options: SandboxRunOptions = {}): Promise<SandboxResult> {
    if (this.closed) return Promise.reject(new HostUsageError('the sandbox pool is closed'));
    if (this.piscina.queueSize >= this.maxQueue) return Promise.reject(this.queueFull());
    const abort = new AbortController();
    let session: RunSession;
    try {
      const p = this.config.prepare(source, options);
      session = new RunSession(p.task, p.functions, p.timeoutMs, this.config.graceMs, p.signals, options.onOutput, {
        kill: (threadId) => this.kill(abort, threadId),
      });
    } catch (e) {
      return Promise.reject(e);
    }
    if (session.over) return session.result; // aborted before it was submitted
    this.live.add(session);
    this.piscina.run({ task: session.task, port: session.workerPort }, { transferList: [session.workerPort], signal: abort.signal })
      .then((outcome: Outcome) => session.finish(outcome), (err: unknown) => {
        if (err instanceof Error && /queue/i.test(err.message) && (err as { code?: unknown }).code === undefined) {
          session.fail(this.queueFull());
        } else {
          session.workerDied(err); // ignored when the run has ended (our own abort, a discard)
        }
      });
    void session.ended.then((end) => {
      this.live.delete(session);
      // Aborting a running piscina task terminates its worker: this is how an unclean one is discarded.
      if (!end.clean) abort.abort();
    });
    return session.result;
  }

  /** Counters for monitoring. */
  get stats(): SandboxPoolStats {
    return { threads: this.piscina.threads.length, queued: this.piscina.queueSize, completed: this.piscina.completed };
  }

  /** Cancels the runs in progress and waiting (ResourceExhausted('deadline')) and stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const session of this.live) session.cancel('the sandbox pool was closed');
    await this.piscina.destroy();
  }

  private queueFull(): SandboxQueueFull {
    return new SandboxQueueFull(`the sandbox pool's queue is full (${this.maxQueue} runs already wait for ${this.threads} workers)`);
  }

  /** Stops the worker serving a run (or takes the run off the queue), waiting for the worker to exit. */
  private async kill(abort: AbortController, threadId: number | null): Promise<void> {
    const worker: Worker | undefined = threadId === null ? undefined : this.piscina.threads.find((w) => w.threadId === threadId);
    const exited = worker === undefined ? Promise.resolve() : new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      setTimeout(resolve, EXIT_WAIT_MS).unref();
    });
    abort.abort();
    await exited;
  }
}
