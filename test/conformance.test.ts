// CPython conformance corpus: every test/conformance/<name>.py is run through
// Sandling and its stdout must equal <name>.out (produced by CPython 3.11, see
// test/conformance/regen.mjs). Programs named error_*.py must also end with an
// uncaught exception whose `Type: message` equals <name>.err.
//
// SANDLING_CONFORMANCE_FILTER=str_ npx vitest run test/conformance.test.ts
// runs only the programs whose file name contains the given substring.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { Interpreter, ScriptError } from '../core/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'conformance');
const filter = process.env.SANDLING_CONFORMANCE_FILTER ?? '';

const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.py') && f.includes(filter))
  .sort();

/** Shows a string with its invisible characters, for diff lines. */
function show(line: string | undefined): string {
  return line === undefined ? '<end of output>' : JSON.stringify(line);
}

/** Describes the first difference between two outputs, or returns null if equal. */
function describeDiff(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  const exp = expected.split('\n');
  const act = actual.split('\n');
  let i = 0;
  while (i < exp.length && i < act.length && exp[i] === act[i]) i++;
  const lines: string[] = [];
  lines.push(`stdout differs from CPython at line ${i + 1}:`);
  for (let k = Math.max(0, i - 3); k < i; k++) lines.push(`    ${String(k + 1).padStart(4)}   ${show(exp[k])}`);
  lines.push(`  - ${String(i + 1).padStart(4)}   ${show(exp[i])}   (expected, CPython)`);
  lines.push(`  + ${String(i + 1).padStart(4)}   ${show(act[i])}   (actual, Sandling)`);
  for (let k = i + 1; k < Math.min(i + 4, Math.max(exp.length, act.length)); k++) {
    if (exp[k] === act[k]) {
      lines.push(`    ${String(k + 1).padStart(4)}   ${show(exp[k])}`);
    } else {
      lines.push(`  - ${String(k + 1).padStart(4)}   ${show(exp[k])}`);
      lines.push(`  + ${String(k + 1).padStart(4)}   ${show(act[k])}`);
    }
  }
  lines.push(`  (expected ${exp.length} line(s), got ${act.length})`);
  return lines.join('\n');
}

function errorLine(err: unknown): string {
  if (err instanceof ScriptError) {
    return err.pyMessage === '' ? err.pyType : `${err.pyType}: ${err.pyMessage}`;
  }
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}

function errorReport(err: unknown): string {
  if (err instanceof ScriptError) return err.report;
  // ScriptSyntaxError (and any other error offering a CPython-style report).
  const withFormat = err as { name?: string; format?: () => string };
  if (err instanceof Error && typeof withFormat.format === 'function') return `${err.name}:\n${withFormat.format()}`;
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

describe('CPython conformance', () => {
  if (programs.length === 0) {
    it.skip(`no program matches SANDLING_CONFORMANCE_FILTER=${JSON.stringify(filter)}`, () => {});
    return;
  }

  for (const file of programs) {
    const name = file.slice(0, -3);
    const isError = name.startsWith('error_');

    it(file, () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const outPath = join(dir, `${name}.out`);
      if (!existsSync(outPath)) {
        throw new Error(`${name}.out is missing: run node test/conformance/regen.mjs ${name}`);
      }
      const expected = readFileSync(outPath, 'utf8');

      let out = '';
      const interp = new Interpreter({ output: (text: string) => { out += text; } });
      let thrown: unknown = undefined;
      let didThrow = false;
      try {
        interp.run(source, { filename: file });
      } catch (err) {
        didThrow = true;
        thrown = err;
      }

      const problems: string[] = [];
      const diff = describeDiff(expected, out);

      if (isError) {
        const errPath = join(dir, `${name}.err`);
        if (!existsSync(errPath)) {
          throw new Error(`${name}.err is missing: run node test/conformance/regen.mjs ${name}`);
        }
        const expectedErr = readFileSync(errPath, 'utf8').replace(/\r?\n$/, '');
        if (!didThrow) {
          problems.push(`expected an uncaught exception "${expectedErr}", but the program ended normally`);
        } else if (!(thrown instanceof ScriptError)) {
          problems.push(`expected ScriptError "${expectedErr}", got ${errorReport(thrown)}`);
        } else if (errorLine(thrown) !== expectedErr) {
          problems.push(
            `uncaught exception differs from CPython:\n  - ${show(expectedErr)}   (expected, CPython)\n  + ${show(errorLine(thrown))}   (actual, Sandling)`,
          );
        }
        if (diff) problems.push(diff);
      } else {
        if (diff) problems.push(diff);
        if (didThrow) {
          problems.push(`program ended with an uncaught error (CPython ends normally):\n${errorReport(thrown)}`);
        }
      }

      if (problems.length) throw new Error(`${file}\n${problems.join('\n\n')}`);
    });
  }
});
