import { describe, expect, it } from 'vitest';
import { HostUsageError, Interpreter, Limits, ResourceExhausted, type LimitOptions } from '../core/index.js';

/** Runs `src` expecting a limit of `kind`; then checks the same interpreter still works. */
function expectLimit(src: string, limits: LimitOptions, kind: string): ResourceExhausted {
  const interp = new Interpreter({ limits });
  let caught: unknown;
  const started = Date.now();
  try {
    interp.run(src, { filename: 'limit.py' });
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected ResourceExhausted(${kind})`).toBeInstanceOf(ResourceExhausted);
  expect((caught as ResourceExhausted).kind).toBe(kind);
  expect(Date.now() - started).toBeLessThan(5000);
  interp.takeOutput();
  interp.run('print(sum(range(10)))');
  expect(interp.takeOutput()).toBe('45\n');
  return caught as ResourceExhausted;
}

describe('instruction budget', () => {
  const budget = { maxOps: 20_000 };
  it('stops infinite loops', () => {
    expectLimit('while True: pass', budget, 'budget');
    expectLimit('x = 0\nwhile True:\n    x += 1', budget, 'budget');
  });
  it('charges loop bodies that end early, on every path out of them', () => {
    expectLimit('while True:\n    continue\n    x = 1', budget, 'budget');
    expectLimit('for i in iter(int, 1):\n    if i == 0:\n        continue\n    print(i)', budget, 'budget');
    expectLimit('def f():\n    while True:\n        try:\n            continue\n        finally:\n            pass\nf()', budget, 'budget');
    expectLimit('def f():\n    while True:\n        try:\n            raise ValueError\n        except ValueError:\n            continue\nf()', budget, 'budget');
    expectLimit('def f(n):\n    if n:\n        return f(n - 1) + f(n - 1)\n    return 1\nf(40)', budget, 'budget');
  });

  it('counts one operation per statement run (a block is charged when it starts)', () => {
    const loop = (n: number) => `for i in range(${n}):\n    x = i\n    y = x\n`;
    const inFunction = (n: number) => `def f():\n${loop(n).replace(/^/gm, '    ')}\nf()\n`;
    const fits = (src: string) => {
      try {
        new Interpreter({ limits: { maxOps: 50 } }).run(src);
        return true;
      } catch (e) {
        expect(e).toBeInstanceOf(ResourceExhausted);
        return false;
      }
    };
    // The for statement, then two statements per iteration: 1 + 2 * 24 = 49 fits in 50, 51 does not.
    expect([fits(loop(24)), fits(loop(25))]).toEqual([true, false]);
    // def and the call, then the same loop: 2 + 1 + 2 * 23 = 49.
    expect([fits(inFunction(23)), fits(inFunction(24))]).toEqual([true, false]);
  });

  it('charges builtins per element', () => {
    expectLimit('sorted(range(10**7))', budget, 'budget');
    expectLimit('sum(range(10**9))', budget, 'budget');
    expectLimit('list(range(10**7))', budget, 'budget');
    expectLimit('"-".join(str(i) for i in range(10**6))', budget, 'budget');
    expectLimit('all(x >= 0 for x in range(10**8))', budget, 'budget');
    expectLimit('99999999 in list(range(10**6))', budget, 'budget');
  });
  it('stops recursion-heavy code and comprehensions', () => {
    expectLimit('[x for x in range(10**8)]', budget, 'budget');
    expectLimit('def f(n):\n    return 1 if n == 0 else f(n - 1) + f(n - 1)\nf(40)', budget, 'budget');
  });
  it('cannot be caught or extended by except/finally/retry loops', () => {
    expectLimit('while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass', budget, 'budget');
    expectLimit('try:\n    while True: pass\nexcept:\n    pass', budget, 'budget');
    expectLimit('try:\n    while True: pass\nfinally:\n    while True: pass', budget, 'budget');
    expectLimit('def g():\n    try:\n        yield 1\n    finally:\n        while True: pass\nx = g()\nnext(x)\nwhile True: pass', budget, 'budget');
  });
});

describe('deadline, abort signal and cancel', () => {
  it('stops at the deadline with a small overshoot', () => {
    const started = Date.now();
    expectLimit('while True: pass', { timeoutMs: 50 }, 'deadline');
    expect(Date.now() - started).toBeLessThan(1000);
  });
  it('honours an already-aborted signal and cancel()', () => {
    const ac = new AbortController();
    ac.abort();
    expectLimit('while True: pass', { signal: ac.signal }, 'deadline');
    const interp = new Interpreter();
    interp.set('stop', () => interp.cancel('enough'));
    try {
      interp.run('stop()\nwhile True: pass');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ResourceExhausted);
      expect((e as ResourceExhausted).detail).toContain('enough');
    }
  });
});

describe('call depth', () => {
  it('stops Python recursion, including through native re-entry', () => {
    const depth = { maxDepth: 100 };
    expectLimit('def f(): f()\nf()', depth, 'recursion');
    expectLimit('class A:\n    def __repr__(self): return repr(self)\nrepr(A())', depth, 'recursion');
    expectLimit('class A:\n    def __eq__(self, o): return self == o\nA() == A()', depth, 'recursion');
    expectLimit('def k(x): return sorted([1, 2], key=k)\nsorted([1, 2], key=k)', depth, 'recursion');
    expectLimit('class A:\n    def __getattr__(self, n): return self.x\nA().y', depth, 'recursion');
  });
  it('handles deeply nested data without a JavaScript stack overflow', () => {
    const depth = { maxDepth: 200 };
    expectLimit('x = []\nfor i in range(100000): x = [x]\nrepr(x)', depth, 'recursion');
    expectLimit('x = []\nfor i in range(100000): x = [x]\nx == x[0]', depth, 'recursion');
    expectLimit('d = {}\nfor i in range(100000): d = {"k": d}\nstr(d)', depth, 'recursion');
  });
  it('turns a host stack overflow into a recursion limit (large maxDepth)', () => {
    expectLimit('def f(n): return f(n + 1) + 1\nf(0)', { maxDepth: 100_000 }, 'recursion');
  });
});

describe('value size (checked before allocating)', () => {
  const size = { maxValueBytes: 1_000_000 };
  const attacks = [
    "'a' * 10**10", '[0] * 10**9', "'x'.ljust(10**9)", "'x'.center(10**9)", "'x'.zfill(10**9)",
    "f'{1:>1000000000}'", '10**10**8', '1 << 10**9', "'-'.join(['abc'] * 10**6)",
    "('a' * 1000).replace('a', 'a' * 1000)", "('ab' * 1000).replace('', 'x' * 1000)", "b'x' * 10**9", 'bytes(10**9)',
    "'%*s' % (10**9, 'x')", "'{:>1000000000}'.format(1)",
  ];
  for (const src of attacks) {
    it(`refuses ${src}`, () => {
      expectLimit(`x = ${src}`, size, 'size');
    });
  }
});

describe('allocation account, output and host calls', () => {
  it('stops programs that allocate without bound', () => {
    expectLimit('x = []\nwhile True: x.append([1, 2, 3])', { maxMemoryBytes: 1_000_000 }, 'memory');
    expectLimit('d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1', { maxMemoryBytes: 1_000_000 }, 'memory');
    expectLimit("s = ''\nwhile True: s += 'x' * 100", { maxMemoryBytes: 1_000_000 }, 'memory');
    expectLimit('[[i] for i in range(10**7)]', { maxMemoryBytes: 1_000_000 }, 'memory');
    // Small dict copies and displays are charged per entry too: 20,000 of them exceed 1 MB,
    // while keeping 20,000 references to one dict does not.
    const loop = (make: string) => `d = {"a": 1, "b": 2, "c": 3}\nkeep = []\nfor _ in range(20000): keep.append(${make})`;
    expect(() => new Interpreter({ limits: { maxMemoryBytes: 1_000_000 } }).run(loop('d'))).not.toThrow();
    for (const make of ['dict(d)', '{**d}', '{"a": 1, "b": 2, "c": 3}', 'd.copy()']) {
      expectLimit(loop(make), { maxMemoryBytes: 1_000_000 }, 'memory');
    }
  });

  it('charges large values made in one step: repetition, padding, joins, big ints, bytes', () => {
    for (const src of ['x = "ab" * 10**6', 'x = [0] * 10**6', 'x = (0,) * 10**6', 'x = b"a" * (2 * 10**6)', 'x = "a".ljust(10**6)',
      'x = f"{1:>1000000}"', 'parts = ["ab"] * 10**4\nx = "-".join(parts * 20)', 'x = 10**(3 * 10**6)', 'x = bytearray(2 * 10**6)', 'x = [1] * 10**4\nx *= 100']) {
      expectLimit(src, { maxMemoryBytes: 1_000_000 }, 'memory');
    }
    // The same values fit a larger account.
    expect(() => new Interpreter({ limits: { maxMemoryBytes: 64_000_000 } }).run('x = "ab" * 10**6\ny = [0] * 10**6')).not.toThrow();
  });
  it('caps print output and delivers what fits', () => {
    let out = '';
    const interp = new Interpreter({ output: (t) => { out += t; }, limits: { maxOutputBytes: 10 } });
    expect(() => interp.run('for i in range(100): print(i)')).toThrow(ResourceExhausted);
    expect(out).toBe('0\n1\n2\n3\n4\n');
  });
  it('caps calls into the host', () => {
    const interp = new Interpreter({ limits: { maxHostCalls: 50 } });
    interp.set('ping', () => 1);
    try {
      interp.run('while True:\n    try:\n        ping()\n    except Exception:\n        pass');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ResourceExhausted);
      expect((e as ResourceExhausted).kind).toBe('budget');
    }
  });
});

describe('presets and validation', () => {
  it('runs ordinary programs under every preset', () => {
    for (const limits of [Limits.trusted(), Limits.semiTrusted(), Limits.untrusted()]) {
      const interp = new Interpreter({ limits });
      interp.run('def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(18))');
      expect(interp.takeOutput()).toBe('2584\n');
    }
  });
  it('refuses bad limit options with a HostUsageError', () => {
    expect(() => new Interpreter({ limits: { maxOps: 0 } })).toThrow(HostUsageError);
    expect(() => new Interpreter({ limits: { maxDepth: 1.5 } })).toThrow(HostUsageError);
    expect(() => new Interpreter({ limits: { bogus: 1 } as unknown as LimitOptions })).toThrow(/unknown limit 'bogus'/);
    expect(() => new Interpreter({ limits: { signal: {} as AbortSignal } })).toThrow(HostUsageError);
  });
  it('gives every run a fresh account and leaves other interpreters alone', () => {
    const limited = new Interpreter({ limits: { maxOps: 50_000 } });
    const other = new Interpreter();
    for (let i = 0; i < 3; i++) {
      expect(() => limited.run('while True: pass')).toThrow(ResourceExhausted);
      limited.run('x = sum(range(1000))');
      expect(limited.get('x')).toBe(499500);
    }
    other.run('y = sum(range(100000))');
    expect(other.get('y')).toBe(4999950000);
  });
});
