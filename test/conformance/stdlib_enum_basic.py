# enum: members, lookup by value and name, aliases, iteration, reprs, comparisons, hashing, methods.
from enum import Enum, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return self.name.lower() + '=' + str(self.value)

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN

    @staticmethod
    def count():
        return len(Color)


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), type(Color))
print(Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, Color.CRIMSON.name, Color(3) is Color.BLUE)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__, list(Color.__members__.items())[-1])
print(Color._member_names_, Color.RED in Color, Color.BLUE.describe(), Color.RED.is_warm, Color.BLUE.is_warm)
print(Color.default(), Color.count(), Color.RED.default())
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color(1))
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value))
print(format(Color.RED), f'{Color.GREEN}', f'{Color.BLUE!r}', f'{Color.RED:>12}|', str(Color.BLUE))
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum), EnumMeta is EnumType)
print(Color.__name__, Color.RED.__class__.__name__, Color, repr(Color), Enum)
print(dir(Color))
print(dir(Color.RED))
print([m.value for m in Color], {c.name: c.value for c in Color})


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.mass, Planet.EARTH.value, Planet.EARTH.surface_gravity, Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape('square'), Shape(3), Shape.SQUARE.value)


class Ordered(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    _order_ = 'LOW HIGH'
    LOW = 1
    HIGH = 2
    __private = 3


print(list(Ordered), hasattr(Ordered, 'tmp'))


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'


def label(s):
    match s:
        case Status.ACTIVE:
            return 'on'
        case Status.INACTIVE:
            return 'off'


print(label(Status('active')), label(Status.INACTIVE), Status('inactive').value.upper())
