# functools.lru_cache and cache: hits/misses, eviction order, typed, keyword keys, methods, cache_info.
from functools import cache, lru_cache


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__, type(fib).__name__)
@cache
def g(a, b=1, *, c=2):
    print("g", a, b, c)
    return a + b + c
print(g(1), g(1), g(1, 1), g(1, b=1), g(a=1), g(1, c=2), g.cache_info())
@lru_cache(typed=True)
def t(x):
    print("t", type(x).__name__)
    return x
t(1); t(1.0); t(1); t(True)
print(t.cache_info(), t.cache_parameters())
@lru_cache(None)
def u(x):
    return x
u(1); u(1.0); u((1,)); u((1.0,))
print(u.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
@lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg.cache_parameters())
show('show("sq([1])", lambda: sq([1]))', lambda: show("sq([1])", lambda: sq([1])))
show('show("lru_cache(maxsize=\'a\')", lambda: lru_cache(maxsize="a"))', lambda: show("lru_cache(maxsize='a')", lambda: lru_cache(maxsize="a")))
show('show("lru_cache(1, 2, 3)", lambda: lru_cache(1, 2, 3))', lambda: show("lru_cache(1, 2, 3)", lambda: lru_cache(1, 2, 3)))
class Account:
    def __init__(self, rate):
        self.rate = rate
    @lru_cache(maxsize=None)
    def interest(self, amount):
        print("computing", self.rate, amount)
        return amount * self.rate
    def __hash__(self):
        return hash(self.rate)
    def __eq__(self, other):
        return self.rate == other.rate
a = Account(2)
print(a.interest(10), a.interest(10), Account(2).interest(10), Account(3).interest(10))
print(Account.interest.cache_info())
@lru_cache(maxsize=3)
def ident(x):
    return x
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    ident(x)
print(ident.cache_info())
@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(200))
def doc():
    "Documented."
    return 1
wrapped = lru_cache(doc)
print(wrapped.__doc__, wrapped.__qualname__, wrapped())
