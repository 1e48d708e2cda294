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
import { TIERS, isCritical, isTier, type Tier } from '../registry/tiers.js';
import { UsageError } from './output.js';

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
    .option('--lib <name>', 'register a library without options, e.g. yaml or sys (repeatable)', collect)
    .option('--max-tier <tier>', `highest risk tier allowed: ${TIERS.join(', ')} (default: network)`);
}

export interface RunOptions {
  limits: LimitOptions;
  /** Absent when no library flag was given (plain runs skip the registry's start-up cost). */
  registry?: Registry;
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

function limitsFrom(o: Record<string, unknown>): LimitOptions {
  const profile = (o.profile ?? 'semi') as string;
  if (profile !== 'trusted' && profile !== 'semi' && profile !== 'untrusted') {
    throw new UsageError('--profile must be trusted, semi or untrusted');
  }
  const limits: LimitOptions = { ...limitsForProfile(profile as LimitProfile) };
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
function requestedLibraries(o: Record<string, unknown>, argv: string[]): [string, unknown][] {
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

/** Limits and a registry from parsed flags; `argv` is the script's sys.argv. */
export function runOptionsFrom(o: Record<string, unknown>, argv: string[]): RunOptions {
  const maxTier = (o.maxTier ?? 'network') as string;
  if (!isTier(maxTier)) throw new UsageError(`--max-tier must be one of ${TIERS.join(', ')}`);
  const requested = requestedLibraries(o, argv);
  if (requested.length === 0) return { limits: limitsFrom(o) };
  // On the command line, raising --max-tier to a critical tier is the explicit opt-in for the critical libraries named.
  const allowCritical = isCritical(maxTier as Tier) ? requested.map(([name]) => name) : [];
  const registry = new Registry({ policy: { maxTier: isCritical(maxTier as Tier) ? 'network' : (maxTier as Tier), allowCritical } });
  for (const [name, options] of requested) {
    try {
      registry.use(name, options);
    } catch (e) {
      if (e instanceof RegistrationError && /critical risk tier/.test(e.message)) {
        throw new RegistrationError(`${e.message.replace(/; add .*$/, '')}; on the command line, allow it with --max-tier ${manifest().get(name)?.tier ?? 'system'}`, name);
      }
      throw e;
    }
  }
  return { limits: limitsFrom(o), registry };
}
