/**
 * Benchmark runner: times every program in bench/programs in Sandling and in
 * `python3` in the same run, checks that both print the same output, and
 * reports per-program ratios and their geometric mean. Best of N runs each,
 * alternating, because this machine is noisy.
 *
 * Both sides run each program in a fresh process and time it inside that
 * process, after start-up and compilation (as `sandling run` / `python3` would
 * run it). A fresh process matters for Sandling: running programs one after
 * another in one process lets earlier programs' type feedback slow down later ones.
 *
 *   npm run bench [-- --runs 3] [--filter fib] [--limits untrusted]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Interpreter, Limits, type LimitOptions } from '../core/index.js';
import { compileProgram } from '../core/compiler/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const programsDir = resolve(here, '..', '..', 'bench', 'programs');

interface Args {
  runs: number;
  filter: string | null;
  limits: string | null;
  child: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 3, filter: null, limits: null, child: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--filter') args.filter = argv[++i];
    else if (a === '--limits') {
      args.limits = argv[++i];
      limitsPreset(args.limits);
    } else if (a === '--child') args.child = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

function limitsPreset(name: string): LimitOptions {
  if (name === 'none') return {};
  if (name === 'untrusted') return Limits.untrusted();
  if (name === 'semi') return Limits.semiTrusted();
  throw new Error(`unknown limits preset ${name}`);
}

const PY_TIMER = `
import sys, time
path = sys.argv[1]
src = open(path).read()
code = compile(src, path, 'exec')
t = time.perf_counter()
exec(code, {'__name__': '__main__'})
sys.stderr.write('TIME %.6f\\n' % (time.perf_counter() - t))
`;

function timePython(file: string): { seconds: number; output: string } {
  const r = spawnSync('python3', ['-c', PY_TIMER, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const m = /TIME ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || m === null) throw new Error(`python3 failed on ${file}: ${r.stderr}`);
  return { seconds: Number(m[1]), output: r.stdout };
}

/** Runs one program in this process (the child side of `timeSandling`); prints TIME to stderr. */
function timeHere(file: string, limits: LimitOptions | null): void {
  const source = readFileSync(file, 'utf8');
  let output = '';
  const interp = new Interpreter({ output: (t) => { output += t; }, limits: limits ?? undefined });
  // Compile first (the program cache keeps it) so only execution is timed, as for CPython.
  compileProgram(source, file);
  const t = process.hrtime.bigint();
  interp.run(source, { filename: file });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  process.stdout.write(output);
  process.stderr.write(`TIME ${seconds.toFixed(6)}\n`);
}

function timeSandling(file: string, limitsName: string | null): { seconds: number; output: string } {
  const args = [fileURLToPath(import.meta.url), '--child', file];
  if (limitsName !== null) args.push('--limits', limitsName);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const m = /TIME ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || m === null) throw new Error(`sandling failed on ${file}: ${r.stderr}`);
  return { seconds: Number(m[1]), output: r.stdout };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.child !== null) {
    timeHere(args.child, args.limits === null ? null : limitsPreset(args.limits));
    return;
  }
  const files = readdirSync(programsDir).filter((f) => f.endsWith('.py') && (args.filter === null || f.includes(args.filter))).sort();
  const ratios: number[] = [];
  console.log(`program        sandling(s)  python3(s)   ratio${args.limits ? '   (with limits)' : ''}`);
  for (const f of files) {
    const path = join(programsDir, f);
    let bestS = Infinity;
    let bestP = Infinity;
    let outS = '';
    let outP = '';
    for (let i = 0; i < args.runs; i++) {
      const s = timeSandling(path, args.limits);
      const p = timePython(path);
      bestS = Math.min(bestS, s.seconds);
      bestP = Math.min(bestP, p.seconds);
      outS = s.output;
      outP = p.output;
    }
    const same = outS === outP;
    const ratio = bestS / bestP;
    if (same) ratios.push(ratio);
    console.log(`${f.padEnd(14)} ${bestS.toFixed(3).padStart(10)}  ${bestP.toFixed(3).padStart(10)}  ${ratio.toFixed(2).padStart(6)}x${same ? '' : '  OUTPUT DIFFERS'}`);
  }
  const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / Math.max(1, ratios.length));
  console.log(`geometric mean over ${ratios.length} correct programs: ${geo.toFixed(2)}x CPython`);
}

main();
