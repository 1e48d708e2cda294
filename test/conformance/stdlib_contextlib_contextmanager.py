# contextlib: contextmanager (setup/teardown, exceptions thrown in, RuntimeError rules), as a decorator.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, AbstractContextManager, ContextDecorator
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("body", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
try:
    with twice():
        raise ValueError
except RuntimeError as e:
    print("RT", e)
except ValueError:
    print("VE")
@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
try:
    with reraise_other():
        raise ValueError("v")
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("si")
except StopIteration as e:
    print("SI passes", e)
@tag("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2
print(decorated(3), decorated(4), decorated.__name__)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
class MyDeco(ContextDecorator):
    def __enter__(self): print("md enter")
    def __exit__(self, *a): print("md exit")
@MyDeco()
def g(): print("g")
g()
cm = tag("once")
with cm: pass
try:
    with cm: pass
except AttributeError as e:
    print("AttributeError")
