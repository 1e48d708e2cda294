/**
 * The host API: `Interpreter` runs script source in its own global namespace
 * with its own builtins, limits and output. Compiled programs are shared
 * (cached) across interpreters; nothing else is.
 *
 * Every failure reaches the host as a `SandlingError` subclass: a syntax
 * error (`ScriptSyntaxError`), an uncaught script exception (`ScriptError`),
 * a tripped limit (`ResourceExhausted`) or, for bugs, `InternalError`.
 */
import './runtime/bootstrap.js';
import {
  HostUsageError, InternalError, ResourceExhausted, SandlingError, ScriptError, ScriptSyntaxError,
} from './errors.js';
import { compileProgram, type Program } from './compiler/index.js';
import { Frame, IdRegistry, RAISED, Namespace, Runtime, type RuntimeHost, type RuntimeLimits } from './runtime/runtime.js';
import { PyBaseException, SystemExitType } from './runtime/exceptions.js';
import { ModuleLoader, deterministicEnv, liveEnv, type LibraryProvider, type ModuleDef, type ModuleEnv } from './modules.js';
import { stdlibModule } from '../stdlib/index.js';
import { checkModuleRoot, findScriptModule } from './script-modules.js';
import type { PyModule } from './runtime/module.js';
import { None } from './runtime/types.js';
import type { Value } from './runtime/object.js';
import { callValue } from './runtime/call.js';
import { makeBuiltins } from './builtins.js';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_VALUE_BYTES, validateLimits, type LimitOptions } from './limits.js';
import { hostFunction, toHost, toScript } from './convert.js';
import { exceptionTypeName, formatException, safeExceptionMessage, tracebackFrames } from './traceback.js';

/** Options of `new Interpreter(options)`; every field is optional. */
export interface InterpreterOptions {
  /** Receives everything `print()` writes. Default: collected, read with `takeOutput()`. */
  output?: (text: string) => void;
  /**
   * Resource limits applied to each `run` and `call` (see `LimitOptions` and
   * the `Limits` presets). Default: only `maxDepth` 1000 and `maxValueBytes`
   * 256 MiB; everything else unlimited.
   */
  limits?: LimitOptions;
  /** Initial global variables (converted into script values). */
  globals?: Record<string, unknown>;
  /**
   * Reproducible runs (config-as-code): `time`, `datetime.now()`, unseeded
   * `random` and `uuid4` derive from a fixed clock and seed. `true` uses
   * epoch 2000-01-01T00:00:00Z and seed 0.
   */
  deterministic?: boolean | {
    /** The fixed clock's start, in milliseconds since the Unix epoch. Default 2000-01-01T00:00:00Z. */
    epochMs?: number;
    /** Seed of unseeded `random` and of `uuid4` (a safe integer). Default 0. */
    seed?: number;
  };
  /** Extra importable modules defined by the host (in addition to the standard library). */
  modules?: ModuleDef[];
  /** Registered extended and host libraries (a `Registry` from the registry API). */
  libraries?: LibraryProvider;
  /**
   * An absolute directory of `.py` modules scripts may import by name
   * (`import helpers` reads `<moduleRoot>/helpers.py`; packages are directories).
   * Standard-library and registered modules take precedence.
   */
  moduleRoot?: string;
}

/** Options of `Interpreter.run` and `Interpreter.runInteractive`. */
export interface RunOptions {
  /** File name shown in tracebacks and syntax errors. Default `<string>`. */
  filename?: string;
}


/** CPython's exit status for an uncaught SystemExit: None -> 0, int -> int & 0xff, else 1. */
function systemExitStatus(e: PyBaseException): number {
  const args = e.args.items;
  const code = args.length === 1 ? args[0] : args.length === 0 ? None : e.args;
  if (code === None) return 0;
  if (typeof code === 'number' || typeof code === 'boolean') return Number(code) & 0xff;
  if (typeof code === 'bigint') return Number(BigInt.asUintN(8, code));
  return 1;
}

const DETERMINISTIC_EPOCH_MS = Date.UTC(2000, 0, 1);

function environment(opt: InterpreterOptions['deterministic']): ModuleEnv {
  if (opt === undefined || opt === false) return liveEnv();
  if (opt === true) return deterministicEnv(DETERMINISTIC_EPOCH_MS, 0);
  if (typeof opt !== 'object' || opt === null) throw new HostUsageError('options.deterministic must be a boolean or { epochMs, seed }');
  const { epochMs = DETERMINISTIC_EPOCH_MS, seed = 0 } = opt;
  if (!Number.isFinite(epochMs)) throw new HostUsageError('options.deterministic.epochMs must be a finite number');
  if (!Number.isSafeInteger(seed)) throw new HostUsageError('options.deterministic.seed must be an integer');
  return deterministicEnv(epochMs, seed);
}

/**
 * Runs script source in its own global namespace, with its own builtins,
 * limits, output and imported modules. Synchronous: a run blocks the calling
 * thread (use `Sandbox` or `SandboxPool` to run off it).
 */
export class Interpreter {
  private readonly namespace = new Namespace('__main__');
  private readonly builtins = makeBuiltins();
  private readonly write: (text: string) => void;
  private collected: string[] = [];
  private readonly limits: LimitOptions;
  private readonly sources = new Map<string, string[]>();
  private readonly ids = new IdRegistry();
  private current: Runtime | null = null;
  private idleRuntime: Runtime | null = null;
  private readonly loader: ModuleLoader;

  constructor(options: InterpreterOptions = {}) {
    if (options.output !== undefined && typeof options.output !== 'function') {
      throw new HostUsageError('options.output must be a function');
    }
    this.write = options.output ?? ((text) => {
      this.collected.push(text);
    });
    this.limits = validateLimits(options.limits ?? {});
    const hostModules = new Map<string, ModuleDef>();
    const libraries = this.instantiateLibraries(options.libraries);
    for (const def of [...libraries.modules, ...(options.modules ?? [])]) {
      if (typeof def !== 'object' || def === null || typeof def.name !== 'string' || !/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(def.name)) {
        throw new HostUsageError(`options.modules: not a module definition: ${String((def as ModuleDef | null)?.name ?? def)}`);
      }
      hostModules.set(def.name, def);
    }
    const moduleRoot = options.moduleRoot === undefined ? null : checkModuleRoot(options.moduleRoot);
    this.loader = new ModuleLoader(
      (name) => hostModules.get(name) ?? stdlibModule(name) ?? (moduleRoot === null ? undefined : findScriptModule(moduleRoot, name)),
      environment(options.deterministic),
      (filename, source) => this.sources.set(filename, source.split(/\r\n|\r|\n/)),
    );
    this.namespace.cell('__name__').v = '__main__';
    this.namespace.cell('__doc__').v = None;
    if (options.globals !== undefined) {
      for (const [k, v] of Object.entries(options.globals)) this.set(k, v);
    }
  }

  private instantiateLibraries(provider: LibraryProvider | undefined): ReturnType<LibraryProvider['instantiate']> {
    if (provider === undefined) return { modules: [], builtins: new Map() };
    if (typeof provider !== 'object' || provider === null || typeof provider.instantiate !== 'function') {
      throw new HostUsageError('options.libraries must be a Registry');
    }
    const parts = provider.instantiate();
    for (const [name, v] of parts.builtins) this.builtins.set(name, v);
    return parts;
  }

  /**
   * Imports `name` (outside any script) and passes the module object to `fn`.
   * For documentation tools (the library catalog); not a script-facing API.
   * @internal
   */
  inspectModule<T>(name: string, fn: (rt: Runtime, mod: PyModule) => T): T {
    const rt = this.newRuntime();
    return this.guard(() => fn(rt, this.loader.importModule(rt, name)), rt, null);
  }

  /** Runs a module's source. Throws a `SandlingError` subclass on failure. */
  run(source: string, options: RunOptions = {}): void {
    if (typeof source !== 'string') throw new HostUsageError('source must be a string');
    const filename = options.filename ?? '<string>';
    const program = compileProgram(source, filename);
    this.execute(program);
  }

  /**
   * Runs source like the REPL: when the last statement is an expression, its
   * value is returned (converted to a host value when possible, else its repr).
   */
  runInteractive(source: string, options: RunOptions = {}): {
    /** The value of the trailing expression as a host value (its repr when it does not convert); undefined when there is none or it is None. */
    value: unknown;
    /** `repr()` of that value, or null when nothing is echoed. */
    repr: string | null;
  } {
    const filename = options.filename ?? '<stdin>';
    const program = compileProgram(source, filename, { echoLastExpression: true });
    const v = this.execute(program);
    if (!program.hasTrailingExpression || v === None) return { value: undefined, repr: null };
    const rt = this.runtime();
    let shown: string;
    try {
      shown = this.guard(() => callValue(rt, this.builtins.get('repr'), [v], null) as string, rt, null);
    } finally {
      this.current = null;
    }
    let value: unknown;
    try {
      value = toHost(v);
    } catch {
      value = shown;
    }
    return { value, repr: shown };
  }

  /** Reads a global variable (converted to a host value); undefined when unbound. */
  get(name: string): unknown {
    const cell = this.namespace.cells.get(name);
    if (cell === undefined || cell.v === undefined) return undefined;
    return toHost(cell.v);
  }

  /** Sets a global variable; JS functions become callable host functions. */
  set(name: string, value: unknown): void {
    if (typeof name !== 'string' || !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) {
      throw new HostUsageError(`not a valid script name: ${String(name)}`);
    }
    const v = typeof value === 'function' ? hostFunction(value as (...a: unknown[]) => unknown, name) : toScript(this.runtime(), value);
    this.namespace.cell(name).v = v;
  }

  /** Calls a script function by global name with host arguments; returns the host value of its result. */
  call(name: string, ...args: unknown[]): unknown {
    const cell = this.namespace.cells.get(name);
    if (cell === undefined || cell.v === undefined) throw new HostUsageError(`no global named '${name}'`);
    const rt = this.newRuntime();
    const scriptArgs = args.map((a) => toScript(rt, a));
    const result = this.guard(() => callValue(rt, cell.v, scriptArgs, null), rt, null);
    return toHost(result);
  }

  /**
   * The unconverted script value of a global (undefined when unbound), for
   * Sandling's own tools that convert values themselves (`evaluateConfig`).
   * @internal
   */
  globalValue(name: string): Value | undefined {
    return this.namespace.cells.get(name)?.v;
  }

  /** Calls a global with no arguments; returns the unconverted result (see `globalValue`). @internal */
  callGlobal(name: string): Value {
    const cell = this.namespace.cells.get(name);
    if (cell === undefined || cell.v === undefined) throw new HostUsageError(`no global named '${name}'`);
    const rt = this.newRuntime();
    return this.guard(() => callValue(rt, cell.v, [], null), rt, null);
  }

  /** Output collected so far (when no `output` callback was given); clears it. */
  takeOutput(): string {
    const s = this.collected.join('');
    this.collected = [];
    return s;
  }

  /** Stops the running script at its next checkpoint (ResourceExhausted 'deadline'). */
  cancel(reason = 'cancelled by the host'): void {
    if (this.current !== null) this.current.cancelReason = reason;
  }

  private execute(program: Program): Value {
    this.sources.set(program.filename, program.source.split(/\r\n|\r|\n/));
    if (program.doc !== null) this.namespace.cell('__doc__').v = program.doc;
    const rt = this.newRuntime();
    const g = program.globalNames.map((n) => this.namespace.cell(n));
    const f = new Frame(rt, program.code, g, new Array(program.code.nlocals), null, this.namespace);
    return this.guard(() => {
      rt.pushFrame(f);
      if (program.code.body(f) === RAISED) throw rt.takeRaised();
      rt.sp = 0;
      return f.ret;
    }, rt, f);
  }

  /** A runtime for conversions outside a run (no limits apply to them). */
  private runtime(): Runtime {
    return this.current ?? (this.idleRuntime ??= this.newRuntime());
  }

  private newRuntime(): Runtime {
    const l = this.limits;
    const limits: RuntimeLimits = {
      maxOps: l.maxOps ?? Infinity,
      deadline: l.timeoutMs === undefined ? Infinity : Date.now() + l.timeoutMs,
      maxDepth: l.maxDepth ?? DEFAULT_MAX_DEPTH,
      maxValueBytes: l.maxValueBytes ?? DEFAULT_MAX_VALUE_BYTES,
      maxMemoryBytes: l.maxMemoryBytes ?? Infinity,
      maxOutputBytes: l.maxOutputBytes ?? Infinity,
      maxHostCalls: l.maxHostCalls ?? Infinity,
      signal: l.signal ?? null,
    };
    const host: RuntimeHost = {
      ids: this.ids,
      importModule: (rt, name) => this.loader.importModule(rt, name),
    };
    return new Runtime(this.builtins, this.write, limits, host);
  }

  /** Runs `fn` and converts anything thrown into the host error types. */
  private guard<T>(fn: () => T, rt: Runtime, frame: Frame | null): T {
    const previous = this.current;
    this.current = rt;
    try {
      return fn();
    } catch (e) {
      throw this.hostError(e, rt, frame);
    } finally {
      this.current = previous;
    }
  }

  private hostError(e: unknown, rt: Runtime, frame: Frame | null): SandlingError {
    if (e instanceof PyBaseException) {
      rt.recordUnwound(e, 0);
      rt.sp = 0;
      void frame;
      const report = formatException(rt, e, (file, line) => this.sources.get(file)?.[line - 1] ?? null);
      const status = e.cls.isSubclassOf(SystemExitType) ? systemExitStatus(e) : null;
      return new ScriptError(exceptionTypeName(e), safeExceptionMessage(rt, e), tracebackFrames(e), report, status);
    }
    if (e instanceof SandlingError) return e;
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return new ResourceExhausted('recursion', 'maximum recursion depth exceeded (host stack exhausted)');
    }
    const err = new InternalError(`internal error in Sandling (${e instanceof Error ? e.name : typeof e}); please report it`);
    Object.defineProperty(err, 'cause', { value: e, enumerable: false });
    return err;
  }
}

export { ScriptSyntaxError, type LimitOptions };
