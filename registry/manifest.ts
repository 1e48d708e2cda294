/**
 * The risk manifest: every library Sandling knows, with its tier, the
 * capabilities it needs and the modules it provides. Validated against
 * manifest.schema.json with ajv when loaded and whenever a host adds a library.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { RegistrationError } from '../core/errors.js';
import manifestData from './manifest.json' with { type: 'json' };
import manifestSchema from './manifest.schema.json' with { type: 'json' };
import type { Tier } from './tiers.js';

/** One library's entry in the risk manifest (registry/manifest.json). */
export interface ManifestEntry {
  /** The library's registration name. */
  readonly name: string;
  /** The highest risk tier the library can reach. */
  readonly tier: Tier;
  /** Capabilities it needs, e.g. `fs.read`, `net.http`. */
  readonly capabilities: readonly string[];
  /** The importable module names it provides. */
  readonly modules: readonly string[];
  /** Builtins it adds, e.g. `open`. */
  readonly builtins?: readonly string[];
  /** One line describing the library. */
  readonly summary: string;
}

// Compiled on first use: schema compilation costs start-up time that plain script runs never need.
let validators: { manifest: ValidateFunction; entry: ValidateFunction } | null = null;

function schemas(): { manifest: ValidateFunction; entry: ValidateFunction } {
  if (validators === null) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    validators = {
      manifest: ajv.compile(manifestSchema),
      entry: ajv.compile({ ...manifestSchema.definitions.entry, $id: undefined }),
    };
  }
  return validators;
}

/** ajv errors as one readable sentence list. */
export function describeAjvErrors(validate: ValidateFunction, root: string): string {
  return (validate.errors ?? [])
    .map((e) => {
      const where = e.instancePath === '' ? root : `${root}${e.instancePath.replace(/\//g, '.')}`;
      if (e.keyword === 'additionalProperties') return `${where} has an unknown key '${String(e.params.additionalProperty)}'`;
      return `${where} ${e.message ?? 'is invalid'}`;
    })
    .join('; ');
}

/** Validates a manifest object; throws RegistrationError listing every problem. */
export function loadManifest(data: unknown): Map<string, ManifestEntry> {
  const validateManifest = schemas().manifest;
  if (!validateManifest(data)) {
    throw new RegistrationError(`invalid library manifest: ${describeAjvErrors(validateManifest, 'manifest')}`);
  }
  const out = new Map<string, ManifestEntry>();
  for (const e of (data as { libraries: ManifestEntry[] }).libraries) {
    if (out.has(e.name)) throw new RegistrationError(`invalid library manifest: '${e.name}' is listed twice`, e.name);
    out.set(e.name, e);
  }
  return out;
}

/** Validates one manifest entry (a host-defined library's risk data). */
export function checkManifestEntry(entry: unknown, name: string): ManifestEntry {
  const validateEntry = schemas().entry;
  if (!validateEntry(entry)) {
    throw new RegistrationError(`invalid manifest entry for library '${name}': ${describeAjvErrors(validateEntry, name)}`, name);
  }
  return entry as ManifestEntry;
}

let builtin: ReadonlyMap<string, ManifestEntry> | null = null;

/** The built-in manifest (registry/manifest.json), validated on first use. */
export function manifest(): ReadonlyMap<string, ManifestEntry> {
  builtin ??= loadManifest(manifestData);
  return builtin;
}
