# yield from: delegation, return value, send/throw passthrough
def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("sent-value"))
print(next(g))
print(next(g, "exhausted"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 1})))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print(list(tree(t)))
def catcher():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
def delegator():
    yield from catcher()
    yield "after"
g = delegator()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
def ret_only():
    return 42
    yield
def use_ret():
    v = yield from ret_only()
    yield v
print(list(use_ret()))
def count_down(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
def launcher():
    msg = yield from count_down(3)
    yield msg
print(list(launcher()))
def closer():
    try:
        yield from count_down(5)
    finally:
        print("delegator finally")
g = closer()
print(next(g), next(g))
g.close()
print(list(x for x in (yield_v for yield_v in range(3))))
