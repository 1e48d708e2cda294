/**
 * The `random` module, and `_random`: its native core.
 *
 * `_random.Random` holds a Mersenne Twister (MT19937) that reproduces
 * CPython's generator bit for bit: the same seeding (`init_by_array` over the
 * 32-bit words of |seed|, or of the seed's hash for other hashable values),
 * the same 53-bit `random()` and the same `getrandbits()` word order. The
 * `random` module itself is Python source, like CPython's: `random.Random`
 * subclasses `_random.Random` and builds every distribution from `random()`,
 * `getrandbits()` and `_randbelow()`, so seeded sequences match CPython's.
 *
 * Unseeded generators (`Random()`, `seed()`, the module-level functions) draw
 * their seed from node:crypto, or, in a deterministic interpreter, from the
 * host's seed S: the k-th unseeded seeding in an interpreter (k = 0, 1, ...)
 * behaves like `seed(abs(S) + (k << 64))`, so the module-level functions start
 * exactly like CPython after `random.seed(S)`. `SystemRandom` reads
 * node:crypto, or a stream derived from S in a deterministic interpreter.
 *
 * Known differences: the distributions call the `math` module, whose log,
 * exp, sin, cos and pow are correctly rounded, while CPython's C library
 * misrounds about 0.1% of results, so a float from gauss(), expovariate()...
 * can differ from CPython's in its last digit (integers, choices, shuffles
 * and random()/uniform() are exact). randrange() accepts integral floats
 * without the DeprecationWarning (there is no warnings machinery), and the
 * module-level functions are bound methods (`method`, not
 * `builtin_function_or_method`).
 */
import { nodeCrypto } from '../core/node-modules.js';
import type { ModuleContext, ModuleDef, ModuleEnv } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { argSpec, noArgs, parseArgs } from '../core/runtime/args.js';
import { PyBuiltin, type NativeFn } from '../core/runtime/function.js';
import { PyBoxed, PyClass, type Value } from '../core/runtime/object.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { PyBytes, PyFloat, PyTuple, tuple } from '../core/runtime/values.js';
import { None, ObjectType, TypeType } from '../core/runtime/types.js';
import { overflowError, typeError, valueError } from '../core/runtime/exceptions.js';
import { normBig, type Int } from '../core/runtime/int.js';
import { pyHash } from '../core/runtime/hashing.js';
import { getItem, requireIndex } from '../core/runtime/subscript.js';
import { lessThan } from '../core/runtime/compare.js';

// ------------------------------------------------------------------ MT19937

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The MT19937 generator, seeded and stepped exactly like CPython's `_random`. */
export class MersenneTwister {
  readonly mt = new Uint32Array(N);
  index = N + 1;

  /** Seeds from one 32-bit value (the first step of every seeding). */
  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** Seeds from an array of 32-bit words (least significant word of the seed first). */
  seedByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    const keyLength = key.length;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, keyLength); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + (key[j] >>> 0) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // guarantees a non-zero initial state
  }

  /** Refills the state vector (one "twist" of all 624 words). */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  /** The next 32-bit output word. */
  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) with 53 random bits (27 + 26 bits of two words). */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** An int of `k` random bits (k >= 0), built from 32-bit words, least significant first. */
  getrandbits(k: number): Int {
    if (k === 0) return 0;
    if (k <= 32) return this.nextUint32() >>> (32 - k);
    if (k <= 53) {
      const low = this.nextUint32();
      const high = this.nextUint32() >>> (64 - k);
      return high * 4294967296 + low;
    }
    const words = Math.ceil(k / 32);
    const hex: string[] = new Array(words);
    let left = k;
    for (let i = 0; i < words; i++, left -= 32) {
      let w = this.nextUint32();
      if (left < 32) w >>>= 32 - left;
      hex[words - 1 - i] = w.toString(16).padStart(8, '0');
    }
    return normBig(BigInt('0x' + hex.join('')));
  }

  /** `n` random bytes: little-endian 32-bit words, as `getrandbits(8 * n).to_bytes(n, 'little')`. */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    const full = n - (n % 4);
    for (let i = 0; i < full; i += 4) {
      const w = this.nextUint32();
      out[i] = w & 0xff;
      out[i + 1] = (w >>> 8) & 0xff;
      out[i + 2] = (w >>> 16) & 0xff;
      out[i + 3] = w >>> 24;
    }
    if (full < n) {
      // The last, partial word keeps its high bits (getrandbits drops the low ones).
      let w = this.nextUint32() >>> (32 - 8 * (n - full));
      for (let i = full; i < n; i++, w >>>= 8) out[i] = w & 0xff;
    }
    return out;
  }
}

/** The 32-bit words of a non-negative int, least significant first (at least one word). */
export function intToWords(n: bigint): number[] {
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return words;
}

// ------------------------------------------------------------------ entropy

/** Where unseeded generators and `SystemRandom` get their randomness. */
export interface EntropySource {
  /** A seed key for an unseeded generator (the words `init_by_array` takes). */
  seedKey(): number[];
  /** `n` random bytes. */
  bytes(n: number): Uint8Array;
}

/** Words that separate the byte streams of different users of a deterministic seed. */
function streamTag(stream: string): number[] {
  return [0x5eed5eed, ...Array.from(stream, (c) => c.charCodeAt(0))];
}

/**
 * The entropy of one interpreter: node:crypto, or, when the environment is
 * deterministic, values derived from its seed (`stream` names the byte stream,
 * so two modules drawing bytes never share one).
 */
export function entropySource(env: ModuleEnv, stream: string): EntropySource {
  const det = env.deterministic;
  if (det === null) {
    return {
      seedKey: () => Array.from(nodeCrypto().randomFillSync(new Uint32Array(N))),
      bytes: (n) => new Uint8Array(nodeCrypto().randomBytes(n)),
    };
  }
  const base = BigInt(Math.abs(det.seed));
  let seedings = 0n;
  let byteStream: MersenneTwister | null = null;
  return {
    seedKey: () => intToWords(base + (seedings++ << 64n)),
    bytes(n) {
      if (byteStream === null) {
        byteStream = new MersenneTwister();
        byteStream.seedByArray([...intToWords(base), ...streamTag(stream)]);
      }
      return byteStream.bytes(n);
    },
  };
}

// ------------------------------------------------------------------ _random.Random

/** Generator state of every `_random.Random` instance (instances are plain objects with a `__dict__`). */
const generators = new WeakMap<object, MersenneTwister>();

/**
 * The instance's generator. One that was never seeded explicitly is seeded
 * from the entropy source, as CPython's `__new__` does; `seed()` itself asks
 * for an unseeded one (`seeded` false) so it does not use up an unseeded seed.
 */
function generatorOf(self: Value, entropy: EntropySource, seeded = true): MersenneTwister {
  let g = generators.get(self);
  if (g === undefined) {
    g = new MersenneTwister();
    if (seeded) g.seedByArray(entropy.seedKey());
    generators.set(self, g);
  }
  return g;
}

/** The words CPython seeds with for `seed(a)` after the Python-level conversions: |a| for ints, else the hash. */
function seedWords(rt: Runtime, a: Value): number[] {
  const v = a instanceof PyBoxed && (typeof a.value === 'number' || typeof a.value === 'bigint') ? a.value : a;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = BigInt(v);
    const abs = n < 0n ? -n : n;
    rt.charge(abs.toString(16).length >>> 5);
    return intToWords(abs);
  }
  // Other values seed with their hash, read as an unsigned 64-bit number.
  const h = BigInt(pyHash(rt, v));
  return intToWords(h < 0n ? h + (1n << 64n) : h);
}

/** `k` for getrandbits: a C int, with CPython's messages. */
function bitCount(rt: Runtime, k: Value): number {
  const n = requireIndex(rt, k);
  if (typeof n === 'bigint' || n > 0x7fffffff) throw overflowError('Python int too large to convert to C int');
  if (n < -0x80000000) throw overflowError('Python int too small to convert to C int');
  if (n < 0) throw valueError('number of bits must be non-negative');
  return n;
}

/** A state word for setstate: C `unsigned long` conversion (no `__index__`), kept to 32 bits. */
function stateWord(v: Value): number {
  const n = v instanceof PyBoxed ? v.value : v;
  if (typeof n !== 'number' && typeof n !== 'bigint' && typeof n !== 'boolean') throw typeError('an integer is required');
  const b = BigInt(n);
  if (b < 0n) throw overflowError("can't convert negative value to unsigned int");
  if (b >= 1n << 64n) throw overflowError('Python int too large to convert to C unsigned long');
  return Number(b & 0xffffffffn);
}

function stateIndex(rt: Runtime, v: Value): number {
  const n = requireIndex(rt, v);
  if (typeof n === 'bigint') throw overflowError(`Python int too ${n < 0n ? 'small' : 'large'} to convert to C long`);
  if (n < 0 || n > N) throw valueError('invalid state');
  return n;
}

function setState(rt: Runtime, g: MersenneTwister, state: Value): void {
  if (!(state instanceof PyTuple)) throw typeError('state vector must be a tuple');
  if (state.items.length !== N + 1) throw valueError('state vector is the wrong size');
  const words = new Uint32Array(N);
  for (let i = 0; i < N; i++) words[i] = stateWord(state.items[i]);
  const index = stateIndex(rt, state.items[N]);
  g.mt.set(words);
  g.index = index;
}

/** Builds the per-interpreter `_random.Random` class (scripts may modify it, so it is never shared). */
function makeRandomBase(entropy: EntropySource): PyClass {
  const cls = new PyClass('Random', [ObjectType], { module: '_random' });
  cls.cls = TypeType;
  const method = (name: string, params: string[] | null, impl: (rt: Runtime, g: MersenneTwister, a: Value[]) => Value, doc: string) => {
    const fname = `Random.${name}`;
    const spec = params === null ? null : argSpec(fname, params);
    const fn: NativeFn = (rt, args, kwnames) => {
      if (spec === null) noArgs(fname, args, kwnames);
      const a = spec === null ? [] : parseArgs(spec, args, kwnames, 1);
      return impl(rt, generatorOf(args[0], entropy, name !== 'seed'), a);
    };
    const b = new PyBuiltin(name, fn, cls, doc);
    b.textSignature = params === null ? '($self, /)' : `($self, ${params.map((p) => p.replace(/\?$/, '=None')).join(', ')})`;
    cls.dict.set(name, b);
  };
  method('random', null, (_rt, g) => new PyFloat(g.random()), 'Return the next random float in the interval [0.0, 1.0).');
  method('getrandbits', ['k', '/'], (rt, g, [k]) => {
    const bits = bitCount(rt, k);
    if (bits > 64) {
      rt.checkValueSize(bits / 8, 'random integer');
      rt.allocate(bits / 8);
      rt.charge(bits >>> 8);
    }
    return g.getrandbits(bits);
  }, 'Return a non-negative int with k random bits.');
  method('seed', ['n?', '/'], (rt, g, [n]) => {
    g.seedByArray(n === undefined || n === None ? entropy.seedKey() : seedWords(rt, n));
    return None;
  }, 'Seed the generator: from |n| for an int, from the hash of other values, from fresh entropy for None.');
  method('getstate', null, (_rt, g) => tuple([...Array.from(g.mt), g.index]), 'Return the generator state: a tuple of the 624 state words and the position.');
  method('setstate', ['state', '/'], (rt, g, [state]) => {
    setState(rt, g, state);
    return None;
  }, 'Restore a state returned by getstate().');
  cls.dict.set('__init__', new PyBuiltin('__init__', (rt, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError('Random() takes no keyword arguments');
    if (args.length > 2) throw typeError('Random() requires 0 or 1 argument');
    const n = args[1];
    generatorOf(args[0], entropy, false).seedByArray(n === undefined || n === None ? entropy.seedKey() : seedWords(rt, n));
    return None;
  }, cls, 'Initialize the generator; an optional argument seeds it as seed() does.'));
  cls.dict.set('__doc__', 'A Mersenne Twister random number generator with its own state (the core of random.Random).');
  return cls;
}

// ------------------------------------------------------------------ helpers for the Python part

/** A byte count for os.urandom-like functions (C ssize_t, non-negative), checked against the size limits. */
export function byteCount(rt: Runtime, n: Value): number {
  const size = requireIndex(rt, n);
  if (typeof size === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  if (size < 0) throw valueError('negative argument not allowed');
  rt.checkValueSize(size, 'random bytes');
  rt.allocate(size);
  return size;
}

/** bisect_right over any sequence, comparing with `<` like the bisect module. */
function bisectRight(rt: Runtime, seq: Value, x: Value, lo: number, hi: number): number {
  while (lo < hi) {
    rt.charge(1);
    const mid = (lo + hi) >>> 1;
    if (lessThan(rt, x, getItem(rt, seq, mid))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function buildRandomCore(ctx: ModuleContext): Map<string, Value> {
  const seeding = entropySource(ctx.env, 'random');
  const system = entropySource(ctx.env, 'SystemRandom');
  const m = new Map<string, Value>();
  m.set('Random', makeRandomBase(seeding));
  m.set('index', nativeFunction('_random', 'index', ['a', '/'], (rt, [a]) => requireIndex(rt, a), 'Same as a.__index__().'));
  m.set('bisect_right', nativeFunction('_random', 'bisect_right', ['a', 'x', 'lo', 'hi', '/'], (rt, [a, x, lo, hi]) => {
    return bisectRight(rt, a, x, Number(requireIndex(rt, lo)), Number(requireIndex(rt, hi)));
  }, 'Return the index where to insert x in the sorted sequence a[lo:hi], after any equal items.'));
  m.set('urandom', nativeFunction('_random', 'urandom', ['n', '/'], (rt, [n]) => new PyBytes(system.bytes(byteCount(rt, n))),
    'Return n random bytes from the system entropy source (deterministic interpreters: from their seed).'));
  return m;
}

// ------------------------------------------------------------------ random (Python part)

const RANDOM_SOURCE = String.raw`"""Random variable generators.

Integers: randrange, randint, getrandbits, randbytes.
Sequences: choice, choices, shuffle, sample.
Real-valued distributions: random, uniform, triangular, normalvariate (and
gauss), lognormvariate, expovariate, vonmisesvariate, gammavariate,
betavariate, paretovariate, weibullvariate.

Seeded generators reproduce CPython's sequences exactly (Mersenne Twister).
"""

import _random
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin, pow as _math_pow
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from _random import index as _index, bisect_right as _bisect, urandom as _urandom
from hashlib import sha512 as _sha512

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random",
    "randrange", "sample", "seed", "setstate", "shuffle", "triangular",
    "uniform", "vonmisesvariate", "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1


def _running_totals(values):
    # Cumulative sums with +, as itertools.accumulate gives them.
    totals = []
    for v in values:
        totals.append(totals[-1] + v if totals else v)
    return totals


def _pow(x, y):
    # Float powers through math.pow, which rounds like the C library's pow (as
    # CPython's ** does); the distributions only raise non-negative bases.
    if x > 0.0:
        return _math_pow(x, y)
    return x ** y


def _is_sequence(population):
    if isinstance(population, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(population, (dict, set, frozenset)):
        return False
    try:
        from collections.abc import Sequence
    except ImportError:
        kind = type(population)
        return hasattr(kind, '__getitem__') and hasattr(kind, '__len__')
    return isinstance(population, Sequence)


class Random(_random.Random):
    """A random number generator (Mersenne Twister) with its own state; the
    module-level functions are the methods of one hidden instance.

    Subclasses may replace the core generator by overriding random(), seed(),
    getstate() and setstate(), and optionally getrandbits() so that
    randrange() covers arbitrarily large ranges.
    """

    VERSION = 3

    def __init__(self, x=None):
        """Initialize an instance; x seeds it as Random.seed() does."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialize the internal state from a seed.

        a may be None (fresh entropy), an int (all of its bits are used), a
        float, or a str, bytes or bytearray (with version 2, the default, all
        of its bits are used; version 1 reproduces old Python 2 sequences).
        """
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(text[0]) << 7 if text else 0
            for ch in text:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(text)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _sha512(data).digest(), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return the internal state; setstate() restores it."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore the internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            super().setstate(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            # Version 2 saved the words as signed ints; they are unsigned 32-bit values.
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            super().setstate(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def __getstate__(self):
        """Pickle support: the state getstate() returns."""
        return self.getstate()

    def __setstate__(self, state):
        """Pickle support: restore a state from getstate()."""
        self.setstate(state)

    def __reduce__(self):
        """Copy and pickle support: rebuild from the class and the state."""
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        """Pick how a subclass draws integers below n: through getrandbits()
        when it (or a closer base) defines it, else through random()."""
        for klass in cls.__mro__:
            if '_randbelow' in klass.__dict__:
                break
            if 'getrandbits' in klass.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in klass.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in the range [0, n), for n > 0."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in the range [0, n), for n > 0, using only random()."""
        random = self.random
        if n >= maxsize:
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """Return n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(start, stop[, step]).

        Like choice(range(start, stop, step)), but works for huge ranges.
        """
        try:
            istart = _index(start)
        except TypeError:
            istart = int(start)
            if istart != start:
                raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        try:
            istop = _index(stop)
        except TypeError:
            istop = int(stop)
            if istop != stop:
                raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        try:
            istep = _index(step)
        except TypeError:
            istep = int(step)
            if istep != step:
                raise ValueError("non-integer step for randrange()")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return a random integer in the range [a, b], both end points included."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list x in place, and return None."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Choose k unique random elements from a population sequence.

        The result is a new list in selection order. Repeated elements can be
        given once with a count: sample(['red', 'blue'], counts=[4, 2], k=5).
        To sample a range of integers, pass a range: sample(range(10000000), 60).
        """
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _running_totals(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s, 0, len(cum_counts))] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Track the unpicked items in a list when that is smaller than a set of
        # the picked indexes (the same choice as CPython, so results match).
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement.

        Without weights or cum_weights, every element is equally likely.
        """
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for i in range(k)]

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high, peaking at mode
        (default: the midpoint)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma
        (Kinderman-Monahan ratio-of-uniforms method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution with mean mu and standard deviation sigma.

        Box-Muller: each pair of random() calls yields two values; the second
        is kept for the next call. Slightly faster than normalvariate().
        """
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its natural logarithm is normally
        distributed with mean mu and standard deviation sigma (> 0)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution; lambd is 1.0 divided by the desired mean
        (nonzero). Values range over [0, inf) for positive lambd, (-inf, 0]
        for negative lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution: mu is the mean angle in radians (0 to
        2*pi), kappa (>= 0) the concentration; kappa 0 gives a uniform angle."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution (not the gamma function), for alpha > 0 and beta > 0.

        pdf(x) = x ** (alpha - 1) * exp(-x / beta) / (gamma(alpha) * beta ** alpha)
        """
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # R.C.H. Cheng's rejection method (Applied Statistics, 1977).
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            # Algorithm GS (Kennedy and Gentle) for 0 < alpha < 1.
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = _pow(p, 1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= _pow(x, alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution, for alpha > 0 and beta > 0; values lie in [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution; alpha is the shape parameter."""
        u = 1.0 - self.random()
        return _pow(u, -1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution; alpha is the scale and beta the shape parameter."""
        u = 1.0 - self.random()
        return alpha * _pow(-_log(u), 1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the system entropy source (node:crypto), which has
    no state to seed, save or restore. In a deterministic interpreter the
    bytes come from a stream derived from the interpreter's seed."""

    def random(self):
        """Return a random float in [0.0, 1.0) made of 53 entropy bits."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """Return a non-negative int with k bits of entropy."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """Return n bytes of entropy."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Stub method: a system random number generator has no seed."""
        return None

    def _notimplemented(self, *args, **kwds):
        """Not available: the system entropy source has no state."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
`;

export const modules: ModuleDef[] = [
  {
    name: '_random',
    summary: 'Native core of the random module: the Mersenne Twister generator (plus private helpers of random).',
    build: buildRandomCore,
  },
  {
    name: 'random',
    summary: 'Pseudo-random numbers (Mersenne Twister, CPython-identical for a given seed) and distributions.',
    source: RANDOM_SOURCE,
  },
];
