/**
 * `sandling repl`: an interactive session like `python3`'s.
 *
 * - Prompts `>>> ` and `... `; a compound statement (if/for/def/class...) or
 *   an open bracket continues on `... ` lines, and a blank line ends a block.
 *   Completeness comes from the parser (`ScriptSyntaxError.incomplete`).
 * - The value of an expression statement is echoed with repr (None is not).
 * - Errors print CPython's traceback and the session goes on; an uncaught
 *   SystemExit (`exit()`, `quit()`, `sys.exit()`) ends it with its status.
 * - Ctrl-C at the prompt discards the line (or the unfinished block); while a
 *   statement runs it stops the statement (see repl-worker.ts for how); a
 *   statement that does not stop (a long `time.sleep`, one huge builtin call)
 *   is abandoned by a second Ctrl-C a second later: the session restarts
 *   with fresh globals. Ctrl-D (end of input) leaves.
 * - On a terminal: line editing and history (kept in ~/.sandling_history;
 *   the SANDLING_HISTORY variable names another file, or '' for none).
 *   With piped input the REPL reads the lines as typed input and writes its
 *   prompts to stderr, as `python3 -i` does, so stdout holds only the session's output.
 */
import { nodeWorkerThreads } from '../core/node-modules.js';
import type { Interface } from 'node:readline';
import type { Worker } from 'node:worker_threads';
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type * as A from '../core/ast.js';
import { ScriptSyntaxError } from '../core/errors.js';
import { parseModule } from '../core/parser.js';
import type { LoadedConfig } from './config.js';
import type { ReplReply, ReplRequest, ReplWorkerData } from './repl-worker.js';
import { writeAll } from './output.js';

const PS1 = '>>> ';
const PS2 = '... ';
const HISTORY_SIZE = 1000;
/** How long a statement may ignore Ctrl-C before a second Ctrl-C abandons it. */
const RESTART_AFTER_MS = 1000;

export interface ReplOptions {
  /** The module that starts the worker side (the `sandling` entry point, see sandling.ts). */
  entry: string | URL;
  /** Parsed command-line options (limits and libraries), as for `run`. */
  flags: Record<string, unknown>;
  config: LoadedConfig;
  /** Banner and version line shown on a terminal. */
  version: string;
}

// ------------------------------------------------------------------ input

/** What to do with the lines typed so far. */
export type Verdict = { kind: 'run' } | { kind: 'more' } | { kind: 'error'; error: ScriptSyntaxError };

const COMPOUND = new Set<A.Stmt['kind']>(['If', 'While', 'For', 'Try', 'With', 'FunctionDef', 'ClassDef', 'Match']);

/** Errors that more lines can still fix even after a blank line: an open bracket or string. */
function stillOpen(e: ScriptSyntaxError): boolean {
  return /was never closed|unterminated triple-quoted|unexpected EOF/.test(e.msg);
}

/**
 * Decides, like CPython's interactive loop, whether `lines` (the last one
 * just typed) form a statement to run now, need more lines, or are an error.
 * A compound statement runs only after a blank line; anything else runs as
 * soon as it is complete.
 */
export function classify(lines: readonly string[]): Verdict {
  const source = `${lines.join('\n')}\n`;
  const lastBlank = lines.length > 1 && lines[lines.length - 1].trim() === '';
  let mod: A.Module;
  try {
    mod = parseModule(source, '<stdin>');
  } catch (e) {
    if (!(e instanceof ScriptSyntaxError)) throw e;
    if (e.incomplete && (!lastBlank || stillOpen(e))) return { kind: 'more' };
    return { kind: 'error', error: e };
  }
  if (lastBlank) return { kind: 'run' };
  return mod.body.some((s) => COMPOUND.has(s.kind)) ? { kind: 'more' } : { kind: 'run' };
}

// ------------------------------------------------------------------ history

function historyFile(): string | null {
  const v = process.env.SANDLING_HISTORY;
  if (v === '') return null;
  return v ?? join(homedir(), '.sandling_history');
}

/** The saved history, newest first (readline's order); empty when there is none. */
function loadHistory(file: string | null): string[] {
  if (file === null) return [];
  try {
    return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

function saveHistory(file: string | null, history: readonly string[]): void {
  if (file === null) return;
  try {
    writeFileSync(file, `${[...history].slice(0, HISTORY_SIZE).reverse().join('\n')}\n`, { mode: 0o600 });
  } catch {
    // History is a convenience: an unwritable home directory must not end the session with an error.
  }
}

// ------------------------------------------------------------------ session

class ReplSession {
  private readonly tty: boolean;
  private readonly rl: Interface;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private worker!: Worker;
  private buffer: string[] = [];
  private readonly queue: string[] = [];
  private running = false;
  private closed = false;
  private interruptedAt = 0;
  private ended = false;
  private readonly historyPath: string | null;
  private finish!: (status: number) => void;
  readonly done: Promise<number>;

  constructor(private readonly options: ReplOptions) {
    this.tty = process.stdin.isTTY === true && process.stdout.isTTY === true;
    this.historyPath = this.tty ? historyFile() : null;
    this.done = new Promise((resolve) => {
      this.finish = resolve;
    });
    // node:readline is loaded here, not imported: `sandling run` never needs it.
    this.rl = process.getBuiltinModule('node:readline').createInterface({
      input: process.stdin,
      output: this.tty ? process.stdout : undefined,
      terminal: this.tty,
      history: loadHistory(this.historyPath),
      historySize: HISTORY_SIZE,
      removeHistoryDuplicates: true,
      prompt: PS1,
    });
    this.startWorker();
    this.rl.on('line', (line) => {
      this.queue.push(line);
      this.pump();
    });
    this.rl.on('close', () => {
      this.closed = true;
      this.pump();
    });
    // On a terminal readline turns Ctrl-C into this event; with piped input it is a real signal.
    this.rl.on('SIGINT', () => this.interrupt());
    process.on('SIGINT', () => this.interrupt());
    if (this.tty) writeAll(1, `Sandling ${options.version} (Python 3.11 syntax). Ctrl-D or exit() leaves; Ctrl-C interrupts.\n`);
    this.pipedPrompt();
    this.pump();
  }

  private startWorker(): void {
    const workerData: ReplWorkerData = { sandlingRepl: true, flags: this.options.flags, config: this.options.config, interrupt: this.flag };
    const worker = new (nodeWorkerThreads().Worker)(this.options.entry, { workerData });
    this.worker = worker;
    worker.on('message', (msg: ReplReply) => {
      if (msg.type === 'done') this.statementDone(msg.exit);
    });
    worker.on('error', (e) => {
      writeAll(2, `sandling: the REPL's interpreter failed: ${e instanceof Error ? e.message : String(e)}\n`);
      this.end(2);
    });
    worker.on('exit', () => {
      // A worker that stops by itself (out of memory) is replaced, like one abandoned with Ctrl-C.
      if (!this.ended && this.worker === worker) {
        writeAll(2, 'The interpreter stopped; the session was restarted (its variables are gone).\n');
        this.running = false;
        this.startWorker();
        this.pipedPrompt();
        this.pump();
      }
    });
  }

  /**
   * Handles queued lines until a statement runs or input runs out. With piped
   * input, a prompt is written (to stderr) each time the REPL is ready for a
   * line, so the transcript is the same however the input is split.
   */
  private pump(): void {
    if (this.ended) return;
    while (!this.running && this.queue.length > 0) {
      this.feed(this.queue.shift()!);
      if (!this.running) this.pipedPrompt();
    }
    if (this.running) return;
    if (this.closed) {
      // End of input finishes a pending block, as a blank line would.
      if (this.buffer.length > 0) {
        this.execute();
        return;
      }
      writeAll(this.tty ? 1 : 2, '\n');
      this.end(0);
      return;
    }
    if (this.tty) {
      this.rl.setPrompt(this.prompt());
      this.rl.prompt();
    }
  }

  private prompt(): string {
    return this.buffer.length === 0 ? PS1 : PS2;
  }

  private pipedPrompt(): void {
    if (!this.tty) writeAll(2, this.prompt());
  }

  private feed(line: string): void {
    if (this.buffer.length === 0 && line.trim() === '') return;
    if (this.endsBlock(line)) {
      // Pasted code rarely has the blank line a block needs: run the block, then read this line again.
      this.queue.unshift(line);
      this.execute();
      return;
    }
    this.buffer.push(line);
    const verdict = classify(this.buffer);
    if (verdict.kind === 'run') this.execute();
    else if (verdict.kind === 'error') {
      writeAll(2, `${verdict.error.format()}\n`);
      this.buffer = [];
    }
  }

  /**
   * Whether `line` starts a new statement after a finished compound block:
   * it is not indented, does not continue the block (else, elif, except,
   * finally) and the block would run if a blank line came now.
   */
  private endsBlock(line: string): boolean {
    if (this.buffer.length === 0 || line.trim() === '' || /^\s/.test(line)) return false;
    if (/^(else|elif|except|finally)\b/.test(line) || /^[)\]}]/.test(line)) return false;
    return classify([...this.buffer, '']).kind === 'run';
  }

  private execute(): void {
    const source = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    this.running = true;
    this.interruptedAt = 0;
    Atomics.store(this.flag, 0, 0);
    this.worker.postMessage({ type: 'run', source } satisfies ReplRequest);
  }

  private statementDone(exit: number | null): void {
    this.running = false;
    if (exit !== null) {
      this.end(exit);
      return;
    }
    this.pipedPrompt();
    this.pump();
  }

  /** Ctrl-C: stop the running statement, or discard the line being typed. */
  private interrupt(): void {
    if (this.running) {
      const now = Date.now();
      if (this.interruptedAt === 0) {
        this.interruptedAt = now;
        Atomics.store(this.flag, 0, 1);
      } else if (now - this.interruptedAt >= RESTART_AFTER_MS) {
        this.restart();
      }
      return;
    }
    this.buffer = [];
    if (this.tty) {
      // Clear what was typed (end of line, then delete to its start) before reprinting the prompt.
      this.rl.write(null, { ctrl: true, name: 'e' });
      this.rl.write(null, { ctrl: true, name: 'u' });
      writeAll(1, '\nKeyboardInterrupt\n');
    } else {
      writeAll(2, '\nKeyboardInterrupt\n');
    }
    this.pipedPrompt();
    this.pump();
  }

  /** Abandons a statement that ignores Ctrl-C: a new worker, fresh globals. */
  private restart(): void {
    const old = this.worker;
    this.startWorker();
    void old.terminate();
    writeAll(2, 'KeyboardInterrupt\nThe statement did not stop; the session was restarted (its variables are gone).\n');
    this.running = false;
    this.pipedPrompt();
    this.pump();
  }

  private end(status: number): void {
    if (this.ended) return;
    this.ended = true;
    if (this.tty) saveHistory(this.historyPath, (this.rl as unknown as { history: string[] }).history);
    this.rl.close();
    void this.worker.terminate();
    this.finish(status);
  }
}

/** Runs the REPL until Ctrl-D, end of input or SystemExit; resolves to the exit status. */
export function startRepl(options: ReplOptions): Promise<number> {
  return new ReplSession(options).done;
}
