/**
 * Shared helpers for the standard-library tests: run a script and read what
 * it printed, the `attempt(f, *args)` prelude that prints what a call
 * returns or raises, and the exception or limit a script ends with.
 */
import { expect } from 'vitest';
import { Interpreter, ResourceExhausted, ScriptError, type LimitOptions } from '../../core/index.js';

/** Runs `src` in a fresh interpreter (with `limits` when given); returns its output. */
export function run(src: string, limits?: LimitOptions): string {
  const interp = new Interpreter(limits === undefined ? {} : { limits });
  interp.run(src, { filename: 't.py' });
  return interp.takeOutput();
}

/** Runs `src` in `interp` (state carries over between calls); returns the output of this run. */
export function runIn(src: string, interp = new Interpreter()): string {
  interp.run(src);
  return interp.takeOutput();
}

/** A `run` that puts `prelude` (say `'import math\n'`) before every script. */
export function runWith(prelude: string): (src: string, limits?: LimitOptions) => string {
  return (src, limits) => run(prelude + src, limits);
}

/** A prelude defining `attempt(f, *a, **k)`: prints the repr of the result, or `Type: message`. */
export const TRY = `
def attempt(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
`;

/** The `Type: message` line of the exception a script ends with. */
export function failure(src: string): string {
  try {
    run(src);
  } catch (e) {
    if (e instanceof ScriptError) return `${e.pyType}: ${e.pyMessage}`;
    throw e;
  }
  throw new Error('no exception');
}

/** The kind of limit a script trips. */
export function limitKind(src: string, limits: LimitOptions): string {
  return limitKindIn(src, new Interpreter({ limits }));
}

/** The kind of limit a script trips in `interp` (made with the limits and any other options). */
export function limitKindIn(src: string, interp: Interpreter): string {
  try {
    interp.run(src, { filename: 't.py' });
  } catch (e) {
    if (e instanceof ResourceExhausted) return e.kind;
    throw e;
  }
  throw new Error('no limit tripped');
}

/**
 * Expects `src` to trip a limit of `kind`, then checks that the interpreter
 * stays usable: running `after` in it prints `printed`.
 */
export function expectLimitThenRun(src: string, limits: LimitOptions, kind: string, after: string, printed: string): void {
  const interp = new Interpreter({ limits });
  expect(limitKindIn(src, interp)).toBe(kind);
  interp.takeOutput();
  expect(runIn(after, interp)).toBe(printed);
}
