# super() forms: zero-arg, two-arg, in classmethods, property access via super
class A:
    def greet(self):
        return "A.greet"
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    @staticmethod
    def util():
        return "A.util"
    label = "A-label"
    @property
    def prop(self):
        return "A.prop"
class B(A):
    def greet(self):
        return "B>" + super().greet()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @staticmethod
    def util():
        return "B>" + super(B, B).util()
    @property
    def prop(self):
        return "B>" + super().prop
    def label_from_super(self):
        return super().label
class C(B):
    def greet(self):
        return "C>" + super(B, self).greet()
b, c = B(), C()
print(b.greet(), c.greet(), B.make(), C.make(), B.util(), b.prop, c.prop, b.label_from_super())
print(super(B, b).greet(), super(C, c).greet(), super(B, C).make())
sup = super(B, b)
print(type(sup).__name__, sup.greet())
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().greet()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class D(A):
    def greet(self):
        inner = lambda: super(D, self).greet()
        return "D>" + inner()
    def via_comprehension(self):
        return [super(D, self).greet() for _ in range(2)]
print(D().greet(), D().via_comprehension())
try:
    super(B, b).missing
except AttributeError as e:
    print("AttributeError:", e)
class Base:
    def __init__(self, x):
        self.x = x
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
dd = Derived(1, 2)
print(dd.x, dd.y)
