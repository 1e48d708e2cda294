# collections.namedtuple: fields, defaults, rename, _make/_asdict/_replace, errors, tuple behaviour, subclassing.
from collections import namedtuple
Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[10, 20])
p = Point(1, 2)


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('p', lambda: p)
show('(p.x, p.y, p[0], p[-1], len(p))', lambda: (p.x, p.y, p[0], p[-1], len(p)))
show('p._fields', lambda: p._fields)
show('p._asdict()', lambda: p._asdict())
show('p._replace(x=5)', lambda: p._replace(x=5))
show('Point._make([3, 4])', lambda: Point._make([3, 4]))
show('Point._make([1])', lambda: Point._make([1]))
show('p._replace(z=1)', lambda: p._replace(z=1))
show('tuple(p)', lambda: tuple(p))
show('p == (1, 2)', lambda: p == (1, 2))
show('hash(p) == hash((1, 2))', lambda: hash(p) == hash((1, 2)))
show('isinstance(p, tuple)', lambda: isinstance(p, tuple))
show('p + (3,)', lambda: p + (3,))
show('p * 2', lambda: p * 2)
show('sorted([Point(2, 1), Point(1, 5), Point(1, 2)])', lambda: sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
show('Point.__doc__', lambda: Point.__doc__)
show('Point.x.__doc__', lambda: Point.x.__doc__)
show('Point.__name__', lambda: Point.__name__)
show('Point._make.__doc__', lambda: Point._make.__doc__)
show('p.__match_args__', lambda: p.__match_args__)
show('Point()', lambda: Point())
show('Point(1)', lambda: Point(1))
show('Point(1, 2, 3)', lambda: Point(1, 2, 3))
show('Point(1, x=2)', lambda: Point(1, x=2))
show('Point(1, z=3)', lambda: Point(1, z=3))
show('Point(x=1)', lambda: Point(x=1))
show('Point(y=2, x=1)', lambda: Point(y=2, x=1))
show('P3(1)', lambda: P3(1))
show('P3(1, c=5)', lambda: P3(1, c=5))
show('P3._field_defaults', lambda: P3._field_defaults)
show('P3()', lambda: P3())
show('P3(1, 2, 3, 4)', lambda: P3(1, 2, 3, 4))
show('namedtuple("R", "abc def _x abc", rename=True)._fields', lambda: namedtuple("R", "abc def _x abc", rename=True)._fields)
show('namedtuple("S", "a, b,c")._fields', lambda: namedtuple("S", "a, b,c")._fields)
show('namedtuple("E", "")()', lambda: namedtuple("E", "")())
show('namedtuple("1a", "x")', lambda: namedtuple("1a", "x"))
show('namedtuple("A", "x def")', lambda: namedtuple("A", "x def"))
show('namedtuple("A", "x _y")', lambda: namedtuple("A", "x _y"))
show('namedtuple("A", "x x")', lambda: namedtuple("A", "x x"))
show('namedtuple("A", ["x", 3])', lambda: namedtuple("A", ["x", 3]))
show('namedtuple("A", "x", defaults=[1, 2])', lambda: namedtuple("A", "x", defaults=[1, 2]))
x, y = p
print(x, y)
class Vec(namedtuple("Vec", "a b")):
    def total(self):
        return self.a + self.b
    def __repr__(self):
        return "Vec<" + str(self.a) + "," + str(self.b) + ">"
v = Vec(1, 2)
print(v.total(), v, Vec._fields, isinstance(v, tuple))
try:
    p.x = 5
except AttributeError:
    print("AttributeError on assignment")
match p:
    case Point(x=1, y=yy):
        print("matched y =", yy)
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "ops", 10), Emp("bob", "dev", 12), Emp("cy", "dev", 9)]
print(max(staff, key=lambda e: e.salary).name, [e.name for e in sorted(staff, key=lambda e: (e.dept, e.salary))])
