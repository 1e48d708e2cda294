/**
 * The CLI's configuration file, `sandling.config.json`: limits (or a limit
 * profile), the tier policy and the libraries to register with their
 * options, so an automation setup is reviewable in one place. It is looked
 * up in the current directory, or named with `--config FILE` (`--no-config`
 * ignores it). The file is checked against cli/sandling.config.schema.json;
 * every problem is reported as `FILE: path message`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import type { LimitOptions, LimitProfile } from '../core/limits.js';
import { describeSchemaErrors } from '../core/evaluate-config.js';
import type { Tier } from '../registry/tiers.js';
import configSchema from './sandling.config.schema.json' with { type: 'json' };
import { UsageError, fileErrorReason } from './output.js';

/** The name looked up in the current directory. */
export const CONFIG_FILE = 'sandling.config.json';

/** A validated configuration file. */
export interface CliConfig {
  profile?: LimitProfile;
  limits?: Omit<LimitOptions, 'signal'>;
  policy?: { maxTier?: Tier; allowCritical?: string[] };
  /** Library name -> registration options (relative filesystem paths already resolved). */
  libraries?: Record<string, Record<string, unknown>>;
}

/** A loaded configuration and the file it came from (null: no file). */
export interface LoadedConfig {
  config: CliConfig;
  file: string | null;
}

let validator: ValidateFunction | null = null;

function validate(data: unknown): ValidateFunction {
  // Compiled on first use: runs without a config file never pay for it.
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(configSchema);
  validator(data);
  return validator;
}

/**
 * Loads the configuration: `option` is the `--config` value (a path), false
 * for `--no-config`, or undefined to look for sandling.config.json in the
 * current directory. Throws UsageError naming the file and every problem.
 */
export function loadConfig(option: unknown): LoadedConfig {
  if (option === false) return { config: {}, file: null };
  const explicit = typeof option === 'string';
  const file = explicit ? option : CONFIG_FILE;
  if (!explicit && !existsSync(file)) return { config: {}, file: null };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`can't open config file '${file}': ${fileErrorReason(e)}`);
  }
  return { config: parseConfig(text, file), file };
}

/** Parses and validates a configuration file's text; `file` names it in errors and anchors relative paths. */
export function parseConfig(text: string, file: string): CliConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const v = validate(data);
  if (v.errors !== null && v.errors !== undefined && v.errors.length > 0) {
    const problems = describeSchemaErrors(v.errors, '', 'json').map((p) => `${file}: ${p.path === '' ? '' : `${p.path} `}${p.message}`);
    throw new UsageError(problems.join('\n'));
  }
  const config = data as CliConfig & { $schema?: string };
  delete config.$schema;
  if (config.libraries?.filesystem !== undefined) {
    config.libraries.filesystem = anchorFilesystemPaths(config.libraries.filesystem, dirname(resolve(file)));
  }
  return config;
}

/** The filesystem library wants absolute paths; in a config file they are relative to the file. */
function anchorFilesystemPaths(options: Record<string, unknown>, base: string): Record<string, unknown> {
  const abs = (p: unknown) => (typeof p === 'string' && !isAbsolute(p) ? resolve(base, p) : p);
  const out = { ...options };
  if (Array.isArray(out.roots)) {
    // Anything malformed is left as it is, for the library's own schema to report.
    out.roots = out.roots.map((r: unknown) => (r !== null && typeof r === 'object'
      ? { ...(r as object), path: abs((r as { path?: unknown }).path) }
      : r));
  }
  if (out.cwd !== undefined) out.cwd = abs(out.cwd);
  return out;
}

