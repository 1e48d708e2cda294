# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, signature errors.
from dataclasses import dataclass, field, fields, is_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), repr(Point(x=-1)))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__hash__)
print(Point.__doc__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__match_args__, Point.__dataclass_params__)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 2}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__ + ":", e)


@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    price: float = 1.5


a = Inventory('a')
b = Inventory('b')
a.tags.append('x')
print(a, b, a.tags is b.tags, a.counts, Inventory.price)
print([f.name for f in fields(Inventory)], [f.type.__name__ for f in fields(a)])
print(fields(Inventory)[1].default is MISSING, fields(Inventory)[1].default_factory is list)
print(is_dataclass(a), is_dataclass(Inventory), is_dataclass(Point(1)), is_dataclass(5), is_dataclass(int))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: 'Node' = None


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root)
print(child == Node(2, parent=root), Node(1) == Node(1))


class NotAField:
    plain = 10


@dataclass
class WithClassAttrs(NotAField):
    a: int
    b: str = 'b'
    unannotated = 'ignored'

    def total(self):
        return self.a * 2


w = WithClassAttrs(4)
print(w, w.total(), w.plain, w.unannotated, [f.name for f in fields(w)])


@dataclass(init=False, repr=False, eq=False)
class Manual:
    v: int

    def __init__(self, v):
        self.v = v * 10


m = Manual(2)
print(m.v, m == Manual(2), type(m).__repr__ is object.__repr__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


@dataclass
class Selfish:
    self: int
    other: int = 2


print(Selfish(1), Selfish(self=3))
