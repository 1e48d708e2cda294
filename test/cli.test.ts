import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'sandling.mjs');

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
