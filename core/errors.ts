/**
 * Errors that reach the host. Every failure a host can see is a `SandlingError`
 * subclass; their messages are written by Sandling and never carry JavaScript
 * stack frames, host paths or JavaScript error texts.
 */

/** Base class of every error Sandling throws to its host. */
export class SandlingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A syntax error in script source, located like CPython's. */
export class ScriptSyntaxError extends SandlingError {
  /** The Python exception type: `SyntaxError`, `IndentationError` or `TabError`. */
  readonly pyType: string;
  /** The Python message, e.g. `invalid syntax`. */
  readonly msg: string;
  /** The file name given to `run` (or `<string>`, `<stdin>`, ...), as shown in the report. */
  readonly filename: string;
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column (code points), as CPython reports `offset`. */
  readonly column: number;
  /** The text of the offending line, without its line break. */
  readonly sourceLine: string;
  /**
   * True when the error only comes from the input ending too early (an open
   * bracket, an unterminated triple-quoted string, a trailing backslash, a block
   * header without its body), so a REPL should read more lines instead of failing.
   */
  readonly incomplete: boolean;

  constructor(
    msg: string,
    filename: string,
    line: number,
    column: number,
    sourceLine: string,
    pyType = 'SyntaxError',
    incomplete = false,
  ) {
    super(`${pyType}: ${msg} (${filename}, line ${line})`);
    this.pyType = pyType;
    this.msg = msg;
    this.filename = filename;
    this.line = line;
    this.column = column;
    this.sourceLine = sourceLine;
    this.incomplete = incomplete;
  }

  /** The report CPython prints for this error (without a trailing newline). */
  format(): string {
    const lines = [`  File "${this.filename}", line ${this.line}`];
    if (this.sourceLine.trim() !== '') {
      const text = this.sourceLine.replace(/\s+$/, '');
      const indent = text.length - text.trimStart().length;
      const caretCol = Math.max(1, Math.min(this.column - indent, text.length - indent + 1));
      lines.push(`    ${text.trimStart()}`);
      lines.push(`    ${' '.repeat(caretCol - 1)}^`);
    }
    lines.push(`${this.pyType}: ${this.msg}`);
    return lines.join('\n');
  }
}

/** One entry of a script traceback, outermost first. */
export interface TracebackFrame {
  /** The file name of the running code, as given to `run` (root-relative for script modules). */
  filename: string;
  /** 1-based line number being executed in that frame. */
  line: number;
  /** The function name, or `<module>`. */
  name: string;
}

/** An uncaught Python exception that ended a script. */
export class ScriptError extends SandlingError {
  /** The exception's type name, e.g. `ValueError`. */
  readonly pyType: string;
  /** `str()` of the exception. */
  readonly pyMessage: string;
  /** Frames from outermost to innermost. */
  readonly traceback: TracebackFrame[];
  /** The full CPython-style report, ending with `Type: message`. */
  readonly report: string;
  /**
   * For `SystemExit`: the process exit status CPython would use (None -> 0,
   * an int -> that int, anything else -> 1 after printing it); otherwise null.
   */
  readonly exitStatus: number | null;

  constructor(pyType: string, pyMessage: string, traceback: TracebackFrame[], report: string, exitStatus: number | null = null) {
    super(pyMessage === '' ? pyType : `${pyType}: ${pyMessage}`);
    this.pyType = pyType;
    this.pyMessage = pyMessage;
    this.traceback = traceback;
    this.report = report;
    this.exitStatus = exitStatus;
  }

  /** The CPython-style report; the same as `report`. */
  format(): string {
    return this.report;
  }
}

/** Which limit stopped a run. */
export type LimitKind = 'budget' | 'deadline' | 'recursion' | 'memory' | 'size' | 'output' | 'hostcalls';

/** A limit stopped the run. Scripts cannot catch this. */
export class ResourceExhausted extends SandlingError {
  /**
   * Which limit stopped the run: `budget` (`maxOps` or `maxHostCalls`),
   * `deadline` (`timeoutMs`, the `signal`, `cancel()`), `recursion`
   * (`maxDepth`, or the host stack), `memory` (`maxMemoryBytes`, or a
   * Sandbox worker's heap cap), `size` (`maxValueBytes`), `output`
   * (`maxOutputBytes`); a host function may also throw its own, e.g. `hostcalls`.
   */
  readonly kind: LimitKind;
  /** A human-readable description of what was exceeded (the message without the `kind: ` prefix). */
  readonly detail: string;
  constructor(kind: LimitKind, detail: string) {
    super(`${kind}: ${detail}`);
    this.kind = kind;
    this.detail = detail;
  }
}

/** A host misused the API (bad options, bad values to convert, ...). */
export class HostUsageError extends SandlingError {}

/**
 * Thrown by a host function to raise a Python exception in the script with
 * this message (`pyType` names a builtin exception class, default RuntimeError).
 * Any other error a host function throws reaches the script as a generic
 * RuntimeError without its message, so host details never leak.
 */
export class HostError extends SandlingError {
  /** Name of the builtin exception class raised in the script, e.g. `ValueError`; default `RuntimeError`. */
  readonly pyType: string;
  constructor(message: string, pyType = 'RuntimeError') {
    super(message);
    this.pyType = pyType;
  }
}

/**
 * An unexpected JavaScript error inside Sandling. Always a bug; the message is
 * sanitized (no JavaScript error text or stack reaches it).
 */
export class InternalError extends SandlingError {}

/**
 * A library could not be registered: unknown library, options that fail its
 * schema, or a risk tier above the host's policy. Thrown before any script runs.
 */
export class RegistrationError extends SandlingError {
  constructor(
    message: string,
    /** The library concerned, when there is one. */
    readonly library: string | null = null,
  ) {
    super(message);
  }
}
