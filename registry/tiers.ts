/**
 * Risk tiers and the host policy that registration checks. A library's tier
 * says what it can reach: `pure` nothing outside the script, `read` host data,
 * `write` changes host data, `network` other machines, `process`/`system` the
 * host itself (critical: they always need an explicit opt-in by name).
 */
import { RegistrationError } from '../core/errors.js';

/** Every risk tier, from least to most reach; `process` and `system` are critical and rank equally. */
export const TIERS = ['pure', 'read', 'write', 'network', 'process', 'system'] as const;
/** A risk tier: `pure`, `read`, `write`, `network`, `process` or `system` (see `TIERS`). */
export type Tier = (typeof TIERS)[number];

const RANK: Record<Tier, number> = { pure: 0, read: 1, write: 2, network: 3, process: 4, system: 4 };

export function isTier(v: unknown): v is Tier {
  return typeof v === 'string' && (TIERS as readonly string[]).includes(v);
}

export function isCritical(t: Tier): boolean {
  return RANK[t] >= RANK.process;
}

/** True when tier `a` reaches no further than tier `b`. */
export function tierAtMost(a: Tier, b: Tier): boolean {
  return RANK[a] <= RANK[b];
}

/** What a host allows scripts to be given. */
export interface Policy {
  /** Highest non-critical tier a library may have. Default `network`. */
  maxTier?: Tier;
  /** Critical libraries (`process`/`system` tier) allowed by name, e.g. `['subprocess']`. */
  allowCritical?: string[];
}

export const DEFAULT_POLICY: Required<Policy> = { maxTier: 'network', allowCritical: [] };

/** Validates a host policy object, filling in defaults. */
export function normalizePolicy(p: Policy | undefined): Required<Policy> {
  if (p === undefined) return DEFAULT_POLICY;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) throw new RegistrationError('policy must be an object');
  for (const k of Object.keys(p)) {
    if (k !== 'maxTier' && k !== 'allowCritical') throw new RegistrationError(`policy has an unknown key '${k}'`);
  }
  const maxTier = p.maxTier ?? DEFAULT_POLICY.maxTier;
  if (!isTier(maxTier)) throw new RegistrationError(`policy.maxTier must be one of ${TIERS.join(', ')}`);
  const allowCritical = p.allowCritical ?? [];
  if (!Array.isArray(allowCritical) || allowCritical.some((n) => typeof n !== 'string')) {
    throw new RegistrationError('policy.allowCritical must be an array of library names');
  }
  return { maxTier, allowCritical: [...allowCritical] };
}

function describePolicy(p: Required<Policy>): string {
  const crit = p.allowCritical.length === 0 ? 'none' : p.allowCritical.join(', ');
  return `maxTier '${p.maxTier}', allowCritical: ${crit}`;
}

/** Throws a RegistrationError naming the library, its tier and the policy when the policy refuses it. */
export function checkPolicy(library: string, tier: Tier, policy: Required<Policy>): void {
  if (isCritical(tier)) {
    if (policy.allowCritical.includes(library)) return;
    throw new RegistrationError(
      `library '${library}' has the critical risk tier '${tier}' and the policy (${describePolicy(policy)}) ` +
        `does not allow it; add '${library}' to policy.allowCritical to enable it`,
      library,
    );
  }
  if (!tierAtMost(tier, policy.maxTier)) {
    throw new RegistrationError(
      `library '${library}' has risk tier '${tier}', above the policy (${describePolicy(policy)})`,
      library,
    );
  }
}
