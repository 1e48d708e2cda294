# try/except/else/finally in every combination
def run(action):
    print("--", action)
    try:
        print("try start")
        if action == "raise":
            raise ValueError("boom")
        if action == "type":
            raise TypeError("bad type")
        print("try end")
    except ValueError as e:
        print("except ValueError:", e)
    except (TypeError, KeyError) as e:
        print("except tuple:", type(e).__name__, e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
for a in ["ok", "raise", "type"]:
    run(a)
try:
    pass
finally:
    print("try/finally only")
try:
    x = 1
except Exception:
    print("no")
else:
    print("try/except/else, x =", x)
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e))
try:
    try:
        raise ValueError("v")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("propagated to outer:", e)
try:
    raise IndexError
except LookupError as e:
    print("caught by base:", type(e).__name__, repr(e), str(e) == "")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise ValueError("during handling")
except ValueError as e:
    print("new exception:", e, "| context:", repr(e.__context__))
try:
    try:
        raise ValueError("in try")
    except TypeError:
        print("not this handler")
    else:
        print("not reached")
    finally:
        print("finally runs on raise")
except ValueError:
    print("caught after finally")
def f():
    try:
        raise ValueError("x")
    except ValueError:
        print("f handled")
        return "handled"
    finally:
        print("f finally")
print(f())
try:
    raise ValueError("a")
except ValueError as err:
    saved = err
print(repr(saved))
try:
    print(err)
except NameError as e:
    print("NameError:", e)
