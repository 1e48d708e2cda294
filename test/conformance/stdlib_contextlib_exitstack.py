# contextlib: ExitStack (enter_context, callback, push, pop_all, close, exception handling), suppress, closing, nullcontext.
from contextlib import ExitStack, suppress, closing, nullcontext, AbstractContextManager


class CM:
    def __init__(self, n, swallow=False):
        self.n = n
        self.swallow = swallow

    def __enter__(self):
        print('enter', self.n)
        return self.n * 10

    def __exit__(self, typ, value, tb):
        print('exit', self.n, typ.__name__ if typ else None, value)
        return self.swallow


with ExitStack() as stack:
    values = [stack.enter_context(CM(i)) for i in range(3)]
    stack.callback(print, 'callback', 1, 2, sep='-')
    print(values)


def log_exit(typ, value, tb):
    print('pushed exit sees', typ.__name__ if typ else None)
    return True


with ExitStack() as stack:
    stack.push(log_exit)
    stack.enter_context(CM(9))
    raise ValueError('suppressed by push')
print('continued')

with ExitStack() as stack:
    stack.enter_context(CM(7))
    moved = stack.pop_all()
print('popped, nothing exited yet')
moved.close()
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(CM(1))
        stack.enter_context(CM(2, swallow=True))
        raise KeyError('k')
    print('swallowed by CM(2)')
except KeyError:
    print('not reached')

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('original')
except ZeroDivisionError as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__)

try:
    with ExitStack() as stack:
        stack.enter_context(3)
except TypeError as e:
    print(type(e).__name__ + ":", e)

stack = ExitStack()
cb = stack.callback(lambda x: print('closing with', x), 'arg')
print(callable(cb), stack.push(CM(5)).n)
stack.close()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')
with suppress(LookupError):
    [][1]
print('IndexError is a LookupError')


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)
try:
    with closing(Resource()):
        raise ValueError('inside closing')
except ValueError as e:
    print(type(e).__name__ + ":", e)

with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
print(isinstance(CM(0), AbstractContextManager), isinstance(3, AbstractContextManager), issubclass(ExitStack, AbstractContextManager))


class Own(AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Own() as o:
    print(type(o).__name__)
