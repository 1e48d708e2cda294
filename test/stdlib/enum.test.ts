// The enum module (stdlib/enum.ts): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique and the functional API.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../core/index.js';
import { run, failure, limitKind, TRY } from './script.js';

const py = String.raw;

describe("Enum", () => {
  it("members, lookup, aliases, iteration and reprs", () => {
    expect(run(py`
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.__members__, Color.RED.name, Color.RED.value, Color.RED in Color, hash(Color.RED) == hash(Color.CRIMSON))
print(format(Color.RED), f'{Color.GREEN:>12}|', str(Color.RED), Color, type(Color).__name__, list(reversed(Color)))
`)).toBe("Color.RED <Color.GREEN: 2> Color.RED Color.GREEN True [<Color.RED: 1>, <Color.GREEN: 2>] 2\n{'RED': <Color.RED: 1>, 'GREEN': <Color.GREEN: 2>, 'CRIMSON': <Color.RED: 1>} RED 1 True True\nColor.RED  Color.GREEN| Color.RED <enum 'Color'> EnumType [<Color.GREEN: 2>, <Color.RED: 1>]\n");
  });
  it("lookup and assignment errors", () => {
    expect(run(TRY + py`
from enum import Enum
class Color(Enum):
    RED = 1
attempt(Color, 7)
attempt(lambda: Color['PINK'])
attempt(setattr, Color, 'RED', 2)
attempt(delattr, Color, 'RED')
attempt(setattr, Color.RED, 'value', 2)
attempt(lambda: Color.RED < Color.RED)
`)).toBe("ValueError: 7 is not a valid Color\nKeyError: 'PINK'\nAttributeError: cannot reassign member 'RED'\nAttributeError: 'Color' cannot delete member 'RED'.\nAttributeError: <enum 'Enum'> cannot set attribute 'value'\nTypeError: '<' not supported between instances of 'Color' and 'Color'\n");
  });
  it("methods, properties, _missing_ and custom __init__", () => {
    expect(run(TRY + py`
from enum import Enum
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def density_hint(self):
        return self.mass > 1e24
    @classmethod
    def _missing_(cls, value):
        return cls.EARTH if value == 'earth' else None
print(Planet.EARTH.mass, Planet.EARTH.density_hint, Planet('earth'), Planet.EARTH.value)
attempt(Planet, 'mars')
`)).toBe("5.976e+24 True Planet.EARTH (5.976e+24, 6378140.0)\nValueError: 'mars' is not a valid Planet\n");
  });
  it("auto() and _generate_next_value_", () => {
    expect(run(py`
from enum import Enum, auto
class A(Enum):
    X = auto()
    Y = 10
    Z = auto()
class B(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    P = auto()
    Q = auto()
print(list(A), list(B))
`)).toBe("[<A.X: 1>, <A.Y: 10>, <A.Z: 11>] [<B.P: 'PP'>, <B.Q: 'QQ'>]\n");
  });
  it("functional API and unique", () => {
    expect(run(TRY + py`
from enum import Enum, IntEnum, unique
Animal = Enum('Animal', 'ANT BEE')
Pairs = Enum('Pairs', [('A', 5), ('B', 6)])
Codes = IntEnum('Codes', {'LOW': 1, 'HIGH': 2})
print(list(Animal), list(Pairs), Codes.HIGH + 1, Animal.ANT.value)
attempt(Enum, 'Bad', 'A A')
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
`)).toBe("[<Animal.ANT: 1>, <Animal.BEE: 2>] [<Pairs.A: 5>, <Pairs.B: 6>] 3 1\nTypeError: 'A' already defined as 1\nduplicate values found in <enum 'D'>: B -> A\n");
  });
});

describe("IntEnum, StrEnum and Flag", () => {
  it("IntEnum and StrEnum behave as their data type", () => {
    expect(run(py`
from enum import IntEnum, StrEnum, auto
class N(IntEnum):
    ONE = 1
    TWO = 2
class S(StrEnum):
    A = auto()
    B = 'bee'
print(N.ONE, repr(N.ONE), N.ONE + 1, N.TWO > N.ONE, {1: 'x'}[N.ONE], sorted([N.TWO, N.ONE]), f'{N.TWO:03d}')
print(S.A, repr(S.B), S.B.upper(), S.A == 'a', {'a': 1}[S.A], '-'.join(S))
`)).toBe("1 <N.ONE: 1> 2 True x [<N.ONE: 1>, <N.TWO: 2>] 002\na <S.B: 'bee'> BEE True 1 a-bee\n");
  });
  it("Flag combination, membership and errors", () => {
    expect(run(TRY + py`
from enum import Flag, IntFlag, auto
class P(Flag):
    R = 4
    W = 2
    X = 1
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, list(rw), ~P.R, P(7), repr(P(0)), bool(P(0)))
class I(IntFlag):
    A = auto()
    B = auto()
print(repr(I.A | 8), I.A | I.B, repr(~I.A))
attempt(P, 8)
attempt(lambda: 1 in rw)
`)).toBe("P.R|W <P.R|W: 6> True [<P.R: 4>, <P.W: 2>] P.W|X P.R|W|X <P: 0> False\n<I.A|8: 9> 3 <I.B: 2>\nValueError: <flag 'P'> invalid value 8\n    given 0b0 1000\n  allowed 0b0 0111\nTypeError: unsupported operand type(s) for 'in': 'int' and 'P'\n");
  });
});

describe('Sandling specifics', () => {
  it('1 in SomeEnum raises TypeError (CPython 3.11 also warns on stderr)', () => {
    expect(failure(py`
from enum import Enum
class C(Enum):
    A = 1
1 in C
`)).toBe("TypeError: unsupported operand type(s) for 'in': 'int' and 'EnumType'");
  });

  it('a name assigned twice in a class body keeps its last value (no __prepare__)', () => {
    expect(run(py`
from enum import Enum
class C(Enum):
    A = 1
    A = 2
print(list(C))
`)).toBe('[<C.A: 2>]\n');
  });

  it('creating a huge functional enum is charged to the instruction budget', () => {
    expect(limitKind(py`
from enum import Enum
Enum('Big', ['M%d' % i for i in range(200000)])
`, { maxOps: 100_000 })).toBe('budget');
  });

  it('enum classes and members are per interpreter', () => {
    const a = new Interpreter();
    a.run('from enum import Enum\nclass C(Enum):\n    A = 1\nprint(C.A)');
    const b = new Interpreter();
    b.run('import enum\nprint(hasattr(enum, "C"), enum.Enum.__name__)');
    expect(a.takeOutput() + b.takeOutput()).toBe('C.A\nFalse Enum\n');
  });
});
