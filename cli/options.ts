/**
 * The CLI's run options: limit flags and library flags, turned into the
 * same `LimitOptions` and `Registry` a host would build in TypeScript.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { limitsForProfile, type LimitOptions, type LimitProfile } from '../core/limits.js';
import { Registry } from '../registry/registry.js';
import { manifest } from '../registry/manifest.js';
import { RegistrationError } from '../core/errors.js';
import { TIERS, isCritical, isTier } from '../registry/tiers.js';
import { UsageError } from './output.js';
import type { CliConfig, LoadedConfig } from './config.js';

const LIMIT_FLAGS: [flag: string, key: keyof LimitOptions, what: string][] = [
  ['--max-ops <n>', 'maxOps', 'instruction budget'],
  ['--timeout <ms>', 'timeoutMs', 'wall-clock limit in milliseconds'],
  ['--max-depth <n>', 'maxDepth', 'maximum call depth'],
  ['--max-memory <bytes>', 'maxMemoryBytes', 'allocation account'],
  ['--max-value <bytes>', 'maxValueBytes', 'largest single value'],
  ['--max-output <bytes>', 'maxOutputBytes', 'print() output'],
  ['--max-host-calls <n>', 'maxHostCalls', 'calls into host functions and libraries'],
];

const collect = (v: string, prev: string[] | undefined) => [...(prev ?? []), v];

/** Adds the limit and library flags to a command (the top level and `run` share them). */
export function addRunOptions(cmd: Command): Command {
  addConfigOptions(cmd);
  cmd.option('--profile <name>', 'preset limits: trusted, semi or untrusted (default: semi)');
  for (const [flag, , what] of LIMIT_FLAGS) cmd.option(flag, what);
  return cmd
    .option('--allow-read <dir>', 'let scripts read files under DIR (repeatable)', collect)
    .option('--allow-write <dir>', 'let scripts read and write files under DIR (repeatable)', collect)
    .option('--allow-overlay <dir>', 'read DIR; writes stay in memory, never on disk (repeatable)', collect)
    .option('--deny <glob>', 'hide and refuse matching files under the roots (repeatable)', collect)
    .option('--cwd <dir>', 'directory relative paths resolve against (default: the first root)')
    .option('--allow-url <origin>', 'let requests reach ORIGIN, e.g. https://api.example.com (repeatable)', collect)
    .option('--allow-exec <name=path>', 'let subprocess run NAME as the absolute PATH (repeatable)', collect)
    .option('--allow-env <name>', 'let os.environ show the host variable NAME (repeatable)', collect)
    .option('--modules <dir>', "let scripts import their own .py modules from DIR (like a script's directory in Python)")
    .option('--lib <name>', 'register a library without options, e.g. yaml or sys (repeatable)', collect)
    .option('--max-tier <tier>', `highest risk tier allowed: ${TIERS.join(', ')} (default: network)`);
}

/** `--config FILE` and `--no-config` (every command that runs or checks scripts has them). */
export function addConfigOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'read limits, policy and libraries from FILE (default: ./sandling.config.json if present)')
    .option('--no-config', 'ignore ./sandling.config.json');
}

export interface RunOptions {
  limits: LimitOptions;
  /** Absent when no library flag was given (plain runs skip the registry's start-up cost). */
  registry?: Registry;
  /** `--modules DIR`: where scripts' own modules are imported from. */
  moduleRoot?: string;
}

function limitValue(flag: string, v: string): number {
  const n = Number(v);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(v) || !(n > 0)) throw new UsageError(`${flag} needs a positive number`);
  return n;
}

/** Merges option objects: later ones (given after `run`) override earlier ones; lists add up. */
export function mergeOptions(...all: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const o of all) {
    for (const [k, v] of Object.entries(o)) {
      if (v === undefined) continue;
      out[k] = Array.isArray(v) && Array.isArray(out[k]) ? [...(out[k] as unknown[]), ...v] : v;
    }
  }
  return out;
}

/** Limits: the profile (flag, else config, else semi), then the config's limits, then limit flags. */
function limitsFrom(o: Record<string, unknown>, config: CliConfig): LimitOptions {
  const profile = (o.profile ?? config.profile ?? 'semi') as string;
  if (profile !== 'trusted' && profile !== 'semi' && profile !== 'untrusted') {
    throw new UsageError('--profile must be trusted, semi or untrusted');
  }
  const limits: LimitOptions = { ...limitsForProfile(profile as LimitProfile), ...config.limits };
  for (const [flag, key] of LIMIT_FLAGS) {
    // Commander's attribute name for the flag: --max-host-calls -> maxHostCalls.
    const name = flag.slice(2, flag.indexOf(' ')).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const v = o[name];
    if (typeof v === 'string') (limits as Record<string, number>)[key] = limitValue(flag.split(' ')[0], v);
  }
  return limits;
}

function programs(specs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq <= 0) throw new UsageError(`--allow-exec needs NAME=/absolute/path (got '${spec}')`);
    out[spec.slice(0, eq)] = spec.slice(eq + 1);
  }
  return out;
}

/** The libraries the flags ask for, as registrations `[name, options]`. */
function flagLibraries(o: Record<string, unknown>, argv: string[]): [string, unknown][] {
  const list = (k: string) => (o[k] as string[] | undefined) ?? [];
  const roots = [
    ...list('allowRead').map((p) => ({ path: resolve(p), mode: 'read' })),
    ...list('allowWrite').map((p) => ({ path: resolve(p), mode: 'write' })),
    ...list('allowOverlay').map((p) => ({ path: resolve(p), mode: 'overlay' })),
  ];
  const out: [string, unknown][] = [];
  if (roots.length > 0) {
    out.push(['filesystem', { roots, deny: list('deny'), ...(typeof o.cwd === 'string' ? { cwd: resolve(o.cwd) } : {}) }]);
  } else if (list('deny').length > 0 || o.cwd !== undefined) {
    throw new UsageError('--deny and --cwd need a root (--allow-read, --allow-write or --allow-overlay)');
  }
  if (list('allowUrl').length > 0) out.push(['requests', { allow: list('allowUrl') }]);
  if (list('allowExec').length > 0) out.push(['subprocess', { programs: programs(list('allowExec')) }]);
  if (list('allowEnv').length > 0) out.push(['env', { allow: list('allowEnv') }]);
  for (const name of list('lib')) out.push([name, name === 'sys' ? { argv } : {}]);
  return out;
}

/** A library to register, and whether the config file named it (for error messages). */
interface Requested {
  name: string;
  options: unknown;
  fromConfig: boolean;
}

/**
 * The config file's libraries, then the flags' (a library named by both gets
 * the config's options extended by the flags': lists add up, other values
 * are replaced). sys always gets the script's argv.
 */
function requestedLibraries(o: Record<string, unknown>, argv: string[], config: CliConfig): Requested[] {
  const out = new Map<string, Requested>();
  for (const [name, options] of Object.entries(config.libraries ?? {})) out.set(name, { name, options, fromConfig: true });
  for (const [name, options] of flagLibraries(o, argv)) {
    const prev = out.get(name);
    out.set(name, prev === undefined
      ? { name, options, fromConfig: false }
      : { name, options: mergeOptions(prev.options as Record<string, unknown>, options as Record<string, unknown>), fromConfig: true });
  }
  const sys = out.get('sys');
  if (sys !== undefined) sys.options = { ...(sys.options as object), argv };
  return [...out.values()];
}

/**
 * Limits and a registry from parsed flags and the config file; `argv` is the
 * script's sys.argv. Flags override the config's limits and maxTier, and add
 * libraries to its list.
 */
export function runOptionsFrom(o: Record<string, unknown>, argv: string[], loaded: LoadedConfig = { config: {}, file: null }): RunOptions {
  const config = loaded.config;
  const maxTier = (o.maxTier ?? config.policy?.maxTier ?? 'network') as string;
  if (!isTier(maxTier)) throw new UsageError(`--max-tier must be one of ${TIERS.join(', ')}`);
  const requested = requestedLibraries(o, argv, config);
  const limits = limitsFrom(o, config);
  const moduleRoot = typeof o.modules === 'string' ? resolve(o.modules) : undefined;
  if (requested.length === 0) return { limits, moduleRoot };
  // On the command line, raising --max-tier to a critical tier is the explicit opt-in for the critical libraries named.
  const allowCritical = [...(config.policy?.allowCritical ?? []), ...(isCritical(maxTier) ? requested.map((r) => r.name) : [])];
  const registry = new Registry({ policy: { maxTier: isCritical(maxTier) ? 'network' : maxTier, allowCritical } });
  for (const { name, options, fromConfig } of requested) {
    try {
      registry.use(name, options);
    } catch (e) {
      if (!(e instanceof RegistrationError)) throw e;
      let message = e.message;
      if (/critical risk tier/.test(message)) {
        const tier = manifest().get(name)?.tier ?? 'system';
        message = `${message.replace(/; add .*$/, '')}; on the command line, allow it with --max-tier ${tier}`;
      }
      throw new RegistrationError(fromConfig ? `${loaded.file ?? 'config'}: libraries.${name}: ${message}` : message, name);
    }
  }
  return { limits, registry, moduleRoot };
}
