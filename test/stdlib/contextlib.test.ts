// The contextlib module (stdlib/contextlib.ts): contextmanager, ExitStack, suppress, closing, nullcontext.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, limitKind, TRY } from './script.js';

const py = String.raw;

describe("contextmanager", () => {
  it("setup, teardown and exceptions thrown into the generator", () => {
    expect(run(py`
from contextlib import contextmanager
@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', e)
    finally:
        print('</' + name + '>')
with tag('a') as t:
    print('body', t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
`)).toBe("<a>\nbody A\n</a>\n<b>\nhandled 'k'\n</b>\n<c>\n</c>\npropagated v\n");
  });
  it("RuntimeError rules for misbehaving generators", () => {
    expect(run(py`
from contextlib import contextmanager
@contextmanager
def none():
    if False:
        yield
@contextmanager
def two():
    yield 1
    yield 2
@contextmanager
def plain():
    yield
def use(cm, exc=None):
    try:
        with cm:
            if exc:
                raise exc
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))
use(none())
use(two())
use(two(), ValueError('x'))
use(plain(), StopIteration('si'))
cm = plain()
with cm:
    pass
use(cm)
`)).toBe("RuntimeError: generator didn't yield\nRuntimeError: generator didn't stop\nValueError: x\nStopIteration: si\nAttributeError: '_GeneratorContextManager' object has no attribute 'args'\n");
  });
  it("a contextmanager works as a decorator", () => {
    expect(run(py`
from contextlib import contextmanager
@contextmanager
def logged():
    print('start')
    yield
    print('end')
@logged()
def work(x):
    print('work', x)
    return x * 2
print(work(1), work(2), work.__name__)
`)).toBe("start\nwork 1\nend\nstart\nwork 2\nend\n2 4 work\n");
  });
});

describe("other context managers", () => {
  it("ExitStack, suppress, closing, nullcontext", () => {
    expect(run(TRY + py`
from contextlib import ExitStack, suppress, closing, nullcontext
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
with ExitStack() as stack:
    print([stack.enter_context(CM(i)) for i in range(2)])
    stack.callback(print, 'callback')
    later = stack.pop_all()
print('moved')
later.close()
with suppress(KeyError):
    {}['x']
class R:
    def close(self):
        print('closed')
with closing(R()):
    pass
with nullcontext(3) as v:
    print(v)
attempt(ExitStack().enter_context, 5)
`)).toBe("enter 0\nenter 1\n[0, 1]\nmoved\ncallback\nexit 1 None\nexit 0 None\nclosed\n3\nTypeError: 'builtins.int' object does not support the context manager protocol\n");
  });
});

describe('Sandling specifics', () => {
  it('no redirect_stdout and no async variants', () => {
    expect(run(py`
import contextlib
print(hasattr(contextlib, 'redirect_stdout'), hasattr(contextlib, 'asynccontextmanager'), hasattr(contextlib, 'chdir'))
`)).toBe('False False False\n');
  });

  it('an ExitStack with many callbacks is charged to the instruction budget', () => {
    expect(limitKind(py`
from contextlib import ExitStack
with ExitStack() as s:
    for i in range(10**7):
        s.callback(int)
`, { maxOps: 50_000 })).toBe('budget');
  });
});
