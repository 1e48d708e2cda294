// The copy module (stdlib/copy.ts): copy, deepcopy (memo, cycles, hooks, reductions) and copy.Error.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, limitKind, TRY } from './script.js';

const py = String.raw;

describe('copy', () => {
  it("shallow copies share, deep copies do not", () => {
    expect(run(TRY + py`
import copy
a = [1, [2], {'k': [3]}, (4, [5]), {6}]
b, c = copy.copy(a), copy.deepcopy(a)
print(b == a, c == a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c[3][1] is a[3][1])
t = (1, 'x', (2.5, None))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [])) == (1, []))
print(copy.copy({1: 2}), copy.copy({1}), copy.copy(bytearray(b'x')), copy.copy(frozenset([1])))
print(copy.deepcopy(len) is len, copy.deepcopy(int) is int, copy.copy(range(3)))
`)).toBe("True True True False False False\nTrue True True\n{1: 2} {1} bytearray(b'x') frozenset({1})\nTrue True range(0, 3)\n");
  });

  it("cycles and the memo", () => {
    expect(run(TRY + py`
import copy
l = [1]; l.append(l)
m = copy.deepcopy(l)
print(m[1] is m, m is not l)
d = {}; d['me'] = d
print(copy.deepcopy(d)['me'] is not d)
x = [0]
memo = {}
y = copy.deepcopy([x, x, (x,)], memo)
print(y[0] is y[1] is y[2][0], memo[id(x)] is y[0], x in memo[id(memo)])
`)).toBe("True True\nTrue\nTrue True True\n");
  });

  it("user objects: __dict__, hooks, getstate/setstate, getnewargs", () => {
    expect(run(TRY + py`
import copy
class P:
    def __init__(self): self.items = [1]
p = P()
print(copy.copy(p).items is p.items, copy.deepcopy(p).items is p.items, type(copy.deepcopy(p)).__name__)
class Hooks:
    def __copy__(self): return 'shallow!'
    def __deepcopy__(self, memo): return 'deep!' + type(memo).__name__
print(copy.copy(Hooks()), copy.deepcopy(Hooks()), copy.deepcopy([Hooks()]))
class S:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': 10}
    def __setstate__(self, st): self.v = st['v'] + 1
print(copy.copy(S()).v, copy.deepcopy(S()).v)
class N:
    def __new__(cls, v):
        o = super().__new__(cls); o.v = v; return o
    def __getnewargs__(self): return (self.v,)
print(copy.deepcopy(N(5)).v)
class L(list): pass
l = L([1, [2]]); l.tag = 't'
lc, ld = copy.copy(l), copy.deepcopy(l)
print(type(lc).__name__, lc, lc.tag, ld[1] is l[1], lc[1] is l[1])
class R:
    def __reduce__(self): return (R, ())
print(type(copy.copy(R())).__name__)
`)).toBe("True False P\nshallow! deep!dict ['deep!dict']\n11 11\n5\nL [1, [2]] t False True\nR\n");
  });

  it("collections and partial objects", () => {
    expect(run(TRY + py`
import copy
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
from functools import partial
dq = deque([[1]], maxlen=3)
print(copy.copy(dq), copy.deepcopy(dq)[0] is dq[0], copy.copy(dq)[0] is dq[0])
df = defaultdict(list, a=[1]); dc = copy.deepcopy(df); dc['b'].append(2)
print(dc, df, copy.deepcopy(OrderedDict(x=[1])), copy.copy(Counter('aab')))
P = namedtuple('P', 'x y'); p = P(1, [2])
print(copy.deepcopy(p), copy.deepcopy(p).y is p.y, copy.copy(partial(max, key=len))(['a', 'bb']))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
`)).toBe("deque([[1]], maxlen=3) False True\ndefaultdict(<class 'list'>, {'a': [1], 'b': [2]}) defaultdict(<class 'list'>, {'a': [1]}) OrderedDict([('x', [1])]) Counter({'a': 2, 'b': 1})\nP(x=1, y=[2]) False bb\nTrue True\n");
  });

  it('a deep structure stops at the recursion limit instead of overflowing the host stack', () => {
    expect(limitKind('import copy\nx = []\nfor i in range(100000): x = [x]\ncopy.deepcopy(x)\n', {})).toBe('recursion');
    expect(limitKind('import copy\nx = {}\nfor i in range(100000): x = {"k": (x,)}\ncopy.deepcopy(x)\n', {})).toBe('recursion');
    expect(run('import copy\nx = []\nfor i in range(300): x = [x]\ny = copy.deepcopy(x)\nprint(y == x, y is x)\n')).toBe('True False\n');
  });

  it('deep copies are charged to the budget and the value size limit', () => {
    expect(limitKind('import copy\nx = list(range(10000))\nfor i in range(1000): copy.deepcopy(x)\n', { maxOps: 200_000 })).toBe('budget');
  });

  it('native objects without copy support raise copy.Error; hashable ones are shared', () => {
    expect(run(py`
import copy, operator, itertools
g = operator.itemgetter(1)
print(copy.copy(g) is g, copy.deepcopy(g) is g)
class Wrapper:
    def __init__(self):
        self.view = {}.keys()
try:
    copy.deepcopy(Wrapper())
except copy.Error as e:
    print('Error:', e)
`)).toBe("True True\nError: un(deep)copyable object of type <class 'dict_keys'>\n");
  });
});
