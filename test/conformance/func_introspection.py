# function objects: attributes, kwargs order, first-class usage
def f(a, b=2, *args, c, d=4, **kw):
    "Docstring of f."
    return a, b, args, c, d, kw
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f(1, c=3), f(1, 2, 3, 4, c=5, z=6, y=7))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}), order(x=1, **{"w": 2}, v=3))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 7, 5), apply(sorted, [3, 1], reverse=True), apply(lambda **k: k, q=1))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "pow": pow}
print({name: fn(3, 4) for name, fn in ops.items()})
def make_multiplier(n):
    def mult(x):
        return x * n
    mult.__name__ = f"times_{n}"
    mult.__doc__ = f"Multiply by {n}."
    return mult
t3 = make_multiplier(3)
print(t3(5), t3.__name__, t3.__doc__, t3.__qualname__)
f.custom = "attribute"
print(f.custom, callable(f), type(f).__name__)
def no_return():
    pass
def bare_return():
    return
print(no_return(), bare_return())
def multiple_returns():
    return 1, "two", [3]
x, y, z = multiple_returns()
print(x, y, z, multiple_returns())
funcs = [str.upper, str.lower, str.title]
print([fn("hELLO wORLD") for fn in funcs])
print(sorted(["b", "C", "a"], key=str.casefold), list(map(int.bit_length, [1, 255, 256])))
def gen_func():
    yield
print(type(gen_func).__name__, type(gen_func()).__name__, gen_func.__name__)
