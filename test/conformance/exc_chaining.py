# Exception chaining: __cause__, __context__, __suppress_context__
def show(e):
    print(type(e).__name__, repr(str(e)), "cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        raise ValueError("explicit") from inner
except ValueError as e:
    show(e)
    print(e.__cause__ is e.__context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("suppressed") from None
except ValueError as e:
    show(e)
try:
    raise RuntimeError("no chain")
except RuntimeError as e:
    show(e)
try:
    raise ValueError("from class") from TypeError
except ValueError as e:
    show(e)
try:
    raise ValueError("outside handler") from OSError("os")
except ValueError as e:
    show(e)
try:
    try:
        try:
            raise IndexError("a")
        except IndexError:
            raise KeyError("b")
    except KeyError:
        raise TypeError("c")
except TypeError as e:
    show(e)
    show(e.__context__)
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print("TypeError:", e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(repr(e.__cause__))
try:
    e.__cause__ = "nope"
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            print("second.context is first:", second.__context__ is first)
            raise
except TypeError as e:
    show(e)
