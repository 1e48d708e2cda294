// The `subprocess` extended library: CPython's API for allow-listed programs,
// compared with CPython where the output is deterministic, and the defences:
// no shell, fixed absolute programs, argument rules, a minimal environment,
// cwd inside roots, output caps and process-group kills.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Interpreter, RegistrationError, Registry, ResourceExhausted, ScriptError, type LimitOptions } from '../../core/index.js';

/** The real CPython binary (not a shim script), so it can be registered. */
const PY = realpathSync(execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim());
const work = realpathSync(mkdtempSync(join(tmpdir(), 'sandling-subprocess-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PROGRAMS = { echo: '/bin/echo', env: '/usr/bin/env', py: PY };

function registry(options: Record<string, unknown> = {}): Registry {
  return new Registry({ policy: { allowCritical: ['subprocess'] } }).use('subprocess', { programs: PROGRAMS, ...options });
}

function run(src: string, options: Record<string, unknown> = {}, limits: LimitOptions = { timeoutMs: 15000 }): string {
  const interp = new Interpreter({ libraries: registry(options), limits });
  interp.run(`import subprocess\nPY = ${JSON.stringify(PY)}\n${src}`);
  return interp.takeOutput();
}

function fails(src: string, options: Record<string, unknown> = {}, limits: LimitOptions = { timeoutMs: 15000 }): ScriptError | ResourceExhausted {
  try {
    run(src, options, limits);
  } catch (e) {
    if (e instanceof ScriptError || e instanceof ResourceExhausted) return e;
    throw e;
  }
  throw new Error('the script did not fail');
}

/** Runs the same script in CPython (real subprocess) and returns its output. */
function cpython(src: string): string {
  return execFileSync(PY, ['-c', `import subprocess\nPY = ${JSON.stringify(PY)}\n${src}`], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
}

const raised = (expr: string) => `try:\n    ${expr}\nexcept Exception as e:\n    print(type(e).__name__ + ':', e)\n`;

/** True when the process is gone (or a zombie waiting for a reaper that may not exist in containers). */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}

describe('subprocess: the API, compared with CPython', () => {
  it('run, CompletedProcess, check_output, call, check_call, errors and timeouts print what CPython prints', () => {
    // Programs named by their registered absolute paths, so CPython runs the very same commands.
    const src = `
r = subprocess.run(['/bin/echo', 'hi', 'there'], capture_output=True)
print(r)
print(repr(subprocess.run(['/bin/echo', '-n', 'x'], stdout=subprocess.PIPE, text=True)))
print(subprocess.check_output([PY, '-c', 'import sys; print(sys.stdin.read().upper())'], input='abc', text=True))
print(subprocess.check_output([PY, '-c', 'import sys; sys.stdout.write("a\\\\r\\\\nb")'], text=True).split('\\n'))
print(subprocess.call([PY, '-c', 'raise SystemExit(4)']), subprocess.check_call(['/bin/echo'], stdout=subprocess.DEVNULL))
r = subprocess.run([PY, '-c', 'import sys; print("out"); print("err", file=sys.stderr)'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout.split(), r.stderr)
try:
    subprocess.run([PY, '-c', 'import sys; sys.exit(3)'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.stdout, e.output, e.stderr, repr(e))
try:
    subprocess.check_call([PY, '-c', 'import os; os.kill(os.getpid(), 9)'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run([PY, '-c', 'import time; time.sleep(10)'], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(str(e).startswith("Command '['" + PY + "', '-c', 'import time; time.sleep(10)']' timed out after 0."), isinstance(e, subprocess.SubprocessError))
r = subprocess.run(['/bin/echo', 'x'], capture_output=True)
print(r.check_returncode(), r.returncode, r.args)
${raised("subprocess.run(['/bin/echo'], input=b'x', stdin=subprocess.PIPE)")}
${raised("subprocess.run(['/bin/echo'], capture_output=True, stdout=subprocess.PIPE)")}
${raised("subprocess.check_output(['/bin/echo'], stdout=None)")}
${raised("subprocess.run(['/bin/echo', 5])")}
${raised("subprocess.run(['/bin/echo', 'a\\x00b'])")}
${raised("subprocess.run(['/bin/echo'], input='text', capture_output=True)")}
`;
    const expected = cpython(src);
    expect(expected).toContain("returned non-zero exit status 3.");
    expect(run(src)).toBe(expected);
  });

  it('names from the allow-list run the registered programs; uncaptured output goes to the script output', () => {
    const out = run(`
r = subprocess.run(['echo', 'by', 'name'])
print(r)
print(subprocess.run('echo', capture_output=True).stdout)
print(subprocess.run(['py', '-c', 'import sys; print(sys.argv[1:])', 'a b', '$(id)', '\`id\`', '; rm -rf /'], capture_output=True, text=True).stdout)
`);
    expect(out).toBe("by name\nCompletedProcess(args=['echo', 'by', 'name'], returncode=0)\nb'\\n'\n"
      + "['a b', '$(id)', '`id`', '; rm -rf /']\n\n");
  });

  it('captured output counts against the memory account, and each call is a host call', () => {
    const e = fails("x = [subprocess.run(['py', '-c', 'print(\"x\" * 100000)'], capture_output=True).stdout for i in range(30)]", {},
      { timeoutMs: 15000, maxMemoryBytes: 1_000_000 });
    expect((e as ResourceExhausted).kind).toBe('memory');
    const h = fails("for i in range(5):\n    subprocess.run(['echo'])\n", {}, { timeoutMs: 15000, maxHostCalls: 2 });
    expect((h as ResourceExhausted).detail).toMatch(/host call limit of 2 calls exceeded \(calling subprocess\)/);
  });
});

describe('subprocess: attacks', () => {
  /** Asserts the call raises PermissionError naming only `subject`. */
  function denied(expr: string, why: string, subject: string, options: Record<string, unknown> = {}): void {
    const out = run(`
try:
    ${expr}
    print('ran')
except PermissionError as e:
    print(type(e).__name__, e.errno, e.filename, '|', e)
`, options);
    expect(out).toBe(`PermissionError 13 ${subject} | [Errno 13] ${why}: '${subject}'\n`);
  }

  it('shell=True is refused, whatever the command', () => {
    expect(run(raised("subprocess.run('echo hi', shell=True)"))).toBe('PermissionError: shell=True is not allowed: there is no shell in the sandbox\n');
    expect(run(raised("subprocess.run(['echo', 'hi'], shell=True)"))).toBe('PermissionError: shell=True is not allowed: there is no shell in the sandbox\n');
    expect(run(raised("subprocess.run(['echo'], executable='/bin/sh')"))).toBe("PermissionError: [Errno 13] executable= is not allowed: '/bin/sh'\n");
  });

  it('a string command is one program name: metacharacters do nothing', () => {
    denied("subprocess.run('echo hi; cat /etc/passwd')", 'program not allowed', 'echo hi; cat /etc/passwd');
    denied("subprocess.run('echo $(id) && id | sh')", 'program not allowed', 'echo $(id) && id | sh');
    denied("subprocess.check_output('/bin/sh')", 'program not allowed', '/bin/sh');
  });

  it('unlisted programs, other absolute paths and relative paths are refused', () => {
    denied("subprocess.run(['cat', '/etc/passwd'])", 'program not allowed', 'cat');
    denied("subprocess.run(['/bin/cat', '/etc/passwd'])", 'program not allowed', '/bin/cat');
    denied("subprocess.run(['./echo'])", 'program not allowed', './echo');
    denied("subprocess.run(['bin/echo'])", 'program not allowed', 'bin/echo');
    denied("subprocess.run(['../../bin/echo'])", 'program not allowed', '../../bin/echo');
    denied("subprocess.run(['/bin/../bin/echo'])", 'program not allowed', '/bin/../bin/echo');
    denied("subprocess.run(['sh', '-c', 'id'])", 'program not allowed', 'sh');
  });

  it('an executable written into an allowed directory never runs (not by name, path or PATH)', () => {
    const root = join(work, 'planted');
    mkdirSync(root, { recursive: true });
    const marker = join(root, 'PWNED');
    writeFileSync(join(root, 'echo'), `#!/bin/sh\ntouch ${marker}\n`);
    chmodSync(join(root, 'echo'), 0o755);
    const options = { roots: [root], cwd: root, allowEnv: ['PATH'] };
    denied("subprocess.run(['./echo'])", 'program not allowed', './echo', options);
    denied(`subprocess.run([${JSON.stringify(join(root, 'echo'))}])`, 'program not allowed', join(root, 'echo'), options);
    const out = run(`print(subprocess.run(['echo', 'real'], env={'PATH': ${JSON.stringify(root)}}, capture_output=True).stdout)`, options);
    expect(out).toBe("b'real\\n'\n");
    expect(existsSync(marker)).toBe(false);
  });

  it('children see only the given environment, never the host\'s', () => {
    process.env.SANDLING_HOST_SECRET = 'hunter2';
    try {
      expect(run("subprocess.run(['env'])")).toBe('PATH=/usr/bin:/bin\n');
      expect(run("subprocess.run(['env'])", { env: { LANG: 'C' } })).toBe('LANG=C\n');
      denied("subprocess.run(['env'], env={'LD_PRELOAD': '/tmp/x.so'})", 'environment variable not allowed', 'LD_PRELOAD');
      expect(run("subprocess.run(['env'], env={'MODE': 'ci'})", { allowEnv: ['MODE'] })).toBe('PATH=/usr/bin:/bin\nMODE=ci\n');
      expect(run("print('hunter2' in subprocess.run(['py', '-c', 'import os; print(dict(os.environ))'], capture_output=True, text=True).stdout)"))
        .toBe('False\n');
    } finally {
      delete process.env.SANDLING_HOST_SECRET;
    }
  });

  it('argument rules: deny patterns and allow lists', () => {
    const args = { echo: { deny: ['^--upload-pack', '^-c$'] }, py: { allow: ['^-c$', '^print\\(\\d+\\)$'] } };
    denied("subprocess.run(['echo', 'ok', '--upload-pack=evil'])", 'argument not allowed', '--upload-pack=evil', { args });
    denied("subprocess.run(['echo', '-c'])", 'argument not allowed', '-c', { args });
    denied("subprocess.run(['py', '-c', 'import os'])", 'argument not allowed', 'import os', { args });
    denied("subprocess.run(['py', '-i'])", 'argument not allowed', '-i', { args });
    expect(run("subprocess.run(['echo', 'ok', '-cc'])\nsubprocess.run(['py', '-c', 'print(42)'])", { args })).toBe('ok -cc\n42\n');
  });

  it('cwd must be inside the roots (symlinks followed); a missing one is FileNotFoundError', () => {
    const root = join(work, 'root');
    mkdirSync(join(root, 'sub'), { recursive: true });
    symlinkSync('/etc', join(root, 'escape'));
    writeFileSync(join(root, 'file'), '');
    const options = { roots: [root] };
    const pwd = "subprocess.run(['py', '-c', 'import os; print(os.getcwd())'], cwd=%s)";
    expect(run(pwd.replace('%s', JSON.stringify(join(root, 'sub'))), options)).toBe(`${join(root, 'sub')}\n`);
    expect(run(pwd.replace('%s', "'sub'"), options)).toBe(`${join(root, 'sub')}\n`);
    denied(pwd.replace('%s', "'/etc'"), 'working directory not allowed', '/etc', options);
    denied(pwd.replace('%s', "'..'"), 'working directory not allowed', '..', options);
    denied(pwd.replace('%s', "'escape'"), 'working directory not allowed', 'escape', options);
    denied(pwd.replace('%s', "'/nonexistent/dir'"), 'working directory not allowed', '/nonexistent/dir', options);
    denied(pwd.replace('%s', "'/tmp'"), 'working directory not allowed', '/tmp', {});
    expect(run(raised(pwd.replace('%s', "'missing'")), options)).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'missing'\n");
    expect(run(raised(pwd.replace('%s', "'file'")), options)).toBe("NotADirectoryError: [Errno 20] Not a directory: 'file'\n");
  });

  it('output over maxOutputBytes kills the child and raises OutputLimitExceeded', () => {
    const started = Date.now();
    const out = run(`
${raised("subprocess.run(['py', '-c', 'print(\"x\" * 5000)'], capture_output=True)")}
${raised("subprocess.run(['py', '-c', 'while True: print(\"y\" * 1000)'], stdout=subprocess.PIPE)")}
print(len(subprocess.run(['py', '-c', 'print(\"x\" * 500)'], capture_output=True).stdout))
`, { maxOutputBytes: 1000 });
    expect(out).toBe("OutputLimitExceeded: Command '['py', '-c', 'print(\"x\" * 5000)']' produced more output than the host allows\n"
      + "OutputLimitExceeded: Command '['py', '-c', 'while True: print(\"y\" * 1000)']' produced more output than the host allows\n501\n");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  /** A child that starts a sleeping grandchild (writing its pid to a file), then sleeps itself. */
  const spawner = (pidFile: string) => JSON.stringify(
    `import subprocess, sys, time\np = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n`
    + `open(${JSON.stringify(pidFile)}, 'w').write(str(p.pid))\ntime.sleep(60)\n`,
  );

  async function expectGone(pid: number): Promise<void> {
    for (let i = 0; i < 50 && !gone(pid); i++) await new Promise((r) => setTimeout(r, 20));
    expect(gone(pid)).toBe(true);
  }

  it('the deadline kills the child and its grandchild, and ends the run', async () => {
    const pidFile = join(work, 'grandchild-deadline.pid');
    const started = Date.now();
    const e = fails(`
try:
    subprocess.run(['py', '-c', ${spawner(pidFile)}])
except BaseException:
    print('caught')
`, {}, { timeoutMs: 1500 });
    expect(e).toBeInstanceOf(ResourceExhausted);
    expect((e as ResourceExhausted).kind).toBe('deadline');
    expect(Date.now() - started).toBeLessThan(1500 + 1500);
    await expectGone(Number(readFileSync(pidFile, 'utf8')));
  });

  it('a call timeout kills the whole process group and raises TimeoutExpired', async () => {
    const pidFile = join(work, 'grandchild-timeout.pid');
    const out = run(`
try:
    subprocess.run(['py', '-c', ${spawner(pidFile)}], timeout=1.0)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.timeout)
`);
    expect(out).toBe('TimeoutExpired 1.0\n');
    await expectGone(Number(readFileSync(pidFile, 'utf8')));
  });

  it('the host timeout caps calls without a timeout', () => {
    const out = run(raised("subprocess.run(['py', '-c', 'import time; time.sleep(10)'])"), { timeoutMs: 300 });
    expect(out).toBe("TimeoutExpired: Command '['py', '-c', 'import time; time.sleep(10)']' timed out after 0.3 seconds\n");
  });

  it('stdin is never the host\'s', () => {
    expect(run("print(subprocess.run(['py', '-c', 'import sys; print(repr(sys.stdin.read()))'], capture_output=True, text=True).stdout)"))
      .toBe("''\n\n");
  });
});

describe('subprocess: registration', () => {
  const use = (options: Record<string, unknown>) => new Registry({ policy: { allowCritical: ['subprocess'] } }).use('subprocess', options);

  it('is critical: refused unless the policy names it', () => {
    expect(() => new Registry().use('subprocess', { programs: { echo: '/bin/echo' } })).toThrow(/critical risk tier 'process'/);
  });

  it('programs must be absolute, existing and executable', () => {
    expect(() => use({})).toThrow(RegistrationError);
    expect(() => use({ programs: {} })).toThrow(RegistrationError);
    expect(() => use({ programs: { echo: 'echo' } })).toThrow(/must be an absolute path/);
    expect(() => use({ programs: { x: '/nonexistent/program' } })).toThrow(/does not exist or is not executable/);
    const plain = join(work, 'not-executable');
    writeFileSync(plain, '#!/bin/sh\n');
    chmodSync(plain, 0o644);
    expect(() => use({ programs: { x: plain } })).toThrow(/not executable/);
    expect(() => use({ programs: { x: '/bin' } })).toThrow(/not a regular file/);
    expect(() => use({ programs: { 'a/b': '/bin/echo' } })).toThrow(RegistrationError);
  });

  it('argument rules, roots and cwd are checked', () => {
    expect(() => use({ programs: PROGRAMS, args: { git: { deny: ['x'] } } })).toThrow(/not a listed program/);
    expect(() => use({ programs: PROGRAMS, args: { echo: { deny: ['('] } } })).toThrow(/not a valid regular expression/);
    expect(() => use({ programs: PROGRAMS, roots: ['relative'] })).toThrow(/absolute/);
    expect(() => use({ programs: PROGRAMS, roots: [work], cwd: '/etc' })).toThrow(/not inside the roots/);
    expect(() => use({ programs: PROGRAMS, env: { 'A=B': 'x' } })).toThrow(RegistrationError);
  });
});
