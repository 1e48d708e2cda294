/**
 * Importable modules. A module is defined once per process (a `ModuleDef`:
 * native TypeScript or Python source) and built per interpreter on first
 * import, so every interpreter has its own module objects and module state.
 */
import { compileProgram } from './compiler/index.js';
import { Frame, Namespace, RAISED, type Runtime } from './runtime/runtime.js';
import { ModuleNotFoundErrorType, SyntaxErrorType, makeException } from './runtime/exceptions.js';
import { ScriptSyntaxError } from './errors.js';
import { NamespaceMap, PyModule } from './runtime/module.js';
import type { Value } from './runtime/object.js';

/** What the host decides about nondeterministic sources (clock, randomness). */
export interface ModuleEnv {
  /** When set, time, datetime.now, unseeded random and uuid4 are reproducible. */
  readonly deterministic: {
    /** Start of the deterministic clock, in milliseconds since the Unix epoch. */
    readonly epochMs: number;
    /** Seed of unseeded `random` and of `uuid4`. */
    readonly seed: number;
  } | null;
  /** Wall clock in ms since the epoch (the deterministic clock when set). */
  now(): number;
  /** Monotonic clock in ms. */
  monotonic(): number;
  /** Blocks for `ms` (the deterministic clock just advances). */
  sleep(ms: number): void;
}

/** Given to a native module's `build`: the interpreter's environment. */
export interface ModuleContext {
  /** The interpreter's clocks and determinism settings. */
  readonly env: ModuleEnv;
  /** Imports another module (for modules built on top of others). */
  importModule(rt: Runtime, name: string): Value;
}

interface ModuleDefBase {
  /** Absolute dotted name (`os.path`). */
  readonly name: string;
  /** One line for catalogs and `help()`. */
  readonly summary: string;
}

/** A module implemented in TypeScript: `build` returns its attributes. */
export interface NativeModuleDef extends ModuleDefBase {
  /**
   * Builds the module's attributes (name to script value) for one interpreter,
   * on its first import of the module; `__doc__` defaults to `summary`.
   */
  build(ctx: ModuleContext): Map<string, Value> | Record<string, Value>;
}

/** A module implemented in Python source, run in its own namespace on import. */
export interface SourceModuleDef extends ModuleDefBase {
  /** The module's Python source; its docstring, if any, becomes `__doc__` (else `summary`). */
  readonly source: string;
  /** File name for tracebacks (default `<frozen NAME>`). */
  readonly filename?: string;
  /** A package (`__init__.py`): relative imports inside it start from itself. */
  readonly isPackage?: boolean;
  /** Native values bound as the module's globals before its source runs (private helpers). */
  natives?(ctx: ModuleContext): Record<string, Value>;
}

/** An importable module: native (`build`) or Python source (`source`). */
export type ModuleDef = NativeModuleDef | SourceModuleDef;

/** Compiles a module's source; a syntax error becomes a SyntaxError the importing script can catch. */
function compileModuleSource(source: string, filename: string): ReturnType<typeof compileProgram> {
  try {
    return compileProgram(source, filename);
  } catch (e) {
    if (!(e instanceof ScriptSyntaxError)) throw e;
    const err = makeException(SyntaxErrorType, e.msg);
    err.dict.set('filename', e.filename);
    err.dict.set('lineno', e.line);
    err.dict.set('offset', e.column);
    err.dict.set('text', e.sourceLine);
    err.dict.set('msg', e.msg);
    throw err;
  }
}

export function moduleNotFound(name: string): never {
  const e = makeException(ModuleNotFoundErrorType, `No module named '${name}'`);
  e.dict.set('name', name);
  throw e;
}

/** One interpreter's imported modules (its `sys.modules`). */
export class ModuleLoader {
  private readonly modules = new Map<string, PyModule>();
  readonly ctx: ModuleContext;

  constructor(
    private readonly defs: (name: string) => ModuleDef | undefined,
    env: ModuleEnv,
    /** Called with each Python-source module's text, for traceback lines. */
    private readonly onSource: (filename: string, source: string) => void,
  ) {
    this.ctx = { env, importModule: (rt, name) => this.importModule(rt, name) };
  }

  /** `import name`: the module object, building it (and its parent packages) on first use. */
  importModule(rt: Runtime, name: string): PyModule {
    const cached = this.modules.get(name);
    if (cached !== undefined) return cached;
    const dot = name.lastIndexOf('.');
    const parent = dot > 0 ? this.importModule(rt, name.slice(0, dot)) : null;
    const def = this.defs(name);
    if (def === undefined) moduleNotFound(name);
    const mod = 'source' in def ? this.runSource(rt, def) : this.buildNative(def);
    if (parent !== null) parent.dict.set(name.slice(dot + 1), mod);
    return mod;
  }

  private buildNative(def: NativeModuleDef): PyModule {
    const attrs = def.build(this.ctx);
    const dict = attrs instanceof Map ? attrs : new Map(Object.entries(attrs));
    if (!dict.has('__doc__')) dict.set('__doc__', def.summary);
    const mod = new PyModule(def.name, dict);
    this.modules.set(def.name, mod);
    return mod;
  }

  private runSource(rt: Runtime, def: SourceModuleDef): PyModule {
    const filename = def.filename ?? `<frozen ${def.name}>`;
    const program = compileModuleSource(def.source, filename);
    this.onSource(filename, def.source);
    const ns = new Namespace(def.name);
    for (const [k, v] of Object.entries(def.natives?.(this.ctx) ?? {})) ns.cell(k).v = v;
    const dot = def.name.lastIndexOf('.');
    ns.cell('__package__').v = def.isPackage === true ? def.name : dot < 0 ? '' : def.name.slice(0, dot);
    const mod = new PyModule(def.name, new NamespaceMap(ns), program.doc ?? def.summary);
    // Registered before running, as in CPython, so import cycles see the partial module.
    this.modules.set(def.name, mod);
    const g = program.globalNames.map((n) => ns.cell(n));
    const f = new Frame(rt, program.code, g, new Array(program.code.nlocals), null, ns);
    const sp = rt.pushFrame(f);
    try {
      if (program.code.body(f) === RAISED) throw rt.takeRaised();
    } catch (e) {
      this.modules.delete(def.name);
      throw e;
    }
    rt.sp = sp;
    return mod;
  }
}

let sleeper: Int32Array | null = null;

/** Blocks the thread for `ms` milliseconds without spinning. The cell is made on first use: a start-up snapshot cannot hold shared memory. */
export function blockFor(ms: number): void {
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
}

/** The default environment: real clocks, no fixed seed. */
export function liveEnv(): ModuleEnv {
  return {
    deterministic: null,
    now: () => Date.now(),
    monotonic: () => performance.now(),
    sleep: blockFor,
  };
}

/** A reproducible environment: the clock starts at `epochMs` and advances only by sleeps. */
export function deterministicEnv(epochMs: number, seed: number): ModuleEnv {
  let offset = 0;
  return {
    deterministic: { epochMs, seed },
    now: () => epochMs + offset,
    monotonic: () => offset,
    sleep(ms) {
      offset += Math.max(0, ms);
    },
  };
}

/** What registered libraries add to one interpreter (see registry/). Called once per Interpreter. */
export interface LibraryProvider {
  /** Builds the libraries' parts for one new interpreter. */
  instantiate(): {
    /** Modules the interpreter's scripts may import. */
    modules: readonly ModuleDef[];
    /** Extra builtins (e.g. `open` from the filesystem library), by name. */
    builtins: ReadonlyMap<string, Value>;
  };
}
