/**
 * Resource limits of an interpreter: what each one bounds, its validation,
 * and the three deployment presets documented in docs/security.md.
 * Every limit is optional; an absent limit is unlimited, except `maxDepth`
 * and `maxValueBytes`, which always have a default (they protect the host).
 */
import { HostUsageError } from './errors.js';

/**
 * Resource limits of a run (`InterpreterOptions.limits`, `SandboxOptions.limits`,
 * `evaluateConfig`). Numbers must be positive; an absent limit is unlimited,
 * except `maxDepth` and `maxValueBytes`. Reaching any limit ends the run with
 * `ResourceExhausted`, which scripts cannot catch. Presets: `Limits`.
 */
export interface LimitOptions {
  /** Instruction budget per run (evaluation steps: statements, calls, loop iterations, per-element work in builtins). */
  maxOps?: number;
  /** Wall-clock limit per run, in milliseconds. */
  timeoutMs?: number;
  /** Aborts the run when signalled. */
  signal?: AbortSignal;
  /** Maximum Python call depth, native re-entry included. Default 1000. */
  maxDepth?: number;
  /** Allocation account per run: estimated bytes of every value created or grown. */
  maxMemoryBytes?: number;
  /** Largest single value (str, bytes, list, int...) in estimated bytes, checked before allocating. Default 256 MiB. */
  maxValueBytes?: number;
  /** Bytes of `print` output per run. */
  maxOutputBytes?: number;
  /** Calls into host functions and extended libraries per run. */
  maxHostCalls?: number;
}

export const DEFAULT_MAX_DEPTH = 1000;
export const DEFAULT_MAX_VALUE_BYTES = 256 * 1024 * 1024;

const MiB = 1024 * 1024;

/** Deployment presets (see docs/security.md for the reasoning behind each value). */
export const Limits = {
  /** Your own scripts: only the limits that protect the host process. */
  trusted(): LimitOptions {
    return { maxDepth: 1000, maxValueBytes: 256 * MiB };
  },
  /** Scripts from known users (automation, config): generous but finite. */
  semiTrusted(): LimitOptions {
    return {
      maxOps: 2_000_000_000, timeoutMs: 60_000, maxDepth: 1000, maxMemoryBytes: 8192 * MiB,
      maxValueBytes: 64 * MiB, maxOutputBytes: 16 * MiB, maxHostCalls: 1_000_000,
    };
  },
  /** Scripts from anyone: tight enough that a hostile script costs little. */
  untrusted(): LimitOptions {
    return {
      maxOps: 500_000_000, timeoutMs: 10_000, maxDepth: 500, maxMemoryBytes: 2048 * MiB,
      maxValueBytes: 16 * MiB, maxOutputBytes: 1 * MiB, maxHostCalls: 10_000,
    };
  },
} as const;

/** Name of a `Limits` preset: `trusted`, `semi` (semiTrusted) or `untrusted`; the CLI's `--profile`. */
export type LimitProfile = 'trusted' | 'semi' | 'untrusted';

/** The preset for a profile name (as used by the CLI's `--profile`). */
export function limitsForProfile(profile: LimitProfile): LimitOptions {
  return profile === 'trusted' ? Limits.trusted() : profile === 'semi' ? Limits.semiTrusted() : Limits.untrusted();
}

const NUMERIC: (keyof LimitOptions)[] = [
  'maxOps', 'timeoutMs', 'maxDepth', 'maxMemoryBytes', 'maxValueBytes', 'maxOutputBytes', 'maxHostCalls',
];

/** Checks host-supplied limits; throws HostUsageError naming the bad field. */
export function validateLimits(l: unknown): LimitOptions {
  if (l === null || typeof l !== 'object' || Array.isArray(l)) throw new HostUsageError('limits must be an object');
  const o = l as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key !== 'signal' && !NUMERIC.includes(key as keyof LimitOptions)) {
      throw new HostUsageError(`unknown limit '${key}' (known: ${[...NUMERIC, 'signal'].join(', ')})`);
    }
  }
  for (const name of NUMERIC) {
    const v = o[name];
    if (v === undefined) continue;
    if (typeof v !== 'number' || Number.isNaN(v) || !(v > 0)) throw new HostUsageError(`limits.${name} must be a positive number`);
    if (name === 'maxDepth' && (!Number.isInteger(v) || v > 100_000)) {
      throw new HostUsageError('limits.maxDepth must be an integer of at most 100000');
    }
  }
  if (o.signal !== undefined && !(o.signal instanceof AbortSignal)) throw new HostUsageError('limits.signal must be an AbortSignal');
  return { ...(o as LimitOptions) };
}
