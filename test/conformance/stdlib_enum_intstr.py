# enum: IntEnum, StrEnum, ReprEnum and data-type mixins: str/format/repr, arithmetic, comparisons.
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.ONE), str(Num.TWO), format(Num.THREE), f'{Num.TWO:>5}|', f'{Num.ONE:03d}')
print(Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num.THREE > 2, Num.ONE == 1, Num(2), Num['THREE'])
print(sorted([Num.THREE, Num.ONE, Num.TWO]), max(Num), sum(Num), int(Num.TWO), [1, 2, 3, 4][Num.TWO])
print(hash(Num.ONE) == hash(1), {1: 'one'}[Num.ONE], isinstance(Num.ONE, int), Num.ONE.bit_length())
print(Num.ONE | Num.TWO, type(Num.ONE | Num.TWO).__name__, -Num.ONE, abs(Num.ONE))


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @property
    def phrase(self):
        return self.name.replace('_', ' ').title()


print(Http(404).phrase, Http.OK == 200, Http.OK.value, list(Http))


class Letter(StrEnum):
    A = auto()
    B = 'bee'
    CEE = auto()


print(Letter.A, repr(Letter.A), Letter.B.upper(), Letter.A == 'a', format(Letter.B), f'{Letter.CEE}!', list(Letter))
print(Letter('bee'), Letter.A + 'x', len(Letter.B), isinstance(Letter.A, str), ','.join(Letter))


class Mixed(int, Enum):
    LOW = 1
    HIGH = 2


print(Mixed.LOW, repr(Mixed.HIGH), format(Mixed.LOW), Mixed.LOW + 1, Mixed.HIGH > Mixed.LOW)


class Text(str, Enum):
    HELLO = 'hello'


print(Text.HELLO, repr(Text.HELLO), Text.HELLO.upper(), Text.HELLO == 'hello', f'{Text.HELLO}')


class Ratio(float, ReprEnum):
    HALF = 0.5
    QUARTER = 0.25


print(Ratio.HALF, repr(Ratio.QUARTER), Ratio.HALF * 2, f'{Ratio.HALF:.3f}', str(Ratio.QUARTER))


class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Auto), [a.value for a in Auto])


class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Lower))


class Tuple2(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(Tuple2.UNIT, Tuple2.UNIT[0], Tuple2((0, 0)), repr(Tuple2.ORIGIN))
