# dataclasses: field options, InitVar/__post_init__, ClassVar, inheritance, asdict/astuple/replace, make_dataclass.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, make_dataclass
from typing import ClassVar, List


@dataclass
class Rect:
    width: float
    height: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)
    registry: ClassVar[list] = []

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height
        Rect.registry.append(self.area)


print(Rect(2, 3), Rect(2, 3, 2), Rect.registry, [f.name for f in fields(Rect)])
print(Rect.__init__.__qualname__, repr(InitVar[int]), repr(InitVar[List[int]]))


@dataclass
class Base:
    x: int = 0
    y: int = 1

    def norm(self):
        return abs(self.x) + abs(self.y)


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


d = Derived(y=5)
print(d, d.norm(), [f.name for f in fields(Derived)], Derived.__match_args__)


@dataclass
class Meta:
    key: str = field(metadata={'unit': 'cm'})
    hidden: int = field(default=0, repr=False, compare=False)


f0, f1 = fields(Meta)
print(f0.metadata['unit'], dict(f1.metadata), f1.repr, f1.compare, f1.init, f1.hash, f0.kw_only)
print(Meta('a', 1) == Meta('a', 2), Meta('k', 9))


@dataclass
class Inner:
    a: int
    b: list


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: tuple


o = Outer('o', Inner(1, [2, 3]), [Inner(4, [])], {'k': Inner(5, [6])}, (Inner(7, []), 8))
print(asdict(o))
print(astuple(o))
print(asdict(Inner(1, [2]), dict_factory=lambda kv: sorted(kv, reverse=True)))
print(astuple(Inner(1, [2]), tuple_factory=list))
copy = asdict(o)
copy['inner']['b'].append(99)
print(o.inner.b, copy['inner']['b'])

r = Rect(1, 1)
r2 = replace(Inner(1, [2]), a=5)
print(r2)
try:
    replace(r, area=3)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(replace(r, width=4, scale=1))
try:
    replace(Inner(1, []), c=3)
except TypeError as e:
    print(type(e).__name__ + ":", e)

Pt = make_dataclass('Pt', ['x', ('y', int), ('z', int, field(default=5))], namespace={'total': lambda self: self.x + self.y + self.z})
p = Pt(1, 2)
print(p, p.total(), [f.type for f in fields(p)], Pt.__name__)
Frozen = make_dataclass('Frozen', [('a', int)], frozen=True, order=True)
print(Frozen(1) < Frozen(2), hash(Frozen(3)) == hash(Frozen(3)))
