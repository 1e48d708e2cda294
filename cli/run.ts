/** Running one program from the CLI and mapping its outcome to an exit status. */
import { Interpreter } from '../core/interpreter.js';
import { ResourceExhausted, ScriptError, ScriptSyntaxError, SandlingError } from '../core/errors.js';
import { OutputBuffer, writeAll } from './output.js';
import type { RunOptions } from './options.js';

/**
 * Runs `source`; returns the exit status: 0 success, 1 uncaught exception or
 * syntax error, 3 a limit, or the status of an uncaught SystemExit.
 */
export function runProgram(source: string, filename: string, options: RunOptions): number {
  const out = new OutputBuffer();
  const interp = new Interpreter({ output: out.write, limits: options.limits, libraries: options.registry, moduleRoot: options.moduleRoot });
  try {
    interp.run(source, { filename });
    out.flush();
    return 0;
  } catch (e) {
    out.flush();
    return reportFailure(e);
  }
}

function reportFailure(e: unknown): number {
  if (e instanceof ScriptError) {
    if (e.exitStatus !== null) {
      // Like CPython: SystemExit prints no traceback, only a non-int code.
      if (e.exitStatus === 1 && e.pyMessage !== '' && e.pyMessage !== '1') writeAll(2, e.pyMessage + '\n');
      return e.exitStatus;
    }
    writeAll(2, e.report + '\n');
    return 1;
  }
  if (e instanceof ScriptSyntaxError) {
    writeAll(2, e.format() + '\n');
    return 1;
  }
  if (e instanceof ResourceExhausted) {
    writeAll(2, `ResourceExhausted: ${e.kind}: ${e.detail}\n`);
    return 3;
  }
  if (e instanceof SandlingError) {
    writeAll(2, `${e.name}: ${e.message}\n`);
    return 1;
  }
  throw e;
}
