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
import { limitsForProfile, type LimitOptions, type LimitProfile } from '../core/limits.js';

const USAGE = `usage: sandling [options] run FILE [args...]
       sandling [options] -c CODE
       sandling --help | --version

options (limits; see docs/security.md):
  --profile trusted|semi|untrusted   preset limits (default: semi)
  --max-ops N          instruction budget
  --timeout MS         wall-clock limit in milliseconds
  --max-depth N        maximum call depth
  --max-memory BYTES   allocation account
  --max-value BYTES    largest single value
  --max-output BYTES   print() output
  --max-host-calls N   calls into host functions`;

const LIMIT_FLAGS: Record<string, keyof LimitOptions> = {
  '--max-ops': 'maxOps',
  '--timeout': 'timeoutMs',
  '--max-depth': 'maxDepth',
  '--max-memory': 'maxMemoryBytes',
  '--max-value': 'maxValueBytes',
  '--max-output': 'maxOutputBytes',
  '--max-host-calls': 'maxHostCalls',
};

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

function runProgram(source: string, filename: string, limits: LimitOptions): number {
  const out = new OutputBuffer();
  const interp = new Interpreter({ output: out.write, limits });
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

/** Reads leading options; returns the limits and the remaining arguments. */
function parseOptions(argv: string[]): { limits: LimitOptions; rest: string[] } {
  let profile: LimitProfile = 'semi';
  const overrides: LimitOptions = {};
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--profile') {
      const v = inline ?? argv[++i];
      if (v !== 'trusted' && v !== 'semi' && v !== 'untrusted') fail(`sandling: --profile must be trusted, semi or untrusted\n${USAGE}`, 2);
      profile = v;
    } else if (flag in LIMIT_FLAGS) {
      const v = inline ?? argv[++i];
      const n = Number(v);
      if (v === undefined || !/^[0-9]+(\.[0-9]+)?$/.test(v) || !(n > 0)) fail(`sandling: ${flag} needs a positive number\n${USAGE}`, 2);
      (overrides as Record<string, number>)[LIMIT_FLAGS[flag]] = n;
    } else {
      break;
    }
  }
  return { limits: { ...limitsForProfile(profile), ...overrides }, rest: argv.slice(i) };
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
  const { limits, rest } = parseOptions(argv);
  if (rest[0] === '-c') {
    if (rest.length < 2) fail(`sandling: -c needs an argument\n${USAGE}`, 2);
    return runProgram(rest[1], '<string>', limits);
  }
  if (rest[0] === 'run') {
    const more = parseOptions(rest.slice(1));
    const merged = { ...limits, ...stripProfileDefaults(more.limits, rest.slice(1)) };
    if (more.rest.length < 1) fail(`sandling run: missing FILE\n${USAGE}`, 2);
    const file = more.rest[0];
    return runProgram(readSource(file), file === '-' ? '<stdin>' : file, merged);
  }
  if (rest.length === 0) return fail(`sandling: missing command\n${USAGE}`, 2);
  return fail(`sandling: unknown command '${rest[0]}'\n${USAGE}`, 2);
}

/** Options given after `run` override those before it; without any, keep the earlier ones. */
function stripProfileDefaults(limits: LimitOptions, argv: string[]): LimitOptions {
  return argv.length > 0 && argv[0].startsWith('--') ? limits : {};
}

process.exitCode = main(process.argv.slice(2));
