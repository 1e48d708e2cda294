#!/usr/bin/env node
/**
 * The `sandling` command (docs/cli.md describes every command and flag).
 *
 *   sandling [options] run FILE|- [args...]   run a script (`-` reads stdin)
 *   sandling [options] -c CODE                run a program given as a string
 *   sandling [options] repl                   interactive session (also: no arguments on a terminal)
 *   sandling [options] check FILE...          report syntax errors, undefined names, unknown imports
 *   sandling libs [show NAME] [--json]        the library catalog
 *   sandling libs --for TASK [--max-tier T]   libraries whose docs match a task, and how to enable them
 *   sandling docs [--out FILE]                the Markdown library reference
 *
 * Options (limits, libraries, --config) may come before or after the command;
 * sandling.config.json in the current directory supplies defaults for them.
 * Exit status: 0 success; 1 uncaught exception or syntax error (CPython-style
 * report on stderr, last line `Type: message`), or problems found by check;
 * 2 usage, configuration, policy or option error; 3 a limit stopped the run
 * (last stderr line `ResourceExhausted: <kind>: <message>`); an uncaught
 * SystemExit's status.
 *
 * This file is also the entry point of the REPL's worker thread (see repl-worker.ts).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { HostUsageError, RegistrationError } from '../core/errors.js';
import { isTier, TIERS, type Tier } from '../registry/tiers.js';
import { addConfigOptions, addRunOptions, mergeOptions, runOptionsFrom } from './options.js';
import { loadConfig } from './config.js';
import { runProgram } from './run.js';
import { docsCommand, libsCommand, libsForCommand } from './libs.js';
import { CheckEnvironment, checkSource, formatProblem, type CheckProblem } from './check.js';
import { startRepl } from './repl.js';
import { replWorkerMain } from './repl-worker.js';
import { UsageError, fileErrorReason, writeAll } from './output.js';
import { prepareSnapshot } from './snapshot.js';
import { nodeWorkerThreads } from '../core/node-modules.js';
import { entryUrl } from './entry-url.js';

const VERSION = '0.1.0';

/** What a command's action produced: an exit status, or a session that ends with one. */
type Status = number | Promise<number>;

function readSource(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`can't open file '${file}': ${fileErrorReason(e)}`);
  }
}

/** Runs the REPL with these options (validated here first, so bad flags fail before the session starts). */
function repl(opts: Record<string, unknown>): Promise<number> {
  const config = loadConfig(opts.config);
  runOptionsFrom(opts, [''], config);
  return startRepl({ entry: entryUrl(), flags: opts, config, version: VERSION });
}

/** `sandling check FILE...`: prints each problem as file:line:col: message; 1 when any was found. */
function check(files: string[], opts: Record<string, unknown>): number {
  const config = loadConfig(opts.config);
  const env = new CheckEnvironment(runOptionsFrom(opts, [''], config).registry);
  const problems: CheckProblem[] = [];
  let unreadable = false;
  for (const file of files) {
    let source: string;
    try {
      source = readSource(file);
    } catch (e) {
      // Keep checking the other files; an unreadable one is a usage error (status 2) at the end.
      writeAll(2, `sandling: ${(e as Error).message}\n`);
      unreadable = true;
      continue;
    }
    problems.push(...checkSource(source, file === '-' ? '<stdin>' : file, env));
  }
  if (opts.json === true) writeAll(1, `${JSON.stringify(problems, null, 2)}\n`);
  else if (problems.length > 0) writeAll(1, `${problems.map(formatProblem).join('\n')}\n`);
  return unreadable ? 2 : problems.length > 0 ? 1 : 0;
}

function maxTierOption(v: unknown, fallback: Tier): Tier {
  if (v === undefined) return fallback;
  if (!isTier(v)) throw new UsageError(`--max-tier must be one of ${TIERS.join(', ')}`);
  return v;
}

function limitOption(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('--limit needs a positive whole number');
  return n;
}

function buildProgram(setStatus: (s: Status) => void): Command {
  const program = addRunOptions(new Command('sandling'))
    .description('Run Python-like scripts in a sandbox.')
    .version(VERSION, '--version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .option('-c <code>', 'run CODE as a program')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => writeAll(1, s), writeErr: (s) => writeAll(2, s) })
    .showHelpAfterError('(run sandling --help for usage)');
  program.allowExcessArguments(true).action((opts: Record<string, unknown>) => {
    if (program.args.length > 0) throw new UsageError(`unknown command '${program.args[0]}' (run sandling --help for usage)`);
    if (typeof opts.c === 'string') {
      setStatus(runProgram(opts.c, '<string>', runOptionsFrom(opts, ['-c'], loadConfig(opts.config))));
    } else if (process.stdin.isTTY === true && process.stdout.isTTY === true) {
      setStatus(repl(opts));
    } else {
      // No program and no terminal to talk to: say how to use the command.
      program.outputHelp({ error: true });
      setStatus(2);
    }
  });
  addRunOptions(program.command('run'))
    .description('run a script file (or - for stdin)')
    .argument('<file>', 'the script, or - to read it from stdin')
    .argument('[args...]', 'arguments for the script (sys.argv[1:] when sys is registered)')
    .passThroughOptions()
    .exitOverride()
    .action((file: string, args: string[], opts: Record<string, unknown>) => {
      const merged = mergeOptions(program.opts(), opts);
      const options = runOptionsFrom(merged, [file, ...args], loadConfig(merged.config));
      setStatus(runProgram(readSource(file), file === '-' ? '<stdin>' : file, options));
    });
  addRunOptions(program.command('repl'))
    .description('start an interactive session (the same options as run)')
    .exitOverride()
    .action((opts: Record<string, unknown>) => setStatus(repl(mergeOptions(program.opts(), opts))));
  addRunOptions(program.command('check'))
    .description('report syntax errors, undefined names and unknown imports as file:line:col: message')
    .argument('<files...>', 'scripts to check (- reads stdin)')
    .option('--json', 'print the problems as a JSON array')
    .exitOverride()
    .action((files: string[], opts: Record<string, unknown>) => setStatus(check(files, mergeOptions(program.opts(), opts))));
  addConfigOptions(program.command('libs'))
    .description("list the libraries scripts can be given, show one library's docs, or find libraries for a task")
    .argument('[show]', "'show'")
    .argument('[name]', 'library or module name')
    .option('--json', 'print JSON')
    .option('--for <task>', 'rank libraries by how well their docs match the words of TASK')
    .option('--max-tier <tier>', `with --for: the highest tier to allow: ${TIERS.join(', ')} (default: the config's, else network)`)
    .option('--limit <n>', 'with --for: most matches shown (default 5)')
    .exitOverride()
    .action((show: string | undefined, name: string | undefined, opts: Record<string, unknown>) => {
      if (show !== undefined && show !== 'show') throw new UsageError(`unknown libs command '${show}' (try: sandling libs show NAME)`);
      if (show === 'show' && name === undefined) throw new UsageError('sandling libs show needs a library name');
      if (typeof opts.for === 'string') {
        if (show !== undefined) throw new UsageError('sandling libs: use either show NAME or --for TASK');
        const configTier = loadConfig(opts.config).config.policy?.maxTier ?? 'network';
        setStatus(libsForCommand(opts.for, {
          json: opts.json === true, maxTier: maxTierOption(opts.maxTier, configTier), limit: limitOption(opts.limit),
        }));
        return;
      }
      setStatus(libsCommand({ json: opts.json === true }, name));
    });
  program.command('docs')
    .description('print the Markdown library reference (docs/libraries.md)')
    .option('--out <file>', 'write it to FILE')
    .exitOverride()
    .action((opts: { out?: string }) => setStatus(docsCommand(opts)));
  return program;
}

/** Prints a usage, configuration or registration error (each line prefixed `sandling: `); status 2. */
function usageFailure(e: Error): number {
  for (const line of e.message.split('\n')) writeAll(2, `sandling: ${line}\n`);
  return 2;
}

function main(argv: string[]): Status {
  let status: Status = 0;
  const program = buildProgram((s) => {
    status = s;
  });
  try {
    program.parse(argv, { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; every parsing problem is a usage error.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof RegistrationError || e instanceof HostUsageError) return usageFailure(e);
    throw e;
  }
}

/** Runs the command line of this process and exits with its status. */
function start(): void {
  const status = main(process.argv.slice(2));
  if (typeof status === 'number') {
    // Everything is written synchronously by now: leave without waiting for the event
    // loop to wind down (helper workers of the sync bridge would otherwise delay exit).
    process.exit(status);
  } else {
    // A session: its worker and the terminal would keep the process alive, so exit explicitly.
    status.then((code) => process.exit(code), (e: unknown) => {
      writeAll(2, `sandling: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(2);
    });
  }
}

// (Read from the command line rather than node:v8, which a plain start does not load.)
if (process.execArgv.includes('--build-snapshot')) {
  // `node --build-snapshot` (see cli/snapshot.ts): processes start from a warm heap instead.
  prepareSnapshot(main, start);
} else {
  const { isMainThread, workerData } = nodeWorkerThreads();
  if (isMainThread) {
    start();
  } else if ((workerData as { sandlingRepl?: boolean } | null)?.sandlingRepl === true) {
    replWorkerMain();
  }
}
