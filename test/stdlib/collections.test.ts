// The collections package (stdlib/collections.ts): deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap, User*, collections.abc.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, failure, limitKind, TRY } from './script.js';

const py = String.raw;

describe('collections', () => {
  it("deque at both ends, maxlen and rotation", () => {
    expect(run(TRY + py`
from collections import deque
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('yz')
print(d)
d = deque(range(6)); d.rotate(2); print(d); d.rotate(-3); print(d)
d.insert(1, 'x'); d.remove(4); d.reverse(); print(d, d.index('x'), d.count(0))
del d[0]; d[0] = 'q'; print(d, list(reversed(d)), 'q' in d)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque([7], maxlen=1), deque([1, 2]) < deque([1, 3]))
q = deque()
for i in range(1000): q.append(i)
for i in range(990): q.popleft()
print(q)
`)).toBe("deque([2, 3], maxlen=4) 4 4 0 4 4 0 deque([2, 3], maxlen=4)\ndeque(['z', 'y', 2, 3], maxlen=4)\ndeque([4, 5, 0, 1, 2, 3])\ndeque([1, 2, 3, 4, 5, 0])\ndeque([0, 5, 3, 2, 'x', 1]) 4 1\ndeque(['q', 3, 2, 'x', 1]) [1, 'x', 2, 3, 'q'] True\ndeque([1, 2, 3]) deque([1, 1, 1]) deque([7], maxlen=1) True\ndeque([990, 991, 992, 993, 994, 995, 996, 997, 998, 999])\n");
  });

  it("deque errors", () => {
    expect(run(TRY + py`
from collections import deque
attempt(deque, maxlen=-1)
attempt(deque, maxlen='a')
attempt(deque, 1)
attempt(deque, [1], 2, 3)
attempt(deque().pop)
attempt(deque().popleft)
attempt(lambda: deque([1])[5])
attempt(lambda: deque([1])['a'])
attempt(lambda: deque([1])[0:1])
attempt(deque([1]).index, 2)
attempt(deque([1]).remove, 2)
attempt(deque([1], maxlen=1).insert, 0, 2)
attempt(deque([1]).rotate, 'a')
attempt(lambda: deque([1]) + [1])
attempt(lambda: deque([1]) * 'a')
d = deque([1, 2])
it = iter(d)
next(it)
d.append(3)
attempt(next, it)
`)).toBe("ValueError: maxlen must be non-negative\nTypeError: an integer is required\nTypeError: 'int' object is not iterable\nTypeError: deque() takes at most 2 arguments (3 given)\nIndexError: pop from an empty deque\nIndexError: pop from an empty deque\nIndexError: deque index out of range\nTypeError: sequence index must be integer, not 'str'\nTypeError: sequence index must be integer, not 'slice'\nValueError: 2 is not in deque\nValueError: 2 is not in deque\nIndexError: deque already at its maximum size\nTypeError: 'str' object cannot be interpreted as an integer\nTypeError: can only concatenate deque (not \"list\") to deque\nTypeError: can't multiply sequence by non-int of type 'str'\nRuntimeError: deque mutated during iteration\n");
  });

  it("deque subclasses and recursive repr", () => {
    expect(run(TRY + py`
from collections import deque
class Ring(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=2)
        self.tag = 'ring'
r = Ring('abc')
print(r, r.tag, isinstance(r, deque), type(r).__name__)
e = deque(); e.append(e); print(e)
class Plain(deque): pass
print(Plain([1]), Plain([1]).copy(), type(Plain([1]) + Plain([2])).__name__)
`)).toBe("Ring(['b', 'c'], maxlen=2) ring True Ring\ndeque([[...]])\nPlain([1]) Plain([1]) Plain\n");
  });

  it("Counter", () => {
    expect(run(TRY + py`
from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c.total(), sorted(c.elements())[:4])
c.update('aaz'); c.subtract(b=5); print(c)
print(Counter(a=2, b=-1) + Counter(a=1), Counter(a=3) - Counter(a=1, b=2), Counter(a=1) | Counter(a=3), Counter(a=2) & Counter(a=1, b=1))
print(+Counter(a=1, b=-2), -Counter(a=1, b=-2), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2))
x = Counter(a=1); x += Counter(a=-3); print(x)
del c['nope']; print(Counter(), Counter({'x': 1, 'y': 'z'}))
attempt(Counter.fromkeys, 'ab')
attempt(Counter, 1)
`)).toBe("Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] 0 11 ['a', 'a', 'a', 'a']\nCounter({'a': 7, 'r': 2, 'c': 1, 'd': 1, 'z': 1, 'b': -3})\nCounter({'a': 3}) Counter({'a': 2}) Counter({'a': 3}) Counter({'a': 1})\nCounter({'a': 1}) Counter({'b': 2}) True True\nCounter()\nCounter() Counter({'x': 1, 'y': 'z'})\nNotImplementedError: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.\nTypeError: 'int' object is not iterable\n");
  });

  it("defaultdict and OrderedDict", () => {
    expect(run(TRY + py`
from collections import defaultdict, OrderedDict
d = defaultdict(list); d['a'].append(1); d['b']
print(d, d.copy(), d | {'c': 0}, defaultdict(None, x=1))
attempt(defaultdict, 1)
attempt(lambda: defaultdict()['k'])
o = OrderedDict(b=1, a=2, c=3)
o.move_to_end('b'); o.move_to_end('c', last=False)
print(o, o.keys(), o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
attempt(OrderedDict().popitem)
attempt(OrderedDict().move_to_end, 'x')
`)).toBe("defaultdict(<class 'list'>, {'a': [1], 'b': []}) defaultdict(<class 'list'>, {'a': [1], 'b': []}) defaultdict(<class 'list'>, {'a': [1], 'b': [], 'c': 0}) defaultdict(None, {'x': 1})\nTypeError: first argument must be callable or None\nKeyError: 'k'\nOrderedDict([('a', 2)]) odict_keys(['a']) ('b', 1) ('c', 3) OrderedDict([('a', 2)])\nFalse True\nKeyError: 'dictionary is empty'\nKeyError: 'x'\n");
  });

  it("namedtuple", () => {
    expect(run(TRY + py`
from collections import namedtuple
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, P(1, 2)._asdict(), p._replace(y=5), P._make([3, 4]), P._fields, P._field_defaults, p == (1, 0))
attempt(P)
attempt(P, 1, 2, 3)
attempt(P, 1, x=2)
attempt(P, z=1)
attempt(P._make, [1])
attempt(p._replace, q=1)
attempt(namedtuple, 'A', 'x def')
attempt(namedtuple, 'A', '_x')
attempt(namedtuple, 'A', 'x x')
attempt(namedtuple, '1A', 'x')
print(namedtuple('R', ['ok', 'def', 'ok'], rename=True)._fields)
class Q(namedtuple('Q', 'a b')):
    def total(self): return self.a + self.b
print(Q(2, 3).total(), Q(2, 3))
`)).toBe("P(x=1, y=0) {'x': 1, 'y': 2} P(x=1, y=5) P(x=3, y=4) ('x', 'y') {'y': 0} True\nTypeError: P.__new__() missing 1 required positional argument: 'x'\nTypeError: P.__new__() takes from 2 to 3 positional arguments but 4 were given\nTypeError: P.__new__() got multiple values for argument 'x'\nTypeError: P.__new__() got an unexpected keyword argument 'z'\nTypeError: Expected 2 arguments, got 1\nValueError: Got unexpected field names: ['q']\nValueError: Type names and field names cannot be a keyword: 'def'\nValueError: Field names cannot start with an underscore: '_x'\nValueError: Encountered duplicate field name: 'x'\nValueError: Type names and field names must be valid identifiers: '1A'\n('ok', '_1', '_2')\n5 Q(a=2, b=3)\n");
  });

  it("ChainMap and the User wrappers", () => {
    expect(run(TRY + py`
from collections import ChainMap, UserDict, UserList, UserString
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
cm['c'] = 4
print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.parents, cm.new_child({'z': 0}))
attempt(cm.__delitem__, 'b')
attempt(lambda: cm['nope'])
ud = UserDict(a=1); ud['b'] = 2
ul = UserList([3, 1]); ul.sort(); ul.append(5)
us = UserString('abc')
print(ud, ul, ul[1:], us.upper(), us + 'd', len(us))
`)).toBe("ChainMap({'a': 1, 'c': 4}, {'a': 2, 'b': 3}) 1 3 3 ['a', 'b', 'c'] ChainMap({'a': 2, 'b': 3}) ChainMap({'z': 0}, {'a': 1, 'c': 4}, {'a': 2, 'b': 3})\nKeyError: \"Key not found in the first mapping: 'b'\"\nKeyError: 'nope'\n{'a': 1, 'b': 2} [1, 3, 5] [3, 5] ABC abcd 3\n");
  });

  it("collections.abc with builtin types and mixins", () => {
    expect(run(TRY + py`
from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Iterable, Iterator, Hashable, Sized, Callable, Set
from collections import deque, Counter
print(isinstance([], Sequence), isinstance((), MutableSequence), isinstance({}, Mapping), isinstance(Counter(), MutableMapping))
print(isinstance(iter(''), Iterator), isinstance([], Hashable), isinstance(len, Callable), isinstance(deque(), MutableSequence), isinstance(frozenset(), Set))
class M(Mapping):
    def __getitem__(self, k): return {'a': 1}[k]
    def __iter__(self): return iter('a')
    def __len__(self): return 1
m = M()
print(dict(m), m.get('x', 0), 'a' in m, list(m.items()), m == {'a': 1})
class Bad(Sequence): pass
attempt(Bad)
`)).toBe("True False True True\nTrue False True True True\n{'a': 1} 0 True [('a', 1)] True\nTypeError: Can't instantiate abstract class Bad with abstract methods __getitem__, __len__\n");
  });

  it("dict subclasses: Python overrides of item access are honoured", () => {
    expect(run(TRY + py`
from collections import Counter, OrderedDict
class Upper(dict):
    def __getitem__(self, k): return dict.__getitem__(self, k.upper())
    def __setitem__(self, k, v): dict.__setitem__(self, k.upper(), v)
    def __delitem__(self, k): dict.__delitem__(self, k.upper())
u = Upper()
u['a'] = 1
print(u['a'], u, 'A' in u)
del u['a']
print(u)
c = Counter('ab')
del c['a']; del c['zz']
print(c)
from collections import deque
d = deque([1])
d += (2, 3)
print(d)
`)).toBe("1 {'A': 1} True\n{}\nCounter({'b': 1})\ndeque([1, 2, 3])\n");
  });

  it('deque growth is bounded by the value size and memory limits', () => {
    expect(limitKind('from collections import deque\nd = deque()\nwhile True: d.append(1)\n', { maxValueBytes: 100_000 })).toBe('size');
    expect(limitKind('from collections import deque\nd = deque(range(1000))\nd * 10**9\n', { maxValueBytes: 100_000 })).toBe('size');
  });

  it('bulk deque and Counter work is charged to the instruction budget', () => {
    expect(limitKind('import itertools\nfrom collections import deque\ndeque(itertools.count())\n', { maxOps: 100_000 })).toBe('budget');
    expect(limitKind('import itertools\nfrom collections import Counter\nCounter(itertools.repeat(1))\n', { maxOps: 100_000 })).toBe('budget');
  });

  it('Counter counts with the native helper and honours overridden __setitem__', () => {
    expect(run(py`
from collections import Counter
class Loud(Counter):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
print(Loud('aab'))
`)).toBe("set a 1\nset a 2\nset b 1\nLoud({'a': 2, 'b': 1})\n");
  });

  it('deque is unhashable (named without its module in the message)', () => {
    expect(failure('from collections import deque\nhash(deque())\n')).toBe("TypeError: unhashable type: 'deque'");
  });

  it('namedtuple classes are made with type(), without exec', () => {
    expect(run('from collections import namedtuple\nP = namedtuple("P", "x y")\nprint(type(P).__name__, P.__module__, P.__mro__[1].__name__)\n'))
      .toBe('type __main__ tuple\n');
  });
});
