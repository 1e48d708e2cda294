# Generator state, independent instances, subclassing and SystemRandom.
import random

r = random.Random(11)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[1][:4], state[2])
first = [r.random() for _ in range(4)]
r.setstate(state)
print(first == [r.random() for _ in range(4)])

other = random.Random()
other.setstate(state)
print(other.random() == first[0], other.getrandbits(20))

# Version 2 states hold signed words; they are accepted and converted.
v3 = r.getstate()
signed = tuple(w - 2**32 if w >= 2**31 else w for w in v3[1][:-1]) + (v3[1][-1],)
r2 = random.Random()
r2.setstate((2, signed, None))
print(r2.random() == r.random())

a = random.Random(3)
b = random.Random(3)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
a.random()
print(a.random() != b.random())
random.seed(3)
print(random.random() == random.Random(3).random())
print(random.getstate()[1][:2] == random.Random(3).getstate()[1][:2])

# The module-level functions are bound methods of one hidden instance.
print(random.random.__self__ is random.randint.__self__, type(random.random.__self__).__name__)


class Constant(random.Random):
    """A generator whose random() is fixed: integers come from random()."""

    def random(self):
        return 0.75


c = Constant(1)
print(c.random(), c.randrange(100), c.randint(1, 4), c.choice('abcd'), c.uniform(0, 4))
print(Constant._randbelow is Constant._randbelow_without_getrandbits)


class Counter(random.Random):
    """Integers come from getrandbits()."""

    def __init__(self):
        self.calls = 0
        super().__init__(0)

    def getrandbits(self, k):
        self.calls += 1
        return (self.calls * 12345) % (1 << k) if k else 0


c = Counter()
print([c.randrange(10) for _ in range(5)], c.calls)
print(Counter._randbelow is Counter._randbelow_with_getrandbits)


class Seeded(random.Random):
    pass


s = Seeded(5)
print(s.random() == random.Random(5).random(), isinstance(s, random.Random))
print(random.Random.VERSION, Seeded.__mro__[1].__name__, Seeded.__mro__[2].__module__)

cls, args, st = random.Random(21).__reduce__()
copy = cls(*args)
copy.setstate(st)
print(cls.__name__, args, copy.random() == random.Random(21).random())

sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.getrandbits(70) < 2**70, sr.getrandbits(0), len(sr.randbytes(9)))
print(0 <= sr.randrange(10**30) < 10**30, sr.choice('q'), sorted(sr.sample(range(5), 5)), sr.seed(1))
for name in ('getstate', 'setstate'):
    try:
        getattr(sr, name)()
    except NotImplementedError as e:
        print(name, type(e).__name__, e)
print(sorted(n for n in random.__all__))
