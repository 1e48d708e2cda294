/**
 * Node's own modules that only some runs need, loaded on first use and kept:
 * importing them up front costs every `sandling run` start-up time (node:crypto
 * alone ~2 ms) although few scripts hash, draw secrets or reach the heap limit.
 */
let crypto: typeof import('node:crypto') | undefined;
let v8: typeof import('node:v8') | undefined;

export const nodeCrypto = (): typeof import('node:crypto') => (crypto ??= process.getBuiltinModule('node:crypto'));
export const nodeV8 = (): typeof import('node:v8') => (v8 ??= process.getBuiltinModule('node:v8'));
