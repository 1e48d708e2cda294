// The bisect module (stdlib/bisect.ts): bisect/insort with lo, hi and key, on any sequence, with CPython errors.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, TRY } from './script.js';

const py = String.raw;

describe('bisect', () => {
  it("searches", () => {
    expect(run(TRY + py`
from bisect import bisect_left, bisect_right, bisect
a = [1, 2, 2, 2, 3, 5]
print([bisect_left(a, x) for x in range(7)], [bisect_right(a, x) for x in range(7)], bisect(a, 2))
print(bisect_left(a, 2, 2), bisect_left(a, 2, 0, 2), bisect_right(a, 2, hi=-1), bisect_left(a, 2, hi=-5), bisect_left([], 1))
print(bisect_left('abcd', 'c'), bisect_right((1, 1, 2), 1), bisect_left(range(0, 100, 10), 35))
print(bisect_left([(1, 'a'), (2, 'b'), (2, 'c')], 2, key=lambda t: t[0]), bisect_right([(1, 'a'), (2, 'b')], 2, key=lambda t: t[0]))
print(bisect_left(x=3, a=[1, 5]), bisect_left([1], 2, 0, None, key=None))
`)).toBe("[0, 0, 1, 4, 5, 5, 6] [0, 1, 4, 5, 5, 6, 6] 4\n2 1 4 0 0\n2 2 4\n1 2\n1 1\n");
  });

  it("insertions", () => {
    expect(run(TRY + py`
from bisect import insort, insort_left, insort_right
from collections import deque
a = [1, 3]
insort(a, 2); insort_left(a, 3); insort_right(a, 0); insort(a, 9, 0, 1)
print(a)
b = [(1, 'x'), (3, 'y')]
insort(b, (2, 'z'), key=lambda t: t[0]); insort_left(b, (3, 'w'), key=lambda t: t[0]); insort_right(b, (3, 'v'), key=lambda t: t[0])
print(b)
d = deque([1, 5]); insort(d, 3); print(d)
`)).toBe("[0, 9, 1, 2, 3, 3]\n[(1, 'x'), (2, 'z'), (3, 'w'), (3, 'y'), (3, 'v')]\ndeque([1, 3, 5])\n");
  });

  it("errors", () => {
    expect(run(TRY + py`
from bisect import bisect_left, insort
attempt(bisect_left, [1, 2, 3], 2, -1)
attempt(bisect_left, [1, 2, 3], 2, 0, 10)
attempt(bisect_left, 1, 2)
attempt(bisect_left, [1, 'a'], 2)
attempt(bisect_left, [1], 1, lo=None)
attempt(bisect_left, [1], 1, 'a')
attempt(bisect_left, [])
attempt(bisect_left, [1], 1, 0, 1, 2)
attempt(insort, [1], 1, -1)
attempt(insort, (1, 2), 1)
`)).toBe("ValueError: lo must be non-negative\nIndexError: list index out of range\nTypeError: object of type 'int' has no len()\nTypeError: '<' not supported between instances of 'str' and 'int'\nTypeError: 'NoneType' object cannot be interpreted as an integer\nTypeError: 'str' object cannot be interpreted as an integer\nTypeError: bisect_left() missing required argument 'x' (pos 2)\nTypeError: bisect_left() takes at most 4 positional arguments (5 given)\nValueError: lo must be non-negative\nAttributeError: 'tuple' object has no attribute 'insert'\n");
  });

  it('a search through a user sequence is charged to the budget', () => {
    expect(run(py`
from bisect import bisect_left
class Squares:
    def __len__(self): return 10**12
    def __getitem__(self, i): return i * i
print(bisect_left(Squares(), 10**10))
`)).toBe('100000\n');
  });
});
