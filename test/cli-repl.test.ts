// `sandling repl`, driven as a user would: piped stdin (prompts go to stderr,
// like `python3 -i`), signals for Ctrl-C, and a pseudo-terminal through
// script(1) when it is installed.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'sandling.cjs');
const env = { ...process.env, SANDLING_HISTORY: '' };

function repl(input: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [cli, ...args, 'repl'], { input, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** An interactive child: write lines, wait for output, send signals. */
function session(command: string, args: string[]) {
  const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: (() => void)[] = [];
  const poke = () => waiters.splice(0).forEach((w) => w());
  child.stdout.on('data', (d) => { out += d; poke(); });
  child.stderr.on('data', (d) => { err += d; poke(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    get out() { return out; },
    get err() { return err; },
    write: (s: string) => child.stdin.write(s),
    /** Resolves once `pred` holds for the output so far (checked on every chunk). */
    until(pred: (out: string, err: string) => boolean, ms = 15000): Promise<void> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; out=${JSON.stringify(out)} err=${JSON.stringify(err)}`)), ms);
        const check = () => {
          if (pred(out, err)) {
            clearTimeout(timer);
            resolve();
          } else {
            waiters.push(check);
          }
        };
        check();
      });
    },
    exited,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('sandling repl with piped input', () => {
  it('echoes expression values with repr, runs blocks, and exits 0 at end of input', () => {
    const r = repl([
      'x = 6', 'x * 7', '"text"', 'None', 'def double(n):', '    return n * 2', '', 'double(x)',
      'for i in range(2):', '    print("loop", i)', '', '[1,', ' 2]', '',
    ].join('\n'));
    expect(r.out).toBe("42\n'text'\n12\nloop 0\nloop 1\n[1, 2]\n");
    expect(r.code).toBe(0);
    // Prompts go to stderr, one each time a line is wanted; end of input ends the last one's line.
    expect(r.err).toBe('>>> >>> >>> >>> >>> ... ... >>> >>> ... ... >>> ... >>> \n');
  });

  it('prints tracebacks and syntax errors, and the session goes on', () => {
    const r = repl('def f():\n    return 1 / 0\n\nf()\nx = = 1\nprint("still here")\n');
    expect(r.out).toBe('still here\n');
    expect(r.code).toBe(0);
    const err = r.err.replace(/(>>> |\.\.\. )/g, '');
    expect(err).toBe([
      'Traceback (most recent call last):',
      '  File "<stdin>", line 1, in <module>',
      '  File "<stdin>", line 2, in f',
      'ZeroDivisionError: division by zero',
      '  File "<stdin>", line 1',
      '    x = = 1',
      '        ^',
      'SyntaxError: invalid syntax',
      '', // end of input: the newline after the last prompt
      '',
    ].join('\n'));
  });

  it('runs a finished block when an unindented line follows it without a blank line', () => {
    const r = repl('if True:\n    a = 1\nprint(a + 1)\nfor i in range(2):\n    pass\nelse:\n    print("done")\ni\n');
    expect(r.out).toBe('2\ndone\n1\n');
  });

  it('ends with the status of exit(), quit() and sys.exit()', () => {
    expect(repl('exit\n').out).toBe('Use exit() or Ctrl-D (i.e. EOF) to exit\n');
    expect(repl('print("bye")\nexit(3)\nprint("never")\n')).toMatchObject({ code: 3, out: 'bye\n' });
    expect(repl('quit()\n').code).toBe(0);
    const sys = repl('import sys\nsys.exit("failed")\n', ['--max-tier', 'system', '--lib', 'sys']);
    expect(sys.code).toBe(1);
    expect(sys.err).toContain('failed\n');
  });

  it('applies the same limits and libraries as run', () => {
    const limited = repl('while True:\n    pass\n\nprint("next")\n', ['--max-ops', '100000']);
    expect(limited.out).toBe('next\n');
    expect(limited.err).toContain('ResourceExhausted: budget: instruction budget of 100000 operations exhausted\n');
    expect(repl('import yaml\nyaml.safe_load("a: [1, 2]")\n', ['--lib', 'yaml']).out).toBe("{'a': [1, 2]}\n");
    expect(repl('import yaml\n').err).toContain("ModuleNotFoundError: No module named 'yaml'");
  });

  it('refuses bad flags before starting', () => {
    const r = repl('print(1)\n', ['--max-tier', 'root']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^sandling: --max-tier must be one of/);
  });
});

describe('Ctrl-C in the repl', () => {
  it('stops the running statement and keeps the session', async () => {
    const s = session(process.execPath, [cli, 'repl']);
    s.write('import itertools\nn = 0\nprint("started")\nfor n in itertools.count():\n    pass\n\n');
    await s.until((out) => out.includes('started'));
    await sleep(300);
    s.child.kill('SIGINT');
    await s.until((_o, err) => err.includes('KeyboardInterrupt'));
    s.write('print("alive", n > 0)\n');
    s.child.stdin.end();
    expect(await s.exited).toBe(0);
    expect(s.out).toBe('started\nalive True\n');
    expect(s.err).not.toContain('Traceback');
  });

  it('at the prompt, discards the unfinished block', async () => {
    const s = session(process.execPath, [cli, 'repl']);
    s.write('if True:\n');
    await s.until((_o, err) => err.endsWith('... '));
    s.child.kill('SIGINT');
    await s.until((_o, err) => err.includes('KeyboardInterrupt'));
    s.write('print("fresh")\n');
    s.child.stdin.end();
    expect(await s.exited).toBe(0);
    expect(s.out).toBe('fresh\n');
  });

  it('restarts the session when a statement ignores Ctrl-C (a long sleep, well inside the 60 s deadline)', async () => {
    const s = session(process.execPath, [cli, 'repl']);
    s.write('kept = 1\nimport time\nprint("sleeping")\ntime.sleep(30)\n');
    await s.until((out) => out.includes('sleeping'));
    // Keep pressing Ctrl-C until the session gives up on the statement: on a loaded machine the
    // handlers may run late, so a fixed pair of presses could land less than a second apart.
    const presses = setInterval(() => s.child.kill('SIGINT'), 400);
    try {
      await s.until((_o, err) => err.includes('session was restarted'));
    } finally {
      clearInterval(presses);
    }
    s.write('print("back")\nkept\n');
    s.child.stdin.end();
    expect(await s.exited).toBe(0);
    expect(s.out).toBe('sleeping\nback\n');
    expect(s.err).toContain("NameError: name 'kept' is not defined");
  });
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasScript)('sandling on a terminal', () => {
  it('starts the repl when run with no arguments, with a banner and prompts, and leaves on Ctrl-D', async () => {
    // script(1) gives the command a pseudo-terminal and forwards our stdin to it.
    const s = session('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)}`, '/dev/null']);
    await s.until((out) => out.includes('>>> '));
    expect(s.out).toContain('Sandling 0.1.0');
    s.write('6 * 7\r');
    await s.until((out) => out.includes('42'));
    s.write('if True:\r');
    await s.until((out) => out.includes('... '));
    s.write('\x03');
    await s.until((out) => out.includes('KeyboardInterrupt'));
    s.write('\x04');
    expect(await s.exited).toBe(0);
  });
});
