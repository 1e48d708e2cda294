import { describe, expect, it } from 'vitest';
import {
  HostError, HostUsageError, Interpreter, ResourceExhausted, ScriptError, ScriptSyntaxError, SandlingError,
} from '../core/index.js';

function run(src: string, interp = new Interpreter()): string {
  interp.run(src, { filename: 't.py' });
  return interp.takeOutput();
}

describe('Interpreter: running and output', () => {
  it('collects print output when no callback is given', () => {
    expect(run('print("a", 1, 2.5, None, True)\nprint([1, (2,), {"k": "v"}], end="!")')).toBe(
      "a 1 2.5 None True\n[1, (2,), {'k': 'v'}]!",
    );
  });

  it('streams print output to the callback', () => {
    const chunks: string[] = [];
    new Interpreter({ output: (t) => chunks.push(t) }).run('for i in range(3): print(i)');
    expect(chunks.join('')).toBe('0\n1\n2\n');
  });

  it('keeps globals between runs of one interpreter, and isolates interpreters', () => {
    const a = new Interpreter();
    const b = new Interpreter();
    a.run('x = 41');
    a.run('x += 1');
    expect(a.get('x')).toBe(42);
    expect(b.get('x')).toBeUndefined();
    expect(() => b.run('print(x)')).toThrow(ScriptError);
  });
});

describe('Interpreter: host values', () => {
  it('converts values in both directions', () => {
    const interp = new Interpreter();
    interp.set('data', { name: 'x', items: [1, 2.5, 'three', null, true], big: 2n ** 70n, nested: new Map([[1, 'one']]) });
    interp.run('r = (data["name"], data["items"], data["big"] + 1, data["nested"][1], type(data["items"][1]).__name__)');
    expect(interp.get('r')).toEqual(['x', [1, 2.5, 'three', null, true], 2n ** 70n + 1n, 'one', 'float']);
    interp.run('d = {"a": [1, 2], "b": {"c": None}}\nm = {1: "x", (1, 2): "y"}');
    const d = interp.get('d') as Record<string, unknown>;
    expect(Object.getPrototypeOf(d)).toBe(null);
    expect({ ...d }).toEqual({ a: [1, 2], b: Object.assign(Object.create(null), { c: null }) });
    expect(interp.get('m')).toEqual(new Map<unknown, unknown>([[1, 'x'], [[1, 2], 'y']]));
  });

  it('turns JS property names into ordinary dict keys', () => {
    const interp = new Interpreter();
    interp.set('o', JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3}'));
    interp.run('keys = sorted(o.keys())\nv = o["__proto__"] + o["constructor"] + o["toString"]');
    expect(interp.get('keys')).toEqual(['__proto__', 'constructor', 'toString']);
    expect(interp.get('v')).toBe(6);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('calls host functions with plain data and reports their failures as script exceptions', () => {
    const interp = new Interpreter();
    interp.set('add', (a: number, b: number) => a + b);
    interp.set('boom', () => {
      throw new Error('disk on fire at /srv/secret');
    });
    interp.set('missing', (key: string) => {
      throw new HostError(`no record named ${key}`, 'KeyError');
    });
    interp.run([
      'r = add(2, 3)',
      'try:\n    boom()\nexcept RuntimeError as e:\n    msg = str(e)',
      'try:\n    missing("x")\nexcept KeyError as e:\n    msg2 = e.args[0]',
    ].join('\n'));
    expect(interp.get('r')).toBe(5);
    // The host's own error text never reaches the script; HostError messages do.
    expect(interp.get('msg')).toBe('host function boom() failed');
    expect(interp.get('msg2')).toBe('no record named x');
  });

  it('refuses async host functions in-process with a clear TypeError', () => {
    const interp = new Interpreter();
    interp.set('later', async () => 1);
    interp.run('try:\n    later()\nexcept TypeError as e:\n    msg = str(e)');
    expect(interp.get('msg')).toBe('later() returned a Promise: async host functions need Sandbox');
  });

  it('calls script functions from the host', () => {
    const interp = new Interpreter();
    interp.run('def area(w, h=2):\n    return {"area": w * h}');
    expect({ ...(interp.call('area', 3) as object) }).toEqual({ area: 6 });
    expect(() => interp.call('nope')).toThrow(HostUsageError);
  });

  it('rejects values it cannot convert', () => {
    const interp = new Interpreter();
    expect(() => interp.set('d', new Date())).toThrow(HostUsageError);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(() => interp.set('c', cyclic)).toThrow(HostUsageError);
    interp.run('f = lambda: 1');
    expect(() => interp.get('f')).toThrow(HostUsageError);
    expect(() => interp.set('not a name', 1)).toThrow(HostUsageError);
  });
});

describe('Interpreter: errors', () => {
  it('reports uncaught exceptions with type, message and a CPython-style traceback', () => {
    const interp = new Interpreter();
    const src = 'def f(x):\n    return 1 / x\n\ndef g():\n    return f(0)\n\ng()\n';
    let err: unknown;
    try {
      interp.run(src, { filename: 'calc.py' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ScriptError);
    const se = err as ScriptError;
    expect(se).toBeInstanceOf(SandlingError);
    expect(se.pyType).toBe('ZeroDivisionError');
    expect(se.pyMessage).toBe('division by zero');
    expect(se.traceback.map((t) => `${t.name}:${t.line}`)).toEqual(['<module>:7', 'g:5', 'f:2']);
    expect(se.report).toBe([
      'Traceback (most recent call last):',
      '  File "calc.py", line 7, in <module>',
      '    g()',
      '  File "calc.py", line 5, in g',
      '    return f(0)',
      '  File "calc.py", line 2, in f',
      '    return 1 / x',
      'ZeroDivisionError: division by zero',
    ].join('\n'));
    expect(se.report).not.toMatch(/node_modules|\.ts:|\.js:|at /);
  });

  it('prints chained exceptions like CPython', () => {
    const interp = new Interpreter();
    try {
      interp.run('try:\n    {}["k"]\nexcept KeyError as e:\n    raise ValueError("bad") from e\n', { filename: 'c.py' });
    } catch (e) {
      const report = (e as ScriptError).report;
      expect(report).toContain("KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\n");
      expect(report.endsWith('ValueError: bad')).toBe(true);
    }
  });

  it('reports syntax errors with location', () => {
    try {
      new Interpreter().run('x = 1\nif x\n    pass\n', { filename: 's.py' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScriptSyntaxError);
      const se = e as ScriptSyntaxError;
      expect(se.line).toBe(2);
      expect(se.msg).toBe("expected ':'");
      expect(se.format()).toContain('File "s.py", line 2');
    }
  });

  it('stops runaway recursion with a recursion limit, and stays usable', () => {
    const interp = new Interpreter({ limits: { maxDepth: 200 } });
    expect(() => interp.run('def f(n): return f(n + 1)\nf(0)')).toThrow(ResourceExhausted);
    expect(run('print(sum(range(10)))', interp)).toBe('45\n');
  });

  it('validates limits given by the host', () => {
    expect(() => new Interpreter({ limits: { maxOps: -1 } })).toThrow(HostUsageError);
    expect(() => new Interpreter({ limits: { maxDepth: Number.NaN } })).toThrow(HostUsageError);
  });
});
