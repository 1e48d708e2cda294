# Exceptions raised in a try body reach its handlers without a JavaScript
# throw: raise statements, calls to Python functions that raise, and the
# KeyError, IndexError and ZeroDivisionError that subscripts and division
# raise inline. Every path must behave exactly like CPython's: which handler
# runs, else and finally clauses, context, tracebacks, loops and nesting.

def fails(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        return {"a": 1}["b"]
    if kind == "index":
        return [1, 2][5]
    if kind == "zero":
        return 1 // 0
    return "ok"


def deep(n, kind):
    if n == 0:
        return fails(kind)
    return deep(n - 1, kind)


for kind in ["value", "key", "index", "zero", "none"]:
    try:
        r = deep(3, kind)
    except (ValueError, KeyError) as e:
        print("caught lookup/value", type(e).__name__, e)
    except IndexError as e:
        print("caught index", e)
    except ZeroDivisionError as e:
        print("caught zero", e)
    else:
        print("else", r)
    finally:
        print("finally", kind)

# Division by zero inline: //, %, / on ints; floats keep their own messages.
for op in ["//", "%", "/"]:
    for a, b in [(7, 0), (7.0, 0.0), (-7, 2)]:
        try:
            if op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            else:
                r = a / b
            print(op, a, b, r)
        except ZeroDivisionError as e:
            print(op, a, b, "ZeroDivisionError:", e)


# A raise inside loops inside a try body, with break/continue around it.
def loops_in_try(n):
    out = []
    try:
        for i in range(n):
            if i % 2:
                continue
            j = 0
            while True:
                j += 1
                if j == 3:
                    break
            if i == 4:
                raise RuntimeError("at " + str(i))
            out.append(i)
    except RuntimeError as e:
        out.append(str(e))
    return out


print(loops_in_try(3), loops_in_try(10))


# A large loop body (compiled as a function of its own) raising inside a try.
def big_body(n):
    total = 0
    try:
        for i in range(n):
            a = i * 2
            b = a + 1
            c = b * 3
            d = c - a
            e = d + b
            f = e * 2
            g = f - c
            h = g + d
            k = h * 2
            m = k - e
            total += a + b + c + d + e + f + g + h + k + m
            if i == 7:
                total += [0][i]
            total += {"x": 1}["x"] + [1, 2, 3][i % 3] + (a + b + c + d) // (e + 1)
    except IndexError as exc:
        return ("stopped", total, str(exc))
    return ("done", total)


print(big_body(5), big_body(20))


# Nested try statements: the inner handler does not match, the outer one does;
# an exception in an else clause is not caught by its own try's handlers.
def nested(kind):
    try:
        try:
            fails(kind)
        except KeyError:
            return "inner"
        else:
            raise LookupError("from else")
    except (ValueError, IndexError) as e:
        return "outer " + type(e).__name__
    except LookupError as e:
        return "outer lookup " + str(e)


print([nested(k) for k in ["value", "key", "index", "none"]])


# Context: an exception raised while handling another records it.
def handler_raises():
    try:
        fails("key")
    except KeyError:
        fails("index")


try:
    handler_raises()
except IndexError as e:
    print("context", repr(e.__context__), e.__suppress_context__)


# The exception variable is unbound after its handler, as in CPython.
def unbound_after():
    try:
        fails("value")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "unbound: " + str(e)


print(unbound_after())


# A handler that re-raises; finally clauses of every frame run in order.
def reraiser(kind):
    try:
        deep(2, kind)
    except ZeroDivisionError:
        print("re-raising")
        raise
    finally:
        print("reraiser finally")


try:
    reraiser("zero")
except ZeroDivisionError as e:
    print("caught again:", e)


# Many raises after the functions are optimized.
count = 0
for i in range(3000):
    try:
        count += deep(1, ["value", "key", "index", "zero", "none"][i % 5]) == "ok"
    except Exception:
        count += 10
print("count", count)


# Exceptions raised inside except clauses: new ones get the handled exception
# as context (unless raised `from None`), bare raise re-raises it, and a
# clause's own name is unbound afterwards in every case.
def translate(kind, how):
    try:
        fails(kind)
    except (KeyError, IndexError) as err:
        if how == "new":
            raise ValueError("translated " + type(err).__name__)
        if how == "from-none":
            raise ValueError("quiet") from None
        if how == "call":
            fails("zero")
        if how == "loop":
            for i in range(3):
                if i == 2:
                    raise RuntimeError("in loop " + str(i))
        if how == "bare":
            raise
        return "handled " + how


for how in ["new", "from-none", "call", "loop", "bare", "none"]:
    try:
        print(translate("index", how))
    except Exception as e:
        ctx = e.__context__
        print(how, type(e).__name__, str(e), "| context:", type(ctx).__name__ if ctx else None,
              "| suppress:", e.__suppress_context__)


def handler_then_finally():
    log = []
    try:
        try:
            fails("key")
        except KeyError:
            log.append("handler")
            raise TypeError("from handler")
        finally:
            log.append("finally")
    except TypeError as e:
        log.append("outer " + str(e) + " ctx " + repr(e.__context__))
    return log


print(handler_then_finally())
