// The dataclasses module (stdlib/dataclasses.ts): @dataclass options, field(), helpers, CPython errors and limits.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../core/index.js';
import { run, failure, limitKind, TRY } from './script.js';

const py = String.raw;

describe("@dataclass generated methods", () => {
  it("__init__, __repr__, __eq__ with defaults and default_factory", () => {
    expect(run(py`
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list)
a, b = Item('a'), Item('b', 2)
a.tags.append('t')
print(a, b, a == Item('a', 1, ['t']), a != b, b.tags is a.tags)
print(Item.__init__.__qualname__, Item.__doc__, Item.__hash__)
`)).toBe("Item(name='a', qty=1, tags=['t']) Item(name='b', qty=2, tags=[]) True True False\nItem.__init__ Item(name: str, qty: int = 1, tags: list = <factory>) None\n");
  });
  it("argument binding errors read like a def", () => {
    expect(run(TRY + py`
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int = 0
attempt(P)
attempt(P, 1, 2, 3)
attempt(P, 1, z=2)
attempt(P, 1, x=2)
attempt(P, y=1)
`)).toBe("TypeError: P.__init__() missing 1 required positional argument: 'x'\nTypeError: P.__init__() takes from 2 to 3 positional arguments but 4 were given\nTypeError: P.__init__() got an unexpected keyword argument 'z'\nTypeError: P.__init__() got multiple values for argument 'x'\nTypeError: P.__init__() missing 1 required positional argument: 'x'\n");
  });
  it("order, frozen and hashing", () => {
    expect(run(TRY + py`
from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True, frozen=True)
class V:
    major: int
    minor: int = 0
v = V(1, 2)
print(sorted([V(2), v, V(1)]), v < V(1, 3), hash(v) == hash(V(1, 2)), {v: 1}[V(1, 2)])
try:
    v.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except AttributeError as e:
    print(e)
attempt(lambda: V(1) < 3)
`)).toBe("[V(major=1, minor=0), V(major=1, minor=2), V(major=2, minor=0)] True True 1\nFrozenInstanceError cannot assign to field 'major' True\ncannot delete field 'minor'\nTypeError: '<' not supported between instances of 'V' and 'int'\n");
  });
  it("__post_init__, InitVar, init=False and ClassVar", () => {
    expect(run(py`
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar
@dataclass
class C:
    x: int
    factor: InitVar[int] = 2
    y: int = field(init=False)
    count: ClassVar[int] = 0
    def __post_init__(self, factor):
        self.y = self.x * factor
        C.count += 1
print(C(3), C(3, 5), C.count, [f.name for f in fields(C)])
`)).toBe("C(x=3, y=6) C(x=3, y=15) 2 ['x', 'y']\n");
  });
  it("kw_only fields and KW_ONLY", () => {
    expect(run(TRY + py`
from dataclasses import dataclass, field, KW_ONLY
@dataclass(kw_only=True)
class K:
    a: int = 0
    b: int
@dataclass
class M:
    x: int
    _: KW_ONLY
    y: int = 1
    z: int = field(default=2, kw_only=False)
print(K(b=1), M(1, 3, y=2), M.__match_args__, M.__doc__)
attempt(K, 1, 2)
`)).toBe("K(a=0, b=1) M(x=1, y=2, z=3) ('x', 'z') M(x: int, z: int = 2, *, y: int = 1)\nTypeError: K.__init__() takes 1 positional argument but 3 were given\n");
  });
  it("inheritance merges fields in MRO order", () => {
    expect(run(py`
from dataclasses import dataclass, fields
@dataclass
class A:
    x: int = 0
    y: int = 1
@dataclass
class B(A):
    z: int = 2
    x: int = 10
print(B(), B(1, 2, 3), [f.name for f in fields(B)])
`)).toBe("B(x=10, y=1, z=2) B(x=1, y=2, z=3) ['x', 'y', 'z']\n");
  });
});

describe("helper functions", () => {
  it("fields, asdict, astuple, replace, is_dataclass", () => {
    expect(run(TRY + py`
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING
@dataclass
class In:
    v: list
@dataclass
class Out:
    name: str
    inner: In
    pairs: dict = field(default_factory=dict)
o = Out('o', In([1]), {'k': In([2])})
d = asdict(o)
d['inner']['v'].append(9)
print(d, o.inner.v, astuple(o), replace(o, name='p'))
print(is_dataclass(o), is_dataclass(Out), is_dataclass(3), [f.default is MISSING for f in fields(Out)])
attempt(fields, 3)
attempt(asdict, Out)
attempt(astuple, 3)
attempt(replace, 3)
attempt(replace, o, nope=1)
`)).toBe("{'name': 'o', 'inner': {'v': [1, 9]}, 'pairs': {'k': {'v': [2]}}} [1] ('o', ([1],), {'k': ([2],)}) Out(name='p', inner=In(v=[1]), pairs={'k': In(v=[2])})\nTrue True False [True, True, True]\nTypeError: must be called with a dataclass type or instance\nTypeError: asdict() should be called on dataclass instances\nTypeError: astuple() should be called on dataclass instances\nTypeError: replace() should be called on dataclass instances\nTypeError: Out.__init__() got an unexpected keyword argument 'nope'\n");
  });
  it("make_dataclass builds a class", () => {
    expect(run(TRY + py`
from dataclasses import make_dataclass, field
P = make_dataclass('P', ['a', ('b', int), ('c', int, field(default=3))], namespace={'s': lambda self: self.a + self.b + self.c}, order=True)
print(P(1, 2), P(1, 2).s(), P(1, 2) < P(1, 3), P.__name__)
attempt(make_dataclass, 'X', ['1x'])
attempt(make_dataclass, 'X', ['def'])
attempt(make_dataclass, 'X', ['a', 'a'])
`)).toBe("P(a=1, b=2, c=3) 6 True P\nTypeError: Field names must be valid identifiers: '1x'\nTypeError: Field names must not be keywords: 'def'\nTypeError: Field name duplicated: 'a'\n");
  });
});

describe("definition errors", () => {
  it("CPython messages for bad class definitions", () => {
    expect(run(py`
from dataclasses import dataclass, field
def check(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ": " + str(e))
def non_default():
    @dataclass
    class A:
        x: int = 0
        y: int
def mutable():
    @dataclass
    class A:
        x: list = []
def unannotated():
    @dataclass
    class A:
        x = field()
def order_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int
def frozen_mix():
    @dataclass
    class A:
        x: int
    @dataclass(frozen=True)
    class B(A):
        pass
check(non_default)
check(mutable)
check(unannotated)
check(order_eq)
check(frozen_mix)
check(lambda: field(default=1, default_factory=list))
`)).toBe("TypeError: non-default argument 'y' follows default argument\nValueError: mutable default <class 'list'> for field x is not allowed: use default_factory\nTypeError: 'x' is a field but has no type annotation\nValueError: eq must be true if order is true\nTypeError: cannot inherit frozen dataclass from a non-frozen one\nValueError: cannot specify both default and default_factory\n");
  });
});

describe('Sandling specifics', () => {
  it('generated __init__ is a real function with the interpreter\'s own binding', () => {
    expect(run(py`
from dataclasses import dataclass
@dataclass
class P:
    x: int
print(type(P.__init__).__name__, P.__init__.__name__, P.__init__.__module__)
`)).toBe('function __init__ __main__\n');
  });

  it('a default_factory error surfaces unchanged', () => {
    expect(failure(py`
from dataclasses import dataclass, field
def boom():
    raise KeyError('factory')
@dataclass
class P:
    x: list = field(default_factory=boom)
P()
`)).toBe("KeyError: 'factory'");
  });

  it('deep asdict recursion trips the recursion limit, not the host stack', () => {
    expect(limitKind(py`
from dataclasses import dataclass
@dataclass
class N:
    child: object = None
n = None
for i in range(5000):
    n = N(n)
from dataclasses import asdict
asdict(n)
`, { maxDepth: 200 })).toBe('recursion');
  });

  it('building many instances is charged to the instruction budget', () => {
    expect(limitKind(py`
from dataclasses import dataclass
@dataclass
class P:
    x: int
while True:
    P(1)
`, { maxOps: 50_000 })).toBe('budget');
  });

  it('each interpreter gets its own module state', () => {
    const a = new Interpreter();
    const b = new Interpreter();
    a.run('import dataclasses\ndataclasses.MARK = 1');
    b.run('import dataclasses\nprint(hasattr(dataclasses, "MARK"))');
    expect(b.takeOutput()).toBe('False\n');
  });
});
