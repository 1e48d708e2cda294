// Security attack suite, part 2: the host boundary (Interpreter.set/get/call,
// host functions, host errors) and thenables.
//
// Rules asserted here (README "Embedding", threat model 1.6-1.7 and checklist
// items 4, 5, 8 and 22):
//   - host values are copied in as plain data (getters run at most once, at
//     conversion; no trap, getter, toString/valueOf/Symbol.toPrimitive/then runs
//     while the script executes); anything else is refused with HostUsageError;
//   - every error the host sees from the API is a SandlingError;
//   - host functions are callable but expose no JS property, and what they return
//     or throw is converted: no JS error text, stack or host path reaches the script;
//   - get/call never hand out a JS function or a thenable, and never run script
//     code outside a run;
//   - conversions are bounded (no exponential blow-up past the deadline).

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HostUsageError, Interpreter, ResourceExhausted, SandlingError, ScriptError,
} from '../core/index.js';
import * as api from '../core/index.js';
import { canaryDiff, describeError, errorTexts, expectNoLeak, findLeak, runScript, takeCanary } from './security-helpers.js';

const canary = takeCanary();

const unhandled: unknown[] = [];
const onUnhandled = (r: unknown) => {
  unhandled.push(r);
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

function run(interp: Interpreter, src: string): string {
  interp.run(src, { filename: 'host.py' });
  return interp.takeOutput();
}

/** Calls fn and returns what it threw (or undefined). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('4a. host data is copied in, never wrapped', () => {
  it('enumerable getters run at most once, at set() (or are refused); never while the script runs', () => {
    let calls = 0;
    const interp = new Interpreter();
    const e = thrown(() => interp.set('g', { get x() { calls++; return calls; }, nested: { get y() { calls++; return 'y'; } } }));
    if (e !== undefined) {
      // Refusing accessors outright is fine too, as long as no getter ran.
      expect(e, describeError(e)).toBeInstanceOf(HostUsageError);
      expect(calls).toBe(0);
      return;
    }
    expect(calls).toBe(2);
    expect(run(interp, 'print(g["x"], g["x"], g["nested"]["y"], g)\nfor _ in range(3): str(g)')).toBe("1 1 y {'x': 1, 'nested': {'y': 'y'}}\n");
    expect(calls).toBe(2);
  });

  it('non-enumerable and symbol-keyed properties are not copied (and not invoked)', () => {
    let calls = 0;
    const o: Record<string | symbol, unknown> = { a: 1 };
    Object.defineProperty(o, 'hidden', { get() { calls++; return 1; }, enumerable: false });
    o[Symbol('s')] = 2;
    const interp = new Interpreter();
    interp.set('o', o);
    expect(run(interp, 'print(o, len(o))')).toBe("{'a': 1} 1\n");
    expect(calls).toBe(0);
  });

  it('a getter that throws at set() gives a SandlingError (not a raw JS error)', () => {
    const interp = new Interpreter();
    const e = thrown(() => interp.set('o', { get x() { throw new TypeError('boom from getter'); } }));
    expect(e, describeError(e)).toBeInstanceOf(SandlingError);
  });

  it('then / toString / valueOf / Symbol.toPrimitive / toJSON / Symbol.iterator of host data are never called', () => {
    const calls: string[] = [];
    const o = {
      then(_a: unknown, _b: unknown) { calls.push('then'); },
      toString() { calls.push('toString'); return 'x'; },
      valueOf() { calls.push('valueOf'); return 1; },
      toJSON() { calls.push('toJSON'); return 1; },
      [Symbol.toPrimitive]() { calls.push('toPrimitive'); return 1; },
      [Symbol.iterator]: function* () { calls.push('iterator'); yield 1; },
      v: 1,
    };
    const interp = new Interpreter();
    interp.set('o', o);
    const out = run(interp, `
print(sorted(o.keys()))
s = str(o) + repr(o) + ('%s' % (o,)) + '{}'.format(o) + f'{o!r}'
print(o == 1, o == 'x', 1 in o.values(), len(o), bool(o), list(o) == sorted(o.keys()) or True)
print(type(o['then']).__name__, type(o['toString']).__name__)
`);
    expect(calls).toEqual([]);
    expect(out.split('\n')[0]).toBe("['then', 'toJSON', 'toString', 'v', 'valueOf']");
    expect(interp.get('s')).not.toContain('toPrimitive');
    expect(calls).toEqual([]);
  });

  it('objects whose prototype is not Object.prototype/null are refused with HostUsageError', () => {
    class Foo { x = 1; }
    const refused: [string, unknown][] = [
      ['class instance', new Foo()], ['Date', new Date()], ['RegExp', /x/], ['Error', new Error('e')],
      ['Promise', Promise.resolve(1)], ['Set', new Set([1])], ['WeakMap', new WeakMap()], ['boxed String', new String('s')],
      ['boxed Number', new Number(1)], ['Object.create({})', Object.create({ inherited: 1 })], ['globalThis', globalThis],
      ['process', process], ['ArrayBuffer', new ArrayBuffer(2)], ['DataView', new DataView(new ArrayBuffer(2))],
      ['Uint16Array', new Uint16Array(2)], ['BigInt64Array', new BigInt64Array(1)], ['symbol', Symbol('s')],
    ];
    const problems: string[] = [];
    for (const [label, v] of refused) {
      const interp = new Interpreter();
      const e = thrown(() => interp.set('v', v));
      if (!(e instanceof HostUsageError)) problems.push(`${label}: ${describeError(e)}`);
      else expectNoLeak(e.message, label);
    }
    expect(problems).toEqual([]);
  });

  it('Proxy of plain data: refused, or traps run only during set(), never during the script', () => {
    let traps = 0;
    const handler: ProxyHandler<Record<string, unknown>> = {
      get(t, k) { traps++; return Reflect.get(t, k); },
      has(t, k) { traps++; return Reflect.has(t, k); },
      ownKeys(t) { traps++; return Reflect.ownKeys(t); },
      getOwnPropertyDescriptor(t, k) { traps++; return Reflect.getOwnPropertyDescriptor(t, k); },
      getPrototypeOf(t) { traps++; return Reflect.getPrototypeOf(t); },
    };
    const interp = new Interpreter();
    const e = thrown(() => interp.set('p', new Proxy({ a: 1, b: [1, 2] } as Record<string, unknown>, handler)));
    if (e !== undefined) {
      // Refusing Proxies is fine too.
      expect(e, describeError(e)).toBeInstanceOf(HostUsageError);
      return;
    }
    const atSet = traps;
    expect(run(interp, 'for _ in range(5):\n    x = p["a"], p["b"], "a" in p, list(p), str(p)\nprint(p)')).toBe("{'a': 1, 'b': [1, 2]}\n");
    expect(traps).toBe(atSet);
  });

  it('a revoked Proxy is refused with HostUsageError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const e = thrown(() => new Interpreter().set('p', proxy));
    expect(e, describeError(e)).toBeInstanceOf(HostUsageError);
  });

  it('sparse arrays do not put JS undefined into script lists', () => {
    const interp = new Interpreter();
    // eslint-disable-next-line no-sparse-arrays
    const e = thrown(() => interp.set('a', [1, , 3]));
    if (e === undefined) {
      const r = runScript('print(a, len(a), a[1])', { interp });
      expect(describeError(r.error)).toBe('no error');
      expect(r.out).toBe('[1, None, 3] 3 None\n');
    } else {
      expect(e).toBeInstanceOf(HostUsageError);
    }
  });

  it('Map keys that cannot be hashed give HostUsageError from set(), call() and the globals option', () => {
    const interp = new Interpreter();
    interp.run('def f(x): return 1');
    const bad = () => new Map<unknown, unknown>([[[1, 2], 'list key']]);
    const errors = [
      thrown(() => interp.set('m', bad())),
      thrown(() => interp.call('f', bad())),
      thrown(() => new Interpreter({ globals: { m: bad() } })),
    ];
    for (const e of errors) expect(e, describeError(e)).toBeInstanceOf(SandlingError);
  });

  it('JSON with __proto__ / constructor keys stays data, both ways, and pollutes nothing', () => {
    const interp = new Interpreter();
    interp.set('j', JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"polluted": 1}}}'));
    interp.run('j["__proto__"]["x"] = 1\nback = j\nkeys = sorted(j)');
    expect(interp.get('keys')).toEqual(['__proto__', 'constructor']);
    const back = interp.get('back') as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBeNull();
    expect(Object.prototype.hasOwnProperty.call(back, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('dicts passed to host functions are null-prototype objects (no inherited constructor/toString)', () => {
    let proto: unknown = 'unset';
    let ctor: unknown = 'unset';
    const interp = new Interpreter();
    interp.set('h', (a: Record<string, unknown>) => {
      proto = Object.getPrototypeOf(a);
      ctor = a.constructor;
      return null;
    });
    interp.run('h({"x": 1})');
    expect(proto).toBeNull();
    expect(ctor).toBeUndefined();
  });

  it('script values cannot be passed back in as host values', () => {
    const interp = new Interpreter();
    interp.run('x = [1]');
    const v = interp.get('x');
    expect(Array.isArray(v)).toBe(true);
    expect(() => interp.set('y', v)).not.toThrow();
  });
});

describe('4b. host functions', () => {
  it('expose no JS property and no path to Function', () => {
    const interp = new Interpreter();
    interp.set('f', function named(x: unknown) { return x; });
    const out = run(interp, `
bad = []
for n in ['constructor', 'prototype', 'call', 'apply', 'bind', 'length', 'name', 'caller', 'arguments', 'toString',
          '__proto__', '__globals__', '__code__', '__closure__', '__wrapped__', '__func__', 'then', 'valueOf']:
    if hasattr(f, n):
        bad.append(n)
for path in ['f.__call__.__self__.constructor', 'f.__class__.constructor', 'type(f).__call__.constructor',
             'f.__call__.__func__.__globals__']:
    try:
        if path == 'f.__call__.__self__.constructor': f.__call__.__self__.constructor
        elif path == 'f.__class__.constructor': f.__class__.constructor
        elif path == 'type(f).__call__.constructor': type(f).__call__.constructor
        else: f.__call__.__func__.__globals__
        bad.append(path)
    except AttributeError:
        pass
print(bad, f.__self__, f(5), f.__call__(6), type(f).__name__)
print(repr(f), f.__name__)
`);
    expect(out).toBe("[] None 5 6 builtin_function_or_method\n<built-in function f> f\n");
  });

  it('are called with this === undefined and receive only plain data', () => {
    const seen: unknown[] = [];
    const interp = new Interpreter();
    interp.set('h', function (this: unknown, ...args: unknown[]) {
      seen.push(this, ...args);
      return null;
    });
    interp.run('h(1, "s", [1], {"a": (1, 2)}, None, 2**70, 1.5, b"x", {1, 2})');
    expect(seen[0]).toBeUndefined();
    expect(seen.slice(1)).toEqual([1, 's', [1], { a: [1, 2] }, null, 2n ** 70n, 1.5, new Uint8Array([120]), [1, 2]]);
    const r = runScript('h(lambda: 0)', { interp });
    expect(r.error).toBeInstanceOf(ScriptError);
    expect((r.error as ScriptError).pyType).toBe('TypeError');
  });

  it('results that are objects with host prototypes become a Python TypeError', () => {
    const interp = new Interpreter();
    const cases: [string, () => unknown][] = [
      ['Date', () => new Date()], ['class instance', () => new (class Secret { x = 1; })()], ['Error', () => new Error('e')],
      ['symbol', () => Symbol('s')], ['cyclic', () => { const a: unknown[] = []; a.push(a); return a; }],
      ['process', () => process], ['globalThis', () => globalThis],
    ];
    const problems: string[] = [];
    for (const [label, fn] of cases) {
      interp.set('h', fn);
      const r = runScript('try:\n    h()\nexcept TypeError as e:\n    print("TypeError", e)', { interp });
      if (r.error !== undefined || !r.out.startsWith('TypeError')) problems.push(`${label}: ${r.out} ${describeError(r.error)}`);
      const leak = findLeak(r.out);
      if (leak) problems.push(`${label}: ${leak}`);
      // The host's class names are host information too.
      if (/Secret/.test(r.out)) problems.push(`${label}: message reveals the host class name: ${r.out.trim()}`);
    }
    expect(problems).toEqual([]);
  });

  it('results whose conversion throws in JS (revoked proxy, throwing getter) become a Python exception', () => {
    const interp = new Interpreter();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const cases: [string, () => unknown][] = [
      ['revoked proxy', () => proxy],
      ['throwing getter', () => ({ get x() { throw new TypeError('getter boom at /work/main/secret.js:1:1'); } })],
      ['throwing getPrototypeOf trap', () => new Proxy({}, { getPrototypeOf() { throw new Error('trap'); } })],
      ['throwing ownKeys trap', () => new Proxy({}, { ownKeys() { throw new Error('trap'); } })],
    ];
    const problems: string[] = [];
    for (const [label, fn] of cases) {
      interp.set('h', fn);
      const r = runScript('try:\n    h()\nexcept Exception as e:\n    print(type(e).__name__, e)', { interp });
      if (r.error !== undefined) problems.push(`${label}: ${describeError(r.error)}`);
      const leak = findLeak(r.out);
      if (leak) problems.push(`${label}: ${leak}`);
    }
    expect(problems).toEqual([]);
  });

  it('returning a sparse array does not put JS undefined into a script list', () => {
    const interp = new Interpreter();
    // eslint-disable-next-line no-sparse-arrays
    interp.set('h', () => [1, , 3]);
    const r = runScript('try:\n    v = h()\n    print(v, len(v))\nexcept TypeError:\n    print("TypeError")', { interp });
    expect(describeError(r.error)).toBe('no error');
    expect(['[1, None, 3] 3\n', 'TypeError\n']).toContain(r.out);
  });

  it('returned functions become host functions (converted), never raw JS functions', () => {
    const interp = new Interpreter();
    interp.set('h', () => (x: number) => x + 1);
    const out = run(interp, 'g = h()\nprint(type(g).__name__, g(1), hasattr(g, "constructor"), hasattr(g, "call"))');
    expect(out).toBe('builtin_function_or_method 2 False False\n');
    expect(() => interp.get('g')).toThrow(HostUsageError);
  });

  it('returning a Promise or a thenable is a TypeError and never leaves an unhandled rejection', async () => {
    const interp = new Interpreter();
    interp.set('rp', () => Promise.reject(new Error('rejected at /work/main/x.js')));
    interp.set('ap', async () => 1);
    const out = run(interp, `
for f in (rp, ap):
    try:
        f()
        print('no error')
    except TypeError as e:
        print('TypeError')
`);
    expect(out).toBe('TypeError\nTypeError\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).toEqual([]);
  });

  // What a script sees when a host function throws.
  const throwers: [string, () => unknown, RegExp | null][] = [
    ['Error with a message', () => { throw new Error('quota exceeded'); }, null],
    ['JS TypeError from a bad access', () => { const o: { x?: { y: number } } = {}; return o.x!.y; }, null],
    ['JS stack overflow', () => { const r = (): number => r() + 1; return r(); }, null],
    ['ENOENT with a host path', () => readFileSync('/work/main/definitely-missing/secret.txt'), null],
    ['a string', () => { throw 'plain string'; }, null],
    ['undefined', () => { throw undefined; }, null],
    ['null', () => { throw null; }, null],
    ['a symbol', () => { throw Symbol('s'); }, null],
    ['a null-prototype object', () => { throw Object.create(null); }, null],
    ['an object whose toString throws', () => { throw { toString() { throw new Error('nested'); } }; }, null],
    ['a Proxy whose traps throw', () => { throw new Proxy({}, { get() { throw new Error('trap'); } }); }, null],
    ['an Error whose message getter throws', () => { const e = new Error('x'); Object.defineProperty(e, 'message', { get() { throw new Error('getter'); } }); throw e; }, null],
    ['a HostUsageError', () => { throw new HostUsageError('host misuse'); }, null],
    ['a JS RangeError (invalid array length)', () => new Array(-1), null],
    ['a JS SyntaxError from JSON.parse', () => JSON.parse('{bad'), null],
    // @ts-expect-error: deliberately undeclared, so the engine throws a ReferenceError
    ['a JS ReferenceError', () => someUndeclaredHostVariable, null],
    ['a BigInt mixing error', () => (1n as unknown as number) + 1, null],
  ];
  for (const [label, fn, expected] of throwers) {
    it(`a host function throwing ${label} gives the script a clean Python exception`, () => {
      const interp = new Interpreter();
      interp.set('h', fn);
      const r = runScript(`
try:
    h()
    print('no exception')
except Exception as e:
    print(type(e).__name__)
    print(str(e))
    print(repr(e))
    print(e.args)
`, { interp });
      // A JS stack overflow may end the run as the (uncatchable) recursion limit instead.
      if (r.error instanceof ResourceExhausted) return;
      expect(describeError(r.error)).toBe('no error');
      const [typeName] = r.out.split('\n');
      expect(typeName).toMatch(/^[A-Z]\w*Error$/);
      expectNoLeak(r.out, label);
      if (expected) expect(r.out).toMatch(expected);
      // JS engine errors (not deliberately thrown host errors) must not pass their text through.
      let original: unknown;
      try {
        fn();
      } catch (e) {
        original = e;
      }
      const engineError = original instanceof Error && original.constructor !== Error && !(original instanceof SandlingError);
      if (engineError) expect(r.out, 'JS engine error text reached the script').not.toContain((original as Error).message.split('\n')[0]);
      // Uncaught, the host report is clean too.
      const u = runScript('h()', { interp });
      expect(u.error instanceof ScriptError || u.error instanceof ResourceExhausted, describeError(u.error)).toBe(true);
      expectNoLeak(errorTexts(u.error), `${label} (uncaught)`);
    });
  }

  it('HostError (when the API offers it) raises the Python exception type and message the host chose', () => {
    const HostErrorCtor = (api as Record<string, unknown>).HostError as (new (m: string, t?: string) => Error) | undefined;
    if (HostErrorCtor === undefined) return;
    const interp = new Interpreter();
    interp.set('h', () => { throw new HostErrorCtor('quota exceeded', 'ValueError'); });
    const r = runScript('try:\n    h()\nexcept ValueError as e:\n    print(type(e).__name__, e)', { interp });
    expect(describeError(r.error)).toBe('no error');
    expect(r.out).toBe('ValueError quota exceeded\n');
  });

  it('a JS stack overflow inside a host function is not a catchable generic error', () => {
    const interp = new Interpreter();
    interp.set('h', () => { const r = (): number => r() + 1; return r(); });
    const r = runScript('try:\n    h()\nexcept Exception as e:\n    print("caught", type(e).__name__, e)', { interp });
    // Either a limit (uncatchable) or a RecursionError-like Python exception without JS text.
    if (r.error === undefined) expectNoLeak(r.out);
    else expect(r.error, describeError(r.error)).toBeInstanceOf(ResourceExhausted);
  });
});

describe('4c. get / call never hand out JS functions or script objects', () => {
  const refusedGlobals: [string, string][] = [
    ['script function', 'def v(): pass'], ['lambda', 'v = lambda: 0'], ['class', 'class v: pass'],
    ['instance', 'class C: pass\nv = C()'], ['bound method', 'class C:\n    def m(self): pass\nv = C().m'],
    ['builtin function', 'v = len'], ['type object', 'v = int'], ['generator', 'def g():\n    yield 1\nv = g()'],
    ['iterator', 'v = iter([1])'], ['exception', 'v = ValueError("x")'], ['dict holding a function', 'v = {"f": len}'],
    ['list holding a class', 'v = [int]'], ['dict with then function', 'v = {"then": lambda a, b: a(1)}'],
    ['instance with then', 'class T:\n    def then(self, a, b): a(1)\nv = T()'], ['property', 'v = property()'],
    ['super', 'class A:\n    def s(self): return super()\nv = A().s()'], ['range', 'v = range(3)'], ['slice', 'v = slice(1)'],
    ['NotImplemented', 'v = NotImplemented'], ['Ellipsis', 'v = ...'], ['dict view', 'v = {}.keys()'],
    ['cell', 'def mk():\n    a = 1\n    def h(): return a\n    return h\nv = mk().__closure__[0]'],
  ];
  for (const [label, src] of refusedGlobals) {
    it(`get() of a ${label} is HostUsageError and runs no script code`, () => {
      let out = '';
      const interp = new Interpreter({ output: (t) => { out += t; } });
      interp.run(src);
      const e = thrown(() => interp.get('v'));
      expect(e, describeError(e)).toBeInstanceOf(HostUsageError);
      expectNoLeak((e as Error).message);
      interp.run('def ret(): return v');
      const c = thrown(() => interp.call('ret'));
      expect(c, describeError(c)).toBeInstanceOf(HostUsageError);
      expect(out).toBe('');
    });
  }

  it('no value returned by get() is a function, at any depth', () => {
    const interp = new Interpreter();
    interp.run(`
v = [1, 2.5, 's', b'x', None, True, (1, [2]), {'a': {'b': [3]}}, {1: 2}, {1, 2}, frozenset({3}), 2**80, bytearray(b'y')]
class S(str): pass
class I(int): pass
w = [S('boxed'), I(3)]
`);
    const seen: unknown[] = [];
    const walk = (x: unknown): void => {
      seen.push(x);
      if (x !== null && typeof x === 'object') {
        if (x instanceof Map) for (const [k, y] of x) { walk(k); walk(y); }
        else for (const y of Object.values(x)) walk(y);
      }
    };
    walk(interp.get('v'));
    walk(interp.get('w'));
    expect(seen.filter((x) => typeof x === 'function')).toEqual([]);
    for (const x of seen) {
      if (x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Map) && !(x instanceof Uint8Array)) {
        expect(Object.getPrototypeOf(x)).toBeNull();
      }
    }
  });

  it('call() of a non-callable or unknown name is HostUsageError/ScriptError, never a JS TypeError', () => {
    const interp = new Interpreter();
    interp.run('x = 5');
    for (const name of ['x', 'nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const e = thrown(() => interp.call(name));
      expect(e instanceof HostUsageError || e instanceof ScriptError, `${name}: ${describeError(e)}`).toBe(true);
      expectNoLeak(errorTexts(e), name);
    }
  });

  it('set()/get()/call() with JS-significant global names use ordinary names', () => {
    const interp = new Interpreter();
    for (const n of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'prototype']) {
      expect(interp.get(n), n).toBeUndefined();
      interp.set(n, n + '!');
      expect(interp.get(n)).toBe(n + '!');
    }
    expect(run(interp, 'print(__proto__, constructor, toString, then)')).toBe('__proto__! constructor! toString! then!\n');
    const fresh = new Interpreter();
    expect(fresh.get('__proto__')).toBeUndefined();
    expect(thrown(() => fresh.call('__proto__'))).toBeInstanceOf(HostUsageError);
    const g = new Interpreter({ globals: JSON.parse('{"__proto__": 1, "constructor": 2}') });
    expect([g.get('__proto__'), g.get('constructor')]).toEqual([1, 2]);
  });

  it('invalid names are refused by set()', () => {
    const interp = new Interpreter();
    for (const n of ['1x', 'a-b', 'a.b', '', ' x', 'x y', 'a\u0000', '__proto__.x']) {
      expect(thrown(() => interp.set(n, 1)), JSON.stringify(n)).toBeInstanceOf(HostUsageError);
    }
    expect(thrown(() => interp.set(Symbol('s') as unknown as string, 1))).toBeInstanceOf(HostUsageError);
  });
});

describe('8. thenables', () => {
  it('a script object with then is refused by get()/call(), and await never runs script code', async () => {
    let out = '';
    const interp = new Interpreter({ output: (t) => { out += t; } });
    interp.run(`
class T:
    def then(self, resolve, reject):
        print('SCRIPT THEN CALLED')
        resolve(1)
t = T()
def mk(): return T()
d = {'then': 1}
`);
    expect(() => interp.get('t')).toThrow(HostUsageError);
    expect(() => interp.call('mk')).toThrow(HostUsageError);
    const d = interp.get('d');
    const awaited = await Promise.resolve(d);
    expect(awaited).toEqual({ then: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(out).toBe('');
  });

  it('call() returns synchronously, never a Promise or thenable', () => {
    const interp = new Interpreter();
    interp.run(`
def f(): return {'then': 'not a function'}
def g():
    yield 1
`);
    const r = interp.call('f') as Record<string, unknown>;
    expect(r).not.toBeInstanceOf(Promise);
    expect(typeof r.then).toBe('string');
    expect(thrown(() => interp.call('g'))).toBeInstanceOf(HostUsageError);
  });

  it('runInteractive never returns a script object or function', () => {
    const interp = new Interpreter();
    interp.run('class T:\n    def then(self, a, b): print("THEN")');
    for (const src of ['T()', 'lambda: 0', 'len', 'T', 'iter([])']) {
      const r = interp.runInteractive(src);
      expect(typeof r.value === 'string' || r.value === undefined, src).toBe(true);
    }
    expect(interp.takeOutput()).toBe('');
  });
});

describe('4d. conversions are bounded', () => {
  it('get() of a shared-subtree DAG (2^22 paths) does not run for seconds', () => {
    const interp = new Interpreter({ limits: { timeoutMs: 1000 } });
    interp.run('a = [1]\nfor _ in range(22): a = [a, a]');
    const t0 = Date.now();
    const e = thrown(() => interp.get('a'));
    const ms = Date.now() - t0;
    expect(e === undefined || e instanceof SandlingError, describeError(e)).toBe(true);
    expect(ms, `get() took ${ms} ms`).toBeLessThan(2000);
  }, 120_000);

  it('passing a shared-subtree DAG to a host function stops at the run deadline', () => {
    const interp = new Interpreter({ limits: { timeoutMs: 1000 } });
    interp.set('h', () => null);
    const t0 = Date.now();
    const r = runScript('d = {}\nfor _ in range(21): d = {"a": d, "b": d}\nh(d)', { interp });
    const ms = Date.now() - t0;
    expect(r.error === undefined || r.error instanceof SandlingError, describeError(r.error)).toBe(true);
    expect(ms, `run took ${ms} ms with timeoutMs 1000`).toBeLessThan(2500);
  }, 120_000);

  it('set() of deeply nested or cyclic host data is HostUsageError', () => {
    const interp = new Interpreter();
    let deep: unknown = [];
    for (let k = 0; k < 10_000; k++) deep = [deep];
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(thrown(() => interp.set('d', deep))).toBeInstanceOf(HostUsageError);
    expect(thrown(() => interp.set('c', cyc))).toBeInstanceOf(HostUsageError);
  });

  it('get() of deeply nested or self-referential script data is HostUsageError', () => {
    const interp = new Interpreter();
    interp.run('l = [1]\nl.append(l)\nd = {}\nd["d"] = d\nx = []\nfor _ in range(10000): x = [x]');
    for (const n of ['l', 'd', 'x']) expect(thrown(() => interp.get(n)), n).toBeInstanceOf(HostUsageError);
  });
});

describe('zz. prototype canary (run last)', () => {
  it('no JS prototype or global was changed by this file', () => {
    expect(canaryDiff(canary)).toEqual([]);
  });
});
