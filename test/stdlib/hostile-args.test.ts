/**
 * Calls every public function and class of every pure module with arguments
 * it does not expect (wrong types, huge ints, NaN, an object whose dunders
 * lie or raise) and checks that each call either returns or raises a Python
 * exception: no JavaScript error, no internal error, no limit hit.
 */
import { describe, expect, it } from 'vitest';
import { Interpreter, ResourceExhausted, ScriptError } from '../../core/index.js';
import { stdlibModules } from '../../stdlib/index.js';

/** Calls that never end in CPython either (they loop while their inputs are NaN or have infinitely many bits). */
const ENDLESS_IN_CPYTHON: Record<string, string[]> = {
  random: ['betavariate', 'gammavariate', 'vonmisesvariate'],
  time: ['sleep'], // not endless, but sleep(1.5) would only slow the suite
  enum: ['show_flag_values'],
};

function scan(module: string): string {
  const skip = ENDLESS_IN_CPYTHON[module] ?? [];
  return `
import ${module} as M
class Liar:
    def __index__(self): return 'x'
    def __len__(self): return -1
    def __iter__(self): return 5
    def __eq__(self, o): raise ValueError('eq')
    def __hash__(self): return 1
SAMPLES = [None, -1, 2**70, 1.5, float('nan'), '', 'x\\x00y', b'\\xff', [], {}, (1,), Liar(), object, print]
names = sorted(n for n in dir(M) if not n.startswith('_') and callable(getattr(M, n)) and n not in ${JSON.stringify(skip)})
for n in names:
    f = getattr(M, n)
    for args in [()] + [(s,) for s in SAMPLES] + [(s, s) for s in SAMPLES[:8]]:
        try:
            r = f(*args)
            if hasattr(r, '__next__'):
                next(r)
        except Exception:
            pass
print('done', len(names))
`;
}

const modules = stdlibModules().map((m) => m.name).filter((n) => !n.split('.').some((p) => p.startsWith('_')));

describe('pure modules given hostile arguments', () => {
  it.each(modules)('%s: every call returns or raises a Python exception', (module) => {
    const interp = new Interpreter({ limits: { maxOps: 20_000_000, timeoutMs: 20_000, maxValueBytes: 1 << 22, maxDepth: 200 } });
    let outcome: string;
    try {
      interp.run(scan(module), { filename: `${module}-scan.py` });
      outcome = interp.takeOutput().trim().split('\n').pop()!;
    } catch (e) {
      // SystemExit and KeyboardInterrupt are Python outcomes too (sys.exit-like functions).
      if (e instanceof ScriptError && ['SystemExit', 'KeyboardInterrupt', 'GeneratorExit'].includes(e.pyType)) outcome = 'done';
      else if (e instanceof ResourceExhausted) outcome = `limit ${e.kind}: ${e.detail}`;
      else outcome = `escaped ${String(e)}`;
    }
    expect(outcome).toMatch(/^done/);
  });
});
