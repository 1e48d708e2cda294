# exceptions raised inside except/else/finally blocks
def f(where):
    try:
        if where == "try":
            raise ValueError("in try")
    except ValueError as e:
        raise KeyError("in except")
    else:
        if where == "else":
            raise IndexError("in else")
    finally:
        if where == "finally":
            raise TypeError("in finally")
    return "normal"
for where in ["none", "try", "else", "finally"]:
    try:
        print(where, "->", f(where))
    except Exception as e:
        ctx = e.__context__
        print(where, "->", type(e).__name__, e, "| context:", repr(ctx))
def handler_error_replaces():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            undefined_function()
    except NameError as e:
        return f"{type(e).__name__}: {e} (context {type(e.__context__).__name__})"
print(handler_error_replaces())
def finally_exception_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            [][1]
    except Exception as e:
        return f"{type(e).__name__}: {e} (context {e.__context__!r})"
print(finally_exception_replaces())
def caught_in_finally():
    try:
        raise ValueError("v")
    finally:
        try:
            raise KeyError("k")
        except KeyError as e:
            print("inner caught", repr(e), "context", repr(e.__context__))
try:
    caught_in_finally()
except ValueError as e:
    print("outer still gets", repr(e))
def else_not_protected():
    try:
        pass
    except ZeroDivisionError:
        return "handled"
    else:
        return 1 / 0
try:
    else_not_protected()
except ZeroDivisionError as e:
    print("else exceptions are not caught by sibling except:", e)
def nested_handlers(n):
    try:
        try:
            if n == 0:
                raise ValueError("zero")
            return 10 // n
        except ValueError:
            return "inner handled"
    except ZeroDivisionError:
        return "outer handled"
print(nested_handlers(0), nested_handlers(2))
