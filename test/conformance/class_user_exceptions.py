# user-defined exception classes
class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, resource, ident):
        super().__init__(resource, ident)
        self.resource = resource
        self.ident = ident
    def __str__(self):
        return f"{self.resource} {self.ident!r} not found"
class RetryableError(AppError):
    def __init__(self, msg, attempts=3):
        super().__init__(msg)
        self.attempts = attempts
def lookup(kind, key):
    if kind == "user":
        raise NotFound("user", key)
    if kind == "net":
        raise RetryableError("network down", attempts=5)
    raise AppError("generic", kind)
for kind in ["user", "net", "other"]:
    try:
        lookup(kind, 42)
    except NotFound as e:
        print("NotFound:", e, "|", repr(e), "|", e.args, e.resource)
    except RetryableError as e:
        print("Retryable:", e, e.attempts, repr(e))
    except AppError as e:
        print("AppError:", e, e.args, AppError.__doc__)
print([c.__name__ for c in NotFound.__mro__])
class Plain(Exception):
    pass
print(repr(Plain()), str(Plain("x", 1)), Plain("only").args)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")))
class KeyLike(KeyError):
    pass
print(str(KeyLike("k")), repr(KeyLike("k")))
try:
    raise KeyLike("missing")
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
class Errno(OSError):
    pass
e = Errno(2, "not here")
print(e.errno, e.strerror, str(e), type(e).__name__)
class NotAnException:
    pass
try:
    try:
        raise NotAnException()
    except NotAnException:
        print("not reached")
except TypeError as e:
    print("TypeError:", e)
