/**
 * What a library is: its identity, risk, documentation, options schema and
 * a factory that builds its modules for one interpreter from validated
 * options. Built-in extended libraries and host-defined libraries use the
 * same shape, so a host adds a library in a few lines.
 */
import type { ModuleDef } from '../core/modules.js';
import type { Value } from '../core/runtime/object.js';
import type { Tier } from './tiers.js';

/** Documentation of one module member, for `help()` and the catalog. */
export interface MemberDoc {
  readonly name: string;
  readonly kind: 'function' | 'class' | 'constant' | 'module';
  /** Python-style signature without the name, e.g. `(path, mode='r')`. */
  readonly signature?: string;
  readonly doc: string;
}

/** Documentation of one module a library provides. */
export interface ModuleDoc {
  readonly name: string;
  readonly summary: string;
  readonly members: readonly MemberDoc[];
}

/** What one instance of a library adds to an interpreter. */
export interface LibraryParts {
  readonly modules: readonly ModuleDef[];
  /** Extra builtins (e.g. `open` for the filesystem family). */
  readonly builtins?: Readonly<Record<string, Value>>;
}

export interface LibraryDefinition<Options = Record<string, unknown>> {
  /** Registration name, e.g. `filesystem`, `requests`, `host:db`. */
  readonly name: string;
  readonly version: string;
  /** One line: what a script can do with it. */
  readonly summary: string;
  /** The highest tier this library can reach (the manifest's tier). */
  readonly tier: Tier;
  /** Capabilities it needs, e.g. `fs.read`, `net.http`, `env.read`. */
  readonly capabilities: readonly string[];
  /** Modules it provides (importable names). */
  readonly modules: readonly string[];
  /** JSON Schema its registration options must satisfy (checked with ajv). */
  readonly optionsSchema: object;
  readonly docs: readonly ModuleDoc[];
  /** The tier a given set of options actually reaches (default: `tier`). */
  effectiveTier?(options: Options): Tier;
  /** Checks beyond the schema (e.g. paths that must exist); throw RegistrationError. */
  validate?(options: Options): void;
  /** Builds the library for one interpreter. Called per Interpreter, so state is per interpreter. */
  create(options: Options): LibraryParts;
}

/** Shorthand that keeps the options type. */
export function defineLibrary<O>(def: LibraryDefinition<O>): LibraryDefinition<O> {
  return def;
}
