# functools: reduce, partial (attributes, flattening, keyword merging), cmp_to_key.
import functools
from functools import cmp_to_key, partial, reduce
import operator
def f(a, b=2, *args, **kw):
    return (a, b, args, kw)
p = partial(f, 1, x=3)


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('reduce()', lambda: reduce())
show('reduce(1)', lambda: reduce(1))
show('reduce(lambda a, b: a + b, [])', lambda: reduce(lambda a, b: a + b, []))
show('reduce(lambda a, b: a + b, [], 5)', lambda: reduce(lambda a, b: a + b, [], 5))
show('reduce(lambda a, b: a + b, [1, 2, 3])', lambda: reduce(lambda a, b: a + b, [1, 2, 3]))
show('reduce(lambda a, b: a + b, [1, 2, 3], 10)', lambda: reduce(lambda a, b: a + b, [1, 2, 3], 10))
show('reduce(lambda a, b: a + b, 5)', lambda: reduce(lambda a, b: a + b, 5))
show('reduce(lambda a, b: a + b, [1], initial=2)', lambda: reduce(lambda a, b: a + b, [1], initial=2))
show('reduce(lambda a, b: a + b, [1], 2, 3)', lambda: reduce(lambda a, b: a + b, [1], 2, 3))
show('reduce(None, [1, 2])', lambda: reduce(None, [1, 2]))
show('reduce(operator.mul, range(1, 10))', lambda: reduce(operator.mul, range(1, 10)))
show('reduce(max, [3, 9, 2])', lambda: reduce(max, [3, 9, 2]))
show('reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0)', lambda: reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
show('reduce.__name__', lambda: reduce.__name__)
show('reduce.__module__', lambda: reduce.__module__)
show('partial()', lambda: partial())
show('partial(1)', lambda: partial(1))
show('p(2)', lambda: p(2))
show('p(2, 3, 4, y=5)', lambda: p(2, 3, 4, y=5))
show('p(x=9)', lambda: p(x=9))
show('p.func is f', lambda: p.func is f)
show('p.args', lambda: p.args)
show('p.keywords', lambda: p.keywords)
show('partial(p, 7, z=1).args', lambda: partial(p, 7, z=1).args)
show('partial(p, 7, z=1).keywords', lambda: partial(p, 7, z=1).keywords)
show('partial(p, 7, z=1).func is f', lambda: partial(p, 7, z=1).func is f)
show('partial(print)', lambda: partial(print))
show('partial(max, key=len)(["a", "bb"])', lambda: partial(max, key=len)(["a", "bb"]))
show('partial(int, base=2)("101")', lambda: partial(int, base=2)("101"))
show('partial(int, base=2)("11", base=3)', lambda: partial(int, base=2)("11", base=3))
show('type(p).__name__', lambda: type(p).__name__)
show('partial.__module__', lambda: partial.__module__)
show('p.__dict__', lambda: p.__dict__)
show('partial(f, 1) == partial(f, 1)', lambda: partial(f, 1) == partial(f, 1))
show('setattr(p, "func", 1)', lambda: setattr(p, "func", 1))
show('sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a))', lambda: sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
show('sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b)))', lambda: sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
show('cmp_to_key(lambda a, b: a - b)(1) < cmp_to_key(lambda a, b: a - b)(2)', lambda: cmp_to_key(lambda a, b: a - b)(1) < cmp_to_key(lambda a, b: a - b)(2))
show('cmp_to_key(lambda a, b: a - b)(1) < 2', lambda: cmp_to_key(lambda a, b: a - b)(1) < 2)
show('cmp_to_key()', lambda: cmp_to_key())
show('cmp_to_key(lambda a, b: 0)(1).obj', lambda: cmp_to_key(lambda a, b: 0)(1).obj)
show('type(cmp_to_key(lambda a, b: 0)(1)).__name__', lambda: type(cmp_to_key(lambda a, b: 0)(1)).__name__)
q = partial(f, 1)
q.note = "tagged"
r = partial(q, 2)
print(r.func is q, r.args, q.note)
class Greeter:
    def __repr__(self):
        return "G"
print(partial(max, Greeter(), k=Greeter()))
class MyPartial(partial):
    pass
print(MyPartial(max, 5), MyPartial(f, 5)(6))
