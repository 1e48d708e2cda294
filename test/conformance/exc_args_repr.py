# e.args, str(e) and repr(e) for 0, 1, 2 args
for e in [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(1), ValueError(None), ValueError(""),
          ValueError(("t",)), ValueError([1, 2]), KeyError(), KeyError("k"), KeyError("a", "b"), KeyError(1), KeyError(""),
          IndexError("i"), Exception("x", 2, None), TypeError("it's"), StopIteration(5), AssertionError(),
          OSError("os"), OSError(2, "No such file"), ZeroDivisionError("division by zero"), RuntimeError("r\nline")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
class Custom(Exception):
    def __init__(self, code, detail):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail
c = Custom(404, "not found")
print(c, repr(c), c.args, c.code, c.detail)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
w = WithStr("ignored", 1)
print(w, repr(w), w.args)
class NoInitCall(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoInitCall(1, 2)
print(repr(n), str(n), n.args)
print(str(KeyError("multi word")), str(KeyError(KeyError("k"))), repr(KeyError(KeyError("k"))))
o = OSError(2, "No such file or directory")
print(o.errno, o.strerror, type(o).__name__)
print(repr(Exception()), repr(BaseException("b")), repr(SystemExit(3)), SystemExit(3).code)
