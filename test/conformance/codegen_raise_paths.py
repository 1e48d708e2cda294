# Raise statements outside try blocks end their function by returning to the
# caller, which throws: every path an exception leaves a body by must behave
# as a plain raise (tracebacks, context, finally blocks of callers, natives
# calling back into raising functions, module level, loops and regions).

def bad(x):
    if x > 1:
        raise ValueError("big " + str(x))
    return x


def in_loops(n):
    d = {"a": 1, "b": 2}
    for k, v in d.items():
        while v < n:
            v += 1
            if v == 4:
                raise KeyError(k)
    return "done"


def reraise_outside_try():
    raise


def with_cause(x):
    raise TypeError("outer") from ValueError(x)


def caller_with_finally(x):
    log = []
    try:
        bad(x)
    finally:
        log.append("finally ran")
        print(log)


print(bad(1))
try:
    bad(5)
except ValueError as e:
    print("caught", e, e.__context__)

print(in_loops(3))
try:
    in_loops(9)
except KeyError as e:
    print("loop raise", repr(e))

try:
    try:
        {}["missing"]
    except KeyError:
        reraise_outside_try()
except KeyError as e:
    print("bare raise in a function called from a handler:", repr(e))

try:
    reraise_outside_try()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    with_cause(7)
except TypeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        bad(3)
except ValueError as e:
    print("context from the handler:", repr(e.__context__))

try:
    caller_with_finally(4)
except ValueError as e:
    print("after finally:", e)

# Natives calling back into a raising function.
try:
    sorted([3, 1, 2], key=lambda v: bad(v))
except ValueError as e:
    print("sorted key:", e)
try:
    list(map(bad, [0, 1, 2, 3]))
except ValueError as e:
    print("map:", e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise LookupError("no equality for " + str(self.v))


d = {Key(1): "one"}
try:
    d[Key(2)]
except LookupError as e:
    print("__eq__ during lookup:", e)

# A function that always raises, called many times (it must keep working once optimized).
count = 0
for i in range(3000):
    try:
        bad(i + 2)
    except ValueError as e:
        count += len(str(e))
print("count", count)

# Raise at module level, inside a loop body, caught outside it.
try:
    for i in range(10):
        if i == 6:
            raise IndexError(i)
except IndexError as e:
    print("module loop", e)
