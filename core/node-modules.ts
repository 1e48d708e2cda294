/**
 * Node's own modules that only some runs need, loaded on first use and kept:
 * importing them up front costs every `sandling run` start-up time (node:crypto
 * alone ~2 ms) although few scripts hash, draw secrets or reach the heap limit.
 */
let crypto: typeof import('node:crypto') | undefined;
let v8: typeof import('node:v8') | undefined;
let workerThreads: typeof import('node:worker_threads') | undefined;

export const nodeCrypto = (): typeof import('node:crypto') => (crypto ??= process.getBuiltinModule('node:crypto'));
export const nodeV8 = (): typeof import('node:v8') => (v8 ??= process.getBuiltinModule('node:v8'));
/** Also kept out of the CLI's start-up snapshot: workers fail to start from one that loaded it (node 20). */
export const nodeWorkerThreads = (): typeof import('node:worker_threads') =>
  (workerThreads ??= process.getBuiltinModule('node:worker_threads'));
