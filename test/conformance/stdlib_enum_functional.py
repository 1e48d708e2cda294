# enum: functional API, unique, verify, member/nonmember, class-level errors.
from enum import Enum, IntEnum, Flag, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, auto


Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT), Animal.__name__)
Pets = Enum('Pets', 'DOG, FISH', start=10)
print(list(Pets))
Pairs = Enum('Pairs', [('A', 10), ('B', 20)])
print(list(Pairs), Pairs(20))
Mapped = Enum('Mapped', {'X': 'x', 'Y': 'y'})
print(list(Mapped), Mapped('y'))
Codes = IntEnum('Codes', 'LOW HIGH')
print(list(Codes), Codes.HIGH + 1)
Bits = Flag('Bits', 'A B C')
print(list(Bits), [b.value for b in Bits], Bits.A | Bits.C)
Typed = Enum('Typed', 'ONE TWO', type=int)
print(Typed.TWO + 1, repr(Typed.ONE))
Q = Enum('Q', 'A', qualname='Outer.Q')
print(Q.__qualname__)
try:
    Enum('Bad', 'A A')
except TypeError as e:
    print(type(e).__name__ + ":", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    @verify(CONTINUOUS)
    class V2(Enum):
        A = 1
        B = 3
        C = 6
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    @verify(NAMED_FLAGS)
    class V3(Flag):
        A = 1
        B = 2
        ALL = 15
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(list(verify(CONTINUOUS)(Enum('Ok', 'A B C'))))


class M(Enum):
    a = 1
    b = nonmember(3)
    c = member(lambda: 4)

    def method(self):
        return 'm'


print([m.name for m in M], M.b, M.c.value(), M.a.method())


def attempt(label, make):
    try:
        print(label, make())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def extend():
    class Base(Enum):
        A = 1

    class Ext(Base):
        B = 2
    return Ext


def sunder():
    class S(Enum):
        _bad_ = 1
    return S


def no_data_type():
    from enum import ReprEnum

    class R(ReprEnum):
        A = 1
    return R


attempt('extend', extend)
attempt('sunder', sunder)
attempt('value', lambda: M(5))
attempt('name', lambda: M['zz'])
attempt('reassign', lambda: setattr(M, 'a', 2))
attempt('delete', lambda: delattr(M, 'a'))
attempt('set value', lambda: setattr(M.a, 'value', 3))
attempt('set name', lambda: setattr(M.a, 'name', 'x'))
attempt('compare', lambda: M.a < M.a)
attempt('mixin', no_data_type)


class Missing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


attempt('bad _missing_', lambda: Missing(7))
print(M.a.__reduce_ex__(2)[1], Animal.ANT.__class__ is Animal)
