# Seeded sequences of the random module must match CPython's exactly.
import random

for seed in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 7, -(10**40), 12345678901234567890123]:
    random.seed(seed)
    print(seed, random.random(), random.random(), random.getrandbits(40))

for seed in ['', 'a', 'hello world', 'héllo ☃', b'', b'bytes seed', bytearray(b'ba'), 1.5, -2.25, 0.0, True, False]:
    random.seed(seed)
    print(repr(seed), random.random())

for seed in ['hello', b'abc', '']:
    random.seed(seed, version=1)
    print('version 1', repr(seed), random.random())

r = random.Random(2024)
print([r.getrandbits(k) for k in (0, 1, 2, 7, 8, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 128, 200)])
print(r.randbytes(0), r.randbytes(1), r.randbytes(5), r.randbytes(13))

r = random.Random(7)
print([r.randrange(10) for _ in range(15)])
print([r.randrange(5, 50) for _ in range(10)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(100, 0, -3) for _ in range(10)])
print([r.randrange(-20, -5) for _ in range(5)])
print([r.randint(1, 6) for _ in range(20)])
print([r.randint(-10**20, 10**20) for _ in range(3)])
print(r.randrange(10**50), r.randrange(2**64, 2**65))
print(r.randrange(True), r.randint(0, 0), r.randrange(1))

r = random.Random(99)
print([r.choice('abcdefghij') for _ in range(10)])
print(r.choice([None, 1, 2.5, 'x']), r.choice((1, 2, 3)), r.choice(range(1000, 2000)))
items = list(range(25))
r.shuffle(items)
print(items)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
r.shuffle(words)
print(words)
r.shuffle([])
print(r.sample(range(100), 10))
print(r.sample(range(10**9), 6))
print(r.sample('abcdefgh', 8))
print(r.sample(['a', 'b', 'c', 'd'], k=2))
print(r.sample(['red', 'blue'], counts=[4, 2], k=5))
print(r.sample(range(1000), 30))
print(r.sample(tuple('xyz'), 0))

r = random.Random(5)
print(r.choices('abc', k=10))
print(r.choices(range(5), [10, 1, 1, 1, 30], k=10))
print(r.choices(['x', 'y', 'z'], cum_weights=[1, 1.5, 10], k=8))
print(r.choices([1, 2, 3]))
print(r.choices('ab', [0, 1], k=5), r.choices('ab', k=0))
print(r.choices(range(4), weights=[0.1, 0.2, 0.3, 0.4], k=6))

random.seed(314)
print(random.random(), random.randint(1, 100), random.choice('xyz'), random.getrandbits(16))
print(random.uniform(-1, 1), random.uniform(10, 20), random.uniform(5, 5))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(3, 3))
