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
  /** The member's name within its module, e.g. `read_text`. */
  readonly name: string;
  /** What the member is; `constant` covers any other value. */
  readonly kind: 'function' | 'class' | 'constant' | 'module';
  /** Python-style signature without the name, e.g. `(path, mode='r')`. */
  readonly signature?: string;
  /** One paragraph: what it does (for a constant, its repr). */
  readonly doc: string;
}

/** A function's documentation entry: `functionDoc('read', '(size=-1)', 'Reads ...')`. */
export function functionDoc(name: string, signature: string, doc: string): MemberDoc {
  return { name, kind: 'function', signature, doc };
}

/** A class's documentation entry (its signature is optional). */
export function classDoc(name: string, doc: string, signature?: string): MemberDoc {
  return signature === undefined ? { name, kind: 'class', doc } : { name, kind: 'class', signature, doc };
}

/** Documentation of one module a library provides. */
export interface ModuleDoc {
  /** The importable module name, e.g. `os.path`. */
  readonly name: string;
  /** One line describing the module. */
  readonly summary: string;
  /** Its public members, usually sorted by name. */
  readonly members: readonly MemberDoc[];
}

/** What one instance of a library adds to an interpreter. */
export interface LibraryParts {
  /** The modules built for this interpreter; each name must be listed in the definition's `modules`. */
  readonly modules: readonly ModuleDef[];
  /** Extra builtins (e.g. `open` for the filesystem family). */
  readonly builtins?: Readonly<Record<string, Value>>;
}

/**
 * A library a `Registry` can register: identity, risk tier, documentation,
 * options schema and a factory. Write one with `defineLibrary` and add it with
 * `registry.define(def)`; see docs/embedding.md.
 */
export interface LibraryDefinition<Options = Record<string, unknown>> {
  /** Registration name, e.g. `filesystem`, `requests`, `host:db`. */
  readonly name: string;
  /** The library's version, a non-empty string (e.g. `1.0.0`); shown in the catalog. */
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
  /** Documentation of each module, for the catalog, `sandling libs show` and docs/libraries.md. */
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
