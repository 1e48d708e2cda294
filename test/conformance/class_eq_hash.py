# __eq__ and __hash__: unhashability, dict keys, set membership
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(1, 2) == (1, 2), Point.__hash__)
try:
    hash(Point(0, 0))
except TypeError as e:
    print("TypeError:", e)
try:
    {Point(0, 0)}
except TypeError as e:
    print("TypeError:", e)
class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))
d = {HPoint(1, 2): "a"}
print(d[HPoint(1, 2)], HPoint(1, 2) in d, HPoint(2, 1) in d, len({HPoint(1, 1), HPoint(1, 1), HPoint(2, 2)}))
print(Point(1, 2) in [Point(0, 0), Point(1, 2)], [Point(1, 2)].index(Point(1, 2)), [Point(3, 3)].count(Point(3, 3)))
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  __eq__({self.name}, {other.name})")
        return self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower()) if False else len(self.name)
table = {Key("abc"): 1}
print("lookup ABC")
print(table[Key("ABC")])
print("lookup xyz")
print(Key("xyz") in table)
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
ae = AlwaysEqual()
print(ae == 1, 1 == ae, ae != 1, [1, 2].count(ae) if False else "skip", ae in [5])
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print(n == n, n in [n], [n] == [n], n is n)
class NotEqOnly:
    def __ne__(self, other):
        return "custom ne"
print(NotEqOnly() != 1, NotEqOnly() == 1)
class EqReturnsNonBool:
    def __eq__(self, other):
        return "truthy string"
print(EqReturnsNonBool() == 1, EqReturnsNonBool() != 1)
