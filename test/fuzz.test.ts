/**
 * A short fuzz run as part of `npm test` (threat model §6 item 23): a few
 * hundred grammar-generated programs, token soups and mutated conformance
 * programs, each run in a fresh Interpreter under tiny limits (see
 * test/fuzz/oracle.ts for what is checked). Deterministic by default; set
 * FUZZ_SEED to explore. The long campaign is `npm run fuzz`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkerBundle, WorkerExecutor } from './fuzz/executor.js';
import { formatFindings, runCampaign, type Finding } from './fuzz/driver.js';
import { grammarProgram } from './fuzz/gen-grammar.js';
import { tokenProgram } from './fuzz/gen-tokens.js';
import { mutatedProgram } from './fuzz/gen-mutate.js';
import { FUZZ_LIMITS } from './fuzz/oracle.js';
import type fc from 'fast-check';

const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20240611;

let executor: WorkerExecutor;

beforeAll(async () => {
  // A generous grace here: `npm test` runs other suites in parallel on the same cores.
  executor = new WorkerExecutor(await buildWorkerBundle(), { limits: FUZZ_LIMITS, graceMs: 1000, hangMs: 3000 });
});
afterAll(async () => {
  await executor?.close();
});

const campaigns: [string, fc.Arbitrary<string>, number, number][] = [
  // name, generator, programs, time cap (ms)
  ['grammar', grammarProgram, 150, 5000],
  ['tokens', tokenProgram, 300, 2000],
  ['mutate', mutatedProgram, 150, 2500],
];

describe('fuzz (short run)', () => {
  for (const [name, arbitrary, numRuns, maxMs] of campaigns) {
    it(`${name}: no JS error escapes, no hang, no prototype change, interpreter reusable`, async () => {
      const findings = new Map<string, Finding>();
      const { stats } = await runCampaign({
        generator: name, arbitrary, numRuns, seed, maxMs, chunk: numRuns, findings, maxShrinkMs: 2000,
        run: (src) => executor.run(src),
      });
      expect(stats.programs).toBeGreaterThan(0);
      expect(findings.size, formatFindings(findings.values())).toBe(0);
    }, 30_000);
  }
});
