# typing: TypeVar, Generic classes, Protocol and runtime_checkable, NewType, overload, decorators.
from typing import TypeVar, Generic, Protocol, runtime_checkable, NewType, overload, get_overloads, final, no_type_check, ParamSpec, Concatenate, Callable, Iterator, List, SupportsInt, SupportsIndex, SupportsAbs

T = TypeVar('T')
K = TypeVar('K', bound=int)
V = TypeVar('V', str, bytes, covariant=True)
C = TypeVar('C', contravariant=True)
print(T, K, V, C, T.__name__, K.__bound__, V.__constraints__, V.__covariant__, C.__contravariant__, T.__bound__)
print(T | None, T == T, TypeVar('T') == T)


class Box(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def get(self) -> T:
        return self.value


print(Box[int], Box.__parameters__, Box[int](3).get(), Box.__orig_bases__, Box.__mro__)
b = Box[str]('s')
print(b.value, b.__orig_class__, type(b).__name__, isinstance(b, Box))


class Pair(Generic[K, V]):
    pass


print(Pair[int, str], Pair.__parameters__, Pair[int, str].__args__)


class IntBox(Box[int]):
    pass


print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox(5).get(), IntBox.__mro__)


class Stack(List[T]):
    def push(self, x: T) -> None:
        self.append(x)


s = Stack()
s.push(1)
s.push(2)
print(s, Stack.__mro__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        pass


class Rock:
    pass


print(isinstance(File(), Closable), isinstance(Rock(), Closable), issubclass(File, Closable), issubclass(Rock, Closable))


class Named(Protocol):
    name: str


class Impl(Closable):
    def close(self):
        return 'closed'


print(Impl().close(), isinstance(Impl(), Closable), Closable._is_protocol, Impl._is_protocol)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3, SupportsIndex), isinstance(-1.5, SupportsAbs))

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__, UserId(5) + 1)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'), len(get_overloads(double)))


@final
class Leaf:
    @final
    def method(self):
        return 1


@no_type_check
def loose(a: 'whatever') -> 'anything':
    return a


print(Leaf.__final__, Leaf.method.__final__, loose(1), loose.__no_type_check__)
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Concatenate[int, P], Callable[Concatenate[int, P], str])


def gen() -> Iterator[int]:
    yield 1


print(list(gen()))
