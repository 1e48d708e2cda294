# typing: NamedTuple (class and functional forms), TypedDict, get_type_hints.
from typing import NamedTuple, TypedDict, Optional, List, Dict, get_type_hints, is_typeddict, Required, NotRequired, Annotated


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self):
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self):
        return Point(self.y, self.x, self.label)


p = Point(1, -2)
print(p, p.x, p[1], p.norm(), p.swapped, len(p), p == (1, -2, 'p'), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__annotations__, p._asdict(), p._replace(x=9))
print(Point._make([5, 6, 'm']), Point.__name__, Point.__doc__, type(p).__mro__)
x, y, label = p
print(x, y, label, sorted([Point(2), Point(1, 5), Point(1)]), hash(p) == hash((1, -2, 'p')))
try:
    Point()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    Point._make([1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__ + ":", e)

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('ann', 3)
print(e, Employee._fields, Employee.__annotations__)
Emp2 = NamedTuple('Emp2', name=str, id=int)
print(Emp2('bob', 4), Emp2._fields)


def describe(pt):
    match pt:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return 'on x at ' + str(x)
        case _:
            return 'elsewhere'


print(describe(Point(0)), describe(Point(3)), describe(p))


class Movie(TypedDict):
    title: str
    year: int


class Extended(Movie, total=False):
    rating: float
    tags: Required[List[str]]


m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__, m['year'], Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), Extended.__total__, Extended.__annotations__)
Alt = TypedDict('Alt', {'a': int, 'b': NotRequired[str]})
print(Alt(a=1), sorted(Alt.__required_keys__), sorted(Alt.__optional_keys__), is_typeddict(Alt), is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as e:
    print(type(e).__name__ + ":", e)


class Node:
    value: int
    next: 'Optional[Node]'
    children: List['Node']
    meta: Annotated[Dict[str, int], 'extra']


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['meta'])
print(get_type_hints(Point), get_type_hints(Movie))


class Child(Node):
    extra: 'int'


print(list(get_type_hints(Child)))
