# *args, **kwargs, keyword-only, positional-only, unpacking in calls
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2), f(*[1, 2], *(3,), **{"x": 1}, y=2))
def g(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(g(1, 2, 3, e=5), g(1, 2, c=3, d=40, e=5, f=60), g(*"ab", *"c", e="e"))
def kwonly(*, k):
    return k
print(kwonly(k="ok"))
def mixed(a, *rest, flag=False, **opts):
    return a, rest, flag, opts
print(mixed(1), mixed(1, 2, 3, flag=True, x="y"))
def posonly(a, /, **kw):
    return a, kw
print(posonly(1, a=2))
args = (1, 2)
kw = {"c": 3}
def three(a, b, c):
    return a + b + c
print(three(*args, **kw), three(1, *[2], **{"c": 3}), three(**{"a": "x", "b": "y", "c": "z"}))
print(max(*[3, 1, 2]), print(*["a", "b"], sep="-") or "printed")
def show(**kw):
    return sorted(kw.items())
print(show(**{"b": 2}, **{"a": 1}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    three(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    three(**[1])
except TypeError as e:
    print("TypeError:", e)
def defaults_and_star(a, b=2, *args):
    return a, b, args
print(defaults_and_star(1), defaults_and_star(1, 3, 5, 7))
