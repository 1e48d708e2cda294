# abc: virtual subclasses (register), __subclasshook__, caches, custom metaclasses derived from ABCMeta.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return 'o'


token = get_cache_token()
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable.register(Circle) is Circle, get_cache_token() != token)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), Drawable in Circle.__mro__)


@Drawable.register
class Square:
    pass


class SubSquare(Square):
    pass


print(issubclass(Square, Drawable), issubclass(SubSquare, Drawable), isinstance(SubSquare(), Drawable))
print(issubclass(int, Drawable), isinstance('x', Drawable), issubclass(bool, Drawable))
print(Drawable.register(Circle) is Circle)
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), issubclass(bool, Drawable), isinstance(3.0, Drawable))
for bad in (3, 'x', Circle()):
    try:
        Drawable.register(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)


class Base(ABC):
    pass


class Derived(Base):
    pass


try:
    Derived.register(Base)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Thing:
    def __len__(self):
        return 0


class MoreSized(Sized):
    pass


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), isinstance(Thing(), Sized), issubclass(Thing, MoreSized))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


Never.register(str)
print(issubclass(str, Never), isinstance('s', Never), issubclass(Never, Never))


class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.created_by = mcls.__name__
        return cls


class Plugin(metaclass=Meta):
    @abstractmethod
    def run(self):
        ...


class Real(Plugin):
    def run(self):
        return 'ran'


print(Real.created_by, Real().run(), type(Real).__name__, isinstance(Real(), Plugin), sorted(Plugin.__abstractmethods__))
try:
    issubclass(3, Plugin)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(isinstance(Real(), (int, Plugin)), issubclass(Real, (str, Drawable)))
