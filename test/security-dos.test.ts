// Security attack suite, part 4: limits that hostile scripts can step around.
//
// The product promises (README "Limits", threat model section 6 items 9-13 and
// the one-line threat model (b)/(e)): a run stops at its deadline/budget, no
// single value exceeds maxValueBytes, and the Node process never crashes or hangs
// because of a script. The tests below use small shapes in-process, and run the
// crash-prone shapes in a child Node process with a small heap so a failure is
// reported instead of killing the test runner.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Interpreter, ResourceExhausted, SandlingError } from '../core/index.js';
import { canaryDiff, describeError, isAcceptableFailure, runScript, takeCanary } from './security-helpers.js';

const canary = takeCanary();
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

function timed(src: string, limits: ConstructorParameters<typeof Interpreter>[0]['limits']): { ms: number; error: unknown } {
  const t0 = Date.now();
  const r = runScript(src, { limits });
  return { ms: Date.now() - t0, error: r.error };
}

describe('9/13. native walkers over shared-subtree (DAG) values honour the deadline', () => {
  // Sizes are chosen so an unbounded walk takes several seconds (well above the threshold even on a loaded machine).
  it('hash() of a tuple DAG (2^21 paths) stops at the deadline', () => {
    const r = timed('t = (1,)\nfor _ in range(21): t = (t, t)\nx = hash(t)', { timeoutMs: 200, maxOps: 1_000_000 });
    expect(isAcceptableFailure(r.error), describeError(r.error)).toBe(true);
    expect(r.ms, `hash() ran ${r.ms} ms with timeoutMs 200`).toBeLessThan(2000);
  }, 120_000);

  it('isinstance() with a nested-tuple DAG of classes (2^25 leaves) stops at the deadline', () => {
    const r = timed('c = int\nfor _ in range(25): c = (c, c)\nx = isinstance("s", c)', { timeoutMs: 200, maxOps: 1_000_000 });
    expect(isAcceptableFailure(r.error), describeError(r.error)).toBe(true);
    expect(r.ms, `isinstance() ran ${r.ms} ms with timeoutMs 200`).toBeLessThan(2000);
  }, 120_000);

  it('issubclass() with a nested-tuple DAG of classes (2^25 leaves) stops at the deadline', () => {
    const r = timed('c = int\nfor _ in range(25): c = (c, c)\nx = issubclass(str, c)', { timeoutMs: 200, maxOps: 1_000_000 });
    expect(isAcceptableFailure(r.error), describeError(r.error)).toBe(true);
    expect(r.ms, `issubclass() ran ${r.ms} ms with timeoutMs 200`).toBeLessThan(2000);
  }, 120_000);

  it('except with a nested-tuple DAG is refused like CPython (TypeError) or bounded', () => {
    const r = timed('e = ValueError\nfor _ in range(25): e = (e, e)\ntry:\n    raise KeyError\nexcept e:\n    pass\nexcept BaseException:\n    pass',
      { timeoutMs: 200, maxOps: 1_000_000 });
    expect(isAcceptableFailure(r.error), describeError(r.error)).toBe(true);
    expect(r.ms, `except ran ${r.ms} ms with timeoutMs 200`).toBeLessThan(2000);
  }, 120_000);
});

describe('13. work done inside builtins is charged to the instruction budget (maxOps alone bounds a run)', () => {
  it('converting host-function arguments is charged: 40 calls with a 2^18-path DAG under maxOps 10000', () => {
    const interp = new Interpreter({ limits: { maxOps: 10_000 } });
    interp.set('h', () => null);
    const t0 = Date.now();
    const r = runScript('a = [1]\nfor _ in range(18): a = [a, a]\nfor _ in range(40): h(a)', { interp });
    const ms = Date.now() - t0;
    expect(isAcceptableFailure(r.error) || r.error instanceof SandlingError, describeError(r.error)).toBe(true);
    expect(ms, `run took ${ms} ms under maxOps 10000`).toBeLessThan(3000);
  }, 120_000);

  it('hash() of nested tuples is charged: 60 hashes of a 2^16-path tuple DAG under maxOps 10000', () => {
    const r = timed('t = (1,)\nfor _ in range(16): t = (t, t)\nfor _ in range(60): hash(t)', { maxOps: 10_000 });
    expect(isAcceptableFailure(r.error), describeError(r.error)).toBe(true);
    expect(r.ms, `run took ${r.ms} ms under maxOps 10000`).toBeLessThan(2000);
  }, 120_000);
});

describe('11. concatenation results are checked against maxValueBytes before allocating', () => {
  const limits = { maxValueBytes: 1 << 20, timeoutMs: 10_000 };
  const cases: [string, string][] = [
    ['bytes + bytes', "x = b'a' * 400_000\ny = x + x + x"],
    ['bytes += bytes', "x = b'a' * 400_000\nx += x\nx += x"],
    ['bytearray + bytearray', "x = bytearray(400_000)\ny = x + x + x"],
    ['bytearray += bytearray', "x = bytearray(400_000)\nx += x\nx += x"],
    ['tuple + tuple', 'x = (0,) * 60_000\ny = x + x + x'],
    ['list + list', 'x = [0] * 60_000\ny = x + x + x'],
    ['list += list', 'x = [0] * 60_000\nx += x\nx += x'],
    ['list unpacking [*x, *x]', 'x = [0] * 60_000\ny = [*x, *x, *x]'],
    ['tuple unpacking (*x, *x)', 'x = (0,) * 60_000\ny = (*x, *x, *x)'],
    ['bytes.replace growth', "x = b'a' * 300_000\ny = x.replace(b'a', b'aaaa')"],
    ['str + str', "x = 'a' * 300_000\ny = x + x + x + x"],
  ];
  for (const [label, src] of cases) {
    it(label, () => {
      const r = runScript(src, { limits });
      expect(r.error, describeError(r.error)).toBeInstanceOf(ResourceExhausted);
      expect((r.error as ResourceExhausted).kind).toBe('size');
    });
  }
});

// ------------------------------------------------------------------ child-process checks

let work = '';
let runner = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sandling-security-'));
  buildSync({
    entryPoints: [join(repo, 'core', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(work, 'sandling.mjs'),
    logLevel: 'silent',
    // CommonJS dependencies (ajv, yaml...) call require(): give the ESM bundle one.
    banner: { js: "import { createRequire as __sandlingRequire } from 'node:module'; const require = __sandlingRequire(import.meta.url);" },
  });
  runner = join(work, 'runner.mjs');
  writeFileSync(runner, `
import { Interpreter } from './sandling.mjs';
const { src, limits, hostFn } = JSON.parse(process.argv[2]);
const interp = new Interpreter({ limits, output: () => {} });
if (hostFn) interp.set('h', () => null);
const t0 = Date.now();
let result;
try {
  interp.run(src);
  result = 'ok';
} catch (e) {
  result = e.constructor.name + (e.kind ? ':' + e.kind : '');
}
console.log(JSON.stringify({ result, ms: Date.now() - t0, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
`);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

interface ChildResult {
  status: number | null;
  signal: string | null;
  report: { result: string; ms: number; maxRssMB: number } | null;
  stderr: string;
}

function child(src: string, limits: Record<string, number>, opts: { hostFn?: boolean; heapMB?: number } = {}): ChildResult {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${opts.heapMB ?? 256}`, runner, JSON.stringify({ src, limits, hostFn: opts.hostFn ?? false })], {
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NODE_PATH: join(repo, 'node_modules') },
    cwd: work,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let report: ChildResult['report'] = null;
  try {
    report = JSON.parse(line);
  } catch {
    report = null;
  }
  return { status: r.status, signal: r.signal, report, stderr: r.stderr.slice(-300) };
}

describe('(e) the Node process survives hostile scripts (child process, 256 MB heap)', () => {
  it('the child harness works', () => {
    const r = child('x = sum(range(10))', { timeoutMs: 5000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.report?.result).toBe('ok');
  }, 120_000);

  it('passing a shared-subtree DAG (2^40 paths) to a host function does not crash or hang the process', () => {
    const r = child('a = [1]\nfor _ in range(40): a = [a, a]\nh(a)', { timeoutMs: 1000, maxOps: 1_000_000 }, { hostFn: true });
    expect({ status: r.status, signal: r.signal }, r.stderr).toEqual({ status: 0, signal: null });
    expect(r.report?.result).toMatch(/^(ResourceExhausted|HostUsageError|ScriptError)/);
    expect(r.report!.ms).toBeLessThan(3000);
  }, 120_000);

  it('doubling bytes 40 times with maxValueBytes 16 MB and maxOps 1e5 stays small and stops with a size limit', () => {
    const r = child("x = b'a'\nfor _ in range(40): x = x + x", { maxOps: 100_000, maxValueBytes: 16 << 20 }, { heapMB: 256 });
    expect({ status: r.status, signal: r.signal }, r.stderr).toEqual({ status: 0, signal: null });
    expect(r.report?.result).toBe('ResourceExhausted:size');
    expect(r.report!.maxRssMB, `peak RSS ${r.report!.maxRssMB} MB`).toBeLessThan(512);
  }, 120_000);

  it('doubling a tuple 40 times with maxValueBytes 16 MB and maxOps 1e5 stops with a size limit', () => {
    const r = child('x = (0,)\nfor _ in range(40): x = x + x', { maxOps: 100_000, maxValueBytes: 16 << 20 }, { heapMB: 256 });
    expect({ status: r.status, signal: r.signal }, r.stderr).toEqual({ status: 0, signal: null });
    expect(r.report?.result).toMatch(/^ResourceExhausted/);
  }, 120_000);

  // The allocation account undercounts (small ints and strings are not charged one by one) and a
  // host may set it above the heap: the runtime's heap guard must stop the run before V8 aborts.
  it('growing many small big ints with no memory limit stops with a memory limit, not a V8 abort', () => {
    const r = child('x = []\nn = -1\nwhile True:\n    b = n & (~n + 1)\n    x.append(b)\n    n ^= b', { timeoutMs: 60_000 }, { heapMB: 96 });
    expect({ status: r.status, signal: r.signal }, r.stderr).toEqual({ status: 0, signal: null });
    expect(r.report?.result).toBe('ResourceExhausted:memory');
  }, 120_000);

  it('a list of small strings with a memory limit above the heap stops with a memory limit', () => {
    const r = child('x = []\nwhile True:\n    x.append(str(len(x)) * 10)', { maxMemoryBytes: 8 * 2 ** 30 }, { heapMB: 96 });
    expect({ status: r.status, signal: r.signal }, r.stderr).toEqual({ status: 0, signal: null });
    expect(r.report?.result).toBe('ResourceExhausted:memory');
  }, 120_000);
});

describe('zz. prototype canary (run last)', () => {
  it('no JS prototype or global was changed by this file', () => {
    expect(canaryDiff(canary)).toEqual([]);
  });

  it('SandlingError is the base of every limit error', () => {
    expect(new ResourceExhausted('size', 'x')).toBeInstanceOf(SandlingError);
  });
});
