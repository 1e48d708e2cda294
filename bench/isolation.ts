/**
 * What isolation costs: cold start of one `Sandbox` run, a warm `Sandbox` run
 * and a warm `SandboxPool` run of a trivial script, and the throughput of
 * 1,000 small scripts on the pool versus in-process (a fresh `Interpreter`
 * per script, one after another). The figures in docs/isolation.md come from
 * this script.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/isolation.js [--scripts 1000] [--threads N] [--cold 5]
 *
 * Medians (and min/max) over repeated measurements, because the machine may be noisy.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { Interpreter, Sandbox, SandboxPool } from '../core/index.js';

interface Args {
  scripts: number;
  threads: number;
  cold: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { scripts: 1000, threads: availableParallelism(), cold: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = Number(argv[++i]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a positive integer`);
    if (a === '--scripts') args.scripts = v;
    else if (a === '--threads') args.threads = v;
    else if (a === '--cold') args.cold = v;
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

/** A small script that differs per index, so every run compiles its own program. */
function smallScript(i: number, iterations = 200): string {
  return `total = ${i}\nfor k in range(${iterations}):\n    total += k * k % 7\nprint(total)\n`;
}

/** Iterations of a "medium" script (about 5-10 ms), where parallel workers can pay off. */
const MEDIUM = 200_000;

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const median = s[Math.floor(s.length / 2)];
  return `median ${median.toFixed(2)} ms (min ${s[0].toFixed(2)}, max ${s[s.length - 1].toFixed(2)}, n=${s.length})`;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** A new Sandbox each time: worker spawn, module loading, first run. */
async function coldStart(n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const sb = new Sandbox();
    out.push(await time(() => sb.run('pass')));
    await sb.close();
  }
  return out;
}

async function warmSandbox(n: number): Promise<number[]> {
  const sb = new Sandbox();
  for (let i = 0; i < 20; i++) await sb.run(smallScript(i)); // warm-up
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await time(() => sb.run('pass')));
  await sb.close();
  return out;
}

async function warmPool(pool: SandboxPool, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await time(() => pool.run('pass')));
  return out;
}

async function poolThroughput(pool: SandboxPool, scripts: number, offset: number, iterations?: number): Promise<number> {
  return time(() => Promise.all(Array.from({ length: scripts }, (_, i) => pool.run(smallScript(offset + i, iterations)))));
}

function inProcessThroughput(scripts: number, offset: number, iterations?: number): number {
  const t = performance.now();
  for (let i = 0; i < scripts; i++) {
    const interp = new Interpreter();
    interp.run(smallScript(offset + i, iterations));
    interp.takeOutput();
  }
  return performance.now() - t;
}

/** Alternates pool and in-process rounds, so that load changes on a shared machine hit both alike. */
async function compare(pool: SandboxPool, scripts: number, iterations?: number): Promise<{ poolMs: number[]; inProcessMs: number[] }> {
  const poolMs: number[] = [];
  const inProcessMs: number[] = [];
  for (let round = 0; round < 3; round++) {
    poolMs.push(await poolThroughput(pool, scripts, (round + 1) * 100_000, iterations));
    inProcessMs.push(inProcessThroughput(scripts, (round + 1) * 100_000 + 50_000, iterations));
  }
  return { poolMs, inProcessMs };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(`# isolation benchmark: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}`);
  console.log(`cold start, one Sandbox run of 'pass' (new worker):   ${stats(await coldStart(args.cold))}`);
  console.log(`warm Sandbox run of 'pass' (reused worker):          ${stats(await warmSandbox(200))}`);

  const pool = new SandboxPool({ threads: args.threads });
  await Promise.all(Array.from({ length: args.threads * 10 }, (_, i) => pool.run(smallScript(i)))); // warm-up
  console.log(`warm SandboxPool run of 'pass' (${args.threads} threads, sequential): ${stats(await warmPool(pool, 200))}`);

  inProcessThroughput(200, 1_000_000); // JIT warm-up of the in-process path
  const rate = (n: number, ms: number[]): string => {
    const best = Math.min(...ms);
    return `${(n / (best / 1000)).toFixed(0)} scripts/s (best of ${ms.length}: ${best.toFixed(0)} ms; all: ${ms.map((m) => m.toFixed(0)).join(', ')} ms)`;
  };
  const small = await compare(pool, args.scripts);
  console.log(`${args.scripts} small scripts on the pool (${args.threads} threads): ${rate(args.scripts, small.poolMs)}`);
  console.log(`${args.scripts} small scripts in-process (fresh Interpreter each):  ${rate(args.scripts, small.inProcessMs)}`);
  const mediumCount = Math.max(1, Math.round(args.scripts / 20));
  const medium = await compare(pool, mediumCount, MEDIUM);
  console.log(`${mediumCount} medium scripts (${MEDIUM} iterations) on the pool:     ${rate(mediumCount, medium.poolMs)}`);
  console.log(`${mediumCount} medium scripts in-process:                         ${rate(mediumCount, medium.inProcessMs)}`);
  await pool.close();
}

await main();
