#!/usr/bin/env node
/**
 * The `sandling` command.
 *
 *   sandling [options] run FILE|- [args...]   run a script (`-` reads stdin)
 *   sandling [options] -c CODE                run a program given as a string
 *
 * Options (limits and libraries) may come before or after `run`.
 * Exit status: 0 success; 1 uncaught exception or syntax error (CPython-style
 * report on stderr, last line `Type: message`); 2 usage, policy or option
 * error; 3 a limit stopped the run (last stderr line
 * `ResourceExhausted: <kind>: <message>`); an uncaught SystemExit's status.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { RegistrationError } from '../core/errors.js';
import { addRunOptions, mergeOptions, runOptionsFrom } from './options.js';
import { runProgram } from './run.js';
import { docsCommand, libsCommand } from './libs.js';
import { UsageError, writeAll } from './output.js';

const VERSION = '0.1.0';

function readSource(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'No such file or directory' : code === 'EISDIR' ? 'Is a directory' : 'cannot read file';
    throw new UsageError(`can't open file '${file}': ${why}`);
  }
}

function buildProgram(setStatus: (n: number) => void): Command {
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
    if (typeof opts.c !== 'string') {
      program.outputHelp({ error: true });
      setStatus(2);
      return;
    }
    setStatus(runProgram(opts.c, '<string>', runOptionsFrom(opts, ['-c'])));
  });
  addRunOptions(program.command('run'))
    .description('run a script file (or - for stdin)')
    .argument('<file>', 'the script, or - to read it from stdin')
    .argument('[args...]', 'arguments for the script (sys.argv[1:] when sys is registered)')
    .passThroughOptions()
    .exitOverride()
    .action((file: string, args: string[], opts: Record<string, unknown>) => {
      const options = runOptionsFrom(mergeOptions(program.opts(), opts), [file, ...args]);
      setStatus(runProgram(readSource(file), file === '-' ? '<stdin>' : file, options));
    });
  program.command('libs')
    .description('list the libraries scripts can be given (or show one library\'s docs)')
    .argument('[show]', "'show'")
    .argument('[name]', 'library or module name')
    .option('--json', 'print the catalog as JSON')
    .exitOverride()
    .action((show: string | undefined, name: string | undefined, opts: { json?: boolean }) => {
      if (show !== undefined && show !== 'show') throw new UsageError(`unknown libs command '${show}' (try: sandling libs show NAME)`);
      if (show === 'show' && name === undefined) throw new UsageError('sandling libs show needs a library name');
      setStatus(libsCommand(opts, name));
    });
  program.command('docs')
    .description('print the Markdown library reference (docs/libraries.md)')
    .option('--out <file>', 'write it to FILE')
    .exitOverride()
    .action((opts: { out?: string }) => setStatus(docsCommand(opts)));
  return program;
}

function main(argv: string[]): number {
  let status = 0;
  const program = buildProgram((n) => {
    status = n;
  });
  try {
    program.parse(argv, { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; every parsing problem is a usage error.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof RegistrationError) {
      writeAll(2, `sandling: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
