# enum: Flag and IntFlag: combination, membership, iteration, inversion, boundaries, pseudo-members.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
    NONE = 0


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(rw))
print(list(Perm), Perm.RWX, repr(Perm.NONE), Perm(0), Perm(7), Perm(3), bool(Perm.NONE))
print(~Perm.R, repr(~Perm.NONE), repr(~Perm.RWX), Perm.R ^ Perm.RWX, Perm.R & Perm.W, rw & Perm.R)
print(Perm.__members__.keys(), Perm._flag_mask_, Perm._all_bits_, Perm)
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__ + ":", repr(str(e)))
try:
    Perm('x')
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    1 in rw
except TypeError as e:
    print(type(e).__name__ + ":", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color], Color.RED | Color.BLUE, list(Color.RED | Color.BLUE), repr(~Color.GREEN))
white = Color.RED | Color.GREEN | Color.BLUE
print(white, white == Color(7), Color.RED in white, [c.name for c in white])


class Order(Flag):
    B = 2
    A = 1
    C = 4


print(Order(3), list(Order(7)), repr(Order(5)))


class Loose(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(Loose(7), Loose(4), repr(Loose(4)), Loose._boundary_)


class Ejecting(Flag, boundary=EJECT):
    A = 1
    B = 2


print(Ejecting(3), Ejecting(7), type(Ejecting(7)).__name__)


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Keep(9)), Keep(9).name)


class Io(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


print(Io.READ | Io.WRITE, repr(Io.READ | Io.WRITE), Io.READ | 8, repr(Io.READ | 8), repr(Io(0)))
print(Io.READ + 1, str(Io.WRITE), format(Io.EXEC), Io.READ == 1, repr(~Io.READ), repr(Io(-1)), Io.WRITE & 3)
print(isinstance(Io.READ | Io.WRITE, int), 3 & Io.READ, repr(8 | Io.READ), Io._boundary_, list(FlagBoundary))


class Gaps(Flag):
    A = 1
    C = 4


try:
    Gaps(2)
except ValueError as e:
    print(type(e).__name__ + ":", repr(str(e)))
