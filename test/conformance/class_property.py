# property with getter, setter, deleter; computed attributes
class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        print("get radius")
        return self._r
    @radius.setter
    def radius(self, value):
        print("set radius", value)
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value
    @radius.deleter
    def radius(self):
        print("del radius")
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
try:
    c.radius
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.radius).__name__, Circle.radius.fget.__name__, Circle.area.fset)
class Old:
    def _get(self):
        return "old-style"
    def _set(self, v):
        print("setting", v)
    x = property(_get, _set, None, "the x property")
o = Old()
print(o.x, Old.x.__doc__)
o.x = 5
class ReadOnly:
    @property
    def value(self):
        "Doc from getter."
        return 42
print(ReadOnly().value, ReadOnly.value.__doc__)
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def data(self):
        self.computed += 1
        return [1, 2, 3]
lz = Lazy()
lz.data; lz.data
print(lz.computed)
class Sub(Circle):
    @property
    def area(self):
        return "overridden " + str(super().area)
s = Sub(1)
print(s.area)
