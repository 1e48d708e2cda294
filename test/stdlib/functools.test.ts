// The functools module (stdlib/functools.ts): reduce, partial, lru_cache/cache, wraps, total_ordering, cached_property, singledispatch.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, failure, limitKind, TRY } from './script.js';

const py = String.raw;

describe('functools', () => {
  it("reduce and its errors", () => {
    expect(run(TRY + py`
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3]), reduce(operator.add, [1, 2], 10), reduce(operator.add, [], 'init'), reduce(max, 'bca'))
attempt(reduce, operator.add, [])
attempt(reduce, operator.add, 5)
attempt(reduce, operator.add)
attempt(reduce, operator.add, [1], initial=2)
attempt(reduce, operator.add, [1], 2, 3)
`)).toBe("6 13 init c\nTypeError: reduce() of empty iterable with no initial value\nTypeError: reduce() arg 2 must support iteration\nTypeError: reduce expected at least 2 arguments, got 1\nTypeError: reduce() takes no keyword arguments\nTypeError: reduce expected at most 3 arguments, got 4\n");
  });

  it("partial: call, attributes, flattening, repr", () => {
    expect(run(TRY + py`
from functools import partial
def f(a, b=0, *rest, **kw): return (a, b, rest, kw)
p = partial(f, 1, x=2)
print(p(), p(3, 4, y=5), p(x=9), p.args, p.keywords, p.func is f)
q = partial(p, 7, z=0)
print(q.func is f, q.args, q.keywords)
print(partial(max, 3, key=abs), partial(int, base=16)('ff'))
attempt(partial)
attempt(partial, 5)
attempt(setattr, p, 'args', ())
class MyP(partial): pass
print(MyP(max, 1), MyP(max, 1)(5))
`)).toBe("(1, 0, (), {'x': 2}) (1, 3, (4,), {'x': 2, 'y': 5}) (1, 0, (), {'x': 9}) (1,) {'x': 2} True\nTrue (1, 7) {'x': 2, 'z': 0}\nfunctools.partial(<built-in function max>, 3, key=<built-in function abs>) 255\nTypeError: type 'partial' takes at least one argument\nTypeError: the first argument must be callable\nAttributeError: readonly attribute\nMyP(<built-in function max>, 1) 5\n");
  });

  it("cmp_to_key", () => {
    expect(run(TRY + py`
from functools import cmp_to_key
key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), sorted('bca', key=cmp_to_key(lambda a, b: -1 if a > b else 1)))
print(key(1) < key(2), key(2) <= key(2), key(3) == key(3), key(1).obj)
attempt(lambda: key(1) < 2)
`)).toBe("[1, 2, 3] ['c', 'b', 'a']\nTrue True True 1\nTypeError: other argument must be K instance\n");
  });

  it("lru_cache: hits, misses, eviction order, typed, keywords", () => {
    expect(run(TRY + py`
from functools import lru_cache, cache
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@cache
def g(a, b=1, *, c=2): return a + b + c
g(1); g(1); g(1, 1); g(1, b=1); g(a=1)
print(g.cache_info())
@lru_cache(typed=True)
def t(x): return x
t(1); t(1.0); t(1)
print(t.cache_info())
attempt(sq, [1])
attempt(lru_cache, 'a')
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.__name__, fib.__wrapped__.__name__)
`)).toBe("compute 2\ncompute 3\ncompute 4\ncompute 3\n4 9 4 16 9 CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)\nCacheInfo(hits=0, misses=0, maxsize=2, currsize=0) {'maxsize': 2, 'typed': False}\nCacheInfo(hits=1, misses=4, maxsize=None, currsize=4)\nCacheInfo(hits=1, misses=2, maxsize=128, currsize=2)\nTypeError: unhashable type: 'list'\nTypeError: Expected first argument to be an integer, a callable, or None\n2880067194370816120 fib fib\n");
  });

  it("lru_cache on methods binds self", () => {
    expect(run(TRY + py`
from functools import lru_cache
class A:
    def __init__(self, k): self.k = k
    @lru_cache(maxsize=None)
    def times(self, n):
        print('run', self.k, n)
        return self.k * n
a = A(3)
print(a.times(2), a.times(2), A(4).times(2), A.times.cache_info().currsize)
`)).toBe("run 3 2\nrun 4 2\n6 6 8 2\n");
  });

  it("wraps, update_wrapper, total_ordering, cached_property", () => {
    expect(run(TRY + py`
from functools import wraps, total_ordering, cached_property
def deco(f):
    @wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def hello():
    """Doc."""
print(hello.__name__, hello.__doc__, hello.__wrapped__ is not None)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) > V(0), V(1) <= V(1), V(2) >= V(3))
try:
    total_ordering(type('X', (), {}))
except ValueError as e:
    print(e)
class C:
    @cached_property
    def val(self):
        print('computing')
        return 42
c = C()
print(c.val, c.val, c.__dict__)
`)).toBe("hello Doc. True\nTrue True False\nmust define at least one ordering operation: < > <= >=\ncomputing\n42 42 {'val': 42}\n");
  });

  it("singledispatch", () => {
    expect(run(TRY + py`
from functools import singledispatch
@singledispatch
def kind(x): return 'object'
@kind.register(int)
def _(x): return 'int'
kind.register(str, lambda x: 'str')
print(kind(1), kind(True), kind('s'), kind(1.0), kind.dispatch(bool) is kind.dispatch(int))
attempt(kind)
`)).toBe("int int str object True\nTypeError: kind requires at least 1 positional argument\n");
  });

  it('a memoized recursion counts the wrapper level and stops at the depth limit', () => {
    expect(limitKind(py`
from functools import lru_cache
@lru_cache(None)
def down(n):
    return 0 if n == 0 else down(n - 1) + 1
down(100000)
`, {})).toBe('recursion');
    expect(run('from functools import lru_cache\n@lru_cache(None)\ndef d(n):\n    return 0 if n == 0 else d(n - 1) + 1\nprint(d(300))\n')).toBe('300\n');
  });

  it('reduce over an endless iterator is stopped by the budget', () => {
    expect(limitKind('import functools, itertools\nfunctools.reduce(lambda a, b: a, itertools.count())\n', { maxOps: 100_000 })).toBe('budget');
  });

  it('function annotations are not kept, so singledispatch needs an explicit class', () => {
    expect(failure('from functools import singledispatch\n@singledispatch\ndef f(x): pass\n@f.register\ndef _(x: int): pass\n'))
      .toMatch(/^TypeError: Invalid first argument to register\(\)/);
  });
});
