/**
 * Long fuzz campaign (`npm run fuzz`). Environment:
 *   FUZZ_RUNS   total programs (default 20000), split by FUZZ_MIX
 *   FUZZ_MIX    weights grammar:tokens:mutate (default 6:2:2)
 *   FUZZ_GEN    run only one generator (grammar | tokens | mutate)
 *   FUZZ_SEED   base seed (default random; printed)
 *   FUZZ_MAX_MINUTES  stop each generator after this share of the time budget
 *   FUZZ_OUT    where to write the findings JSON (default $TMPDIR/sandling-fuzz/)
 * Programs run in a worker thread (test/fuzz/executor.ts) so genuine hangs are
 * killed. Every distinct failure is shrunk and reported; the test fails if any.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildWorkerBundle, WorkerExecutor } from './executor.js';
import { formatFindings, runCampaign, type CampaignStats, type Finding } from './driver.js';
import { grammarProgram } from './gen-grammar.js';
import { tokenProgram } from './gen-tokens.js';
import { mutatedProgram } from './gen-mutate.js';
import type fc from 'fast-check';

const total = Number(process.env.FUZZ_RUNS ?? 20000);
const mix = (process.env.FUZZ_MIX ?? '6:2:2').split(':').map(Number);
const only = process.env.FUZZ_GEN;
const baseSeed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : (Date.now() % 1_000_000_007) | 0;
const maxMinutes = process.env.FUZZ_MAX_MINUTES !== undefined ? Number(process.env.FUZZ_MAX_MINUTES) : undefined;
const outDir = process.env.FUZZ_OUT ?? join(tmpdir(), 'sandling-fuzz');

const generators: [string, fc.Arbitrary<string>, number][] = ([
  ['grammar', grammarProgram, mix[0] ?? 6],
  ['tokens', tokenProgram, mix[1] ?? 2],
  ['mutate', mutatedProgram, mix[2] ?? 2],
] as [string, fc.Arbitrary<string>, number][]).filter(([name]) => only === undefined || only === name);

let executor: WorkerExecutor;
const findings = new Map<string, Finding>();
const allStats: CampaignStats[] = [];

beforeAll(async () => {
  executor = new WorkerExecutor(await buildWorkerBundle());
});
afterAll(async () => {
  await executor?.close();
});

it(`fuzzes ${total} programs (seed ${baseSeed})`, async () => {
  const weightSum = generators.reduce((s, [, , wt]) => s + wt, 0);
  const started = Date.now();
  mkdirSync(outDir, { recursive: true });
  // Written as we go, so that nothing is lost if the campaign is interrupted.
  const journal = join(outDir, `findings-${baseSeed}.jsonl`);
  const progress = join(outDir, `progress-${baseSeed}.json`);
  for (const [name, arbitrary, weight] of generators) {
    const numRuns = Math.round((total * weight) / weightSum);
    const { stats } = await runCampaign({
      generator: name,
      arbitrary,
      numRuns,
      seed: baseSeed + name.length * 7919,
      run: (src) => executor.run(src),
      findings,
      chunk: 1000,
      maxShrinkMs: 120_000,
      maxMs: maxMinutes === undefined ? undefined : (maxMinutes * 60_000 * weight) / weightSum,
      onFinding: (f) => {
        appendFileSync(journal, `${JSON.stringify(f)}\n`);
        console.log(`[fuzz] NEW ${f.failure} in ${name}: ${f.detail.slice(0, 200)}\n${f.program}`);
      },
      onProgress: (s) => {
        writeFileSync(progress, JSON.stringify({ done: allStats, current: s, restarts: executor.restarts,
          hits: [...findings.values()].map((f) => [f.signature, f.hits]) }, null, 1));
        console.log(`[fuzz] ${name}: ${s.programs} programs, ${Math.round(s.ms / 1000)} s, ${findings.size} distinct failure(s)`);
      },
    });
    allStats.push(stats);
  }
  const file = join(outDir, `findings-${baseSeed}.json`);
  writeFileSync(file, JSON.stringify({ seed: baseSeed, total, ms: Date.now() - started, stats: allStats,
    restarts: executor.restarts, findings: [...findings.values()] }, null, 2));
  console.log(`[fuzz] stats: ${JSON.stringify(allStats)}`);
  console.log(`[fuzz] ${findings.size} distinct failure(s); details in ${file}\n${formatFindings(findings.values())}`);
  expect([...findings.values()].map((f) => `[${f.failure}] ${f.outcome}: ${f.detail}`)).toEqual([]);
});
