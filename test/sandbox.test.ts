// Sandbox: scripts in a worker thread. Workers load compiled JavaScript, so these tests
// import the built package (dist/, built by `pretest`).
import { afterAll, describe, expect, it } from 'vitest';
import {
  HostError, HostUsageError, Interpreter, Registry, RegistrationError, ResourceExhausted, Sandbox, SandlingError,
  ScriptError, ScriptSyntaxError, workerResourceLimits,
} from '../dist/core/index.js';
// @ts-expect-error: a plain JavaScript fixture without type declarations
import spinLibrary from './fixtures/sandbox-spin-library.mjs';

const SPIN_MODULE = new URL('./fixtures/sandbox-spin-library.mjs', import.meta.url);

async function failure(p: Promise<unknown>): Promise<SandlingError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(SandlingError);
    return e as SandlingError;
  }
  throw new Error('expected the run to fail');
}

async function limitHit(p: Promise<unknown>, kind: string): Promise<ResourceExhausted> {
  const e = await failure(p);
  // (An InternalError's cause says why a worker died, e.g. dist/ being rebuilt while it loaded.)
  expect(e, `${e.message} ${String((e as { cause?: unknown }).cause ?? '')}`).toBeInstanceOf(ResourceExhausted);
  expect((e as ResourceExhausted).kind).toBe(kind);
  return e as ResourceExhausted;
}

// One warm sandbox for the tests that end cleanly; tests that kill workers make their own.
const shared = new Sandbox({ limits: { timeoutMs: 5000 } });
afterAll(() => shared.close());

describe('Sandbox: results and errors', () => {
  it('returns output and the collected globals as plain data', async () => {
    const r = await shared.run('import math\nprint("hi", math.factorial(5))\nx = {"n": 2 ** 70, "b": b"\\x01", "l": (1, None)}', {
      collect: ['x', 'unbound'],
    });
    expect(r.output).toBe('hi 120\n');
    expect(r.globals).toEqual({ x: { n: 2n ** 70n, b: new Uint8Array([1]), l: [1, null] }, unbound: undefined });
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
    expect((await shared.run('print(1)')).globals).toBeUndefined();
  });

  it('gives each run a new interpreter: nothing carries over', async () => {
    await shared.run('secret = 42');
    const e = await failure(shared.run('print(secret)'));
    expect(e).toBeInstanceOf(ScriptError);
    expect((e as ScriptError).pyType).toBe('NameError');
  });

  it('rebuilds ScriptError and ScriptSyntaxError with all their data', async () => {
    const e = await failure(shared.run('def f():\n    raise ValueError("bad")\nf()', { filename: 'job.py' })) as ScriptError;
    expect(e).toBeInstanceOf(ScriptError);
    expect([e.pyType, e.pyMessage, e.exitStatus]).toEqual(['ValueError', 'bad', null]);
    expect(e.traceback).toEqual([{ filename: 'job.py', line: 3, name: '<module>' }, { filename: 'job.py', line: 2, name: 'f' }]);
    expect(e.report).toContain('File "job.py", line 2, in f');
    expect(e.report.endsWith('ValueError: bad')).toBe(true);
    const exit = await failure(shared.run('raise SystemExit(3)')) as ScriptError;
    expect(exit.exitStatus).toBe(3);
    const s = await failure(shared.run('x = (1,\n', { filename: 's.py' })) as ScriptSyntaxError;
    expect(s).toBeInstanceOf(ScriptSyntaxError);
    expect([s.filename, s.pyType, s.incomplete]).toEqual(['s.py', 'SyntaxError', true]);
    expect(s.format()).toContain('s.py');
  });

  it('reports in-worker limits with their kind, and the worker stays usable', async () => {
    await limitHit(shared.run('while True: pass', { limits: { maxOps: 10_000 } }), 'budget');
    await limitHit(shared.run('print("x" * 100)', { limits: { maxOutputBytes: 10 } }), 'output');
    expect((await shared.run('print("still fine")')).output).toBe('still fine\n');
  });

  it('refuses bad host input before any worker is involved', async () => {
    expect(() => shared.set('when', new Date())).toThrow(HostUsageError);
    expect(() => shared.set('nested', { f: () => 1 })).toThrow(HostUsageError);
    expect(() => shared.set('1bad', 1)).toThrow(HostUsageError);
    await expect(shared.run('pass', { limits: { maxOps: -1 } })).rejects.toBeInstanceOf(HostUsageError);
    await expect(shared.run('pass', { collect: ['not a name'] })).rejects.toBeInstanceOf(HostUsageError);
    expect(() => new Sandbox({ modules: [{ name: 'm', summary: '', build: () => ({}) }] })).toThrow(HostUsageError);
  });

  it('derives worker heap and stack limits from the script limits', () => {
    expect(workerResourceLimits({})).toEqual({ maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 });
    const l = workerResourceLimits({ maxMemoryBytes: 256 * 1024 * 1024, maxDepth: 5000 });
    expect(l).toEqual({ maxOldGenerationSizeMb: 320, maxYoungGenerationSizeMb: 10, stackSizeMb: 20 });
    expect(workerResourceLimits({}, { maxOldGenerationSizeMb: 48 }).maxOldGenerationSizeMb).toBe(48);
  });
});

describe('Sandbox: output streaming', () => {
  it('delivers output as it is printed, before later host calls', async () => {
    const chunks: string[] = [];
    const sb = new Sandbox();
    sb.set('received', () => chunks.join(''));
    const r = await sb.run('print("one")\nfirst = received()\nprint("two")\nsecond = received()', {
      onOutput: (t) => chunks.push(t), collect: ['first', 'second'],
    });
    expect(r.globals).toEqual({ first: 'one\n', second: 'one\ntwo\n' });
    expect(chunks.join('')).toBe('one\ntwo\n');
    expect(r.output).toBe('one\ntwo\n');
    await sb.close();
  });

  it('delivers output while the script goes on computing without printing', async () => {
    const sb = new Sandbox();
    let earlyAt = 0;
    const r = await sb.run('import time\nprint("early")\nt = time.monotonic()\nwhile time.monotonic() - t < 0.4: pass\nprint("late")', {
      onOutput: (t) => {
        if (t.startsWith('early')) earlyAt = performance.now();
      },
    });
    const endedAt = performance.now();
    expect(r.output).toBe('early\nlate\n');
    expect(endedAt - earlyAt).toBeGreaterThan(150);
    await sb.close();
  });

  it('delivers large and non-ASCII output intact through a small buffer', async () => {
    const sb = new Sandbox({ outputBufferBytes: 1024 });
    let streamed = '';
    const r = await sb.run('for i in range(2000):\n    print(i, "héllo ✓ 𝄞")', { onOutput: (t) => (streamed += t) });
    const expected = Array.from({ length: 2000 }, (_, i) => `${i} héllo ✓ 𝄞\n`).join('');
    expect(r.output).toBe(expected);
    expect(streamed).toBe(expected);
    await sb.close();
  });
});

describe('Sandbox: host functions', () => {
  it('calls sync and async host functions synchronously from the script', async () => {
    const sb = new Sandbox();
    sb.set('add', (a: number, b: number) => a + b);
    sb.set('fetch_user', async (id: number) => {
      await new Promise((r) => setTimeout(r, 5));
      return { id, name: `user${id}`, tags: ['a', 'b'] };
    });
    const r = await sb.run('u = fetch_user(add(1, 6))\nprint(u["name"], u["tags"], type(u).__name__)', {
      globals: { prefix: 'run-only' }, collect: ['prefix'],
    });
    expect(r.output).toBe("user7 ['a', 'b'] dict\n");
    expect(r.globals).toEqual({ prefix: 'run-only' });
    await sb.close();
  });

  it('turns host errors into script exceptions, as Interpreter does', async () => {
    const sb = new Sandbox();
    sb.set('missing', async (key: string) => {
      throw new HostError(`no record ${key}`, 'KeyError');
    });
    sb.set('boom', async () => {
      throw new Error('disk on fire at /srv/secret');
    });
    sb.set('odd', async () => new Date());
    const r = await sb.run([
      'try:\n    missing("k")\nexcept KeyError as e:\n    print("KeyError", e.args[0])',
      'try:\n    boom()\nexcept RuntimeError as e:\n    print("RuntimeError", e)',
      'try:\n    odd()\nexcept TypeError as e:\n    print("TypeError", "cannot enter the script" in str(e))',
    ].join('\n'));
    expect(r.output).toBe('KeyError no record k\nRuntimeError host function boom() failed\nTypeError True\n');
    expect(r.output).not.toContain('/srv/secret');
    await sb.close();
  });

  it('cuts off a host function that never settles at the deadline, and the next run works', async () => {
    const sb = new Sandbox({ limits: { timeoutMs: 150 } });
    sb.set('hang', () => new Promise(() => {}));
    const t = performance.now();
    let out = '';
    const e = await limitHit(sb.run('print("before")\ntry:\n    hang()\nexcept BaseException:\n    print("caught")', {
      onOutput: (s) => (out += s),
    }), 'deadline');
    expect(performance.now() - t).toBeLessThan(3000);
    expect(e.detail).toContain('hang()');
    expect(out).toBe('before\n');
    expect((await sb.run('print("next")')).output).toBe('next\n');
    await sb.close();
  });

  it('lets a host function end the run with a limit (in-process and in a Sandbox)', async () => {
    const quota = (): never => {
      throw new ResourceExhausted('hostcalls', 'daily quota used up');
    };
    const interp = new Interpreter();
    interp.set('quota', quota);
    let caught: unknown;
    try {
      interp.run('try:\n    quota()\nexcept BaseException:\n    print("caught")');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ResourceExhausted);
    expect([(caught as ResourceExhausted).kind, interp.takeOutput()]).toEqual(['hostcalls', '']);
    const sb = new Sandbox();
    sb.set('quota', async () => quota());
    const e = await limitHit(sb.run('try:\n    quota()\nexcept BaseException:\n    print("caught")'), 'hostcalls');
    expect(e.detail).toBe('daily quota used up');
    await sb.close();
  });
});

describe('Sandbox: killing a worker affects that worker only', () => {
  it('a script that allocates without bound exhausts only its worker heap', async () => {
    const sb = new Sandbox({ resourceLimits: { maxOldGenerationSizeMb: 32 } });
    let out = '';
    const e = await limitHit(sb.run('print("start")\nx = []\nwhile True:\n    x.append(str(len(x)) * 10)', {
      onOutput: (s) => (out += s),
    }), 'memory');
    expect(e.detail).toContain('heap');
    expect(out).toBe('start\n');
    // The host is intact and the next run gets a fresh worker.
    expect(new Array(1000).fill(1).length).toBe(1000);
    expect((await sb.run('print(sum(range(10)))')).output).toBe('45\n');
    await sb.close();
  });

  it('a library function that never returns is terminated after the deadline plus grace', async () => {
    const registry = new Registry().define(spinLibrary).use('host:spin');
    const sb = new Sandbox({ libraries: registry, libraryModules: [SPIN_MODULE], limits: { timeoutMs: 100 }, graceMs: 50 });
    expect((await sb.run('import spin\nprint(spin.twice(21))')).output).toBe('42\n');
    let out = '';
    const e = await limitHit(sb.run('import spin\nprint("spinning")\nspin.forever()', { onOutput: (s) => (out += s) }), 'deadline');
    expect(e.detail).toContain('terminated');
    expect(out).toBe('spinning\n');
    expect((await sb.run('import spin\nprint(spin.twice(2))')).output).toBe('4\n');
    await sb.close();
  });

  it('AbortSignal stops a running script, and a pre-aborted run never starts', async () => {
    const sb = new Sandbox();
    const controller = new AbortController();
    let out = '';
    const e = await limitHit(sb.run('print("go")\nwhile True: pass', {
      signal: controller.signal,
      onOutput: (s) => {
        out += s;
        controller.abort();
      },
    }), 'deadline');
    expect(e.detail).toContain('aborted');
    expect(out).toBe('go\n');
    await limitHit(sb.run('print("never")', { signal: AbortSignal.abort() }), 'deadline');
    expect((await sb.run('print("after")')).output).toBe('after\n');
    await sb.close();
  });

  it('close() cancels the run in progress and the queued ones', async () => {
    const sb = new Sandbox();
    let started!: () => void;
    const isRunning = new Promise<void>((resolve) => (started = resolve));
    const running = sb.run('print("go")\nwhile True: pass', { onOutput: () => started() });
    const queued = sb.run('print(1)');
    await isRunning;
    await sb.close();
    await limitHit(running, 'deadline');
    await limitHit(queued, 'deadline');
    await expect(sb.run('print(1)')).rejects.toBeInstanceOf(HostUsageError);
  });
});

describe('Sandbox: libraries', () => {
  it('rebuilds registered extended libraries in the worker from their options', async () => {
    const registry = new Registry().use('env', { values: { MODE: 'sandboxed' } });
    const sb = new Sandbox({ libraries: registry });
    expect((await sb.run('import os\nprint(os.environ["MODE"], os.getenv("HOME"))')).output).toBe('sandboxed None\n');
    await sb.close();
  });

  it('explains that host-defined libraries need libraryModules', () => {
    const registry = new Registry().define(spinLibrary).use('host:spin');
    expect(() => new Sandbox({ libraries: registry })).toThrow(/host:spin.*libraryModules/);
  });

  it('reports a library module without the definition as a RegistrationError', async () => {
    const registry = new Registry().define(spinLibrary).use('host:spin');
    const sb = new Sandbox({ libraries: registry, libraryModules: [new URL('./fixtures/missing-library.mjs', import.meta.url)] });
    const e = await failure(sb.run('pass'));
    expect(e).toBeInstanceOf(RegistrationError);
    await sb.close();
  });

  it('accepts modules written in Python', async () => {
    const sb = new Sandbox({ modules: [{ name: 'helpers', summary: 'Helpers.', source: 'def twice(x):\n    return 2 * x\n' }] });
    expect((await sb.run('import helpers\nprint(helpers.twice(4))')).output).toBe('8\n');
    await sb.close();
  });
});
