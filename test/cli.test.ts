import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'sandling.cjs');

function sandling(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, lastErr: r.stderr.trimEnd().split('\n').pop() ?? '' };
}

describe('sandling command', () => {
  it('runs the example from the README', () => {
    const r = sandling(['run', 'examples/hello.py']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('Hello, Ada!\nHello, Grace!\nHello, Linus!\nsquares: {1: 1, 2: 4, 3: 9, 4: 16, 5: 25}\ntotal: 55\n');
    expect(r.err).toBe('');
  });

  it('runs -c programs and programs from stdin', () => {
    expect(sandling(['-c', 'print(2 ** 100)']).out).toBe('1267650600228229401496703205376\n');
    const r = sandling(['run', '-'], 'import_me = 1\nprint("from stdin", import_me)\n');
    expect(r.code).toBe(0);
    expect(r.out).toBe('from stdin 1\n');
  });

  it('reports an uncaught exception like CPython, after the output printed so far', () => {
    const r = sandling(['-c', 'print("before")\ndef f():\n    raise ValueError("bad value")\nf()']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('before\n');
    expect(r.err).toBe([
      'Traceback (most recent call last):',
      '  File "<string>", line 4, in <module>',
      '  File "<string>", line 3, in f',
      'ValueError: bad value',
      '',
    ].join('\n'));
  });

  it('reports syntax errors with a caret and exit status 1', () => {
    const r = sandling(['-c', 'x = (1,\nprint(x']);
    expect(r.code).toBe(1);
    expect(r.lastErr).toBe("SyntaxError: '(' was never closed");
    expect(r.err).toContain('File "<string>", line 2\n    print(x\n         ^');
  });

  it('stops at a limit with exit status 3', () => {
    const r = sandling(['-c', 'def f(n):\n    return f(n + 1)\nf(0)']);
    expect(r.code).toBe(3);
    expect(r.lastErr).toMatch(/^ResourceExhausted: recursion: /);
  });

  it('uses exit status 2 for usage errors', () => {
    expect(sandling([]).code).toBe(2);
    expect(sandling(['frobnicate']).code).toBe(2);
    expect(sandling(['run']).code).toBe(2);
    const missing = sandling(['run', 'no/such/file.py']);
    expect(missing.code).toBe(2);
    expect(missing.lastErr).toBe("sandling: can't open file 'no/such/file.py': No such file or directory");
  });
});

describe('sandling library flags', () => {
  it('registers libraries from flags, passing script arguments to sys.argv', () => {
    const r = sandling(['--max-tier', 'system', '--lib', 'sys', 'run', '-', 'a', '--flag'], 'import sys\nprint(sys.argv)\n');
    expect(r.out).toBe("['-', 'a', '--flag']\n");
    expect(r.code).toBe(0);
  });

  it('exits with the status of an uncaught SystemExit, without a traceback', () => {
    const src = (code: string) => `import sys\nprint("x")\nsys.exit(${code})\n`;
    const flags = ['--max-tier', 'system', '--lib', 'sys', 'run', '-'];
    expect(sandling(flags, src('4'))).toMatchObject({ code: 4, out: 'x\n', err: '' });
    expect(sandling(flags, src(''))).toMatchObject({ code: 0, err: '' });
    expect(sandling(flags, src('"bye"'))).toMatchObject({ code: 1, err: 'bye\n' });
    expect(sandling(['-c', 'raise SystemExit(7)'])).toMatchObject({ code: 7, err: '' });
  });

  it('refuses libraries above the policy with status 2, naming library, tier and policy', () => {
    const r = sandling(['--lib', 'sys', '-c', 'print(1)']);
    expect(r.code).toBe(2);
    expect(r.lastErr).toBe("sandling: library 'sys' has the critical risk tier 'system' and the policy (maxTier 'network', allowCritical: none) does not allow it; on the command line, allow it with --max-tier system");
    const env = sandling(['--max-tier', 'pure', '--allow-env', 'HOME', '-c', 'print(1)']);
    expect(env.code).toBe(2);
    expect(env.lastErr).toBe("sandling: library 'env' has risk tier 'read', above the policy (maxTier 'pure', allowCritical: none)");
  });

  it('reports bad library flags as usage errors', () => {
    expect(sandling(['--lib', 'nope', '-c', '1'])).toMatchObject({ code: 2 });
    expect(sandling(['--max-tier', 'root', '-c', '1']).lastErr).toMatch(/--max-tier must be one of/);
    expect(sandling(['--deny', '*.key', '-c', '1']).lastErr).toMatch(/--deny and --cwd need a root/);
    expect(sandling(['--allow-exec', 'ls', '-c', '1']).lastErr).toMatch(/--allow-exec needs NAME=\/absolute\/path/);
    expect(sandling(['--allow-env', 'A=B', '-c', '1']).lastErr).toMatch(/must match pattern/);
  });

  it('shows only the listed environment variables', () => {
    const r = spawnSync(process.execPath, [cli, '--allow-env', 'SANDLING_CLI_SHOWN', '-c', 'import os\nprint(sorted(os.environ))'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, SANDLING_CLI_SHOWN: '1', SANDLING_CLI_HIDDEN: '2' },
    });
    expect(r.stdout).toBe("['SANDLING_CLI_SHOWN']\n");
  });
});

describe('sandling --modules', () => {
  it("imports the script's own modules from the given directory, and only with the flag", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandling-cli-modules-'));
    try {
      writeFileSync(join(dir, 'helpers.py'), 'def greet(n):\n    return "hi " + n\n');
      writeFileSync(join(dir, 'main.py'), 'import helpers\nprint(helpers.greet("ada"))\n');
      expect(sandling(['run', '--modules', dir, join(dir, 'main.py')])).toMatchObject({ code: 0, out: 'hi ada\n' });
      expect(sandling(['run', join(dir, 'main.py')]).lastErr).toBe("ModuleNotFoundError: No module named 'helpers'");
      expect(sandling(['--modules', join(dir, 'missing'), '-c', 'pass'])).toMatchObject({ code: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sandling filesystem flags', () => {
  it('an uncaught denial exits 1 with PermissionError as the last line; allowed reads work', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandling-cli-fs-'));
    try {
      writeFileSync(join(dir, 'in.txt'), 'inside\n');
      const ok = sandling(['--allow-read', dir, '-c', `print(open(${JSON.stringify(join(dir, 'in.txt'))}).read(), end='')`]);
      expect(ok).toMatchObject({ code: 0, out: 'inside\n' });
      const denied = sandling(['--allow-read', dir, '-c', "open('/etc/passwd')"]);
      expect(denied.code).toBe(1);
      expect(denied.lastErr).toBe("PermissionError: [Errno 13] Permission denied: '/etc/passwd'");
      const write = sandling(['--allow-read', dir, '-c', `open(${JSON.stringify(join(dir, 'new.txt'))}, 'w')`]);
      expect(write.code).toBe(1);
      expect(write.lastErr).toMatch(/^PermissionError: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the sandling bin', () => {
  it('is executable, so npx sandling can run it directly', () => {
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    const r = spawnSync(cli, ['-c', 'print("direct")'], { encoding: 'utf8' });
    expect(r.stdout).toBe('direct\n');
  });
});
