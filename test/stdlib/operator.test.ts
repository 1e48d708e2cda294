// The operator module (stdlib/operator.ts): operator functions, itemgetter/attrgetter/methodcaller, CPython errors.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, limitKind, TRY } from './script.js';

const py = String.raw;

describe('operator', () => {
  it("arithmetic, bitwise and comparison functions", () => {
    expect(run(TRY + py`
import operator as o
print(o.add(1, 2), o.sub(5, 2), o.mul('ab', 2), o.truediv(1, 4), o.floordiv(-7, 2), o.mod(-7, 3), o.pow(2, 100), o.matmul.__name__)
print(o.lshift(1, 70), o.rshift(-16, 2), o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.neg(3), o.pos(-3), o.abs(-2.5), o.inv(0), o.invert(7))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne('a', 'a'), o.ge(1, 2), o.gt([2], [1]), o.not_([]), o.truth('x'), o.is_(None, None), o.is_not(1, None))
print(o.__add__(1, 1), o.__lt__(1, 2), o.__not__(0), o.__inv__(1), o.__abs__(-1), o.index(True))
`)).toBe("3 3 abab 0.25 -4 2 1267650600228229401496703205376 matmul\n1180591620717411303424 -4 8 14 6 -3 -3 2.5 -1 -8\nTrue True True False False True True True True True\n2 True True -2 1 1\n");
  });

  it("in-place functions mutate mutable operands only", () => {
    expect(run(TRY + py`
import operator as o
l = [1]; t = (1,); s = {1}
print(o.iadd(l, [2]), l, o.iadd(t, (2,)), t, o.ior(s, {3}), sorted(s), o.imul([0], 2), o.isub(5, 2), o.ipow(2, 5))
print(o.iconcat(l, (3,)), l, o.itruediv(1, 2), o.ifloordiv(7, 2), o.imod(7, 2), o.ilshift(1, 2), o.irshift(8, 1), o.iand(6, 3), o.ixor(6, 3))
`)).toBe("[1, 2] [1, 2] (1, 2) (1,) {1, 3} [1, 3] [0, 0] 3 32\n[1, 2, 3] [1, 2, 3] 0.5 3 1 4 4 2 5\n");
  });

  it("sequence functions", () => {
    expect(run(TRY + py`
import operator as o
d = {'a': 1}
o.setitem(d, 'b', 2); o.delitem(d, 'a')
print(d, o.getitem('abc', -1), o.getitem([1, 2, 3], slice(1, None)), o.contains('abc', 'b'), o.countOf([1, 1.0, True, 2], 1), o.indexOf('abc', 'c'))
print(o.concat([1], [2]), o.concat('a', 'b'), o.length_hint([1, 2]), o.length_hint(iter('abc')), o.length_hint(5, 7), o.call(max, 3, 9))
`)).toBe("{'b': 2} c [2, 3] True 3 2\n[1, 2] ab 2 3 7 9\n");
  });

  it("argument errors", () => {
    expect(run(TRY + py`
import operator as o
attempt(o.add, 1)
attempt(o.add, a=1, b=2)
attempt(o.neg)
attempt(o.not_, 1, 2)
attempt(o.setitem, [1], 0)
attempt(o.length_hint)
attempt(o.length_hint, [], 'x')
attempt(o.index, 1.5)
attempt(o.concat, 1, 2)
attempt(o.concat, [1], (2,))
attempt(o.countOf, 1, 2)
attempt(o.indexOf, [1], 2)
attempt(o.call)
attempt(o.lt, 1, 'x')
attempt(o.abs, 'x')
attempt(o.inv, 'x')
attempt(o.getitem, 1, 2)
`)).toBe("TypeError: add expected 2 arguments, got 1\nTypeError: _operator.add() takes no keyword arguments\nTypeError: _operator.neg() takes exactly one argument (0 given)\nTypeError: _operator.not_() takes exactly one argument (2 given)\nTypeError: setitem expected 3 arguments, got 2\nTypeError: length_hint expected at least 1 argument, got 0\nTypeError: 'str' object cannot be interpreted as an integer\nTypeError: 'float' object cannot be interpreted as an integer\nTypeError: 'int' object can't be concatenated\nTypeError: can only concatenate list (not \"tuple\") to list\nTypeError: argument of type 'int' is not iterable\nValueError: sequence.index(x): x not in sequence\nTypeError: call expected at least 1 argument, got 0\nTypeError: '<' not supported between instances of 'int' and 'str'\nTypeError: bad operand type for abs(): 'str'\nTypeError: bad operand type for unary ~: 'str'\nTypeError: 'int' object is not subscriptable\n");
  });

  it("itemgetter, attrgetter and methodcaller", () => {
    expect(run(TRY + py`
from operator import itemgetter, attrgetter, methodcaller
class N:
    def __init__(self, name, child=None): self.name, self.child = name, child
t = N('root', N('kid'))
print(itemgetter(1)('abc'), itemgetter(0, -1)([1, 2, 3]), itemgetter('k')({'k': 0}), attrgetter('name')(t), attrgetter('child.name', 'name')(t))
print(methodcaller('split', ',')('a,b'), methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(repr(itemgetter(1, 'a')), repr(attrgetter('a.b')), repr(methodcaller('f', 1, x=2)), itemgetter)
rows = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(rows, key=itemgetter(1, 0)), max(rows, key=itemgetter(1)))
attempt(itemgetter)
attempt(attrgetter, 1)
attempt(methodcaller)
attempt(methodcaller, 1)
attempt(itemgetter(1))
attempt(itemgetter(1), [1], [2])
attempt(itemgetter(9), [1])
attempt(attrgetter('child.nope'), t)
attempt(methodcaller('nope'), 1)
`)).toBe("b (1, 3) 0 root ('kid', 'root')\n['a', 'b'] ['a', 'b-c']\noperator.itemgetter(1, 'a') operator.attrgetter('a.b') operator.methodcaller('f', 1, x=2) <class 'operator.itemgetter'>\n[('c', 1), ('a', 2), ('b', 2)] ('b', 2)\nTypeError: itemgetter expected 1 argument, got 0\nTypeError: attribute name must be a string\nTypeError: methodcaller needs at least one argument, the method name\nTypeError: method name must be a string\nTypeError: itemgetter expected 1 argument, got 0\nTypeError: itemgetter expected 1 argument, got 2\nIndexError: list index out of range\nAttributeError: 'N' object has no attribute 'nope'\nAttributeError: 'int' object has no attribute 'nope'\n");
  });

  it('countOf/indexOf over an endless iterator are stopped by the budget', () => {
    expect(limitKind('import operator, itertools\noperator.countOf(itertools.repeat(1), 2)\n', { maxOps: 100_000 })).toBe('budget');
    expect(limitKind('import operator, itertools\noperator.indexOf(itertools.count(), -1)\n', { maxOps: 100_000 })).toBe('budget');
  });

  it('operator functions are builtins of _operator', () => {
    expect(run('import operator\nprint(operator.add, operator.add.__module__, operator.add.__doc__)\n'))
      .toBe('<built-in function add> _operator Same as a + b.\n');
  });
});
