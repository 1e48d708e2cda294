/**
 * The registry: which libraries a host makes available to its scripts, with
 * which options, under which policy. Registration validates the options with
 * the library's JSON Schema (ajv) and checks the library's risk tier against
 * the policy before any script runs; a script can then import exactly the
 * registered libraries (plus the pure standard library) and nothing else.
 *
 * A registration is data (`{ name, options }`): the same registrations can be
 * rebuilt elsewhere (e.g. inside a worker) from the definitions by name.
 */
import { types } from 'node:util';
import { Ajv, type ValidateFunction } from 'ajv';
import { RegistrationError } from '../core/errors.js';
import type { LibraryProvider, ModuleDef, NativeModuleDef } from '../core/modules.js';
import type { Value } from '../core/runtime/object.js';
import { stdlibModule } from '../stdlib/index.js';
import { EXTLIBS } from '../extlibs/index.js';
import type { LibraryDefinition } from './definition.js';
import { manifest, checkManifestEntry, describeAjvErrors, type ManifestEntry } from './manifest.js';
import { checkPolicy, isTier, normalizePolicy, tierAtMost, type Policy, type Tier } from './tiers.js';
import { buildCatalog, type Catalog } from './catalog.js';

/** A library definition with any options type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDefinition = LibraryDefinition<any>;

interface Known {
  readonly def: AnyDefinition;
  readonly entry: ManifestEntry;
  readonly hostDefined: boolean;
}

/** One registered library: its name and its validated options (plain data). */
export interface Registration {
  /** The library's registration name, e.g. `filesystem`. */
  readonly name: string;
  /** A copy of the options given to `use`, validated by the library's schema (with its defaults filled in). */
  readonly options: unknown;
  /** The tier these options actually reach. */
  readonly tier: Tier;
}

/** Options of `new Registry(options)`. */
export interface RegistryOptions {
  /** Which tiers registrations may reach. Default `{ maxTier: 'network', allowCritical: [] }`. */
  policy?: Policy;
}

/** Built on first use: plain runs register no library with options. */
let optionsAjv: Ajv | null = null;

const validators = new WeakMap<object, ValidateFunction>();

/** The compiled options schema of a definition (compiled once per definition object). */
function optionsValidator(def: AnyDefinition): ValidateFunction {
  let v = validators.get(def);
  if (v === undefined) {
    try {
      v = (optionsAjv ??= new Ajv({ allErrors: true, strict: true, useDefaults: true })).compile(def.optionsSchema);
    } catch (e) {
      throw new RegistrationError(`library '${def.name}' has an invalid options schema: ${(e as Error).message}`, def.name);
    }
    validators.set(def, v);
  }
  return v;
}

/** Copies plain JSON-like data, refusing anything else (functions, cycles, class instances). */
function plainData(v: unknown, where: string, seen = new Set<object>()): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RegistrationError(`${where} must be a finite number`);
    return v;
  }
  if (typeof v !== 'object') throw new RegistrationError(`${where} must be plain data (got ${typeof v})`);
  // A Proxy or getter would run host code while being copied.
  if (types.isProxy(v)) throw new RegistrationError(`${where} must be plain data (got a Proxy)`);
  if (seen.has(v)) throw new RegistrationError(`${where} contains a cycle`);
  seen.add(v);
  try {
    if (Array.isArray(v)) return v.map((x, i) => plainData(x, `${where}[${i}]`, seen));
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new RegistrationError(`${where} must be a plain object`);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k)!;
      if (d.get !== undefined || d.set !== undefined) throw new RegistrationError(`${where}.${k} must be plain data (got an accessor)`);
      out[k] = plainData(d.value, `${where}.${k}`, seen);
    }
    return out;
  } finally {
    seen.delete(v);
  }
}

/**
 * The libraries a host gives its scripts: knows every built-in extended
 * library plus the host's own (`define`), and registers some of them with
 * validated options (`use`). Pass it as `new Interpreter({ libraries })`, to
 * `Sandbox`/`SandboxPool` or to `evaluateConfig`; one registry can serve many
 * interpreters, each getting its own library instances.
 */
export class Registry implements LibraryProvider {
  /** The policy every `use` is checked against, with its defaults filled in. */
  readonly policy: Required<Policy>;
  private readonly known = new Map<string, Known>();
  private readonly registered = new Map<string, Registration>();

  constructor(options: RegistryOptions = {}) {
    this.policy = normalizePolicy(options.policy);
    for (const def of EXTLIBS) this.add(def, false);
  }

  /** Adds a host-defined library (not yet registered: call `use` to enable it). */
  define(def: AnyDefinition): this {
    this.add(def, true);
    return this;
  }

  /**
   * Registers a library for scripts: validates `options` against its schema
   * and its tier against the policy. Throws RegistrationError.
   */
  use(name: string, options: unknown = {}): this {
    if (typeof name !== 'string') throw new RegistrationError('library name must be a string');
    const known = this.known.get(name);
    if (known === undefined) {
      if (name === 'stdlib' || stdlibModule(name) !== undefined || manifest().get('stdlib')?.modules.includes(name)) {
        throw new RegistrationError(`'${name}' is part of the standard library and needs no registration`, name);
      }
      const names = [...this.known.keys()].sort().join(', ');
      throw new RegistrationError(`unknown library '${name}' (available: ${names})`, name);
    }
    if (this.registered.has(name)) throw new RegistrationError(`library '${name}' is already registered`, name);
    const copy = plainData(options, `options of '${name}'`);
    const validate = optionsValidator(known.def);
    if (!validate(copy)) {
      throw new RegistrationError(`invalid options for library '${name}': ${describeAjvErrors(validate, 'options')}`, name);
    }
    const tier = known.def.effectiveTier?.(copy) ?? known.entry.tier;
    if (!isTier(tier) || !tierAtMost(tier, known.entry.tier)) {
      throw new RegistrationError(`library '${name}' reports tier '${String(tier)}' beyond its manifest tier '${known.entry.tier}'`, name);
    }
    checkPolicy(name, tier, this.policy);
    known.def.validate?.(copy);
    this.registered.set(name, Object.freeze({ name, options: copy, tier }));
    return this;
  }

  /** The registrations, in order (plain data). */
  registrations(): Registration[] {
    return [...this.registered.values()];
  }

  /** True when the library `name` has been registered with `use`. */
  isRegistered(name: string): boolean {
    return this.registered.has(name);
  }

  /** Definitions and manifest entries of every known library (registered or not). */
  libraries(): {
    /** The library's definition. */
    def: AnyDefinition;
    /** Its risk-manifest entry (the built-in manifest's, or the one derived from a host definition). */
    entry: ManifestEntry;
    /** True when it has been registered with `use`. */
    registered: boolean;
    /** True for a host library added with `define`, false for a built-in one. */
    hostDefined: boolean;
  }[] {
    return [...this.known.values()].map((k) => ({ ...k, registered: this.registered.has(k.def.name) }));
  }

  /** The catalog of libraries: every known library, or only the registered ones. */
  catalog(opts: { registeredOnly?: boolean } = {}): Catalog {
    return buildCatalog(this, opts.registeredOnly ?? false);
  }

  /** Builds the registered libraries for one interpreter (called by `new Interpreter({ libraries })`). */
  instantiate(): {
    /** The registered libraries' modules (a module provided by several libraries is merged into one). */
    modules: ModuleDef[];
    /** Builtins the registered libraries add, by name (e.g. `open`). */
    builtins: Map<string, Value>;
  } {
    const byModule = new Map<string, ModuleDef[]>();
    const builtins = new Map<string, Value>();
    for (const reg of this.registered.values()) {
      const { def } = this.known.get(reg.name)!;
      const parts = def.create(structuredClone(reg.options));
      for (const m of parts.modules) {
        if (!def.modules.includes(m.name)) {
          throw new RegistrationError(`library '${def.name}' built module '${m.name}' that it does not declare`, def.name);
        }
        const list = byModule.get(m.name) ?? [];
        list.push(m);
        byModule.set(m.name, list);
      }
      for (const [k, v] of Object.entries(parts.builtins ?? {})) {
        if (builtins.has(k)) throw new RegistrationError(`two libraries define the builtin '${k}'`, def.name);
        builtins.set(k, v);
      }
    }
    return { modules: [...byModule.values()].map(mergeModules), builtins };
  }

  private add(def: AnyDefinition, hostDefined: boolean): void {
    if (typeof def !== 'object' || def === null || typeof def.name !== 'string') {
      throw new RegistrationError('a library definition must be an object with a name');
    }
    const name = def.name;
    if (this.known.has(name)) throw new RegistrationError(`library '${name}' is already defined`, name);
    if (typeof def.create !== 'function') throw new RegistrationError(`library '${name}' has no create() function`, name);
    if (typeof def.version !== 'string' || def.version === '') throw new RegistrationError(`library '${name}' has no version`, name);
    if (!Array.isArray(def.docs)) throw new RegistrationError(`library '${name}' has no docs`, name);
    const claimed = checkManifestEntry(
      { name, tier: def.tier, capabilities: def.capabilities, modules: def.modules, summary: def.summary },
      name,
    );
    let entry = claimed;
    if (!hostDefined) {
      const listed = manifest().get(name);
      if (listed === undefined) throw new RegistrationError(`library '${name}' has no entry in the risk manifest`, name);
      if (listed.tier !== def.tier || listed.modules.join() !== def.modules.join()) {
        throw new RegistrationError(`library '${name}' does not match its manifest entry`, name);
      }
      entry = listed;
    } else if (manifest().has(name)) {
      throw new RegistrationError(`library name '${name}' is reserved for a built-in library`, name);
    }
    if (hostDefined) optionsValidator(def); // a host's schema mistakes surface at define()
    this.known.set(name, { def, entry, hostDefined });
  }
}

/** Several libraries may contribute to one module (os: filesystem + env); their attributes are merged. */
function mergeModules(defs: ModuleDef[]): ModuleDef {
  if (defs.length === 1) return defs[0];
  const natives = defs.filter((d): d is NativeModuleDef => 'build' in d);
  if (natives.length !== defs.length) {
    throw new RegistrationError(`module '${defs[0].name}' is provided by several libraries and cannot be merged`);
  }
  return {
    name: defs[0].name,
    summary: natives.map((d) => d.summary).join(' '),
    build(ctx) {
      const merged = new Map<string, Value>();
      for (const d of natives) {
        const attrs = d.build(ctx);
        for (const [k, v] of attrs instanceof Map ? attrs : Object.entries(attrs)) merged.set(k, v);
      }
      return merged;
    },
  };
}
