/**
 * The `hashlib` module, with `_hashlib` and `_blake2` (the homes CPython gives
 * its hash types, so reprs and error messages read the same).
 *
 * md5, sha1, the SHA-2 and SHA-3 families, shake_128/shake_256 and the extra
 * OpenSSL algorithms node:crypto offers come from node:crypto (pure
 * computation); BLAKE2b/BLAKE2s are implemented here, with every parameter
 * CPython's `_blake2` accepts (digest_size, key, salt, person and the tree
 * fields), because node:crypto has only their unkeyed full-size forms.
 *
 * Not provided: `hashlib.scrypt`, and subclassing the hash types (CPython
 * refuses that too). `pbkdf2_hmac` is computed iteration by iteration so the
 * instruction budget and the deadline stay in force.
 */
import type { Hash } from 'node:crypto';
import { nodeCrypto } from '../core/node-modules.js';
import type { ModuleDef } from '../core/modules.js';
import { argSpec, parseArgs, type ArgSpec } from '../core/runtime/args.js';
import { PyBuiltin, defineGetSets, defineMethods, expectArgs, type NativeFn } from '../core/runtime/function.js';
import { PyBoxed, PyClass, PyObject, type Value } from '../core/runtime/object.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { PyByteArray, PyBytes, tuple } from '../core/runtime/values.js';
import { PySet } from '../core/runtime/dict.js';
import { None, ObjectType, TypeType, builtinType } from '../core/runtime/types.js';
import {
  AttributeErrorType, SystemErrorType, ValueErrorType, isInstanceOfExc, makeException, overflowError, typeError, valueError,
} from '../core/runtime/exceptions.js';
import { addressOf, repr, truthy, typeName } from '../core/runtime/ops.js';
import { requireIndex } from '../core/runtime/subscript.js';
import { getAttr } from '../core/runtime/attrs.js';
import { callValue } from '../core/runtime/call.js';
import { bytesLike } from '../core/runtime/methods/bytes.js';

// ------------------------------------------------------------------ BLAKE2

/** BLAKE2 parameters, already validated by the caller. */
export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  /** Up to 2^64 - 1 (BLAKE2b) or 2^48 - 1 (BLAKE2s). */
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

/** Message word order of each round (rounds 10 and 11 of BLAKE2b reuse rows 0 and 1). */
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/** The SHA-512 initial hash values as (low, high) halves. */
const IV64 = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);

/** The SHA-256 initial hash values. */
const IV32 = new Uint32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

function readWordsLE(block: Uint8Array, out: Uint32Array): void {
  for (let i = 0; i < out.length; i++) {
    const j = i * 4;
    out[i] = (block[j] | (block[j + 1] << 8) | (block[j + 2] << 16) | (block[j + 3] << 24)) >>> 0;
  }
}

/** The parameter block as little-endian words (XORed into the IV). */
function parameterWords(p: Blake2Params, size: number, offsetBytes: number): Uint32Array {
  const block = new Uint8Array(size);
  block[0] = p.digestSize;
  block[1] = p.key.length;
  block[2] = p.fanout;
  block[3] = p.depth;
  new DataView(block.buffer).setUint32(4, p.leafSize >>> 0, true);
  let offset = p.nodeOffset;
  for (let i = 0; i < offsetBytes; i++, offset >>= 8n) block[8 + i] = Number(offset & 0xffn);
  block[8 + offsetBytes] = p.nodeDepth;
  block[9 + offsetBytes] = p.innerSize;
  const saltAt = size / 2;
  block.set(p.salt, saltAt);
  block.set(p.person, saltAt + size / 4);
  const words = new Uint32Array(size / 4);
  readWordsLE(block, words);
  return words;
}

/** What both variants share: buffering, keying, counting and finalizing. */
abstract class Blake2Base {
  protected readonly buffer: Uint8Array;
  protected buffered = 0;
  /** Bytes compressed so far. */
  protected counter = 0;

  constructor(protected readonly blockSize: number, readonly digestSize: number, protected readonly lastNode: boolean) {
    this.buffer = new Uint8Array(blockSize);
  }

  protected abstract compress(block: Uint8Array, last: boolean): void;
  protected abstract outputBytes(): Uint8Array;
  protected abstract clone(): Blake2Base;

  /** A key is hashed as a first block of its own, zero padded. */
  protected absorbKey(key: Uint8Array): void {
    if (key.length === 0) return;
    const block = new Uint8Array(this.blockSize);
    block.set(key);
    this.update(block);
  }

  update(data: Uint8Array): void {
    let pos = 0;
    while (pos < data.length) {
      // The final block must stay buffered, so a full buffer is compressed only when more data follows.
      if (this.buffered === this.blockSize) {
        this.counter += this.blockSize;
        this.compress(this.buffer, false);
        this.buffered = 0;
      }
      const take = Math.min(this.blockSize - this.buffered, data.length - pos);
      this.buffer.set(data.subarray(pos, pos + take), this.buffered);
      this.buffered += take;
      pos += take;
    }
  }

  /** The digest of everything so far; the state is left unchanged. */
  digest(): Uint8Array {
    const done = this.clone();
    done.buffer.fill(0, done.buffered);
    done.counter += done.buffered;
    done.compress(done.buffer, true);
    return done.outputBytes().slice(0, this.digestSize);
  }

  protected copyInto(other: Blake2Base): void {
    other.buffer.set(this.buffer);
    other.buffered = this.buffered;
    other.counter = this.counter;
  }
}

/** BLAKE2b: 64-bit words, 128-byte blocks, digests up to 64 bytes. */
export class Blake2b extends Blake2Base {
  /** Chain value: 8 words as (low, high) pairs. */
  private readonly h = new Uint32Array(16);
  private readonly v = new Uint32Array(32);
  private readonly m = new Uint32Array(32);

  constructor(p: Blake2Params | null, digestSize = 64, lastNode = false) {
    super(128, p === null ? digestSize : p.digestSize, p === null ? lastNode : p.lastNode);
    if (p === null) return;
    const param = parameterWords(p, 64, 8);
    for (let i = 0; i < 16; i++) this.h[i] = IV64[i] ^ param[i];
    this.absorbKey(p.key);
  }

  protected clone(): Blake2b {
    const c = new Blake2b(null, this.digestSize, this.lastNode);
    c.h.set(this.h);
    this.copyInto(c);
    return c;
  }

  copy(): Blake2b {
    return this.clone();
  }

  /** v[a] += v[b] + (x_lo, x_hi), all 64-bit. */
  private add3(a: number, b: number, xlo: number, xhi: number): void {
    const v = this.v;
    let lo = v[a] + v[b];
    let hi = v[a + 1] + v[b + 1] + (lo >= 0x100000000 ? 1 : 0);
    const lo2 = (lo >>> 0) + xlo;
    hi += xhi + (lo2 >= 0x100000000 ? 1 : 0);
    lo = lo2;
    v[a] = lo;
    v[a + 1] = hi;
  }

  /** v[d] = (v[d] ^ v[a]) rotated right by `n` bits (0 < n < 64). */
  private xorRotate(d: number, a: number, n: number): void {
    const v = this.v;
    let lo = v[d] ^ v[a];
    let hi = v[d + 1] ^ v[a + 1];
    if (n >= 32) {
      const t = lo;
      lo = hi;
      hi = t;
      n -= 32;
    }
    if (n > 0) {
      const nlo = (lo >>> n) | (hi << (32 - n));
      const nhi = (hi >>> n) | (lo << (32 - n));
      lo = nlo;
      hi = nhi;
    }
    v[d] = lo;
    v[d + 1] = hi;
  }

  /** The G mixing function on words a, b, c, d (indexes of the low halves) with message words x, y. */
  private mix(a: number, b: number, c: number, d: number, x: number, y: number): void {
    const m = this.m;
    this.add3(a, b, m[x], m[x + 1]);
    this.xorRotate(d, a, 32);
    this.add3(c, d, 0, 0);
    this.xorRotate(b, c, 24);
    this.add3(a, b, m[y], m[y + 1]);
    this.xorRotate(d, a, 16);
    this.add3(c, d, 0, 0);
    this.xorRotate(b, c, 63);
  }

  protected compress(block: Uint8Array, last: boolean): void {
    const v = this.v;
    readWordsLE(block, this.m);
    v.set(this.h, 0);
    v.set(IV64, 16);
    v[24] ^= this.counter >>> 0;
    v[25] ^= Math.floor(this.counter / 0x100000000) >>> 0;
    if (last) {
      v[28] = ~v[28];
      v[29] = ~v[29];
      if (this.lastNode) {
        v[30] = ~v[30];
        v[31] = ~v[31];
      }
    }
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10];
      this.mix(0, 8, 16, 24, s[0] * 2, s[1] * 2);
      this.mix(2, 10, 18, 26, s[2] * 2, s[3] * 2);
      this.mix(4, 12, 20, 28, s[4] * 2, s[5] * 2);
      this.mix(6, 14, 22, 30, s[6] * 2, s[7] * 2);
      this.mix(0, 10, 20, 30, s[8] * 2, s[9] * 2);
      this.mix(2, 12, 22, 24, s[10] * 2, s[11] * 2);
      this.mix(4, 14, 16, 26, s[12] * 2, s[13] * 2);
      this.mix(6, 8, 18, 28, s[14] * 2, s[15] * 2);
    }
    for (let i = 0; i < 16; i++) this.h[i] ^= v[i] ^ v[i + 16];
  }

  protected outputBytes(): Uint8Array {
    const out = new Uint8Array(64);
    const view = new DataView(out.buffer);
    for (let i = 0; i < 16; i++) view.setUint32(i * 4, this.h[i], true);
    return out;
  }
}

/** BLAKE2s: 32-bit words, 64-byte blocks, digests up to 32 bytes. */
export class Blake2s extends Blake2Base {
  private readonly h = new Uint32Array(8);
  private readonly v = new Uint32Array(16);
  private readonly m = new Uint32Array(16);

  constructor(p: Blake2Params | null, digestSize = 32, lastNode = false) {
    super(64, p === null ? digestSize : p.digestSize, p === null ? lastNode : p.lastNode);
    if (p === null) return;
    const param = parameterWords(p, 32, 6);
    for (let i = 0; i < 8; i++) this.h[i] = IV32[i] ^ param[i];
    this.absorbKey(p.key);
  }

  protected clone(): Blake2s {
    const c = new Blake2s(null, this.digestSize, this.lastNode);
    c.h.set(this.h);
    this.copyInto(c);
    return c;
  }

  copy(): Blake2s {
    return this.clone();
  }

  private mix(a: number, b: number, c: number, d: number, x: number, y: number): void {
    const v = this.v;
    const m = this.m;
    v[a] = v[a] + v[b] + m[x];
    let t = v[d] ^ v[a];
    v[d] = (t >>> 16) | (t << 16);
    v[c] = v[c] + v[d];
    t = v[b] ^ v[c];
    v[b] = (t >>> 12) | (t << 20);
    v[a] = v[a] + v[b] + m[y];
    t = v[d] ^ v[a];
    v[d] = (t >>> 8) | (t << 24);
    v[c] = v[c] + v[d];
    t = v[b] ^ v[c];
    v[b] = (t >>> 7) | (t << 25);
  }

  protected compress(block: Uint8Array, last: boolean): void {
    const v = this.v;
    readWordsLE(block, this.m);
    v.set(this.h, 0);
    v.set(IV32, 8);
    v[12] ^= this.counter >>> 0;
    v[13] ^= Math.floor(this.counter / 0x100000000) >>> 0;
    if (last) {
      v[14] = ~v[14];
      if (this.lastNode) v[15] = ~v[15];
    }
    for (let r = 0; r < 10; r++) {
      const s = SIGMA[r];
      this.mix(0, 4, 8, 12, s[0], s[1]);
      this.mix(1, 5, 9, 13, s[2], s[3]);
      this.mix(2, 6, 10, 14, s[4], s[5]);
      this.mix(3, 7, 11, 15, s[6], s[7]);
      this.mix(0, 5, 10, 15, s[8], s[9]);
      this.mix(1, 6, 11, 12, s[10], s[11]);
      this.mix(2, 7, 8, 13, s[12], s[13]);
      this.mix(3, 4, 9, 14, s[14], s[15]);
    }
    for (let i = 0; i < 8; i++) this.h[i] ^= v[i] ^ v[i + 8];
  }

  protected outputBytes(): Uint8Array {
    const out = new Uint8Array(32);
    const view = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) view.setUint32(i * 4, this.h[i], true);
    return out;
  }
}

// ------------------------------------------------------------------ hashers

/** A running hash computation. */
export interface Hasher {
  update(data: Uint8Array): void;
  /** The digest of everything so far, leaving the state usable; `length` is for XOFs (shake). */
  digest(length?: number): Uint8Array;
  copy(): Hasher;
}

/** A node:crypto hash. node finalizes a Hash on digest(), so digests are taken from copies. */
class NodeHasher implements Hasher {
  constructor(private readonly h: Hash, private readonly xof: boolean) {}
  update(data: Uint8Array): void {
    this.h.update(data);
  }
  digest(length?: number): Uint8Array {
    const done = this.xof ? this.h.copy({ outputLength: length ?? 0 }) : this.h.copy();
    return new Uint8Array(done.digest());
  }
  copy(): Hasher {
    return new NodeHasher(this.h.copy(), this.xof);
  }
}

/** A hash algorithm under its Python name. */
export interface Algorithm {
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  /** Extendable output (shake): digest() takes a length. */
  readonly xof: boolean;
  create(): Hasher;
}

function nodeAlgorithm(name: string, nodeName: string, digestSize: number, blockSize: number, xof = false): Algorithm {
  return { name, digestSize, blockSize, xof, create: () => new NodeHasher(nodeCrypto().createHash(nodeName), xof) };
}

/** BLAKE2 under its OpenSSL names (blake2b512, blake2s256): unkeyed, full size, a plain HASH object. */
const UNKEYED_BLAKE2B: Algorithm = {
  name: 'blake2b', digestSize: 64, blockSize: 128, xof: false, create: () => new Blake2b(defaultBlake2Params(64)),
};
const UNKEYED_BLAKE2S: Algorithm = {
  name: 'blake2s', digestSize: 32, blockSize: 64, xof: false, create: () => new Blake2s(defaultBlake2Params(32)),
};

function defaultBlake2Params(digestSize: number): Blake2Params {
  const empty = new Uint8Array(0);
  return {
    digestSize, key: empty, salt: empty, person: empty, fanout: 1, depth: 1, leafSize: 0,
    nodeOffset: 0n, nodeDepth: 0, innerSize: 0, lastNode: false,
  };
}

/** The algorithms hashlib guarantees (with their own constructors). */
const GUARANTEED: Algorithm[] = [
  nodeAlgorithm('md5', 'md5', 16, 64),
  nodeAlgorithm('sha1', 'sha1', 20, 64),
  nodeAlgorithm('sha224', 'sha224', 28, 64),
  nodeAlgorithm('sha256', 'sha256', 32, 64),
  nodeAlgorithm('sha384', 'sha384', 48, 128),
  nodeAlgorithm('sha512', 'sha512', 64, 128),
  nodeAlgorithm('sha3_224', 'sha3-224', 28, 144),
  nodeAlgorithm('sha3_256', 'sha3-256', 32, 136),
  nodeAlgorithm('sha3_384', 'sha3-384', 48, 104),
  nodeAlgorithm('sha3_512', 'sha3-512', 64, 72),
  nodeAlgorithm('shake_128', 'shake128', 0, 168, true),
  nodeAlgorithm('shake_256', 'shake256', 0, 136, true),
];

/** Further OpenSSL algorithms that `new()` accepts when node:crypto has them: [name, node name, digest size, block size]. */
let extras: Algorithm[] | undefined;
function extraAlgorithms(): Algorithm[] {
  if (extras !== undefined) return extras;
  const nodeHashes = new Set(nodeCrypto().getHashes());
  return extras = ([
  ['md5-sha1', 'md5-sha1', 36, 64],
  ['ripemd160', 'ripemd160', 20, 64],
  ['sha512_224', 'sha512-224', 28, 128],
  ['sha512_256', 'sha512-256', 32, 128],
  ['sm3', 'sm3', 32, 64],
] as const).filter(([, nodeName]) => nodeHashes.has(nodeName)).map(([name, nodeName, size, block]) => nodeAlgorithm(name, nodeName, size, block));
}

let byName: Map<string, Algorithm> | undefined;
const algorithmsByName = () => byName ??= new Map<string, Algorithm>([...GUARANTEED, ...extraAlgorithms()].map((a) => [a.name, a]));

/** OpenSSL's names, matched case-insensitively as OpenSSL does (`SHA256`, `sha-256`, `sha3-256`). */
const OPENSSL_ALIASES = new Map<string, string>([
  ['md5', 'md5'], ['ssl3-md5', 'md5'], ['sha1', 'sha1'], ['sha-1', 'sha1'], ['ssl3-sha1', 'sha1'],
  ['sha224', 'sha224'], ['sha-224', 'sha224'], ['sha2-224', 'sha224'], ['sha256', 'sha256'], ['sha-256', 'sha256'],
  ['sha2-256', 'sha256'], ['sha384', 'sha384'], ['sha-384', 'sha384'], ['sha2-384', 'sha384'], ['sha512', 'sha512'],
  ['sha-512', 'sha512'], ['sha2-512', 'sha512'], ['sha3-224', 'sha3_224'], ['sha3-256', 'sha3_256'],
  ['sha3-384', 'sha3_384'], ['sha3-512', 'sha3_512'], ['shake128', 'shake_128'], ['shake256', 'shake_256'],
  ['md5-sha1', 'md5-sha1'], ['ripemd', 'ripemd160'], ['rmd160', 'ripemd160'], ['ripemd160', 'ripemd160'],
  ['ripemd-160', 'ripemd160'], ['sha512-224', 'sha512_224'], ['sha512_224', 'sha512_224'], ['sha-512/224', 'sha512_224'],
  ['sha2-512/224', 'sha512_224'], ['sha512-256', 'sha512_256'], ['sha512_256', 'sha512_256'], ['sha-512/256', 'sha512_256'],
  ['sha2-512/256', 'sha512_256'], ['sm3', 'sm3'],
]);

/** The algorithm `new(name)` means, or undefined. Python names are exact; OpenSSL names ignore case. */
export function findAlgorithm(name: string): Algorithm | undefined {
  const exact = algorithmsByName().get(name);
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  if (lower === 'blake2b512') return UNKEYED_BLAKE2B;
  if (lower === 'blake2s256') return UNKEYED_BLAKE2S;
  const alias = OPENSSL_ALIASES.get(lower);
  return alias === undefined ? undefined : algorithmsByName().get(alias);
}

// ------------------------------------------------------------------ hash objects

export const HashType = builtinType('HASH', ObjectType, { module: '_hashlib', subclassable: false });
HashType.tpName = '_hashlib.HASH';
export const HashXofType = builtinType('HASHXOF', HashType, { module: '_hashlib', subclassable: false });
HashXofType.tpName = '_hashlib.HASHXOF';
export const Blake2bType = builtinType('blake2b', ObjectType, { module: '_blake2', subclassable: false });
Blake2bType.tpName = '_blake2.blake2b';
export const Blake2sType = builtinType('blake2s', ObjectType, { module: '_blake2', subclassable: false });
Blake2sType.tpName = '_blake2.blake2s';

/** A hash object: `_hashlib.HASH`, `_hashlib.HASHXOF`, `_blake2.blake2b` or `_blake2.blake2s`. */
export class PyHash extends PyObject {
  constructor(
    cls: PyClass,
    readonly name: string,
    readonly digestSize: number,
    readonly blockSize: number,
    readonly hasher: Hasher,
  ) {
    super();
    this.cls = cls;
  }
}

/** Bytes hashed between two budget checks. */
const CHUNK = 1 << 16;

/** Feeds `data` to a hasher, charging the budget chunk by chunk. */
export function hashBytes(rt: Runtime, hasher: Hasher, data: Uint8Array): void {
  let pos = 0;
  do {
    const part = data.subarray(pos, pos + CHUNK);
    rt.charge(1 + (part.length >>> 6));
    hasher.update(part);
    pos += CHUNK;
  } while (pos < data.length);
}

/** The bytes of data given to a hash (CPython's messages for str and non-buffer objects). */
export function dataToHash(v: Value): Uint8Array {
  if (typeof v === 'string' || (v instanceof PyBoxed && typeof v.value === 'string')) {
    throw typeError('Strings must be encoded before hashing');
  }
  const b = bytesLike(v);
  if (b === undefined) throw typeError('object supporting the buffer API required');
  return b;
}

/** A new hash object of `algo`, fed `data` when given. */
export function newHash(rt: Runtime, algo: Algorithm, data: Uint8Array | null): PyHash {
  const h = new PyHash(algo.xof ? HashXofType : HashType, algo.name, algo.digestSize, algo.blockSize, algo.create());
  if (data !== null) hashBytes(rt, h.hasher, data);
  return h;
}

function hashSelf(v: Value): PyHash {
  return v as PyHash;
}

function hex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex');
}

/** The length argument of a shake digest. */
function xofLength(rt: Runtime, v: Value): number {
  const n = requireIndex(rt, v);
  if (typeof n === 'bigint' || n > Number.MAX_SAFE_INTEGER) throw overflowError('Python int too large to convert to C ssize_t');
  if (n < 0) throw makeException(SystemErrorType, 'Negative size passed to PyBytes_FromStringAndSize');
  rt.checkValueSize(n, 'digest');
  rt.allocate(n);
  rt.charge(n >>> 6);
  return n;
}

type DocumentedMethods = Record<string, [NativeFn, string]>;

/** Adds native methods with their docstrings (shown by help()) to a type. */
function defineDocumented(type: PyClass, methods: DocumentedMethods): void {
  for (const [name, [fn, doc]] of Object.entries(methods)) type.dict.set(name, new PyBuiltin(name, fn, type, doc));
}

/** update / digest / hexdigest / copy, with the type's name in messages (`HASH.update()`). */
function commonMethods(label: string): DocumentedMethods {
  return {
    update: [(rt, args, kwnames) => {
      expectArgs(`${label}.update`, args, kwnames, 1);
      const self = hashSelf(args[0]);
      hashBytes(rt, self.hasher, dataToHash(args[1]));
      return None;
    }, 'Add the bytes of obj to the data being hashed.'],
    digest: [(_rt, args, kwnames) => {
      expectArgs(`${label}.digest`, args, kwnames, 0);
      return new PyBytes(hashSelf(args[0]).hasher.digest());
    }, 'Return the digest of the data hashed so far, as bytes.'],
    hexdigest: [(_rt, args, kwnames) => {
      expectArgs(`${label}.hexdigest`, args, kwnames, 0);
      return hex(hashSelf(args[0]).hasher.digest());
    }, 'Return the digest of the data hashed so far, as a str of hexadecimal digits.'],
    copy: [(_rt, args, kwnames) => {
      expectArgs(`${label}.copy`, args, kwnames, 0);
      const self = hashSelf(args[0]);
      return new PyHash(self.cls, self.name, self.digestSize, self.blockSize, self.hasher.copy());
    }, 'Return an independent copy of this hash object.'],
  };
}

/** The `length` argument of a shake digest, with Argument Clinic's messages. */
function lengthArg(fname: string, args: Value[], kwnames: string[] | null): Value {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos + nkw > 1) throw typeError(`${fname}() takes at most 1 argument (${npos + nkw} given)`);
  if (nkw === 1 && kwnames![0] !== 'length') throw typeError(`'${kwnames![0]}' is an invalid keyword argument for ${fname}()`);
  if (npos + nkw === 0) throw typeError(`${fname}() missing required argument 'length' (pos 1)`);
  return args[1];
}

defineDocumented(HashType, commonMethods('HASH'));
defineMethods(HashType, {
  __repr__(rt, args) {
    const self = hashSelf(args[0]);
    return `<${self.name} ${self.cls.tpName} object @ ${addressOf(rt, self)}>`;
  },
});
defineDocumented(HashXofType, {
  digest: [(rt, args, kwnames) => {
    const length = lengthArg('digest', args, kwnames);
    return new PyBytes(hashSelf(args[0]).hasher.digest(xofLength(rt, length)));
  }, 'Return the first length bytes of the extendable output, as bytes.'],
  hexdigest: [(rt, args, kwnames) => {
    const length = lengthArg('hexdigest', args, kwnames);
    return hex(hashSelf(args[0]).hasher.digest(xofLength(rt, length)));
  }, 'Return the first length bytes of the extendable output, as hexadecimal digits.'],
});
for (const t of [Blake2bType, Blake2sType]) {
  defineDocumented(t, commonMethods(t.name));
  defineMethods(t, { __repr__: (rt, args) => `<${t.tpName} object at ${addressOf(rt, args[0])}>` });
}
for (const t of [HashType, Blake2bType, Blake2sType]) {
  defineGetSets(t, {
    name: (_rt, self) => hashSelf(self).name,
    digest_size: (_rt, self) => hashSelf(self).digestSize,
    block_size: (_rt, self) => hashSelf(self).blockSize,
  });
}
HashType.dict.set('__doc__', 'A hash object: feed it bytes with update(), read the result with digest() or hexdigest().');
HashXofType.dict.set('__doc__', 'An extendable-output hash object (shake): digest(length) and hexdigest(length) give any number of bytes.');
HashType.construct = () => {
  throw typeError("cannot create '_hashlib.HASH' instances");
};
HashXofType.construct = () => {
  throw typeError("cannot create '_hashlib.HASHXOF' instances");
};

// ------------------------------------------------------------------ blake2 constructors

interface Blake2Limits {
  readonly name: 'blake2b' | 'blake2s';
  readonly maxDigest: number;
  readonly maxKey: number;
  readonly saltSize: number;
  readonly nodeOffsetBits: number;
}

const BLAKE2B_LIMITS: Blake2Limits = { name: 'blake2b', maxDigest: 64, maxKey: 64, saltSize: 16, nodeOffsetBits: 64 };
const BLAKE2S_LIMITS: Blake2Limits = { name: 'blake2s', maxDigest: 32, maxKey: 32, saltSize: 8, nodeOffsetBits: 48 };

/** A C `int` argument. */
function cInt(rt: Runtime, v: Value): number {
  const n = requireIndex(rt, v);
  if (typeof n === 'bigint' || n > 0x7fffffff) throw overflowError('Python int too large to convert to C int');
  if (n < -0x80000000) throw overflowError('Python int too small to convert to C int');
  return n;
}

/** A C unsigned integer argument of `bits` bits (leaf_size, node_offset). */
function cUnsigned(v: Value, bits: 32 | 64): bigint {
  const n = v instanceof PyBoxed ? v.value : v;
  if (typeof n !== 'number' && typeof n !== 'bigint' && typeof n !== 'boolean') throw typeError('an integer is required');
  const b = BigInt(n);
  if (b < 0n) throw valueError('value must be positive');
  if (b >= 1n << 64n) throw overflowError(bits === 32 ? 'Python int too large to convert to C unsigned long' : 'int too big to convert');
  return b;
}

function bufferArg(v: Value): Uint8Array {
  const b = bytesLike(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

function blake2Spec(name: string): ArgSpec {
  return argSpec(name, ['data?', '/', '*', 'digest_size?', 'key?', 'salt?', 'person?', 'fanout?', 'depth?', 'leaf_size?',
    'node_offset?', 'node_depth?', 'inner_size?', 'last_node?', 'usedforsecurity?']);
}

/** Converts and checks blake2 keyword arguments in CPython's order (conversions first, then range checks). */
function blake2Params(rt: Runtime, lim: Blake2Limits, a: Value[]): Blake2Params {
  const given = (v: Value) => v !== undefined;
  const empty = new Uint8Array(0);
  const digestSize = given(a[1]) ? cInt(rt, a[1]) : lim.maxDigest;
  const key = given(a[2]) ? bufferArg(a[2]) : empty;
  const salt = given(a[3]) ? bufferArg(a[3]) : empty;
  const person = given(a[4]) ? bufferArg(a[4]) : empty;
  const fanout = given(a[5]) ? cInt(rt, a[5]) : 1;
  const depth = given(a[6]) ? cInt(rt, a[6]) : 1;
  const leafSize = given(a[7]) ? cUnsigned(a[7], 32) : 0n;
  const nodeOffset = given(a[8]) ? cUnsigned(a[8], 64) : 0n;
  const nodeDepth = given(a[9]) ? cInt(rt, a[9]) : 0;
  const innerSize = given(a[10]) ? cInt(rt, a[10]) : 0;
  const lastNode = given(a[11]) ? truthy(rt, a[11]) : false;
  if (given(a[12])) truthy(rt, a[12]);
  if (digestSize <= 0 || digestSize > lim.maxDigest) throw valueError(`digest_size must be between 1 and ${lim.maxDigest} bytes`);
  if (salt.length > lim.saltSize) throw valueError(`maximum salt length is ${lim.saltSize} bytes`);
  if (person.length > lim.saltSize) throw valueError(`maximum person length is ${lim.saltSize} bytes`);
  if (fanout < 0 || fanout > 255) throw valueError('fanout must be between 0 and 255');
  if (depth <= 0 || depth > 255) throw valueError('depth must be between 1 and 255');
  if (leafSize > 0xffffffffn) throw overflowError('leaf_size is too large');
  if (nodeOffset >= 1n << BigInt(lim.nodeOffsetBits)) throw overflowError('node_offset is too large');
  if (nodeDepth < 0 || nodeDepth > 255) throw valueError('node_depth must be between 0 and 255');
  if (innerSize < 0 || innerSize > lim.maxDigest) throw valueError(`inner_size must be between 0 and is ${lim.maxDigest}`);
  if (key.length > lim.maxKey) throw valueError(`maximum key length is ${lim.maxKey} bytes`);
  return { digestSize, key, salt, person, fanout, depth, leafSize: Number(leafSize), nodeOffset, nodeDepth, innerSize, lastNode };
}

function blake2Constructor(t: PyClass, lim: Blake2Limits): (rt: Runtime, args: Value[], kwnames: string[] | null) => PyHash {
  const spec = blake2Spec(lim.name);
  return (rt, args, kwnames) => {
    const a = parseWithPositionalLimit(spec, args, kwnames);
    const p = blake2Params(rt, lim, a);
    const hasher = lim.name === 'blake2b' ? new Blake2b(p) : new Blake2s(p);
    const h = new PyHash(t, lim.name, p.digestSize, lim.name === 'blake2b' ? 128 : 64, hasher);
    if (a[0] !== undefined) hashBytes(rt, hasher, dataToHash(a[0]));
    return h;
  };
}

const newBlake2b = blake2Constructor(Blake2bType, BLAKE2B_LIMITS);
const newBlake2s = blake2Constructor(Blake2sType, BLAKE2S_LIMITS);
Blake2bType.construct = (rt, _cls, args, kwnames) => newBlake2b(rt, args, kwnames);
Blake2sType.construct = (rt, _cls, args, kwnames) => newBlake2s(rt, args, kwnames);
for (const [t, lim] of [[Blake2bType, BLAKE2B_LIMITS], [Blake2sType, BLAKE2S_LIMITS]] as const) {
  t.dict.set('SALT_SIZE', lim.saltSize);
  t.dict.set('PERSON_SIZE', lim.saltSize);
  t.dict.set('MAX_KEY_SIZE', lim.maxKey);
  t.dict.set('MAX_DIGEST_SIZE', lim.maxDigest);
  t.dict.set('__doc__', `Return a new ${lim.name === 'blake2b' ? 'BLAKE2b' : 'BLAKE2s'} hash object.`);
}

// ------------------------------------------------------------------ constructors and new()

/** parseArgs, with Argument Clinic's "takes at most N positional arguments" for functions with keyword-only parameters. */
function parseWithPositionalLimit(spec: ArgSpec, args: Value[], kwnames: string[] | null): Value[] {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > spec.kwOnly) {
    throw typeError(`${spec.fname}() takes at most ${spec.kwOnly} positional argument${spec.kwOnly === 1 ? '' : 's'} (${npos} given)`);
  }
  return parseArgs(spec, args, kwnames);
}

/** `hashlib.md5` and friends (`openssl_md5(string=b'', *, usedforsecurity=True)`). */
function algorithmConstructor(algo: Algorithm): PyBuiltin {
  const fname = `openssl_${algo.name}`;
  const spec = argSpec(fname, ['string?', '*', 'usedforsecurity?']);
  const f = new PyBuiltin(fname, (rt, args, kwnames) => {
    const [data, usedforsecurity] = parseWithPositionalLimit(spec, args, kwnames);
    if (usedforsecurity !== undefined) truthy(rt, usedforsecurity);
    return newHash(rt, algo, data === undefined ? null : dataToHash(data));
  }, null, `Return a new ${algo.name} hash object, fed the bytes of string when given.`, '_hashlib');
  f.textSignature = "(string=b'', *, usedforsecurity=True)";
  return f;
}

/** Python-level `__hash_new(name, data=b'', **kwargs)`: splits its arguments like a Python function would. */
function splitNewArgs(args: Value[], kwnames: string[] | null): { name: Value; data: Value; extra: Map<string, Value> } {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 2) throw typeError(`__hash_new() takes from 1 to 2 positional arguments but ${npos} were given`);
  let name = npos > 0 ? args[0] : undefined;
  let data = npos > 1 ? args[1] : undefined;
  const extra = new Map<string, Value>();
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k];
    const v = args[npos + k];
    if (kw === 'name' || kw === 'data') {
      if ((kw === 'name' ? name : data) !== undefined) throw typeError(`__hash_new() got multiple values for argument '${kw}'`);
      if (kw === 'name') name = v;
      else data = v;
    } else {
      extra.set(kw, v);
    }
  }
  if (name === undefined) throw typeError("__hash_new() missing 1 required positional argument: 'name'");
  return { name, data, extra };
}

/** `hashlib.new(name, data=b'', **kwargs)`. */
function hashNew(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  const { name, data, extra } = splitNewArgs(args, kwnames);
  if (name === 'blake2b' || name === 'blake2s') {
    // blake2 keeps its own constructor, which takes the keyword parameters.
    const callArgs = [...(data === undefined ? [] : [data]), ...extra.values()];
    const names = [...extra.keys()];
    return (name === 'blake2b' ? newBlake2b : newBlake2s)(rt, callArgs, names.length > 0 ? names : null);
  }
  for (const kw of extra.keys()) {
    if (kw === 'string') throw typeError("argument for new() given by name ('string') and position (2)");
    if (kw !== 'usedforsecurity') throw typeError(`'${kw}' is an invalid keyword argument for new()`);
  }
  if (typeof name !== 'string') throw typeError('name must be a string');
  const bytes = data === undefined ? null : dataToHash(data);
  const algo = findAlgorithm(name);
  if (algo === undefined) throw valueError(`unsupported hash type ${name}`);
  if (algo === UNKEYED_BLAKE2B || algo === UNKEYED_BLAKE2S) {
    const h = new PyHash(HashType, algo.name, algo.digestSize, algo.blockSize, algo.create());
    if (bytes !== null) hashBytes(rt, h.hasher, bytes);
    return h;
  }
  return newHash(rt, algo, bytes);
}

// ------------------------------------------------------------------ pbkdf2_hmac

/** `_hashlib.UnsupportedDigestmodError`, raised for digests OpenSSL does not know. */
export const UnsupportedDigestmodErrorType = new PyClass('UnsupportedDigestmodError', [ValueErrorType], {
  builtin: true, module: '_hashlib', instanceDict: true,
});
UnsupportedDigestmodErrorType.cls = TypeType;

/** Keyed HMAC state: inner and outer hashers already fed the padded key. */
interface HmacKeyed {
  inner: Hasher;
  outer: Hasher;
}

/** RFC 2104 key setup over any algorithm with a block size. */
function hmacKey(algo: Algorithm, key: Uint8Array): HmacKeyed {
  let k = key;
  if (k.length > algo.blockSize) {
    const h = algo.create();
    h.update(k);
    k = h.digest();
  }
  const inPad = new Uint8Array(algo.blockSize).fill(0x36);
  const outPad = new Uint8Array(algo.blockSize).fill(0x5c);
  for (let i = 0; i < k.length; i++) {
    inPad[i] ^= k[i];
    outPad[i] ^= k[i];
  }
  const inner = algo.create();
  inner.update(inPad);
  const outer = algo.create();
  outer.update(outPad);
  return { inner, outer };
}

function hmacOnce(keyed: HmacKeyed, msg: Uint8Array): Uint8Array {
  const inner = keyed.inner.copy();
  inner.update(msg);
  const outer = keyed.outer.copy();
  outer.update(inner.digest());
  return outer.digest();
}

function pbkdf2(rt: Runtime, algo: Algorithm, password: Uint8Array, salt: Uint8Array, iterations: number, dklen: number): Uint8Array {
  const keyed = hmacKey(algo, password);
  const out = new Uint8Array(dklen);
  const hlen = algo.digestSize;
  for (let block = 1, pos = 0; pos < dklen; block++, pos += hlen) {
    const first = new Uint8Array(salt.length + 4);
    first.set(salt);
    new DataView(first.buffer).setUint32(salt.length, block);
    let u = hmacOnce(keyed, first);
    const t = u.slice();
    for (let i = 1; i < iterations; i++) {
      rt.charge(4);
      u = hmacOnce(keyed, u);
      for (let j = 0; j < hlen; j++) t[j] ^= u[j];
    }
    out.set(t.subarray(0, Math.min(hlen, dklen - pos)), pos);
  }
  return out;
}

const PBKDF2_SPEC = argSpec('pbkdf2_hmac', ['hash_name', 'password', 'salt', 'iterations', 'dklen?']);

function pbkdf2Hmac(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  const [hashName, password, salt, iterations, dklen] = parseArgs(PBKDF2_SPEC, args, kwnames);
  if (typeof hashName !== 'string') throw typeError(`pbkdf2_hmac() argument 'hash_name' must be str, not ${typeName(hashName)}`);
  const pw = bufferArg(password);
  const saltBytes = bufferArg(salt);
  const rounds = requireIndex(rt, iterations);
  if (rounds < 1) throw valueError('iteration value must be greater than 0.');
  if (rounds > 0x7fffffff) throw overflowError('iteration value is too great.');
  const algo = hashName === 'blake2b' ? UNKEYED_BLAKE2B : hashName === 'blake2s' ? UNKEYED_BLAKE2S : findAlgorithm(hashName);
  if (algo === undefined) throw makeException(UnsupportedDigestmodErrorType, '[digital envelope routines] unsupported');
  if (algo.xof) throw valueError('no reason supplied');
  let length = algo.digestSize;
  if (dklen !== undefined && dklen !== None) {
    const n = requireIndex(rt, dklen);
    if (n < 1) throw valueError('key length must be greater than 0.');
    if (n > 0x7fffffff) throw overflowError('key length is too great.');
    length = Number(n);
  }
  rt.checkValueSize(length, 'derived key');
  rt.allocate(length);
  return new PyBytes(pbkdf2(rt, algo, pw, saltBytes, Number(rounds), length));
}

const pbkdf2Function = (() => {
  const f = new PyBuiltin('pbkdf2_hmac', pbkdf2Hmac, null,
    'Derive a key of dklen bytes (default: the digest size) from password and salt with PBKDF2-HMAC\n'
    + '(PKCS #5 v2.0) over the hash called hash_name, in the given number of iterations.', '_hashlib');
  f.textSignature = '(hash_name, password, salt, iterations, dklen=None)';
  return f;
})();

// ------------------------------------------------------------------ file_digest

const FILE_DIGEST_SPEC = argSpec('file_digest', ['fileobj', 'digest', '/', '*', '_bufsize?']);

function hasAttr(rt: Runtime, obj: Value, name: string): boolean {
  const sp = rt.sp;
  try {
    getAttr(rt, obj, name);
    return true;
  } catch (e) {
    if (isInstanceOfExc(e, AttributeErrorType)) {
      rt.sp = sp;
      return false;
    }
    throw e;
  }
}

/** `hashlib.file_digest(fileobj, digest, /, *, _bufsize=2**18)` over a binary file-like object. */
function fileDigest(rt: Runtime, args: Value[], kwnames: string[] | null): Value {
  const [fileobj, digest, bufsize] = parseArgs(FILE_DIGEST_SPEC, args, kwnames);
  const digestObj = typeof digest === 'string' ? hashNew(rt, [digest], null) : callValue(rt, digest, [], null);
  const update = (chunk: Value) => callValue(rt, getAttr(rt, digestObj, 'update'), [chunk], null);
  if (hasAttr(rt, fileobj, 'getbuffer')) {
    update(callValue(rt, getAttr(rt, fileobj, 'getbuffer'), [], null));
    return digestObj;
  }
  const readable = hasAttr(rt, fileobj, 'readinto') && hasAttr(rt, fileobj, 'readable')
    && truthy(rt, callValue(rt, getAttr(rt, fileobj, 'readable'), [], null));
  if (!readable) throw valueError(`'${repr(rt, fileobj)}' is not a file-like object in binary reading mode.`);
  const size = bufsize === undefined ? 1 << 18 : Number(requireIndex(rt, bufsize));
  rt.checkValueSize(size, 'buffer');
  const buf = new PyByteArray(new Uint8Array(size));
  for (;;) {
    const n = Number(requireIndex(rt, callValue(rt, getAttr(rt, fileobj, 'readinto'), [buf], null)));
    if (n === 0) break;
    update(new PyBytes(buf.b.slice(0, n)));
  }
  return digestObj;
}

// ------------------------------------------------------------------ compare_digest

/** `hmac.compare_digest` / `_hashlib.compare_digest`: a constant-time comparison of ASCII str or bytes-like values. */
function compareDigest(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    if (/[^\x00-\x7f]/.test(a) || /[^\x00-\x7f]/.test(b)) throw typeError('comparing strings with non-ASCII characters is not supported');
    return constantTimeEqual(Buffer.from(a, 'latin1'), Buffer.from(b, 'latin1'));
  }
  const x = bytesLike(a);
  const y = bytesLike(b);
  if (x === undefined && y === undefined) {
    throw typeError(`unsupported operand types(s) or combination of types: '${typeName(a)}' and '${typeName(b)}'`);
  }
  if (x === undefined) throw typeError(`a bytes-like object is required, not '${typeName(a)}'`);
  if (y === undefined) throw typeError(`a bytes-like object is required, not '${typeName(b)}'`);
  return constantTimeEqual(x, y);
}

/** Compares in time that depends only on the lengths. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  const same = a.length === b.length;
  return nodeCrypto().timingSafeEqual(a, same ? b : a) && same;
}

export const compareDigestFunction = (() => {
  const f = new PyBuiltin('compare_digest', (_rt, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError('_hashlib.compare_digest() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`compare_digest expected 2 arguments, got ${args.length}`);
    return compareDigest(args[0], args[1]);
  }, null, 'Return a == b for two ASCII str or two bytes-like values, in time that does not depend on\n'
    + 'where they differ (for comparing secrets such as MACs).', '_hashlib');
  f.textSignature = '(a, b, /)';
  return f;
})();

// ------------------------------------------------------------------ modules

const GUARANTEED_NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
  'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'];

function nameSet(names: string[]): PySet {
  const s = new PySet();
  for (const n of names) s.map.set(n, n);
  return s;
}

const NEW_DOC = 'Return a new hash object for the algorithm called name, fed the bytes of data when given.\n'
  + 'blake2b and blake2s also take their keyword parameters (digest_size, key, salt, ...).';

function buildHashlib(): Map<string, Value> {
  const m = new Map<string, Value>();
  for (const algo of GUARANTEED) m.set(algo.name, algorithmConstructor(algo));
  m.set('blake2b', Blake2bType);
  m.set('blake2s', Blake2sType);
  const newFn = new PyBuiltin('__hash_new', hashNew, null, NEW_DOC, 'hashlib');
  newFn.textSignature = "(name, data=b'', **kwargs)";
  m.set('new', newFn);
  m.set('algorithms_guaranteed', nameSet(GUARANTEED_NAMES));
  m.set('algorithms_available', nameSet([...GUARANTEED_NAMES, ...extraAlgorithms().map((a) => a.name)]));
  m.set('pbkdf2_hmac', pbkdf2Function);
  const fileDigestFn = new PyBuiltin('file_digest', fileDigest, null,
    'Hash the content of a binary file-like object (with getbuffer(), or readinto() and readable()) and\n'
    + 'return the hash object. digest is an algorithm name or a callable returning a hash object.', 'hashlib');
  fileDigestFn.textSignature = '(fileobj, digest, /, *, _bufsize=262144)';
  m.set('file_digest', fileDigestFn);
  m.set('__all__', tuple([...GUARANTEED_NAMES, 'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest']));
  return m;
}

export const modules: ModuleDef[] = [
  {
    name: 'hashlib',
    summary: 'Secure hashes and message digests: md5, sha1, SHA-2, SHA-3, shake, BLAKE2 (keyed), pbkdf2_hmac.',
    build: buildHashlib,
  },
  {
    name: '_hashlib',
    summary: 'Hash object types of hashlib and compare_digest.',
    build: () => ({
      HASH: HashType,
      HASHXOF: HashXofType,
      UnsupportedDigestmodError: UnsupportedDigestmodErrorType,
      compare_digest: compareDigestFunction,
      pbkdf2_hmac: pbkdf2Function,
    }),
  },
  {
    name: '_blake2',
    summary: 'The BLAKE2b and BLAKE2s hash types.',
    build: () => ({ blake2b: Blake2bType, blake2s: Blake2sType }),
  },
];
