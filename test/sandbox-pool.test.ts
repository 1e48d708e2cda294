// SandboxPool: Sandbox runs on warm piscina workers. Workers load compiled JavaScript,
// so these tests import the built package (dist/, built by `pretest`).
import { afterAll, describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import {
  HostError, HostUsageError, ResourceExhausted, SandboxPool, SandboxQueueFull, SandlingError, ScriptError,
  type SandboxResult,
} from '../dist/core/index.js';

/** The pool's live worker threads (test-only look at a private field). */
function threadIds(pool: SandboxPool): number[] {
  return ((pool as unknown as { piscina: { threads: Worker[] } }).piscina.threads).map((w) => w.threadId).sort();
}

async function settle<T>(p: Promise<T>): Promise<{ value?: T; error?: SandlingError }> {
  try {
    return { value: await p };
  } catch (e) {
    expect(e).toBeInstanceOf(SandlingError);
    return { error: e as SandlingError };
  }
}

const pool = new SandboxPool({ threads: 2, resourceLimits: { maxOldGenerationSizeMb: 256 } });
pool.set('echo', async (x: unknown) => {
  await new Promise((r) => setTimeout(r, 1));
  return x;
});
pool.set('refuse', async (x: string) => {
  throw new HostError(`refused ${x}`, 'PermissionError');
});
afterAll(() => pool.close());

type Kind = 'good' | 'host' | 'raise' | 'budget' | 'output' | 'syntax' | 'deadline' | 'memory';

/** One run of the mixed load: its script, limits and the outcome it must have. */
function scenario(i: number): { kind: Kind; source: string; limits?: object } {
  const tag = `run-${i}`;
  // Every script prints its own tag first, so crossed output would show.
  const head = `print("${tag}")\n`;
  if (i % 40 === 7) return { kind: 'deadline', source: `${head}while True: pass`, limits: { timeoutMs: 50 } };
  if (i % 40 === 27) return { kind: 'memory', source: `${head}x = list(range(10**6))`, limits: { maxMemoryBytes: 1024 * 1024 } };
  switch (i % 6) {
    case 0: return { kind: 'good', source: `${head}for j in range(3): print("${tag}", j)` };
    case 1: return { kind: 'host', source: `${head}print(echo({"tag": "${tag}"})["tag"])\ntry:\n    refuse("${tag}")\nexcept PermissionError as e:\n    print(e)` };
    case 2: return { kind: 'raise', source: `${head}raise ValueError("${tag}")` };
    case 3: return { kind: 'budget', source: `${head}while True: pass`, limits: { maxOps: 20_000 } };
    case 4: return { kind: 'output', source: `${head}while True: print("${tag}")`, limits: { maxOutputBytes: 2000 } };
    default: return { kind: 'syntax', source: `${head}def (:` };
  }
}

describe('SandboxPool', () => {
  it('runs 200 concurrent mixed scripts with the right outcome each and no crossed output', async () => {
    const N = 200;
    const streamed: string[] = Array.from({ length: N }, () => '');
    const runs = Array.from({ length: N }, (_, i) => {
      const s = scenario(i);
      return settle(pool.run(s.source, { limits: s.limits, onOutput: (t) => (streamed[i] += t), filename: `run${i}.py` }));
    });
    const results = await Promise.all(runs);
    for (let i = 0; i < N; i++) {
      const { kind } = scenario(i);
      const tag = `run-${i}`;
      const { value, error } = results[i];
      // (An InternalError's cause says why a worker died, e.g. dist/ being rebuilt while it loaded.)
      const where = `run ${i} (${kind}): ${error?.message ?? ''} ${String((error as { cause?: unknown } | undefined)?.cause ?? '')}`;
      if (kind === 'good') expect(value?.output, where).toBe(`${tag}\n${tag} 0\n${tag} 1\n${tag} 2\n`);
      else if (kind === 'host') expect(value?.output, where).toBe(`${tag}\n${tag}\nrefused ${tag}\n`);
      else if (kind === 'raise') expect([error?.constructor, (error as ScriptError).pyMessage], where).toEqual([ScriptError, tag]);
      else if (kind === 'syntax') expect(error?.name, where).toBe('ScriptSyntaxError');
      else {
        expect(error, where).toBeInstanceOf(ResourceExhausted);
        expect((error as ResourceExhausted).kind, where).toBe(kind);
      }
      // Whatever the outcome, the run saw its own output only, complete up to where it stopped.
      if (kind !== 'syntax') expect(streamed[i].startsWith(`${tag}\n`), where).toBe(true);
      const text = streamed[i];
      // (An output limit may cut the last tag short: a prefix of its own tag at the very end is fine.)
      const foreign = [...text.matchAll(/run-\d+/g)]
        .filter((m) => m[0] !== tag && !(tag.startsWith(m[0]) && m.index + m[0].length === text.length));
      expect(foreign.map((m) => m[0]), where).toEqual([]);
      if (value !== undefined) expect(value.output).toBe(streamed[i]);
    }
    expect(pool.stats.threads).toBeLessThanOrEqual(2);
  });

  it('reuses a worker after a clean run and replaces it after a deadline', async () => {
    await Promise.all([pool.run('pass'), pool.run('pass')]);
    const before = threadIds(pool);
    await Promise.all([pool.run('print(1)'), settle(pool.run('1/0')), pool.run('print(2)')]);
    expect(threadIds(pool)).toEqual(before);
    const e = (await settle(pool.run('while True: pass', { limits: { timeoutMs: 30 } }))).error;
    expect((e as ResourceExhausted).kind).toBe('deadline');
    expect((await pool.run('print("fresh")')).output).toBe('fresh\n');
    const after = threadIds(pool);
    expect(after.filter((id) => !before.includes(id)).length).toBeGreaterThanOrEqual(1);
  });

  it('a worker that exhausts its heap is replaced; the pool and the host go on', async () => {
    const small = new SandboxPool({ threads: 1, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    let out = '';
    const { error } = await settle(small.run('print("start")\nx = []\nwhile True:\n    x.append(str(len(x)) * 10)', {
      onOutput: (t) => (out += t),
    }));
    expect(error).toBeInstanceOf(ResourceExhausted);
    expect((error as ResourceExhausted).kind).toBe('memory');
    expect(out).toBe('start\n');
    expect((await small.run('print("alive")')).output).toBe('alive\n');
    await small.close();
  });

  it('applies limits per task', async () => {
    const [tight, free] = await Promise.all([
      settle(pool.run('for i in range(10**6): pass', { limits: { maxOps: 1000 } })),
      settle(pool.run('for i in range(10**4): pass\nprint("done")')),
    ]);
    expect((tight.error as ResourceExhausted).kind).toBe('budget');
    expect(free.value?.output).toBe('done\n');
  });

  it('refuses runs beyond its bounded queue with a clear error', async () => {
    const small = new SandboxPool({ threads: 1, maxQueue: 2 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const isRunning = new Promise<void>((r) => (started = r));
    small.set('wait', () => {
      started();
      return gate.then(() => 'released');
    });
    const running = small.run('print(wait())');
    await isRunning; // the worker is busy: the next runs wait in the queue
    const queued = [small.run('print(1)'), small.run('print(2)')];
    const refused = await settle(small.run('print(3)'));
    expect(refused.error).toBeInstanceOf(SandboxQueueFull);
    expect(refused.error?.message).toMatch(/queue is full/);
    release();
    expect((await running).output).toBe('released\n');
    expect((await Promise.all(queued)).map((r: SandboxResult) => r.output)).toEqual(['1\n', '2\n']);
    await small.close();
  });

  it('aborts queued and running runs through their AbortSignal', async () => {
    const small = new SandboxPool({ threads: 1 });
    await small.run('pass');
    const controller = new AbortController();
    const running = settle(small.run('print("go")\nwhile True: pass', {
      signal: controller.signal, onOutput: () => controller.abort(),
    }));
    const queuedController = new AbortController();
    const queued = settle(small.run('print("never")', { signal: queuedController.signal }));
    queuedController.abort();
    expect(((await queued).error as ResourceExhausted).kind).toBe('deadline');
    expect(((await running).error as ResourceExhausted).kind).toBe('deadline');
    expect((await small.run('print("next")')).output).toBe('next\n');
    await small.close();
    await expect(small.run('pass')).rejects.toBeInstanceOf(HostUsageError);
  });
});
