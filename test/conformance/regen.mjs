#!/usr/bin/env node
// Regenerates the expected output of the CPython conformance corpus.
//
//   node test/conformance/regen.mjs            # every program
//   node test/conformance/regen.mjs str_split fstring_debug.py   # some programs
//
// Each <name>.py is run with `python3 -X utf8 <name>.py` (PYTHONHASHSEED=0,
// PYTHONIOENCODING=utf-8); its stdout is written to <name>.out. Programs named
// error_*.py must end with an uncaught exception: the last line of their stderr
// is written to <name>.err. Any other program must exit 0. A program that breaks
// its rule is reported and nothing is written for it; the script then exits 1.
//
// Set PYTHON to use another interpreter binary (it must be CPython 3.11).

import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const python = process.env.PYTHON ?? 'python3';

const version = spawnSync(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
if (version.status !== 0 || version.stdout.trim() !== '3.11') {
  console.error(`regen: ${python} must be CPython 3.11 (got ${JSON.stringify((version.stdout || version.stderr || '').trim())})`);
  process.exit(2);
}

let names = process.argv.slice(2).map((a) => basename(a).replace(/\.(py|out|err)$/, ''));
if (names.length === 0) {
  names = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
}

const env = { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' };
delete env.PYTHONSTARTUP;
delete env.PYTHONPATH;

const failures = [];
let written = 0;
for (const name of names) {
  const py = join(dir, `${name}.py`);
  if (!existsSync(py)) {
    failures.push(`${name}: no such program ${name}.py`);
    continue;
  }
  const res = spawnSync(python, ['-X', 'utf8', `${name}.py`], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 10000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.error) {
    failures.push(`${name}: could not run: ${res.error.message}`);
    continue;
  }
  const isError = name.startsWith('error_');
  const stderrLines = res.stderr.split('\n').filter((l) => l.trim() !== '');
  const lastErr = stderrLines.length ? stderrLines[stderrLines.length - 1] : '';
  if (isError) {
    if (res.status === 0) {
      failures.push(`${name}: error_* program exited 0 (it must end with an uncaught exception)`);
      continue;
    }
    if (lastErr === '') {
      failures.push(`${name}: error_* program exited ${res.status} with empty stderr`);
      continue;
    }
    if (/\. Did you mean: .*\?$/.test(lastErr)) {
      // The suggestion is added by CPython's traceback printer, not by str(exception):
      // the host API would never see it. Use a name with no near match instead.
      failures.push(`${name}: uncaught exception line carries a "Did you mean" suggestion: ${lastErr}`);
      continue;
    }
    writeFileSync(join(dir, `${name}.err`), lastErr + '\n');
  } else {
    if (res.status !== 0) {
      failures.push(`${name}: exited ${res.status ?? res.signal}: ${lastErr}`);
      continue;
    }
    if (res.stderr.trim() !== '') {
      failures.push(`${name}: wrote to stderr: ${lastErr}`);
      continue;
    }
    const stale = join(dir, `${name}.err`);
    if (existsSync(stale)) unlinkSync(stale);
  }
  writeFileSync(join(dir, `${name}.out`), res.stdout);
  written++;
}

console.log(`regen: wrote ${written} of ${names.length} program(s)`);
if (failures.length) {
  console.error(`regen: ${failures.length} program(s) refused:`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
