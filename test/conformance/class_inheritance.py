# single inheritance, overriding, super()
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
        print("Animal.__init__", name)
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat, a kind of " + super().kind()
class Lion(Cat):
    sound = "roar"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
        print("Lion.__init__", pride)
    def speak(self):
        return super().speak().upper()
c = Cat("Tom")
l = Lion("Leo", "east")
print(c.speak(), "|", l.speak(), "|", l.kind())
print(isinstance(l, Animal), isinstance(c, Lion), issubclass(Lion, Cat), issubclass(Cat, Cat), issubclass(Animal, object))
print([k.__name__ for k in Lion.__mro__], Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(isinstance(l, (int, Cat)), issubclass(Lion, (str, Animal)), isinstance(5, (str, (list, int))))
class Base:
    def template(self):
        return f"[{self.hook()}]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super(B, self).who()
class C(B):
    def who(self): return "C>" + super().who()
print(C().who(), super(C, C()).who(), A.who(C()))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class NoInit(Animal):
    pass
n = NoInit("plain")
print(n.speak())
try:
    NoInit()
except TypeError as e:
    print("TypeError:", e)
print(Lion.sound, Cat.sound, super(Lion, l).sound, type(l).__mro__[2].__name__)
