/**
 * `secrets`: cryptographically strong random tokens and choices (from
 * node:crypto). Never reproducible, also in deterministic mode: use `random`
 * with a seed for reproducible values.
 */
import { nodeCrypto } from '../core/node-modules.js';
import { defineLibrary } from '../registry/definition.js';
import { nativeFunction } from '../core/native.js';
import type { Value } from '../core/runtime/object.js';
import { None } from '../core/runtime/types.js';
import { PyBytes } from '../core/runtime/values.js';
import { indexError, valueError } from '../core/runtime/exceptions.js';
import { len } from '../core/runtime/ops.js';
import { compareDigestFunction } from '../stdlib/hashlib.js';
import { getItem, requireIndex } from '../core/runtime/subscript.js';
import { normBig, type Int } from '../core/runtime/int.js';
import type { Runtime } from '../core/runtime/runtime.js';

const DEFAULT_ENTROPY = 32;

function byteCount(rt: Runtime, n: Value): number {
  if (n === undefined || n === None) return DEFAULT_ENTROPY;
  const k = requireIndex(rt, n);
  if (k < 0) throw valueError('negative argument not allowed');
  rt.checkValueSize(Number(k), 'random token');
  return Number(k);
}

function tokenBytes(rt: Runtime, n: Value): Uint8Array {
  const k = byteCount(rt, n);
  rt.allocate(k);
  return new Uint8Array(nodeCrypto().randomBytes(k));
}

/** A uniformly random int in [0, n) for any size of n. */
function randomBelow(n: bigint): Int {
  if (n <= 0xffffffffffffn) return nodeCrypto().randomInt(Number(n));
  const bits = n.toString(2).length;
  const bytes = Math.ceil(bits / 8);
  for (;;) {
    const r = BigInt(`0x${nodeCrypto().randomBytes(bytes).toString('hex')}`) >> BigInt(bytes * 8 - bits);
    if (r < n) return normBig(r);
  }
}

function randBits(rt: Runtime, k: Value): Int {
  const bits = requireIndex(rt, k);
  if (bits < 0) throw valueError('number of bits must be non-negative');
  rt.checkValueSize(Number(bits) / 8, 'random integer');
  if (bits === 0) return 0;
  return randomBelow(1n << BigInt(bits));
}

function buildSecrets(): Record<string, Value> {
  const fn = (name: string, params: string[], impl: (rt: Runtime, a: Value[]) => Value, doc: string) =>
    nativeFunction('secrets', name, params, impl, doc);
  return {
    token_bytes: fn('token_bytes', ['nbytes?'], (rt, [n]) => new PyBytes(tokenBytes(rt, n)), 'nbytes random bytes (default 32).'),
    token_hex: fn('token_hex', ['nbytes?'], (rt, [n]) => Buffer.from(tokenBytes(rt, n)).toString('hex'), 'A random text string in hexadecimal, 2 characters per byte.'),
    token_urlsafe: fn('token_urlsafe', ['nbytes?'], (rt, [n]) => Buffer.from(tokenBytes(rt, n)).toString('base64url'), 'A random URL-safe text string (base64 without padding).'),
    randbelow: fn('randbelow', ['exclusive_upper_bound', '/'], (rt, [n]) => {
      const bound = requireIndex(rt, n);
      if (bound <= 0) throw valueError('Upper bound must be positive.');
      return randomBelow(BigInt(bound));
    }, 'A random int in the range [0, exclusive_upper_bound).'),
    randbits: fn('randbits', ['k', '/'], (rt, [k]) => randBits(rt, k), 'An int with k random bits.'),
    choice: fn('choice', ['seq', '/'], (rt, [seq]) => {
      const n = len(rt, seq);
      if (n === 0) throw indexError('Cannot choose from an empty sequence');
      return getItem(rt, seq, nodeCrypto().randomInt(n));
    }, 'A random element of a non-empty sequence.'),
    // CPython's secrets.compare_digest is hmac.compare_digest, i.e. _hashlib's.
    compare_digest: compareDigestFunction,
    DEFAULT_ENTROPY,
  };
}

export const secretsLibrary = defineLibrary<Record<string, never>>({
  name: 'secrets',
  version: '1.0.0',
  summary: 'Cryptographically strong random tokens and choices.',
  tier: 'pure',
  capabilities: [],
  modules: ['secrets'],
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  docs: [{
    name: 'secrets',
    summary: 'Cryptographically strong random numbers for tokens and passwords.',
    members: [
      { name: 'token_bytes', kind: 'function', signature: '(nbytes=None)', doc: 'nbytes random bytes (default 32).' },
      { name: 'token_hex', kind: 'function', signature: '(nbytes=None)', doc: 'A random text string in hexadecimal, 2 characters per byte.' },
      { name: 'token_urlsafe', kind: 'function', signature: '(nbytes=None)', doc: 'A random URL-safe text string (base64 without padding).' },
      { name: 'randbelow', kind: 'function', signature: '(exclusive_upper_bound, /)', doc: 'A random int in the range [0, exclusive_upper_bound).' },
      { name: 'randbits', kind: 'function', signature: '(k, /)', doc: 'An int with k random bits.' },
      { name: 'choice', kind: 'function', signature: '(seq, /)', doc: 'A random element of a non-empty sequence.' },
      { name: 'compare_digest', kind: 'function', signature: '(a, b, /)', doc: 'a == b in time that does not depend on where they differ.' },
    ],
  }],
  create: () => ({ modules: [{ name: 'secrets', summary: 'Cryptographically strong random numbers.', build: buildSecrets }] }),
});
