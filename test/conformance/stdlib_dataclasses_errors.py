# dataclasses: CPython's errors for bad definitions and bad calls.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, KW_ONLY


def attempt(label, make):
    try:
        result = make()
        print(label, 'ok', result)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def non_default():
    @dataclass
    class Bad:
        x: int = 0
        y: int
    return Bad


def mutable_list():
    @dataclass
    class Bad:
        x: list = []
    return Bad


def mutable_dict():
    @dataclass
    class Bad:
        x: dict = {}
    return Bad


def mutable_set():
    @dataclass
    class Bad:
        x: set = set()
    return Bad


def both_defaults():
    return field(default=1, default_factory=list)


def field_without_annotation():
    @dataclass
    class Bad:
        x = field(default=1)
    return Bad


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
    return Bad


def overwrite_order():
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True
    return Bad


def overwrite_setattr():
    @dataclass(frozen=True)
    class Bad:
        x: int

        def __setattr__(self, name, value):
            pass
    return Bad


def explicit_hash_unsafe():
    @dataclass(unsafe_hash=True)
    class Bad:
        x: int

        def __hash__(self):
            return 1
    return Bad


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int
    return B


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int
    return B


def two_kw_only():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int = 1
        c: KW_ONLY
    return Bad


attempt('non-default', non_default)
attempt('list default', mutable_list)
attempt('dict default', mutable_dict)
attempt('set default', mutable_set)
attempt('both defaults', both_defaults)
attempt('no annotation', field_without_annotation)
attempt('order without eq', order_without_eq)
attempt('overwrite __lt__', overwrite_order)
attempt('overwrite __setattr__', overwrite_setattr)
attempt('explicit hash', explicit_hash_unsafe)
attempt('frozen from plain', frozen_from_plain)
attempt('plain from frozen', plain_from_frozen)
attempt('two KW_ONLY', two_kw_only)
attempt('fields(int)', lambda: fields(int))
attempt('fields(5)', lambda: fields(5))
attempt('asdict(5)', lambda: asdict(5))
attempt('astuple(int)', lambda: astuple(int))
attempt('replace(5)', lambda: replace(5, a=1))
attempt('make_dataclass bad name', lambda: make_dataclass('X', ['1a']))
attempt('make_dataclass keyword', lambda: make_dataclass('X', ['class']))
attempt('make_dataclass duplicate', lambda: make_dataclass('X', ['a', 'a']))
attempt('make_dataclass bad item', lambda: make_dataclass('X', [('a', int, None, 4)]))


@dataclass
class P:
    x: int
    y: int = 0


attempt('missing', lambda: P())
attempt('too many', lambda: P(1, 2, 3))
attempt('unexpected kw', lambda: P(1, z=3))
attempt('duplicate', lambda: P(1, x=2))


@dataclass
class Q:
    a: int
    b: int
    c: int


attempt('missing three', lambda: Q())
attempt('missing two', lambda: Q(1))
