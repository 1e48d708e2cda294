# generator send, close, throw, return value
def echo():
    print("started")
    received = None
    while True:
        try:
            received = yield f"echo:{received}"
            print("received", received)
        except ValueError as e:
            print("caught inside:", e)
            received = "after-throw"
        finally:
            pass
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("injected")))
print(g.send(None))
g.close()
print("closed")
try:
    next(g)
except StopIteration as e:
    print("StopIteration after close", e.args)
def fresh():
    yield 1
try:
    fresh().send("x")
except TypeError as e:
    print("TypeError:", e)
print(fresh().send(None))
def with_return():
    yield 1
    return "the result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = cleanup()
print(next(g))
g.close()
g.close()
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = catch_exit()
next(g)
g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    yield 1
g = thrower()
try:
    g.throw(KeyError("before start"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(g, "finished"))
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = accumulate()
next(acc)
for v in [5, 10, 20]:
    print("running total", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def gen_raises_stop():
    yield 1
    raise StopIteration("explicit")
try:
    list(gen_raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def running():
    try:
        next(self_gen)
    except ValueError as e:
        print("ValueError:", e)
    yield "ok"
self_gen = running()
print(next(self_gen))
