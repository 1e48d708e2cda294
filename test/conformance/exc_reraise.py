# bare raise, re-raising, nested handlers, exception state
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("caught:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def raise_saved():
    try:
        raise KeyError("saved")
    except KeyError as e:
        saved = e
    raise saved
try:
    raise_saved()
except KeyError as e:
    print("re-raised saved:", repr(e))
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            print("inner handled")
        raise
except ValueError as e:
    print("bare raise re-raises the outer one:", e)
def handler_in_func():
    try:
        raise IndexError("idx")
    except IndexError:
        helper()
def helper():
    raise
try:
    handler_in_func()
except IndexError as e:
    print("bare raise in called function:", repr(e))
try:
    raise ValueError("x")
except ValueError as e:
    try:
        raise e
    except ValueError as again:
        print(again is e)
err = None
try:
    raise ValueError("kept")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
class Oops(Exception):
    pass
for exc in [Oops, Oops("msg"), Oops("a", "b")]:
    try:
        raise exc
    except Oops as e:
        print(repr(e), str(e), e.args)
try:
    raise Exception("generic")
except Exception as e:
    print(type(e).__name__, e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
print("done after", count)
