# typing: subscripted aliases, their reprs, origins/args, equality, Union/Optional rules, isinstance.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator,
                    Generator, Sequence, Mapping, MutableMapping, Type, Literal, Final, ClassVar, Annotated,
                    get_origin, get_args, TypeVar, NoReturn, Text, AnyStr, Hashable, Sized, Deque, DefaultDict)

print(List, List[int], Dict[str, int], Set[int], FrozenSet[str], Type[int], Type)
print(Optional[str], Union[int, str], Union[int, str, None], Optional[Union[int, str]], Union[int], Union[int, int])
print(Tuple, Tuple[int, ...], Tuple[()], Tuple[int, str], Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], MutableMapping[str, List[int]])
print(Literal[1, 'a', None], Final[int], ClassVar[Dict[str, int]], Annotated[int, 'meta', 2], Any, NoReturn)
print(Optional[List[Dict[str, Tuple[int, ...]]]], List['Forward'], Optional['X'])
print(Union[int, List[int]], Union[int, str] | None, List[int] | None, int | List[int], Optional[None])
print(Union[None, int], Union[int, None, str], Union[Union[int, str], float], Union[int, str] == Union[str, int])
print(Literal[1, Literal[2, 3]], Literal[1, 1, True], Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1].__metadata__, Annotated[int, 1].__origin__)
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__, Callable[[int], str].__args__)
print(Union[int, str].__args__, Literal[1, 2].__args__, Tuple[int, ...].__args__, Tuple[()].__args__)
print(get_origin(List[int]), get_origin(Dict), get_origin(Union[int, str]), get_origin(Annotated[int, 0]), get_origin(int), get_origin(Literal[1]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(int), get_args(Annotated[int, 0]))
print(List[int] == List[int], List[int] == List[str], hash(List[int]) == hash(List[int]), List == List, Dict[str, int] != Dict[str, str])
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), isinstance(3, Union[int, str]), isinstance('s', Optional[int]))
print(isinstance(iter([]), Iterator), isinstance([], Sequence), isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance(3, Hashable))
print(issubclass(list, List), issubclass(dict, Mapping), issubclass(int, Union[int, str]), isinstance(len, Callable), isinstance(3, Sized))
print(type(List[int]).__name__, type(Union[int, str]).__name__, type(List).__name__, type(Optional).__name__)
print(Text is str, AnyStr, AnyStr.__constraints__, typing.TYPE_CHECKING, Deque[int], DefaultDict[str, int])
print(List.__origin__, Callable.__origin__.__name__, Iterable.__origin__.__name__, Mapping[str, int].__origin__.__name__)
T = TypeVar('T')
print(List[T], List[T][int], Dict[str, T][float], Tuple[T, ...][int], Callable[[T], T][int], Optional[T][int], Union[T, List[T]][str])
print(List[T].__parameters__, Dict[T, int].__parameters__, List[int].__parameters__)
x: List[int] = [1, 2]
y: 'Dict[str, int]' = {}
print(x, y, typing.cast(int, 'not really'), typing.cast(List[int], x) is x)
