// The typing module (stdlib/typing.ts): aliases, TypeVar, Generic, Protocol, NamedTuple, TypedDict and helpers.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, limitKind, TRY } from './script.js';

const py = String.raw;

describe("aliases", () => {
  it("subscription and reprs", () => {
    expect(run(py`
from typing import List, Dict, Optional, Union, Tuple, Callable, Set, FrozenSet, Iterable, Type, Literal, Any, Annotated, ClassVar, Final
print(List[int], Dict[str, int], Optional[str], Union[int, str, None], Tuple[int, ...], Tuple[()], Callable[[int], str], Callable[..., int])
print(Set[int], FrozenSet[str], Iterable[int], Type[int], Literal['a', 1], Any, Annotated[int, 'm'], ClassVar[int], Final[str])
print(Optional[List[Dict[str, int]]], List['X'], Union[int, List[int]] | None, int | List[int])
`)).toBe("typing.List[int] typing.Dict[str, int] typing.Optional[str] typing.Union[int, str, NoneType] typing.Tuple[int, ...] typing.Tuple[()] typing.Callable[[int], str] typing.Callable[..., int]\ntyping.Set[int] typing.FrozenSet[str] typing.Iterable[int] typing.Type[int] typing.Literal['a', 1] typing.Any typing.Annotated[int, 'm'] typing.ClassVar[int] typing.Final[str]\ntyping.Optional[typing.List[typing.Dict[str, int]]] typing.List[ForwardRef('X')] typing.Union[int, typing.List[int], NoneType] typing.Union[int, typing.List[int]]\n");
  });
  it("origins, args, equality and isinstance", () => {
    expect(run(TRY + py`
from typing import List, Dict, Union, Optional, Iterable, Mapping, Callable, get_origin, get_args
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int))
print(List[int] == List[int], Union[int, str] == Union[str, int], Union[int, int], Optional[None])
print(isinstance([], List), isinstance({}, Mapping), isinstance([], Iterable), isinstance(3, Union[int, str]), issubclass(list, List))
attempt(isinstance, [], List[int])
attempt(lambda: List[int, str])
attempt(List)
attempt(lambda: Union[()])
`)).toBe("<class 'list'> (<class 'str'>, <class 'int'>) (<class 'int'>, <class 'NoneType'>) ([<class 'int'>], <class 'str'>) None\nTrue True <class 'int'> <class 'NoneType'>\nTrue True True True True\nTypeError: Subscripted generics cannot be used with class and instance checks\nTypeError: Too many arguments for typing.List; actual 2, expected 1\nTypeError: Type List cannot be instantiated; use list() instead\nTypeError: Cannot take a Union of no types.\n");
  });
  it("TypeVar substitution", () => {
    expect(run(TRY + py`
from typing import TypeVar, List, Dict, Callable, Optional
T = TypeVar('T')
K = TypeVar('K', bound=int)
print(T, K, K.__bound__, List[T][int], Dict[str, T][float], Callable[[T], T][str], Optional[T][bytes], List[T].__parameters__)
attempt(TypeVar, 'X', int)
attempt(lambda: List[int][str])
`)).toBe("~T ~K <class 'int'> typing.List[int] typing.Dict[str, float] typing.Callable[[str], str] typing.Optional[bytes] (~T,)\nTypeError: A single constraint is not allowed\nTypeError: typing.List[int] is not a generic class\n");
  });
});

describe("classes", () => {
  it("Generic and Protocol", () => {
    expect(run(TRY + py`
from typing import Generic, TypeVar, Protocol, runtime_checkable
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v):
        self.v = v
b = Box[int](3)
print(Box[int], Box.__parameters__, b.v, b.__orig_class__, Box.__mro__)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(3, Closable))
attempt(Closable)
`)).toBe("__main__.Box[int] (~T,) 3 __main__.Box[int] (<class '__main__.Box'>, <class 'typing.Generic'>, <class 'object'>)\nTrue False\nTypeError: Protocols cannot be instantiated\n");
  });
  it("NamedTuple and TypedDict", () => {
    expect(run(TRY + py`
from typing import NamedTuple, TypedDict
class P(NamedTuple):
    x: int
    y: int = 0
p = P(1)
print(p, p._fields, p._field_defaults, P.__annotations__, p._replace(y=5), p._asdict(), tuple(p))
Q = NamedTuple('Q', [('a', int)])
print(Q(1), Q._fields)
class Movie(TypedDict, total=False):
    title: str
m = Movie(title='x')
print(m, type(m).__name__, Movie.__total__, sorted(Movie.__optional_keys__))
attempt(P)
attempt(isinstance, {}, Movie)
`)).toBe("P(x=1, y=0) ('x', 'y') {'y': 0} {'x': <class 'int'>, 'y': <class 'int'>} P(x=1, y=5) {'x': 1, 'y': 0} (1, 0)\nQ(a=1) ('a',)\n{'title': 'x'} dict False ['title']\nTypeError: P.__new__() missing 1 required positional argument: 'x'\nTypeError: TypedDict does not support instance and class checks\n");
  });
  it("get_type_hints resolves string annotations", () => {
    expect(run(TRY + py`
from typing import get_type_hints, Optional, List
class Node:
    value: int
    parent: 'Optional[Node]'
    children: 'List[Node]'
print(get_type_hints(Node))
attempt(get_type_hints, 3)
`)).toBe("{'value': <class 'int'>, 'parent': typing.Optional[__main__.Node], 'children': typing.List[__main__.Node]}\nTypeError: 3 is not a module, class, method, or function.\n");
  });
  it("helpers: cast, NewType, overload, final", () => {
    expect(run(py`
from typing import cast, NewType, overload, final, TYPE_CHECKING, no_type_check
U = NewType('U', int)
print(cast(str, 1), U(5), U, U.__supertype__, TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
def f(x):
    return x
print(f(2), final(int) is int, no_type_check(f) is f)
`)).toBe("1 5 __main__.U <class 'int'> False\n2 True True\n");
  });
});

describe('Sandling specifics', () => {
  it('get_type_hints resolves names from the calling module', () => {
    expect(run(py`
from typing import get_type_hints
class Config:
    pass
class App:
    cfg: 'Config'
    n: 'int'
print(get_type_hints(App))
`)).toBe("{'cfg': <class '__main__.Config'>, 'n': <class 'int'>}\n");
  });

  it('function annotations are not collected by Sandling, so get_type_hints(func) is empty', () => {
    expect(run(py`
from typing import get_type_hints
def f(x: int) -> str:
    return ''
print(get_type_hints(f))
`)).toBe('{}\n');
  });

  it('subscripting in a loop is charged to the instruction budget', () => {
    expect(limitKind(py`
from typing import Dict, List
while True:
    Dict[str, List[int]]
`, { maxOps: 50_000 })).toBe('budget');
  });
});
