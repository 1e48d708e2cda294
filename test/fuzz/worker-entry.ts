/**
 * Fuzz worker: bundled by esbuild together with core/ (see executor.ts) and run
 * as a child process, so that a program that truly hangs or exhausts memory can
 * be killed without taking the fuzzer down. Receives `{ id, source }`, answers
 * `{ id, verdict }`.
 */
import {
  checkProgram, ISOLATION_PROBE, QUICK_PROBE, runProbe, takeCanarySnapshot, type Api, type FuzzLimits,
} from './oracle.js';

const send = (m: unknown) => process.send!(m);

// Node defines some globals (TextEncoder, URL, ...) as lazy accessors that turn into data
// properties on first use; materialise them all so that using them is not a "change".
for (const k of Reflect.ownKeys(globalThis)) {
  try {
    void (globalThis as Record<PropertyKey, unknown>)[k];
  } catch {
    // some accessors throw outside their context; ignore
  }
}

// Snapshot before core/ is even loaded: loading it must not touch the shared prototypes either.
const pristine = takeCanarySnapshot();
const api = (await import('../../core/index.js')) as unknown as Api;

const full = { source: ISOLATION_PROBE, baseline: runProbe(api, ISOLATION_PROBE) };
const quick = { source: QUICK_PROBE, baseline: runProbe(api, QUICK_PROBE) };
let runs = 0;
const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (m: { id: number; source: string; limits?: FuzzLimits; graceMs?: number; memoryMb?: number }) => {
  let verdict;
  try {
    const opts = {
      canary: pristine, limits: m.limits, graceMs: m.graceMs, probe: ++runs % 10 === 0 ? full : quick,
      memory: gc === undefined || m.memoryMb === undefined ? undefined : { gc, retainedMb: m.memoryMb },
    };
    verdict = checkProgram(api, m.source, opts);
    if (!verdict.ok && verdict.failure === 'slow') {
      // Confirm before reporting (GC pauses, a busy machine). A trailing comment defeats the
      // compiled-program cache, so compile time counts again.
      gc?.();
      const again = checkProgram(api, `${m.source}\n# again\n`, opts);
      if (again.ok || again.failure !== 'slow') verdict = again;
    }
  } catch (e) {
    verdict = {
      ok: false, outcome: 'oracle-error', failure: 'oracle', ms: 0,
      detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e), signature: 'oracle',
    };
  }
  send({ id: m.id, verdict });
});
process.on('disconnect', () => process.exit(0));
send({ ready: true });
