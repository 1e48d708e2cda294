# dataclasses: order, frozen, unsafe_hash, eq=False, kw_only, KW_ONLY, match_args, hash rules.
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(1, 0, 'x'), Version(0, 9), Version(1, 0, 'y')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 0, 'a') == Version(1, 0, 'b'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__ + ":", e)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0


c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: 'here'}[Coord(1.5, 2.5)])
for action in ('set', 'del', 'new'):
    try:
        if action == 'set':
            c.lat = 3
        elif action == 'del':
            del c.lon
        else:
            c.extra = 1
    except FrozenInstanceError as e:
        print(type(e).__name__ + ":", e, isinstance(e, AttributeError))


@dataclass(unsafe_hash=True)
class Tagged:
    name: str
    weight: int = field(default=1, hash=False)


print(hash(Tagged('a', 1)) == hash(Tagged('a', 2)), Tagged('a') == Tagged('a', 2))


@dataclass(eq=False)
class Identity:
    v: int


i1, i2 = Identity(1), Identity(1)
print(i1 == i2, i1 == i1, Identity.__hash__ is object.__hash__)


@dataclass
class Unhashable:
    v: int


print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print(type(e).__name__ + ":", e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options(level=1, verbose=True))
try:
    Options(True, 3)
except TypeError as e:
    print(type(e).__name__ + ":", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=False)
    d: int


print(Mixed(1, 9, d=4), Mixed.__match_args__, Mixed.__doc__)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'))


@dataclass
class Shape:
    kind: str
    size: int = 1


def describe(s):
    match s:
        case Shape('circle', size):
            return 'circle of ' + str(size)
        case Shape(kind=k):
            return 'other ' + k


print(describe(Shape('circle', 3)), describe(Shape('square')))


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


hand = {Card(10, 'h'), Card(2, 's'), Card(10, 'h')}
print(sorted(hand), max(hand))
