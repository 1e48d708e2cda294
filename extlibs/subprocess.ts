/**
 * `subprocess`: run the programs the host allows, with CPython's API (run,
 * call, check_call, check_output, CompletedProcess, CalledProcessError,
 * TimeoutExpired, PIPE/DEVNULL/STDOUT), written in Python over one private
 * native, `_run`, which checks the command with the command guard and runs it
 * through the sync bridge.
 *
 * There is never a shell: `shell=True` raises PermissionError, and a str
 * `args` is a bare program name (as CPython treats it on POSIX without a
 * shell), so `'ls; rm -rf /'` is just an unknown program. Refusals raise
 * PermissionError (errno 13) naming only the script's own program, argument,
 * directory or variable name.
 *
 * The child runs in its own process group, which is killed (SIGKILL) when the
 * call's timeout or the run's deadline passes and after the child exits (so
 * background descendants do not outlive the call); stdin is never the host's;
 * captured output is capped (`maxOutputBytes`, OutputLimitExceeded).
 *
 * Differences from CPython: no Popen (a process cannot outlive the call that
 * started it), stdin/stdout/stderr take only None, PIPE, DEVNULL (and STDOUT for
 * stderr), not files; output a script does not capture goes to the host's
 * output sink (where print() writes) after the child ends, stdout first; with
 * stderr=STDOUT the two streams are merged in arrival order rather than
 * through one file descriptor; a script's `env=` adds to the host's
 * environment (names in `allowEnv` only) instead of replacing it.
 */
import { classDoc, defineLibrary, functionDoc, type MemberDoc } from '../registry/definition.js';
import { nativeFunction } from '../core/native.js';
import { constants as osConstants } from 'node:os';
import type { Value } from '../core/runtime/object.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { None } from '../core/runtime/types.js';
import { PyBytes, PyFloat, PyList, tuple } from '../core/runtime/values.js';
import { PyDict } from '../core/runtime/dict.js';
import { typeError } from '../core/runtime/exceptions.js';
import { typeName } from '../core/runtime/ops.js';
import { CommandGuard, CommandRefused, CwdMissing, validateCommandOptions, type CommandOptions } from './command-guard.js';
import { runProcess } from './sync-bridge.js';

const MiB = 1024 * 1024;

type StreamMode = 'pipe' | 'ignore' | 'inherit' | 'stdout';

function str(v: Value, what: string): string {
  if (typeof v !== 'string') throw typeError(`${what} must be str, not ${typeName(v)}`);
  return v;
}

function streamMode(v: Value, what: string): StreamMode {
  const s = str(v, what);
  if (s !== 'pipe' && s !== 'ignore' && s !== 'inherit' && s !== 'stdout') throw typeError(`invalid ${what}`);
  return s;
}

function scriptEnv(v: Value): Map<string, string> | null {
  if (v === None) return null;
  if (!(v instanceof PyDict)) throw typeError(`env must be a dict, not ${typeName(v)}`);
  const out = new Map<string, string>();
  for (const [nk, x] of v.map) out.set(str(v.keyOf(nk), 'environment name'), str(x, 'environment value'));
  return out;
}

/** The exit status as CPython reports it: the code, or minus the signal number. */
function returnCode(code: number | null, signal: string | null): number {
  if (code !== null) return code;
  const n = signal === null ? undefined : (osConstants.signals as Record<string, number>)[signal];
  return n === undefined ? -1 : -n;
}

/** Output the script did not capture goes to the host's output sink, as a terminal would show it. */
function showOutput(rt: Runtime, bytes: Uint8Array): void {
  if (bytes.length > 0) rt.write(new TextDecoder('utf-8').decode(bytes));
}

function captured(rt: Runtime, bytes: Uint8Array): PyBytes {
  rt.checkValueSize(bytes.length, 'process output');
  rt.allocate(bytes.length);
  return new PyBytes(bytes);
}

/**
 * `_run(program, args, cwd, env, input, stdout, stderr, timeout)`:
 * (True, returncode, stdout, stderr) or (False, kind, subject, stdout, stderr).
 */
function runNative(guard: CommandGuard, options: CommandOptions) {
  const params = ['program', 'args', 'cwd', 'env', 'input', 'stdout', 'stderr', 'timeout'];
  return nativeFunction('subprocess', '_run', params, (rt, [prog, argv, cwdArg, envArg, input, out, err, timeout]) => {
    rt.hostCall('subprocess');
    const refused = (kind: string, subject: string) => tuple([false, kind, subject, None, None]);
    const program = guard.program(str(prog, 'program'));
    if (program instanceof CommandRefused) return refused(program.kind, program.subject);
    if (!(argv instanceof PyList)) throw typeError('args must be a list');
    const args = argv.items.map((a) => str(a, 'argument'));
    const badArg = guard.refusedArgument(program.name, args);
    if (badArg !== null) return refused(badArg.kind, badArg.subject);
    const cwd = guard.workingDirectory(cwdArg === None ? null : str(cwdArg, 'cwd'));
    if (cwd instanceof CommandRefused) return refused(cwd.kind, cwd.subject);
    if (cwd instanceof CwdMissing) return refused(cwd.code, cwd.subject);
    const env = guard.environment(scriptEnv(envArg));
    if (env instanceof CommandRefused) return refused(env.kind, env.subject);
    if (input !== None && !(input instanceof PyBytes)) throw typeError('input must be bytes');

    let stdout = streamMode(out, 'stdout');
    let stderr = streamMode(err, 'stderr');
    // Both streams shown: merge them so the host's output keeps their order.
    if (stdout === 'inherit' && stderr === 'inherit') stderr = 'stdout';
    const seconds = timeout === None ? null : timeout instanceof PyFloat ? timeout.v : Number(timeout);
    const timeoutMs = seconds === null ? options.timeoutMs : Math.min(options.timeoutMs, Math.max(1, Math.round(seconds * 1000)));
    const outcome = runProcess(rt, {
      file: program.path,
      args,
      cwd,
      env,
      input: input === None ? null : (input as PyBytes).b,
      stdout: stdout === 'ignore' ? 'ignore' : 'pipe',
      stderr: stderr === 'ignore' ? 'ignore' : stderr === 'stdout' ? 'stdout' : 'pipe',
      maxOutputBytes: options.maxOutputBytes,
    }, timeoutMs);
    const r = outcome.result;
    const outBytes = r?.stdout ?? new Uint8Array(0);
    const errBytes = r?.stderr ?? new Uint8Array(0);
    const deliver = (mode: StreamMode, bytes: Uint8Array): Value => {
      if (mode === 'pipe') return captured(rt, bytes);
      if (mode === 'inherit') showOutput(rt, bytes);
      return None;
    };
    const stdoutValue = deliver(stdout, outBytes);
    const stderrValue = deliver(stderr, errBytes);
    if (outcome.timedOut || r === null) return tuple([false, 'timeout', new PyFloat(timeoutMs / 1000), stdoutValue, stderrValue]);
    if (!r.ok) {
      const kind = r.error.startsWith('spawn:') ? r.error.slice(6) : r.error;
      return tuple([false, kind, str(prog, 'program'), stdoutValue, stderrValue]);
    }
    return tuple([true, returnCode(r.code, r.signal), stdoutValue, stderrValue]);
  });
}

const SOURCE = String.raw`"""Subprocesses with accessible I/O streams, for the programs the host allows (no shell)."""

__all__ = ['run', 'call', 'check_call', 'check_output', 'CompletedProcess', 'CalledProcessError', 'TimeoutExpired',
           'SubprocessError', 'OutputLimitExceeded', 'PIPE', 'STDOUT', 'DEVNULL']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNAL_NAMES = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
    9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
    16: 'SIGSTKFLT', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU',
    23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ', 26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO',
    30: 'SIGPWR', 31: 'SIGSYS',
}


class SubprocessError(Exception):
    """Base class of the subprocess errors."""


class CalledProcessError(SubprocessError):
    """Raised when a process run with check=True (or by check_call/check_output) exits with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output, for symmetry with stderr."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout passes before the child process ends (the child has been killed)."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class OutputLimitExceeded(SubprocessError):
    """The child wrote more output than the host allows; it has been killed."""

    def __init__(self, cmd, output=None, stderr=None):
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' produced more output than the host allows" % (self.cmd,)


class CompletedProcess:
    """The result of run(): args, returncode, stdout and stderr (None unless captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raises CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _fspath(value, what='path'):
    if isinstance(value, str):
        text = value
    elif isinstance(value, (bytes, bytearray)):
        text = bytes(value).decode('utf-8', 'surrogateescape')
    elif hasattr(type(value), '__fspath__'):
        return _fspath(type(value).__fspath__(value), what)
    else:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(value).__name__)
    if '\0' in text:
        raise ValueError('embedded null byte')
    return text


def _popen_options(args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                   close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                   creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                   group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                   process_group=None):
    # Popen's parameters, checked; returns what _execute needs.
    if shell:
        raise PermissionError('shell=True is not allowed: there is no shell in the sandbox')
    if executable is not None:
        raise PermissionError(13, 'executable= is not allowed', _fspath(executable))
    unsupported = {'preexec_fn': preexec_fn is not None, 'pass_fds': bool(pass_fds), 'user': user is not None,
                   'group': group is not None, 'extra_groups': extra_groups is not None, 'umask': umask != -1,
                   'process_group': process_group is not None, 'startupinfo': startupinfo is not None,
                   'creationflags': creationflags != 0}
    for name, used in unsupported.items():
        if used:
            raise ValueError('%s is not supported in the sandbox' % name)
    if stdin not in (None, PIPE, DEVNULL):
        raise ValueError('stdin must be None, PIPE or DEVNULL in the sandbox')
    if stdout not in (None, PIPE, DEVNULL):
        raise ValueError('stdout must be None, PIPE or DEVNULL in the sandbox')
    if stderr not in (None, PIPE, DEVNULL, STDOUT):
        raise ValueError('stderr must be None, PIPE, DEVNULL or STDOUT in the sandbox')
    if isinstance(args, (str, bytes, bytearray)) or hasattr(type(args), '__fspath__'):
        argv = [_fspath(args)]
    else:
        argv = [_fspath(a) for a in args]
    if not argv:
        raise IndexError('list index out of range')
    environment = None
    if env is not None:
        environment = {}
        for k, v in env.items():
            k = _fspath(k)
            if '=' in k or not k:
                raise ValueError('illegal environment variable name')
            environment[k] = _fspath(v)
    return {
        'argv': argv, 'stdin': stdin, 'stdout': stdout, 'stderr': stderr,
        'cwd': None if cwd is None else _fspath(cwd), 'env': environment,
        'text': bool(text or universal_newlines or encoding or errors),
        'encoding': encoding or 'utf-8', 'errors': errors or 'strict',
    }


_MODES = {None: 'inherit', PIPE: 'pipe', DEVNULL: 'ignore', STDOUT: 'stdout'}


def _decode(data, opts):
    if data is None or not opts['text']:
        return data
    return data.decode(opts['encoding'], opts['errors']).replace('\r\n', '\n').replace('\r', '\n')


def _execute(args, opts, input, timeout):
    # Runs the command; returns (returncode, stdout, stderr) or raises.
    if input is None and opts['stdin'] == PIPE:
        input = b''
    if input is not None:
        if opts['text']:
            if not isinstance(input, str):
                raise TypeError('input must be str in text mode, not %s' % type(input).__name__)
            input = input.encode(opts['encoding'], opts['errors'])
        elif isinstance(input, bytearray):
            input = bytes(input)
        elif not isinstance(input, bytes):
            # CPython's wording depends on whether it writes stdin alone or alongside captured output.
            prefix = 'memoryview: ' if PIPE in (opts['stdout'], opts['stderr']) else ''
            raise TypeError("%sa bytes-like object is required, not '%s'" % (prefix, type(input).__name__))
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float))):
        raise TypeError("'<' not supported between instances of '%s' and 'int'" % type(timeout).__name__)
    argv = opts['argv']
    result = _run(argv[0], argv[1:], opts['cwd'], opts['env'], input, _MODES[opts['stdout']], _MODES[opts['stderr']], timeout)
    if result[0]:
        ok, returncode, stdout, stderr = result
        return returncode, _decode(stdout, opts), _decode(stderr, opts)
    ok, kind, subject, stdout, stderr = result
    stdout, stderr = _decode(stdout, opts), _decode(stderr, opts)
    if kind == 'timeout':
        raise TimeoutExpired(args, timeout if timeout is not None else subject, output=stdout, stderr=stderr)
    if kind == 'output-limit':
        raise OutputLimitExceeded(args, output=stdout, stderr=stderr)
    if kind == 'program':
        raise PermissionError(13, 'program not allowed', subject)
    if kind == 'argument':
        raise PermissionError(13, 'argument not allowed', subject)
    if kind == 'cwd':
        raise PermissionError(13, 'working directory not allowed', subject)
    if kind == 'env':
        raise PermissionError(13, 'environment variable not allowed', subject)
    if kind == 'ENOENT':
        raise FileNotFoundError(2, 'No such file or directory', subject)
    if kind == 'ENOTDIR':
        raise NotADirectoryError(20, 'Not a directory', subject)
    if kind in ('EACCES', 'EPERM'):
        raise PermissionError(13, 'Permission denied', subject)
    raise OSError(5, 'Input/output error', subject)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it, and returns a CompletedProcess.

    args is a list (program name first) or a bare program name; capture_output,
    stdout/stderr (PIPE, DEVNULL, STDOUT), input, text/encoding/errors, cwd, env,
    timeout and check work as in CPython. Never uses a shell.
    """
    if input is not None and kwargs.get('stdin') is not None:
        raise ValueError('stdin and input arguments may not both be used.')
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    opts = _popen_options(*popenargs, **kwargs)
    args = popenargs[0] if popenargs else kwargs.get('args')
    returncode, stdout, stderr = _execute(args, opts, input, timeout)
    if check and returncode:
        raise CalledProcessError(returncode, args, output=stdout, stderr=stderr)
    return CompletedProcess(args, returncode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its exit code."""
    return run(*popenargs, timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    """Runs a command; raises CalledProcessError if it exits with a non-zero code, else returns 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its output; raises CalledProcessError on a non-zero exit code."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors'):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout
`;

const constant = (name: string, doc: string): MemberDoc => ({ name, kind: 'constant', doc });

export type SubprocessOptions = CommandOptions;

const NAME = '^[A-Za-z0-9_][A-Za-z0-9_.+-]*$';

export const subprocessLibrary = defineLibrary<SubprocessOptions>({
  name: 'subprocess',
  version: '1.0.0',
  summary: 'Run allow-listed programs (absolute paths, argument rules, minimal environment, no shell).',
  tier: 'process',
  capabilities: ['proc.exec'],
  modules: ['subprocess'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['programs'],
    properties: {
      programs: {
        type: 'object', minProperties: 1, maxProperties: 1000,
        propertyNames: { pattern: NAME, maxLength: 200 },
        additionalProperties: { type: 'string', minLength: 1, maxLength: 4096 },
      },
      args: {
        type: 'object', default: {},
        propertyNames: { pattern: NAME, maxLength: 200 },
        additionalProperties: {
          type: 'object', additionalProperties: false,
          properties: {
            allow: { type: 'array', items: { type: 'string', maxLength: 1000 }, maxItems: 1000 },
            deny: { type: 'array', items: { type: 'string', maxLength: 1000 }, maxItems: 1000 },
          },
        },
      },
      env: {
        type: 'object', default: { PATH: '/usr/bin:/bin' },
        propertyNames: { pattern: '^[^=\\u0000]+$', maxLength: 1000 },
        additionalProperties: { type: 'string', maxLength: 100000, pattern: '^[^\\u0000]*$' },
      },
      allowEnv: { type: 'array', items: { type: 'string', pattern: '^[^=\\u0000]+$' }, uniqueItems: true, default: [] },
      cwd: { type: 'string', minLength: 1, maxLength: 4096 },
      roots: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 4096 }, default: [] },
      maxOutputBytes: { type: 'integer', minimum: 0, maximum: 1024 * MiB, default: 10 * MiB },
      timeoutMs: { type: 'integer', minimum: 1, maximum: 24 * 3600 * 1000, default: 60000 },
    },
  },
  validate: validateCommandOptions,
  docs: [{
    name: 'subprocess',
    summary: 'Runs the programs the host allows (CPython API, no shell).',
    members: [
      functionDoc('run', '(args, *, stdin=None, input=None, stdout=None, stderr=None, capture_output=False, shell=False, cwd=None, timeout=None, check=False, encoding=None, errors=None, text=None, env=None)',
        'Runs a command (a list, program name first) and returns a CompletedProcess; output not captured goes to the script output.'),
      functionDoc('call', '(args, *, timeout=None, **kwargs)', 'Runs a command and returns its exit code.'),
      functionDoc('check_call', '(args, **kwargs)', 'Runs a command; raises CalledProcessError on a non-zero exit code.'),
      functionDoc('check_output', '(args, *, timeout=None, **kwargs)', 'Runs a command and returns its stdout; raises CalledProcessError on a non-zero exit code.'),
      classDoc('CompletedProcess', 'args, returncode, stdout, stderr and check_returncode().'),
      classDoc('SubprocessError', 'Base class of the subprocess errors.'),
      classDoc('CalledProcessError', 'A checked command exited with a non-zero code (returncode, cmd, output/stdout, stderr).'),
      classDoc('TimeoutExpired', 'The timeout passed; the process group was killed (cmd, timeout, output/stdout, stderr).'),
      classDoc('OutputLimitExceeded', 'The command wrote more than the host allows; it was killed.'),
      constant('PIPE', 'Capture the stream (stdout=PIPE, stderr=PIPE).'),
      constant('DEVNULL', 'Discard the stream, or give an empty stdin.'),
      constant('STDOUT', 'stderr=STDOUT merges stderr into stdout.'),
    ],
  }],
  create(options) {
    const guard = new CommandGuard(options);
    return {
      modules: [{
        name: 'subprocess',
        summary: 'Runs the programs the host allows.',
        source: SOURCE,
        natives: () => ({ _run: runNative(guard, options) }),
      }],
    };
  },
});
