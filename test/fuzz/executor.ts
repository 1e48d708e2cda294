/**
 * Runs fuzz programs in a child process (an esbuild bundle of worker-entry.ts
 * + core/), so a genuine hang (a native loop that never reaches a checkpoint)
 * or a memory blow-up is detected and the process replaced, instead of
 * freezing or killing the fuzzer. The bundle is rebuilt from the current
 * sources on every start.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork, type ChildProcess } from 'node:child_process';
import { build } from 'esbuild';
import { FUZZ_LIMITS, GRACE_MS, type FuzzLimits, type Verdict } from './oracle.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

export interface ExecutorOptions {
  limits?: FuzzLimits;
  graceMs?: number;
  /** Wall time after which a program is declared hung and its worker killed. */
  hangMs?: number;
  /** Old-generation heap of the worker, MiB; exceeding it is reported as a crash. */
  heapMb?: number;
  /** Memory a run may leave alive (after GC), MiB; more is a `memory` failure. */
  memoryMb?: number;
}

/** Bundles worker-entry.ts with core/ into node_modules/.cache; returns the file. */
export async function buildWorkerBundle(): Promise<string> {
  const dir = join(root, 'node_modules', '.cache', 'sandling-fuzz');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `worker-${process.pid}-${Date.now() % 1e9}-${Math.random().toString(36).slice(2, 8)}.mjs`);
  await build({
    entryPoints: [join(here, 'worker-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    sourcemap: 'inline',
    keepNames: true,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

interface Pending {
  id: number;
  resolve: (v: Verdict) => void;
  timer: NodeJS.Timeout;
  started: number;
}

export class WorkerExecutor {
  private worker: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private pending: Pending | null = null;
  private nextId = 1;
  private readonly opts: Required<ExecutorOptions>;
  /** Workers replaced after a hang or crash. */
  restarts = 0;

  constructor(private readonly bundle: string, opts: ExecutorOptions = {}) {
    this.opts = {
      limits: opts.limits ?? FUZZ_LIMITS,
      graceMs: opts.graceMs ?? GRACE_MS,
      hangMs: opts.hangMs ?? 5_000,
      heapMb: opts.heapMb ?? 1024,
      memoryMb: opts.memoryMb ?? 256,
    };
  }

  private start(): Promise<void> {
    const worker = fork(this.bundle, [], {
      execArgv: ['--enable-source-maps', '--expose-gc', `--max-old-space-size=${this.opts.heapMb}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    let stderr = '';
    worker.stderr?.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString()).slice(-2000);
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const onFirst = (m: { ready?: boolean }) => {
        if (m.ready) {
          worker.off('message', onFirst);
          resolve();
        }
      };
      worker.on('message', onFirst);
      worker.once('error', (e) => reject(e));
      worker.once('exit', (code) => reject(new Error(`fuzz worker exited during startup (${code}): ${stderr}`)));
    });
    worker.on('message', (m: { id?: number; verdict?: Verdict }) => {
      const p = this.pending;
      if (p === null || m.id !== p.id || m.verdict === undefined) return;
      clearTimeout(p.timer);
      this.pending = null;
      const f = m.verdict.failure;
      if (f === 'isolation' || f === 'canary' || f === 'memory') {
        // The process's shared state is now suspect: continue in a fresh one.
        this.worker = null;
        this.ready = null;
        this.restarts++;
        worker.kill('SIGKILL');
      }
      p.resolve(m.verdict);
    });
    const died = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.ready = null;
      const p = this.pending;
      if (p !== null) {
        clearTimeout(p.timer);
        this.pending = null;
        this.restarts++;
        const oom = /heap out of memory|allocation failed|Reached heap limit/i.test(stderr);
        const detail = oom ? `worker ran out of memory (${why})` : `${why}: ${stderr.split('\n').filter(Boolean).slice(-3).join(' | ')}`;
        p.resolve({
          ok: false, outcome: 'crash', failure: 'crash', detail,
          signature: `crash|${oom ? 'oom' : why.replace(/\d+/g, 'N')}`,
          ms: performance.now() - p.started,
        });
      }
    };
    worker.on('error', (e) => died(`worker error ${e.message}`));
    worker.on('exit', (code, signal) => died(`worker exited with ${signal ?? `code ${code}`}`));
    return this.ready;
  }

  /** Runs one program; never rejects. */
  async run(source: string): Promise<Verdict> {
    if (this.worker === null) await this.start();
    else await this.ready;
    const worker = this.worker!;
    const id = this.nextId++;
    return new Promise<Verdict>((resolve) => {
      const started = performance.now();
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = null;
        this.worker = null;
        this.ready = null;
        this.restarts++;
        worker.kill('SIGKILL');
        resolve({
          ok: false, outcome: 'hang', failure: 'hang', ms: performance.now() - started,
          detail: `no answer after ${this.opts.hangMs} ms (worker killed)`, signature: 'hang',
        });
      }, this.opts.hangMs);
      this.pending = { id, resolve, timer, started };
      worker.send({ id, source, limits: this.opts.limits, graceMs: this.opts.graceMs, memoryMb: this.opts.memoryMb });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w !== null) {
      const gone = new Promise((r) => w.once('exit', r));
      w.kill('SIGKILL');
      await gone;
    }
    rmSync(this.bundle, { force: true });
  }
}
