/**
 * Calls every public function and class of every pure module, and every
 * public method of an instance of each class, with arguments it does not
 * expect (wrong types, huge ints, NaN, an object whose dunders lie or raise)
 * and checks that each call either returns or raises a Python exception: no
 * JavaScript error, no internal error, no limit hit.
 */
import { describe, expect, it } from 'vitest';
import { Interpreter, ResourceExhausted, ScriptError } from '../../core/index.js';
import { stdlibModules } from '../../stdlib/index.js';

/**
 * Calls skipped (by function or method name): they never end in CPython either
 * (looping while their inputs are NaN, have infinitely many bits, or ask for
 * 2**70 results), or they only wait.
 */
const UNBOUNDED_IN_CPYTHON: Record<string, string[]> = {
  random: ['betavariate', 'gammavariate', 'vonmisesvariate'],
  statistics: ['quantiles', 'samples'],
  time: ['sleep'],
  enum: ['show_flag_values'],
};

const PRELUDE = String.raw`
class Liar:
    def __index__(self): return 'x'
    def __len__(self): return -1
    def __iter__(self): return 5
    def __eq__(self, o): raise ValueError('eq')
    def __hash__(self): return 1
SAMPLES = [None, -1, 2**70, 1.5, float('nan'), '', 'x\x00y', b'\xff', [], {}, (1,), Liar(), object, print]
ARGS = [()] + [(s,) for s in SAMPLES] + [(s, s) for s in SAMPLES[:8]]

def hammer(f):
    for args in ARGS:
        try:
            r = f(*args)
            if hasattr(r, '__next__'):
                next(r)
        except Exception:
            pass
`;

/** Calls each public callable of the module. */
function scanFunctions(module: string, skip: string[]): string {
  return `import ${module} as M
${PRELUDE}
names = sorted(n for n in dir(M) if not n.startswith('_') and callable(getattr(M, n)) and n not in ${JSON.stringify(skip)})
for n in names:
    hammer(getattr(M, n))
print('done', len(names))
`;
}

/** Makes one instance of each public class (with the first arguments it accepts) and calls its methods. */
function scanMethods(module: string, skip: string[]): string {
  return `import ${module} as M
${PRELUDE}
SKIP = ${JSON.stringify(skip)}
DUNDERS = ('__getitem__', '__setitem__', '__contains__', '__add__', '__sub__', '__mul__', '__eq__', '__lt__',
           '__format__', '__reduce__', '__repr__', '__len__', '__iter__')
objs = []
for n in sorted(dir(M)):
    c = getattr(M, n)
    if n.startswith('_') or n in SKIP or not isinstance(c, type):
        continue
    for args in [(), (1,), ('a',), (1, 2), ([1, 2],), ('a', 'b'), (0, 0, 0)]:
        try:
            objs.append(c(*args))
            break
        except Exception:
            pass
for o in objs:
    for mn in sorted(dir(o)):
        if (mn.startswith('_') and mn not in DUNDERS) or mn in SKIP:
            continue
        try:
            f = getattr(o, mn)
        except Exception:
            continue
        if callable(f) and not isinstance(f, type):
            hammer(f)
print('done', len(objs))
`;
}

/** Runs a scan; returns 'done ...' or what went wrong. */
function outcomeOf(source: string, filename: string): string {
  const interp = new Interpreter({ limits: { maxOps: 20_000_000, timeoutMs: 20_000, maxValueBytes: 1 << 22, maxDepth: 200 } });
  try {
    interp.run(source, { filename });
    return interp.takeOutput().trim().split('\n').pop()!;
  } catch (e) {
    // SystemExit and KeyboardInterrupt are Python outcomes too (sys.exit-like functions).
    if (e instanceof ScriptError && ['SystemExit', 'KeyboardInterrupt', 'GeneratorExit'].includes(e.pyType)) return 'done';
    if (e instanceof ResourceExhausted) return `limit ${e.kind}: ${e.detail}`;
    return `escaped ${String(e)}`;
  }
}

const modules = stdlibModules().map((m) => m.name).filter((n) => !n.split('.').some((p) => p.startsWith('_')));

describe('pure modules given hostile arguments', () => {
  it.each(modules)('%s: every function call returns or raises a Python exception', (module) => {
    expect(outcomeOf(scanFunctions(module, UNBOUNDED_IN_CPYTHON[module] ?? []), `${module}-functions.py`)).toMatch(/^done/);
  });

  it.each(modules)('%s: every method call returns or raises a Python exception', (module) => {
    expect(outcomeOf(scanMethods(module, UNBOUNDED_IN_CPYTHON[module] ?? []), `${module}-methods.py`)).toMatch(/^done/);
  });
});
