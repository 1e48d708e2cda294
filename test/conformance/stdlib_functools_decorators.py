# functools: wraps/update_wrapper, total_ordering, cached_property, singledispatch, partialmethod.
import functools
from functools import cached_property, partialmethod, singledispatch, singledispatchmethod, total_ordering, update_wrapper, wraps


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


def deco(f):
    @wraps(f)
    def inner(*args, **kwargs):
        """inner doc"""
        return f(*args, **kwargs)
    return inner
@deco
def hello(x):
    """Say hello."""
    return "hello " + x
print(hello("w"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__, hello.__module__)
def plain():
    pass
plain.extra = 42
def wrapper():
    pass
update_wrapper(wrapper, plain)
print(wrapper.__name__, wrapper.extra, wrapper.__wrapped__ is plain)
update_wrapper(wrapper, plain, assigned=(), updated=())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V(2) >= V(3), [x.v for x in sorted([V(3), V(1), V(2)])])
@total_ordering
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(2) <= W(1))
try:
    @total_ordering
    class X:
        pass
except ValueError as e:
    print("ValueError:", e)
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.__dict__)
del c.area
print(c.area, type(Circle.area).__name__)
@singledispatch
def show_type(x):
    return "object"
@show_type.register(int)
def _(x):
    return "int " + str(x)
@show_type.register(list)
def _(x):
    return "list of " + str(len(x))
show_type.register(str, lambda x: "str " + x)
from collections.abc import Mapping
@show_type.register(Mapping)
def _(x):
    return "mapping"
print(show_type(1), show_type(True), show_type("a"), show_type([1, 2]), show_type(1.5), show_type({}), show_type(None))
print(show_type.dispatch(bool) is show_type.dispatch(int), int in show_type.registry)
show('show("show_type()", lambda: show_type())', lambda: show("show_type()", lambda: show_type()))
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cell = Cell()
cell.set_alive()
print(cell.alive)
cell.set_dead()
print(cell.alive)
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "default"
    @fmt.register(int)
    def _(self, arg):
        return "int"
print(Formatter().fmt(1), Formatter().fmt("x"))
