// The abc module (stdlib/abc.ts): ABC, ABCMeta, abstractmethod and virtual subclasses.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, limitKind, TRY } from './script.js';

const py = String.raw;

describe("abstract methods", () => {
  it("instantiation is refused with CPython 3.11 wording", () => {
    expect(run(TRY + py`
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
class Half(Base):
    def a(self):
        return 1
class Full(Half):
    def b(self):
        return 2
attempt(Base)
attempt(Half)
print(Full().a() + Full().b(), sorted(Base.__abstractmethods__), Full.__abstractmethods__)
`)).toBe("TypeError: Can't instantiate abstract class Base with abstract methods a, b\nTypeError: Can't instantiate abstract class Half with abstract method b\n3 ['a', 'b'] frozenset()\n");
  });
  it("abstract properties, classmethods and staticmethods", () => {
    expect(run(py`
from abc import ABC, abstractmethod, abstractproperty
class Base(ABC):
    @property
    @abstractmethod
    def p(self): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
    @staticmethod
    @abstractmethod
    def s(): ...
    @abstractproperty
    def old(self): ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    p = 1
    old = 2
    @classmethod
    def c(cls):
        return 'c'
    @staticmethod
    def s():
        return 's'
print(Impl().p, Impl.c(), Impl.s(), Impl().old)
`)).toBe("['c', 'old', 'p', 's']\n1 c s 2\n");
  });
  it("update_abstractmethods", () => {
    expect(run(TRY + py`
from abc import ABC, abstractmethod, update_abstractmethods
class L(ABC):
    @abstractmethod
    def f(self): ...
L.f = lambda self: 'ok'
attempt(L)
update_abstractmethods(L)
print(L().f(), update_abstractmethods(int) is int)
`)).toBe("TypeError: Can't instantiate abstract class L with abstract method f\nok True\n");
  });
});

describe("virtual subclasses", () => {
  it("register and __subclasshook__", () => {
    expect(run(TRY + py`
from abc import ABC, ABCMeta
class Shape(ABC):
    pass
class Circle:
    pass
print(issubclass(Circle, Shape), Shape.register(Circle) is Circle, issubclass(Circle, Shape), isinstance(Circle(), Shape))
Shape.register(int)
print(isinstance(True, Shape), issubclass(float, Shape))
class HasLen(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__') if cls is HasLen else NotImplemented
print(isinstance([], HasLen), isinstance(1, HasLen))
attempt(Shape.register, 3)
class Sub(Shape):
    pass
attempt(Sub.register, Shape)
attempt(issubclass, 3, Shape)
`)).toBe("False True True True\nTrue False\nTrue False\nTypeError: Can only register classes\nRuntimeError: Refusing to create an inheritance cycle\nTypeError: issubclass() arg 1 must be a class\n");
  });
});

describe('Sandling specifics', () => {
  it('isinstance through ABCMeta.__instancecheck__ in a loop is charged to the budget', () => {
    expect(limitKind(py`
from abc import ABC
class S(ABC):
    pass
S.register(int)
while True:
    isinstance(1, S)
`, { maxOps: 50_000 })).toBe('budget');
  });

  it('ABCMeta subclasses and keyword arguments to __init_subclass__ pass through', () => {
    expect(run(py`
from abc import ABC
class Base(ABC):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Leaf(Base, tag='x'):
    pass
print(Leaf.tag, type(Leaf).__name__)
`)).toBe('x ABCMeta\n');
  });
});
