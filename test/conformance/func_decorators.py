# decorators with and without arguments, stacked, attributes
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@trace
def add(a, b=0):
    "Add numbers."
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__)
def repeat(times):
    print("repeat factory called with", times)
    def deco(fn):
        print("decorating", fn.__name__)
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(label):
    def deco(fn):
        def wrapper():
            return f"<{label}>{fn()}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "styled"
print(text())
order = []
def mark(name):
    order.append("factory " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco
@mark("outer")
@mark("inner")
def target(): pass
print(order)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one(): return 1
@register
def two(): return 2
print(sorted(registry), registry["two"]())
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop(): pass
noop(); noop()
print(noop.calls)
def plain(): "doc string here"
def nodoc(): pass
class K:
    def method(self): pass
    class Inner:
        def deep(self): pass
def outer_fn():
    def inner_fn(): pass
    return inner_fn
print(plain.__doc__, nodoc.__doc__, plain.__name__, plain.__qualname__)
print(K.method.__name__, K.method.__qualname__, K.Inner.deep.__qualname__, outer_fn().__qualname__, K.Inner.__qualname__)
@lambda f: f()
def immediately():
    return "called at definition"
print(immediately)
