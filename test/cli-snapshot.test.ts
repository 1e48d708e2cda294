// The `sandling` command (dist/sandling): a shell script that starts node from
// the CLI's start-up snapshot when the build made one for this node, and
// falls back to the code-cache launcher otherwise (cli/launcher.sh, cli/snapshot.ts).
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const command = join(root, 'dist', 'sandling');
const blob = join(root, 'dist', 'snapshots', `sandling-${process.version}.blob`);
const cleanEnv = { ...process.env, NODE_OPTIONS: '', NODE_V8_COVERAGE: '', SANDLING_NO_SNAPSHOT: '', SANDLING_HISTORY: '' };

/** Runs the command under `sh -x`, so stderr also shows which node command line it chose. */
function traced(args: string[], env: Record<string, string | undefined> = {}, input?: string, cwd = root) {
  const r = spawnSync('sh', ['-x', command, ...args], { cwd, input, encoding: 'utf8', env: { ...cleanEnv, ...env } });
  const execLine = r.stderr.split('\n').find((l) => l.startsWith('+ exec node')) ?? '';
  const err = r.stderr.split('\n').filter((l) => !l.startsWith('+ ')).join('\n');
  return { code: r.status, out: r.stdout, err, snapshot: execLine.includes('--snapshot-blob') };
}

describe('the sandling command', () => {
  it('has a start-up snapshot for this node after the build', () => {
    expect(existsSync(blob)).toBe(true);
  });

  it('runs scripts from the snapshot: output, stdin, tracebacks and exit status', () => {
    const ok = traced(['-c', 'print(sum(range(10)))']);
    expect(ok).toMatchObject({ code: 0, out: '45\n', err: '', snapshot: true });
    expect(traced(['run', '-'], {}, 'print("from stdin")\n')).toMatchObject({ code: 0, out: 'from stdin\n', snapshot: true });
    const bad = traced(['-c', 'print("before")\n1 / 0']);
    expect(bad).toMatchObject({ code: 1, out: 'before\n', snapshot: true });
    expect(bad.err).toContain('ZeroDivisionError: division by zero');
    expect(traced(['-c', 'raise SystemExit(7)'])).toMatchObject({ code: 7, snapshot: true });
    expect(traced(['--no-such-flag'])).toMatchObject({ code: 2, snapshot: true });
  });

  it('reads the process state at start, not the state the snapshot was built with', () => {
    const draw = () => traced(['-c', 'import random; print(random.random())']);
    const first = draw();
    expect(first.snapshot).toBe(true);
    expect(draw().out).not.toBe(first.out);
    const dir = mkdtempSync(join(tmpdir(), 'sandling-snapshot-'));
    try {
      writeFileSync(join(dir, 'here.py'), 'print("run from", "here")\n');
      expect(traced(['run', 'here.py'], {}, undefined, dir)).toMatchObject({ code: 0, out: 'run from here\n', snapshot: true });
      // Options read from the command line and the environment of this process.
      writeFileSync(join(dir, 'env.py'), 'import os\nprint(os.environ.get("SANDLING_TEST_VALUE"))\n');
      const env = traced(['--lib', 'env', '--allow-env', 'SANDLING_TEST_VALUE', 'run', 'env.py'], { SANDLING_TEST_VALUE: 'fresh' }, undefined, dir);
      expect(env).toMatchObject({ code: 0, out: 'fresh\n', snapshot: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts workers from a snapshot-started process (REPL, time.sleep)', () => {
    const repl = traced(['repl'], {}, 'x = 20\nx + 22\n');
    expect(repl).toMatchObject({ code: 0, out: '42\n', snapshot: true });
    expect(traced(['-c', 'import time\ntime.sleep(0.001)\nprint("awake")'])).toMatchObject({ code: 0, out: 'awake\n', snapshot: true });
  });

  it('refuses a start from the snapshot without the launcher path (its arguments would be misread)', () => {
    for (const args of [[], ['run', 'x.py']]) {
      const r = spawnSync(process.execPath, ['--snapshot-blob', blob, ...args], { encoding: 'utf8', env: cleanEnv });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('sandling: start this snapshot through the sandling command (dist/sandling)\n');
    }
  });

  it('finds its files through the links npm makes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandling-bin-'));
    try {
      // node_modules/.bin/sandling -> ../sandling/dist/sandling, as a relative link chain.
      symlinkSync(command, join(dir, 'target'));
      symlinkSync('target', join(dir, 'sandling'));
      const r = spawnSync(join(dir, 'sandling'), ['-c', 'print("linked")'], { encoding: 'utf8', env: cleanEnv });
      expect(r.stdout).toBe('linked\n');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes its snapshot where it is installed (the postinstall step) and starts from it there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandling-install-'));
    try {
      // An installed package: dist/ without snapshots, as the registry tarball ships it.
      const dist = join(dir, 'dist');
      cpSync(join(root, 'dist'), dist, { recursive: true, filter: (src) => !src.includes('snapshots') });
      expect(existsSync(join(dist, 'snapshots'))).toBe(false);
      const made = spawnSync(process.execPath, [join(dist, 'make-snapshot.cjs')], { encoding: 'utf8', env: cleanEnv });
      expect(made.status).toBe(0);
      expect(readdirSync(join(dist, 'snapshots'))).toEqual([`sandling-${process.version}.blob`]);
      const run = spawnSync('sh', ['-x', join(dist, 'sandling'), 'repl'], { input: 'x = 6\nx * 7\n', encoding: 'utf8', env: cleanEnv });
      expect(run.stdout).toBe('42\n');
      // Started from this copy's own snapshot (the REPL needs its worker, so that works too).
      expect(run.stderr).toContain(`exec node --snapshot-blob ${join(dist, 'snapshots')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs without the snapshot when NODE_OPTIONS may carry V8 flags, or when asked to', () => {
    const withOptions = traced(['-c', 'print("no snapshot")'], { NODE_OPTIONS: '--max-old-space-size=512' });
    expect(withOptions).toMatchObject({ code: 0, out: 'no snapshot\n', err: '', snapshot: false });
    expect(traced(['-c', 'print(1)'], { SANDLING_NO_SNAPSHOT: '1' })).toMatchObject({ code: 0, out: '1\n', snapshot: false });
  });
});
