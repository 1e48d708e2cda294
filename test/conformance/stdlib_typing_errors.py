# typing: CPython's errors for invalid subscriptions, instantiation and checks.
from typing import (Any, Optional, Union, List, Dict, Callable, Generic, TypeVar, ClassVar, Final, Literal, Annotated,
                    NamedTuple, TypedDict, Protocol, runtime_checkable, get_type_hints, overload, Tuple)

T = TypeVar('T')


def attempt(label, make):
    try:
        print(label, make())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def plain_generic():
    class Bad(Generic):
        pass


def subclass_union():
    class Bad(Union):
        pass


def subclass_optional_int():
    class Bad(Optional[int]):
        pass


def too_many_box():
    class Box(Generic[T]):
        pass
    return Box[int, str]


def nt_order():
    class NT(NamedTuple):
        a: int = 1
        b: int


def nt_overwrite():
    class NT(NamedTuple):
        a: int

        def _replace(self):
            pass


def protocol_instance():
    class P(Protocol):
        pass
    return P()


def protocol_check():
    class P(Protocol):
        def m(self): ...
    return isinstance(1, P)


def generic_twice():
    S = TypeVar('S')

    class Bad(Generic[T], Generic[S]):
        pass


def unlisted_typevar():
    S = TypeVar('S')

    class Bad(List[S], Generic[T]):
        pass


attempt('isinstance List[int]', lambda: isinstance([], List[int]))
attempt('issubclass List[int]', lambda: issubclass(list, List[int]))
attempt('List[int, str]', lambda: List[int, str])
attempt('Dict[int]', lambda: Dict[int])
attempt('List()', lambda: List())
attempt('Dict()', lambda: Dict())
attempt('Tuple()', lambda: Tuple())
attempt('isinstance Any', lambda: isinstance(1, Any))
attempt('Any()', lambda: Any())
attempt('Optional()', lambda: Optional())
attempt('Literal()', lambda: Literal())
attempt('Optional[int, str]', lambda: Optional[int, str])
attempt('ClassVar[int, str]', lambda: ClassVar[int, str])
attempt('Final[int, str]', lambda: Final[int, str])
attempt('Union[()]', lambda: Union[()])
attempt('Generic[int]', lambda: Generic[int])
attempt('Generic[T, T]', lambda: Generic[T, T])
attempt('Generic[()]', lambda: Generic[()])
attempt('plain Generic', plain_generic)
attempt('subclass Union', subclass_union)
attempt('subclass Optional[int]', subclass_optional_int)
attempt('Callable[int]', lambda: Callable[int])
attempt('Annotated[int]', lambda: Annotated[int])
attempt('Annotated()', lambda: Annotated())
attempt('TypeVar one constraint', lambda: TypeVar('X', int))
attempt('TypeVar bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
attempt('TypeVar bound+constraints', lambda: TypeVar('X', int, str, bound=int))
attempt('List[int][str]', lambda: List[int][str])
attempt('Box[int, str]', too_many_box)
attempt('NamedTuple both', lambda: NamedTuple('X', [('a', int)], b=int))
attempt('NamedTuple order', nt_order)
attempt('NamedTuple overwrite', nt_overwrite)
attempt('TypedDict isinstance', lambda: isinstance({}, TypedDict('M', {'a': int})))
attempt('Protocol()', protocol_instance)
attempt('Protocol isinstance', protocol_check)
attempt('runtime_checkable(int)', lambda: runtime_checkable(int))
attempt('get_type_hints(3)', lambda: get_type_hints(3))
attempt('overloaded call', lambda: overload(lambda x: x)(1))
attempt('Generic twice', generic_twice)
attempt('unlisted TypeVar', unlisted_typevar)
attempt('Union[int, 3]', lambda: Union[int, 3])
attempt('List[(int, str)]', lambda: List[(int, str)])
