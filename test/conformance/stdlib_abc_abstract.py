# abc: abstract methods, properties and class/static methods, instantiation errors, update_abstractmethods.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod, update_abstractmethods


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name()} {self.area()}'


print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__ + ":", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print(type(e).__name__ + ":", e)


class Square(Half):
    def __init__(self, side=2):
        self.side = side

    def name(self):
        return 'square'

    def area(self):
        return self.side ** 2


sq = Square(3)
print(sq.describe(), Square.__abstractmethods__, isinstance(sq, Shape), issubclass(Square, Shape), Square().side)


class Props(ABC):
    @property
    @abstractmethod
    def x(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...

    @abstractproperty
    def old(self):
        ...

    @abstractclassmethod
    def old_make(cls):
        ...

    @abstractstaticmethod
    def old_util():
        ...

    def concrete(self):
        return 'c'


print(sorted(Props.__abstractmethods__))
try:
    Props()
except TypeError as e:
    print(type(e).__name__ + ":", e)


class PropsImpl(Props):
    x = 5
    old = 6

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def util():
        return 'u'

    @classmethod
    def old_make(cls):
        return 'om'

    @staticmethod
    def old_util():
        return 'ou'


pi = PropsImpl.make()
print(pi.x, pi.old, pi.util(), PropsImpl.old_make(), pi.old_util(), pi.concrete(), PropsImpl.__abstractmethods__)


class Later(ABC):
    @abstractmethod
    def f(self):
        ...


Later.f = lambda self: 'patched'
try:
    Later()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(update_abstractmethods(Later) is Later, Later().f(), Later.__abstractmethods__)


class Growing(ABC):
    pass


def g(self):
    ...


Growing.g = abstractmethod(g)
update_abstractmethods(Growing)
try:
    Growing()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(update_abstractmethods(int) is int, g.__isabstractmethod__)


class Plain(ABC):
    def __init__(self, a, b=2):
        self.a, self.b = a, b


print(Plain(1).a, Plain(1, b=5).b, type(Plain(0)).__name__)
try:
    Plain()
except TypeError as e:
    print(type(e).__name__ + ":", e)


class WithMeta(metaclass=ABCMeta):
    @abstractmethod
    def one(self):
        ...

    @abstractmethod
    def two(self):
        ...

    @abstractmethod
    def three(self):
        ...


try:
    WithMeta()
except TypeError as e:
    print(type(e).__name__ + ":", e)
