/**
 * Fuzz campaigns: runs a generator's programs through the oracle with
 * fast-check, and — unlike a plain `fc.assert` — keeps going after a failure:
 * each failure is shrunk (only towards programs failing the same way), recorded
 * with its shrunk counterexample, and from then on ignored, so one run collects
 * every distinct failure.
 */
import fc from 'fast-check';
import type { Verdict } from './oracle.js';

export interface Finding {
  generator: string;
  signature: string;
  failure: string;
  outcome: string;
  detail: string;
  /** Shrunk counterexample. */
  program: string;
  /** The program as first generated. */
  original: string;
  seed: number;
  /** How many generated programs hit this signature (first hit + later ones). */
  hits: number;
  ms: number;
}

export interface CampaignStats {
  generator: string;
  programs: number;
  ms: number;
  outcomes: Record<string, number>;
  seeds: number[];
}

export interface CampaignOptions {
  generator: string;
  arbitrary: fc.Arbitrary<string>;
  run: (source: string) => Promise<Verdict>;
  numRuns: number;
  seed?: number;
  /** Programs per fc.check call (a new seed each chunk). */
  chunk?: number;
  /** Stop after this many ms even if numRuns is not reached. */
  maxMs?: number;
  /** Shared across campaigns: signature -> finding. */
  findings?: Map<string, Finding>;
  onFinding?: (f: Finding) => void;
  onProgress?: (s: CampaignStats) => void;
  /** Max shrink steps per failure. */
  maxShrinkMs?: number;
}

export async function runCampaign(o: CampaignOptions): Promise<{ stats: CampaignStats; findings: Map<string, Finding> }> {
  const findings = o.findings ?? new Map<string, Finding>();
  const stats: CampaignStats = { generator: o.generator, programs: 0, ms: 0, outcomes: {}, seeds: [] };
  const t0 = Date.now();
  const chunk = o.chunk ?? 500;
  let seed = o.seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  let remaining = o.numRuns;

  while (remaining > 0 && (o.maxMs === undefined || Date.now() - t0 < o.maxMs)) {
    const n = Math.min(chunk, remaining);
    let target: string | null = null;
    let targetVerdict: Verdict | null = null;
    let firstProgram = '';
    let shrinkStart = 0;
    let counted = 0;
    const property = fc.asyncProperty(o.arbitrary, async (src) => {
      if (target !== null && o.maxShrinkMs !== undefined && Date.now() - shrinkStart > o.maxShrinkMs) return true;
      const v = await o.run(src);
      if (target === null) {
        counted++;
        stats.programs++;
        const key = v.ok ? v.outcome + (v.pyType ? `:${v.pyType}` : '') : `FAIL:${v.failure}`;
        stats.outcomes[key] = (stats.outcomes[key] ?? 0) + 1;
      }
      if (v.ok) return true;
      // Hangs, slowness and crashes carry no location: keep them apart per generator at least.
      const perGenerator = ['hang', 'slow', 'crash', 'memory', 'host-stack'].includes(v.failure ?? '');
      const sig = `${perGenerator ? `${o.generator}:` : ''}${v.signature ?? v.failure ?? 'unknown'}`;
      const known = findings.get(sig);
      if (target === null) {
        if (known !== undefined) {
          known.hits++;
          return true;
        }
        target = sig;
        targetVerdict = v;
        firstProgram = src;
        shrinkStart = Date.now();
        return false;
      }
      if (sig === target) {
        targetVerdict = v;
        return false;
      }
      return true;
    });
    const result = await fc.check(property, { numRuns: n, seed, endOnFailure: false });
    stats.seeds.push(seed);
    if (result.failed && target !== null && targetVerdict !== null) {
      const tv = targetVerdict as Verdict;
      const f: Finding = {
        generator: o.generator,
        signature: target,
        failure: tv.failure ?? '?',
        outcome: tv.outcome,
        detail: tv.detail ?? '',
        program: (result.counterexample?.[0] as string | undefined) ?? firstProgram,
        original: firstProgram,
        seed,
        hits: 1,
        ms: tv.ms,
      };
      findings.set(target, f);
      o.onFinding?.(f);
    }
    // A failure stops fc.check early: only count the programs actually generated.
    remaining -= Math.max(counted, 1);
    seed = (seed + 0x9e3779b1) | 0;
    stats.ms = Date.now() - t0;
    o.onProgress?.(stats);
  }
  stats.ms = Date.now() - t0;
  return { stats, findings };
}

/** A readable report of findings, most severe first. */
export function formatFindings(findings: Iterable<Finding>): string {
  const order = ['canary', 'isolation', 'hang', 'crash', 'memory', 'escape', 'broken-after', 'slow', 'host-stack', 'leak', 'oracle'];
  const list = [...findings].sort((a, b) => order.indexOf(a.failure) - order.indexOf(b.failure));
  return list.map((f, i) => [
    `#${i + 1} [${f.failure}] ${f.outcome} (${f.generator}, ${f.hits} hit(s), seed ${f.seed})`,
    `   ${f.detail}`,
    ...f.program.split('\n').map((l) => `   | ${l}`),
  ].join('\n')).join('\n\n');
}
