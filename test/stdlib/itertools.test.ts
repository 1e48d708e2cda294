// The itertools module (stdlib/itertools.ts): every CPython 3.11 function, lazy, with CPython errors and limits.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, limitKind, TRY } from './script.js';

const py = String.raw;

describe('itertools', () => {
  it("count, cycle and repeat are lazy and infinite", () => {
    expect(run(TRY + py`
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 4)), list(islice(count(5, -2), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('ab'), 5)), list(cycle([])), list(repeat('x', 3)), list(repeat(1, -2)))
c = count(7); next(c)
print(repr(c), repr(count(0, 2)), repr(count(2**64)), repr(count(1, 1.0)))
r = repeat(0, 2); next(r)
print(repr(r), repr(repeat('a')))
print(type(count()).__name__, type(count()).__module__)
`)).toBe("[0, 1, 2, 3] [5, 3, 1] [1.5, 2.0, 2.5]\n['a', 'b', 'a', 'b', 'a'] [] ['x', 'x', 'x'] []\ncount(8) count(0, 2) count(18446744073709551616) count(1, 1.0)\nrepeat(0, 1) repeat('a')\ncount itertools\n");
  });

  it("count and repeat argument errors", () => {
    expect(run(TRY + py`
from itertools import count, repeat, cycle
attempt(count, 'a')
attempt(count, 1, 'b')
attempt(count, 1, 2, 3)
attempt(repeat)
attempt(repeat, 1, 'x')
attempt(cycle)
attempt(cycle, 5)
print(repr(count(start=3, step=4)), repr(repeat(object=1, times=2)))
`)).toBe("TypeError: a number is required\nTypeError: a number is required\nTypeError: count() takes at most 2 arguments (3 given)\nTypeError: repeat() missing required argument 'object' (pos 1)\nTypeError: 'str' object cannot be interpreted as an integer\nTypeError: cycle expected 1 argument, got 0\nTypeError: 'int' object is not iterable\ncount(3, 4) repeat(1, 2)\n");
  });

  it("accumulate with func and initial", () => {
    expect(run(TRY + py`
from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([5, 1, 7], max)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([1, 2], func=None)))
attempt(accumulate)
attempt(accumulate, 1)
attempt(accumulate, [1], 2, 3)
attempt(lambda: list(accumulate([1, 'a'])))
`)).toBe("[1, 3, 6] [1, 2, 6] [5, 5, 7]\n[100, 101, 103] [0] []\n['a', 'ab', 'abc'] [1, 3]\nTypeError: accumulate() missing required argument 'iterable' (pos 1)\nTypeError: 'int' object is not iterable\nTypeError: accumulate() takes at most 2 positional arguments (3 given)\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n");
  });

  it("chain, compress, dropwhile, takewhile, filterfalse, starmap", () => {
    expect(run(TRY + py`
from itertools import chain, compress, dropwhile, takewhile, filterfalse, starmap
print(list(chain('ab', [1], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(max, [[1, 5], (4, 2)])))
attempt(lambda: list(chain(1)))
attempt(chain.from_iterable)
attempt(chain, x=1)
attempt(compress, [1])
attempt(dropwhile, 1)
attempt(takewhile)
attempt(lambda: list(starmap(pow, [1])))
attempt(lambda: list(dropwhile(None, [1])))
`)).toBe("['a', 'b', 1] ['x', 'y', 'z'] []\n['a', 'c', 'e', 'f'] ['a']\n[3, 1] [1, 2]\n[0, ''] [0, 2, 4]\n[8, 9] [5, 4]\nTypeError: 'int' object is not iterable\nTypeError: chain.from_iterable() takes exactly one argument (0 given)\nTypeError: chain() takes no keyword arguments\nTypeError: compress() missing required argument 'selectors' (pos 2)\nTypeError: dropwhile expected 2 arguments, got 1\nTypeError: takewhile expected 2 arguments, got 0\nTypeError: 'int' object is not iterable\nTypeError: 'NoneType' object is not callable\n");
  });

  it("groupby and its invalidated groups", () => {
    expect(run(TRY + py`
from itertools import groupby
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby(range(7), key=lambda x: x // 3)])
g = groupby('aabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [k for k, _ in g])
attempt(groupby)
attempt(groupby, 1)
attempt(groupby, [1], 2, 3)
`)).toBe("[('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])]\n[(0, [0, 1, 2]), (1, [3, 4, 5]), (2, [6])]\na [] b ['b', 'b'] ['c']\nTypeError: groupby() missing required argument 'iterable' (pos 1)\nTypeError: 'int' object is not iterable\nTypeError: groupby() takes at most 2 arguments (3 given)\n");
  });

  it("islice bounds, consumption and errors", () => {
    expect(run(TRY + py`
from itertools import islice, count
print(list(islice('abcdefg', 3)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 1, None, 2)), list(islice('abc', None)))
it = iter(range(10))
print(list(islice(it, 2, 9, 5)), next(it))
print(list(islice(count(), 10**6, 10**6 + 2)))
for args in [(-1,), ('a',), (1, 2, 0), (None, None, -1), (1.5,), (0, -1), (-1, 2), (1, 2, 1.5)]:
    attempt(islice, [1], *args)
attempt(islice, [1])
attempt(islice, [1], 1, 2, 3, 4)
attempt(islice, [1], stop=2)
attempt(islice, 1, 2)
`)).toBe("['a', 'b', 'c'] ['c', 'd', 'e'] ['b', 'd', 'f'] ['a', 'b', 'c']\n[2, 7] 9\n[1000000, 1000001]\nValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.\nValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.\nValueError: Step for islice() must be a positive integer or None.\nValueError: Step for islice() must be a positive integer or None.\nValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.\nValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.\nValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.\nValueError: Step for islice() must be a positive integer or None.\nTypeError: islice expected at least 2 arguments, got 1\nTypeError: islice expected at most 4 arguments, got 5\nTypeError: islice() takes no keyword arguments\nTypeError: 'int' object is not iterable\n");
  });

  it("pairwise, zip_longest and tee", () => {
    expect(run(TRY + py`
from itertools import pairwise, zip_longest, tee
print(list(pairwise('abcd')), list(pairwise('a')))
print(list(zip_longest('abc', 'd', [1, 2])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
a, b = tee(iter(range(4)))
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = tee('ab', 3)
print(list(x), list(y), list(z), tee([1], 0))
u, v = tee(range(3))
w, = tee(u, 1)
print(next(u), list(w), list(v), w is u)
attempt(pairwise)
attempt(zip_longest, [1], fillvalue=0, x=1)
attempt(tee, [1], -1)
attempt(tee, [1], n=2)
attempt(tee)
`)).toBe("[('a', 'b'), ('b', 'c'), ('c', 'd')] []\n[('a', 'd', 1), ('b', None, 2), ('c', None, None)] [('a', 'x'), ('b', 'y'), ('-', 'z')] []\n0 1 0 [2, 3] [1, 2, 3]\n['a', 'b'] ['a', 'b'] ['a', 'b'] ()\n0 [1, 2] [0, 1, 2] True\nTypeError: pairwise expected 1 argument, got 0\nTypeError: zip_longest() got an unexpected keyword argument\nValueError: n must be >= 0\nTypeError: itertools.tee() takes no keyword arguments\nTypeError: tee expected at least 1 argument, got 0\n");
  });

  it("product, permutations and combinations", () => {
    expect(run(TRY + py`
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print(list(product('ab', 'cd')), list(product([1, 2], repeat=2)), list(product()), list(product('a', [])))
print(list(permutations('abc', 2)), list(permutations([1, 2, 3], 4)), list(permutations([])))
print(list(combinations('abcd', 3)), list(combinations([1], 0)), list(combinations([1, 2], 5)))
print(list(cwr('abc', 2)), list(cwr('', 1)), list(cwr('', 0)))
print(sum(1 for _ in permutations(range(7))), sum(1 for _ in combinations(range(20), 10)))
attempt(product, [1], repeat=-1)
attempt(product, [1], x=1)
attempt(permutations, [1], -1)
attempt(permutations, [1], 'a')
attempt(combinations, [1])
attempt(combinations, [1], -1)
attempt(cwr, [1], 'a')
`)).toBe("[('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd')] [(1, 1), (1, 2), (2, 1), (2, 2)] [()] []\n[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')] [] [()]\n[('a', 'b', 'c'), ('a', 'b', 'd'), ('a', 'c', 'd'), ('b', 'c', 'd')] [()] []\n[('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')] [] [()]\n5040 184756\nValueError: repeat argument cannot be negative\nTypeError: 'x' is an invalid keyword argument for product()\nValueError: r must be non-negative\nTypeError: Expected int as r\nTypeError: combinations() missing required argument 'r' (pos 2)\nValueError: r must be non-negative\nTypeError: 'str' object cannot be interpreted as an integer\n");
  });

  it('stops infinite iterators with the instruction budget', () => {
    const limits = { maxOps: 200_000 };
    expect(limitKind('import itertools\nfor x in itertools.count(): pass\n', limits)).toBe('budget');
    expect(limitKind('import itertools\nsum(itertools.repeat(1))\n', limits)).toBe('budget');
    expect(limitKind('import itertools\nnext(itertools.dropwhile(lambda x: True, itertools.count()))\n', limits)).toBe('budget');
    expect(limitKind('import itertools\nnext(itertools.filterfalse(None, itertools.repeat(1)))\n', limits)).toBe('budget');
    expect(limitKind('import itertools\nnext(itertools.compress(itertools.count(), itertools.repeat(0)))\n', limits)).toBe('budget');
    expect(limitKind('import itertools\nnext(itertools.islice(itertools.count(), 10**15, None))\n', limits)).toBe('budget');
    expect(limitKind('import itertools\nfor k, g in itertools.groupby(itertools.repeat(1)): pass\n', limits)).toBe('budget');
    expect(limitKind('import itertools\nnext(itertools.chain.from_iterable(itertools.repeat([])))\n', limits)).toBe('budget');
  });

  it('refuses combinatorial results beyond the value size limit', () => {
    expect(limitKind('import itertools\nitertools.product([1], repeat=10**9)\n', { maxValueBytes: 1_000_000 })).toBe('size');
    expect(limitKind('import itertools\nitertools.tee([1], 10**9)\n', { maxValueBytes: 1_000_000 })).toBe('size');
  });

  it('reprs of the iterator objects name the module', () => {
    expect(run('import itertools\nprint(repr(itertools.chain()).startswith("<itertools.chain object at 0x"))\nprint(itertools.chain)\n'))
      .toBe('True\n<class \'itertools.chain\'>\n');
  });
});
