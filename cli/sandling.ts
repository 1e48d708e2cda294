#!/usr/bin/env node
/**
 * The `sandling` command.
 *
 *   sandling run FILE [args...]   run a script (FILE may be `-` for stdin)
 *   sandling -c CODE              run a program given as a string
 *
 * Exit status: 0 success; 1 uncaught exception or syntax error (CPython-style
 * report on stderr, last line `Type: message`); 2 usage error; 3 a limit
 * stopped the run (last stderr line `ResourceExhausted: <kind>: <message>`).
 */
import { readFileSync, writeSync } from 'node:fs';
import { Interpreter } from '../core/interpreter.js';
import { ResourceExhausted, ScriptError, ScriptSyntaxError, SandlingError } from '../core/errors.js';

const USAGE = `usage: sandling run FILE [args...]
       sandling -c CODE
       sandling --help | --version`;

/** Buffered stdout: one write per 64 KiB instead of one per print(). */
class OutputBuffer {
  private chunks: string[] = [];
  private size = 0;
  write = (text: string): void => {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 65536) this.flush();
  };
  flush(): void {
    if (this.chunks.length === 0) return;
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    writeAll(1, data);
  }
}

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

function fail(message: string, code: number): never {
  writeAll(2, message.endsWith('\n') ? message : message + '\n');
  process.exit(code);
}

function readSource(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'No such file or directory' : code === 'EISDIR' ? 'Is a directory' : 'cannot read file';
    return fail(`sandling: can't open file '${file}': ${why}`, 2);
  }
}

function runProgram(source: string, filename: string): number {
  const out = new OutputBuffer();
  const interp = new Interpreter({ output: out.write });
  try {
    interp.run(source, { filename });
    out.flush();
    return 0;
  } catch (e) {
    out.flush();
    if (e instanceof ScriptError) {
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
}

function main(argv: string[]): number {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    writeAll(argv.length === 0 ? 2 : 1, USAGE + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version') {
    writeAll(1, 'sandling 0.1.0\n');
    return 0;
  }
  if (argv[0] === '-c') {
    if (argv.length < 2) fail(`sandling: -c needs an argument\n${USAGE}`, 2);
    return runProgram(argv[1], '<string>');
  }
  if (argv[0] === 'run') {
    if (argv.length < 2) fail(`sandling run: missing FILE\n${USAGE}`, 2);
    const file = argv[1];
    return runProgram(readSource(file), file === '-' ? '<stdin>' : file);
  }
  return fail(`sandling: unknown command '${argv[0]}'\n${USAGE}`, 2);
}

process.exitCode = main(process.argv.slice(2));
