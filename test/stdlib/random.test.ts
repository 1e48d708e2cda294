// The random module: CPython-identical seeded sequences, the Mersenne Twister
// core, unseeded and deterministic seeding, per-interpreter state, limits and
// CPython's errors.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../core/index.js';
import { failure, limitKindIn, runIn as run } from './script.js';
import { MersenneTwister, entropySource, intToWords } from '../../stdlib/random.js';
import { deterministicEnv, liveEnv } from '../../core/modules.js';

describe('MersenneTwister', () => {
  it('matches the MT19937 reference outputs for init_by_array({0x123, 0x234, 0x345, 0x456})', () => {
    const mt = new MersenneTwister();
    mt.seedByArray([0x123, 0x234, 0x345, 0x456]);
    expect([1, 2, 3, 4, 5].map(() => mt.nextUint32())).toEqual([1067595299, 955945823, 477289528, 4107218783, 4228976476]);
  });

  it('splits ints into 32-bit words, least significant first', () => {
    expect(intToWords(0n)).toEqual([0]);
    expect(intToWords(0x1_0000_0002n)).toEqual([2, 1]);
  });

  it('draws bytes as getrandbits(8 * n).to_bytes(n, "little") does', () => {
    const a = new MersenneTwister();
    const b = new MersenneTwister();
    a.seedByArray([7]);
    b.seedByArray([7]);
    const bytes = a.bytes(7);
    const asInt = BigInt(b.getrandbits(56));
    const expected = Array.from({ length: 7 }, (_, i) => Number((asInt >> BigInt(8 * i)) & 0xffn));
    expect(Array.from(bytes)).toEqual(expected);
  });

  it('entropy sources: deterministic ones repeat, live ones do not', () => {
    const d1 = entropySource(deterministicEnv(0, 9), 'x');
    const d2 = entropySource(deterministicEnv(0, 9), 'x');
    expect(d1.seedKey()).toEqual([9]);
    expect(d1.seedKey()).toEqual([9, 0, 1]);
    expect(Array.from(d1.bytes(16))).toEqual(Array.from(d2.bytes(16)));
    expect(Array.from(entropySource(deterministicEnv(0, 9), 'y').bytes(16))).not.toEqual(Array.from(d2.bytes(16)));
    const live = entropySource(liveEnv(), 'x');
    expect(live.seedKey()).toHaveLength(624);
    expect(Array.from(live.bytes(16))).not.toEqual(Array.from(live.bytes(16)));
  });
});

describe('random: seeded sequences match CPython', () => {
  it('random, randint, choice, getrandbits', () => {
    expect(run(`
import random
r = random.Random(42)
print(r.random(), r.random(), r.randint(1, 1000), r.choice('abcdefg'), r.getrandbits(100))
print(random.Random('seed').random())
r = random.Random(12345)
l = list(range(10))
r.shuffle(l)
print(l, r.sample(range(50), 5), r.choices('abc', k=5))
print(random.Random(7).getrandbits(10**5) % 1000003)
`)).toBe('0.6394267984578837 0.025010755222666936 282 b 137577423665220539048064734942\n0.1382359792209653\n'
      + "[8, 7, 3, 5, 1, 2, 9, 4, 0, 6] [10, 23, 7, 27, 16] ['b', 'a', 'b', 'b', 'c']\n239901\n");
  });

  it('state round-trips and instances are independent', () => {
    expect(run(`
import random
a = random.Random(1)
s = a.getstate()
x = [a.random() for _ in range(3)]
a.setstate(s)
print(x == [a.random() for _ in range(3)], len(s[1]), s[1][-1])
b = random.Random(1)
b.random()
print(a.random() != b.random(), random.Random(1).random() == x[0])
`)).toBe('True 625 624\nTrue True\n');
  });

  it('subclasses pick _randbelow from random() or getrandbits()', () => {
    expect(run(`
import random
class Half(random.Random):
    def random(self):
        return 0.5
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
print(Half(0).randrange(10), Half._randbelow.__name__, Bits(0).randrange(10), Bits._randbelow.__name__)
`)).toBe('6 _randbelow_without_getrandbits 1 _randbelow_with_getrandbits\n');
  });

  it('_random.Random can be used and subclassed directly', () => {
    expect(run(`
import _random, random
g = _random.Random(42)
print(g.random() == random.Random(42).random(), g.getrandbits(8) >= 0)
class Mine(_random.Random):
    pass
print(Mine(3).random() == random.Random(3).random(), type(random.Random).__name__, _random.Random.__module__)
`)).toBe('True True\nTrue type _random\n');
  });
});

describe('random: unseeded generators', () => {
  it('live interpreters draw from node:crypto', () => {
    const a = run('import random\nprint(random.random(), random.Random().random())');
    const b = run('import random\nprint(random.random(), random.Random().random())');
    expect(a).not.toBe(b);
  });

  it('deterministic interpreters start like random.seed(S), and later unseeded seeds follow', () => {
    const src = `
import random
print(random.random())
print(random.Random().random() == random.Random(42 + (1 << 64)).random())
random.seed()
print(random.random() == random.Random(42 + (2 << 64)).random())
print(random.SystemRandom().getrandbits(64))
`;
    const a = run(src, new Interpreter({ deterministic: { seed: 42 } }));
    const b = run(src, new Interpreter({ deterministic: { seed: 42 } }));
    expect(a).toBe(b);
    expect(a.split('\n').slice(0, 3).join('\n')).toBe('0.6394267984578837\nTrue\nTrue');
    expect(run(src, new Interpreter({ deterministic: { seed: 43 } }))).not.toBe(a);
  });

  it('each interpreter has its own generator and its own _random.Random class', () => {
    const a = new Interpreter({ deterministic: { seed: 1 } });
    const b = new Interpreter({ deterministic: { seed: 1 } });
    run('import random\nrandom.seed(99)\nimport _random\n_random.Random.extra = 1', a);
    expect(run('import random, _random\nprint(random.random(), hasattr(_random.Random, "extra"))', b))
      .toBe(run('import random\nrandom.seed(1)\nprint(random.random(), False)'));
  });
});

describe('random: errors', () => {
  it('raises CPython\'s exceptions', () => {
    expect(failure('import random\nrandom.randrange(0)')).toBe('ValueError: empty range for randrange()');
    expect(failure('import random\nrandom.randrange(5, 2)')).toBe('ValueError: empty range for randrange() (5, 2, -3)');
    expect(failure('import random\nrandom.randrange(0, 10, 0)')).toBe('ValueError: zero step for randrange()');
    expect(failure('import random\nrandom.choice([])')).toBe('IndexError: Cannot choose from an empty sequence');
    expect(failure('import random\nrandom.sample({1, 2}, 1)'))
      .toBe('TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).');
    expect(failure('import random\nrandom.sample([1], 2)')).toBe('ValueError: Sample larger than population or is negative');
    expect(failure('import random\nrandom.choices([1, 2], 3)')).toBe('TypeError: The number of choices must be a keyword argument: k=3');
    expect(failure('import random\nrandom.getrandbits(-1)')).toBe('ValueError: number of bits must be non-negative');
    expect(failure('import random\nrandom.getrandbits(2**40)')).toBe('OverflowError: Python int too large to convert to C int');
    expect(failure('import random\nrandom.seed([1])'))
      .toBe('TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
    expect(failure('import random\nrandom.setstate((3, (1,) * 624 + (625,), None))')).toBe('ValueError: invalid state');
    expect(failure('import random\nrandom.setstate((3, [0] * 625, None))')).toBe('TypeError: state vector must be a tuple');
    expect(failure('import random\nrandom.setstate((3, (-1,) * 625, None))'))
      .toBe("OverflowError: can't convert negative value to unsigned int");
    expect(failure('import random\nrandom.setstate((9, (), None))')).toBe('ValueError: state with version 9 passed to Random.setstate() of version 3');
    expect(failure('import random\nrandom.gammavariate(0, 1)')).toBe('ValueError: gammavariate: alpha and beta must be > 0.0');
    expect(failure('import random\nrandom.Random().getrandbits()')).toBe('TypeError: Random.getrandbits() takes exactly one argument (0 given)');
    expect(failure('import random\nrandom.random(1)')).toBe('TypeError: Random.random() takes no arguments (1 given)');
    expect(failure('import random\nrandom.SystemRandom().getstate()')).toBe('NotImplementedError: System entropy source does not have state.');
  });
});

describe('random: limits', () => {
  it('refuses huge getrandbits and randbytes results before building them', () => {
    const limits = { maxValueBytes: 100_000 };
    expect(limitKindIn('import random\nrandom.getrandbits(8 * 200_000)', new Interpreter({ limits }))).toBe('size');
    expect(limitKindIn('import random\nrandom.SystemRandom().randbytes(200_000)', new Interpreter({ limits }))).toBe('size');
  });

  it('charges the budget for big draws and long loops', () => {
    expect(limitKindIn('import random\nwhile True:\n    random.getrandbits(10**6)', new Interpreter({ limits: { maxOps: 100_000 } }))).toBe('budget');
    expect(limitKindIn('import random\nrandom.sample(range(10**9), 10**6)', new Interpreter({ limits: { maxOps: 200_000 } }))).toBe('budget');
  });
});
