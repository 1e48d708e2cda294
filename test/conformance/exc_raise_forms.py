# raise forms, invalid raises, AssertionError
def attempt(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, "|", e, "|", repr(e))
def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise 42
def r4(): raise "string"
def r5(): raise int
def r6():
    class NotExc: pass
    raise NotExc
def r7(): raise None
def r8(): assert False
def r9(): assert 1 == 2, "values differ"
def r10(): assert [], ["list", "message"]
def r11(): assert True, "never"
def r12(): raise Exception
def r13(): raise StopIteration("stop")
def r14(): raise KeyboardInterrupt
def r15(): raise SystemExit(2)
def r16(): raise ValueError from 1
def r17():
    x = 0
    assert x, f"x is {x}"
for fn in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17]:
    print(fn.__name__, end=": ")
    attempt(fn)
try:
    raise TypeError
except TypeError as e:
    print(type(e) is TypeError, e.args)
class MyErr(ValueError):
    pass
try:
    raise MyErr("sub")
except ValueError as e:
    print("caught subclass via base:", type(e).__name__, isinstance(e, ValueError), [c.__name__ for c in type(e).__mro__])
try:
    try:
        raise MyErr("x")
    except (TypeError, MyErr) as e:
        print("tuple match", e)
        raise KeyError("next")
except KeyError as e:
    print("next:", e)
