/**
 * The REPL's script thread. The interpreter runs synchronously, so while a
 * statement runs its thread cannot handle any event: not a SIGINT, not a
 * message, not an `AbortController.abort()`. The REPL therefore keeps the
 * interpreter in this worker and the terminal in the main thread, which
 * stays free to notice Ctrl-C. The two share one Int32 flag: the main thread
 * sets it, and the runtime sees it at its next checkpoint (every 2,000 steps)
 * through the limits' `signal`, whose `aborted` reads the shared flag.
 */
import { nodeWorkerThreads } from '../core/node-modules.js';
import { Interpreter } from '../core/interpreter.js';
import { InternalError, ResourceExhausted, SandlingError, ScriptError, ScriptSyntaxError } from '../core/errors.js';
import { runOptionsFrom } from './options.js';
import type { LoadedConfig } from './config.js';
import { writeAll } from './output.js';

/** What the main thread gives the worker when it starts. */
export interface ReplWorkerData {
  sandlingRepl: true;
  /** The parsed command-line options (the same ones `run` takes). */
  flags: Record<string, unknown>;
  config: LoadedConfig;
  /** Set to non-zero by the main thread to interrupt the running statement. */
  interrupt: Int32Array;
}

/** Main thread -> worker. */
export type ReplRequest = { type: 'run'; source: string };
/** Worker -> main thread: a statement finished; `exit` is set when it raised SystemExit. */
export type ReplReply = { type: 'ready' } | { type: 'done'; exit: number | null };

/** `exit` and `quit` as in CPython's interactive mode: their repr says how to leave; calling them raises SystemExit. */
const QUITTERS = `
class _Quitter:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Use {self.name}() or Ctrl-D (i.e. EOF) to exit"
    def __call__(self, code=None):
        raise SystemExit(code)
exit = _Quitter("exit")
quit = _Quitter("quit")
del _Quitter
`;

/** An AbortSignal whose `aborted` reads the shared flag (see the file comment). */
function sharedSignal(flag: Int32Array): AbortSignal {
  const signal = new AbortController().signal;
  Object.defineProperty(signal, 'aborted', { get: () => Atomics.load(flag, 0) !== 0 });
  return signal;
}

/** Runs one REPL input; returns the exit status when it raised SystemExit, else null. */
function runInput(interp: Interpreter, source: string, interrupted: () => boolean): number | null {
  try {
    const { repr } = interp.runInteractive(source, { filename: '<stdin>' });
    if (repr !== null) writeAll(1, `${repr}\n`);
    return null;
  } catch (e) {
    return report(e, interrupted());
  }
}

function report(e: unknown, interrupted: boolean): number | null {
  if (e instanceof ScriptError) {
    if (e.exitStatus !== null) {
      if (e.exitStatus === 1 && e.pyMessage !== '' && e.pyMessage !== '1') writeAll(2, `${e.pyMessage}\n`);
      return e.exitStatus;
    }
    writeAll(2, `${e.report}\n`);
  } else if (e instanceof ScriptSyntaxError) {
    writeAll(2, `${e.format()}\n`);
  } else if (e instanceof ResourceExhausted) {
    // Ctrl-C arrives as the abort signal: show it as Python shows an interrupt.
    writeAll(2, interrupted && e.kind === 'deadline' ? 'KeyboardInterrupt\n' : `ResourceExhausted: ${e.kind}: ${e.detail}\n`);
  } else if (e instanceof SandlingError) {
    writeAll(2, `${e.name}: ${e.message}\n`);
  } else {
    writeAll(2, `${new InternalError('internal error in Sandling; please report it').message}\n`);
  }
  return null;
}

/** The worker's main loop: build the interpreter, then run each statement the main thread sends. */
export function replWorkerMain(): void {
  const { parentPort, workerData } = nodeWorkerThreads();
  const data = workerData as ReplWorkerData;
  const port = parentPort!;
  const options = runOptionsFrom(data.flags, [''], data.config);
  const interp = new Interpreter({
    // Unbuffered: output of a long-running statement shows as it is printed.
    output: (text) => writeAll(1, text),
    limits: { ...options.limits, signal: sharedSignal(data.interrupt) },
    libraries: options.registry,
    moduleRoot: options.moduleRoot,
  });
  interp.run(QUITTERS, { filename: '<repl>' });
  port.on('message', (msg: ReplRequest) => {
    // The main thread clears the flag before it sends each statement.
    const exit = runInput(interp, msg.source, () => Atomics.load(data.interrupt, 0) !== 0);
    port.postMessage({ type: 'done', exit } satisfies ReplReply);
  });
  port.postMessage({ type: 'ready' } satisfies ReplReply);
}
