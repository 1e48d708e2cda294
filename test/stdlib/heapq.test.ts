// The heapq module (stdlib/heapq.ts): CPython-identical heap layouts, nlargest/nsmallest, merge, errors.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, limitKind, TRY } from './script.js';

const py = String.raw;

describe('heapq', () => {
  it("push, pop, heapify, replace and pushpop keep CPython layouts", () => {
    expect(run(TRY + py`
from heapq import heappush, heappop, heapify, heapreplace, heappushpop
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]: heappush(h, x)
print(h, [heappop(h) for _ in range(3)], h)
h = list(range(10, 0, -1)); heapify(h); print(h)
print(heapreplace(h, 11), h, heappushpop(h, 0), heappushpop(h, 5), h)
h = [(2, 'b'), (1, 'z'), (1, 'a')]; heapify(h); print(h, heappop(h))
seed = 1
for _ in range(3):
    data = []
    for i in range(15):
        seed = (seed * 48271) % 2147483647
        data.append(seed % 50)
    a = list(data); heapify(a)
    b = []
    for x in data: heappush(b, x)
    print(a, b)
`)).toBe("[3, 7, 5, 8, 9] [1, 2, 3] [3, 7, 5, 8, 9]\n[1, 2, 4, 3, 6, 5, 8, 10, 7, 9]\n1 [3, 5, 4, 7, 6, 5, 8, 10, 11, 9] 0 2 [3, 5, 4, 7, 6, 5, 8, 10, 11, 9]\n[(1, 'z'), (2, 'b')] (1, 'a')\n[5, 21, 7, 37, 21, 33, 11, 44, 41, 31, 41, 36, 47, 49, 13] [5, 11, 7, 37, 21, 21, 13, 44, 41, 41, 31, 36, 47, 49, 33]\n[19, 23, 22, 30, 28, 30, 25, 39, 37, 37, 45, 30, 44, 35, 47] [19, 23, 22, 30, 28, 30, 25, 39, 37, 45, 37, 44, 30, 35, 47]\n[2, 2, 7, 27, 5, 12, 13, 41, 44, 36, 12, 17, 47, 37, 26] [2, 5, 2, 27, 12, 17, 7, 44, 41, 36, 13, 37, 47, 26, 12]\n");
  });

  it("errors", () => {
    expect(run(TRY + py`
from heapq import heappush, heappop, heapify, heapreplace, heappushpop
attempt(heappush, 1, 2)
attempt(heappush, [])
attempt(heappop, [])
attempt(heappop, (1,))
attempt(heapify, 1)
attempt(heapify, [1], 2)
attempt(heapreplace, [], 1)
attempt(heappush, [1, 'a'], 'b')
print(heappushpop([], 1))
`)).toBe("TypeError: heappush() argument 1 must be list, not int\nTypeError: heappush expected 2 arguments, got 1\nIndexError: index out of range\nTypeError: heappop() argument must be list, not tuple\nTypeError: heapify() argument must be list, not int\nTypeError: _heapq.heapify() takes exactly one argument (2 given)\nIndexError: index out of range\nTypeError: '<' not supported between instances of 'str' and 'int'\n1\n");
  });

  it("nlargest, nsmallest and merge", () => {
    expect(run(TRY + py`
from heapq import nlargest, nsmallest, merge
data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')]
print(nlargest(2, data, key=lambda t: t[0]), nsmallest(2, iter(data), key=lambda t: t[0]), nlargest(10, [3, 1, 2]))
print(nsmallest(1, []), nlargest(0, [1]), nlargest(-3, [1]), nsmallest(3, 'hello'), nlargest(1, [1, 5, 2]))
print(list(merge([1, 4, 7], [2, 5], [3, 6, 9])), list(merge([3, 1], [2, 0], reverse=True)))
print(list(merge(['a', 'ccc'], ['bb', 'dddd'], key=len)), list(merge([(1, 'x')], [(1, 'y')], key=lambda t: t[0])), list(merge()))
attempt(lambda: list(merge([1], 2)))
attempt(merge, [1], x=1)
`)).toBe("[(3, 'a'), (3, 'c')] [(1, 'b'), (1, 'e')] [3, 2, 1]\n[] [] [] ['e', 'h', 'l'] [5]\n[1, 2, 3, 4, 5, 6, 7, 9] [3, 2, 1, 0]\n['a', 'bb', 'ccc', 'dddd'] [(1, 'x'), (1, 'y')] []\nTypeError: 'int' object is not iterable\nTypeError: merge() got an unexpected keyword argument 'x'\n");
  });

  it('heap operations are charged to the budget', () => {
    expect(limitKind('import heapq\nh = list(range(100000, 0, -1))\nwhile True:\n    heapq.heapify(h)\n', { maxOps: 300_000 })).toBe('budget');
  });

  it('a comparison that resizes the heap is refused', () => {
    expect(run(py`
import heapq
h = []
class Evil:
    def __lt__(self, other):
        h.clear()
        return True
h.extend([1, 2, 3])
try:
    heapq.heappush(h, Evil())
except RuntimeError as e:
    print('RuntimeError:', e)
`)).toBe('RuntimeError: list changed size during iteration\n');
  });
});
