# __enter__/__exit__, suppression, nesting, exceptions in __exit__
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with Tracker("a") as t:
    print("body got", t)
with Tracker("b", suppress=True):
    raise ValueError("suppressed!")
print("after suppressed block")
try:
    with Tracker("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Tracker("outer") as o, Tracker("inner") as i:
    print("nested body", o, i)
try:
    with Tracker("x"), Tracker("y", suppress=True):
        raise RuntimeError("inner suppresses")
    print("continues after with")
except RuntimeError:
    print("not reached")
def early_return():
    with Tracker("ret"):
        return "returned value"
print(early_return())
for n in range(3):
    with Tracker(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *args):
        raise TypeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
class EnterRaises:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *args):
        print("exit never called")
try:
    with EnterRaises():
        print("never")
except OSError as e:
    print("OSError:", e)
class Resource:
    def __init__(self): self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *exc):
        self.open = False
with Resource() as r:
    print("inside open:", r.open)
print("after open:", r.open)
with Tracker("truthy-exit", suppress="yes"):
    1 / 0
print("suppressed by truthy string")
with Tracker("targets") as (first, *rest):
    print(first, rest)
