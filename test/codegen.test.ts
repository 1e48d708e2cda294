/**
 * The JavaScript tier (core/compiler/codegen.ts): script text never becomes
 * generated source, script names cannot collide with generated identifiers,
 * limits still stop generated code, and hosts that forbid code generation
 * from strings still run scripts (on the closure compiler).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Interpreter, ResourceExhausted } from '../core/index.js';
import { compileProgram } from '../core/compiler/index.js';
import { generatedSources } from '../core/compiler/codegen.js';

function run(source: string): string {
  let out = '';
  new Interpreter({ output: (t) => { out += t; } }).run(source);
  return out;
}

const HOSTILE = [
  '"); process.exit(3); ("',
  '`${process.exit(4)}`',
  '*/ process.exit(5); /*',
  '\u2028process.exit(6)\u2029',
  "'; globalThis.pwned = 1; '",
  '\\", K[0] = 1, "',
];

describe('generated source', () => {
  it('contains no script strings, names or attribute names', () => {
    const lines = HOSTILE.map((h, i) => `s${i} = ${JSON.stringify(h)}`);
    const source = [
      ...lines,
      'def pwned_function(pwned_param):',
      '    pwned_local = pwned_param.pwned_attribute',
      '    return {"pwned_key": pwned_local}',
      'class C:',
      '    pwned_attribute = 7',
      'print(pwned_function(C())["pwned_key"], s0, s1)',
      'print(123456789012345678901234567890 + 1)',
    ].join('\n');
    const program = compileProgram(source, 'hostile.py');
    const src = generatedSources.get(program.code.body);
    expect(src).toBeDefined();
    for (const h of HOSTILE) expect(src).not.toContain(h);
    expect(src).not.toMatch(/pwned|process|globalThis|123456789012345678901234567890/);
    expect(run(source)).toBe(`7 ${HOSTILE[0]} ${HOSTILE[1]}\n123456789012345678901234567891\n`);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('lets scripts use names that match generated identifiers and JS globals', () => {
    const names = ['f', 'rt', 'L', 'G', 'K', 'k0', 't1', 'e2', 'c3', 'b4', 'l5', 'x6', 'execute', 'None_', 'truthy',
      'constructor', '__proto__', 'toString', 'valueOf', 'process', 'globalThis', 'arguments', 'eval', 'undefined', 'NaN'];
    const body = names.map((n, i) => `    ${n} = ${i}`).join('\n');
    const source = `def g():\n${body}\n    return [${names.join(', ')}]\n${names.map((n, i) => `${n} = ${i * 2}`).join('\n')}\nprint(g())\nprint([${names.join(', ')}])\n`;
    const expected = `[${names.map((_, i) => i).join(', ')}]\n[${names.map((_, i) => i * 2).join(', ')}]\n`;
    expect(run(source)).toBe(expected);
  });
});

describe('large bodies', () => {
  it('run although one JS frame for the whole body would not fit on the stack', () => {
    // Each statement needs several temporaries; 20,000 of them in one JS function overflow a
    // main-thread frame (run in the CLI: test workers may have larger stacks).
    const stmts = Array.from({ length: 20_000 }, (_, i) => `x${i % 40} = a + b * c - d + ${i}`);
    const moduleLevel = `a, b, c, d = 1, 2, 3, 4\n${stmts.join('\n')}\nprint(x39)`;
    const inFunction = `def f(a, b, c, d):\n${stmts.map((l) => `    ${l}`).join('\n')}\n    return x39\nprint(f(1, 2, 3, 4))`;
    for (const source of [moduleLevel, inFunction]) {
      const r = spawnSync(process.execPath, ['dist/sandling.cjs', 'run', '-'], { input: source, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('20002\n');
    }
  });
});

describe('raise outside try statements', () => {
  it('returns to the caller, which throws: hosts, natives and every kind of body see the same exception', () => {
    const interp = new Interpreter({ output: () => {} });
    interp.run('def fail(x):\n    if x:\n        raise KeyError(x)\n    return 0');
    const fail = (interp as unknown as { namespace: { cells: Map<string, { v: { code: { body: never } } }> } }).namespace.cells.get('fail')!.v;
    expect(generatedSources.get(fail.code.body)).toMatch(/rt\.raised = /);
    expect(() => interp.call('fail', 'k')).toThrow(/KeyError: 'k'/);
    expect(interp.call('fail', 0)).toBe(0);
    expect(() => interp.run('raise ValueError("module level")')).toThrow(/ValueError: module level/);
    expect(() => interp.run('for i in range(3):\n    if i == 1:\n        raise ValueError("in a loop body")')).toThrow(/in a loop body/);
    // Nothing is left pending for a later run.
    expect(run('print("clean")')).toBe('clean\n');
  });
});

describe('exceptions inside try bodies', () => {
  it('go to the handlers by a break, not a JS throw: raise, raising calls, inline KeyError/IndexError/ZeroDivisionError', () => {
    const interp = new Interpreter({ output: () => {} });
    interp.run([
      'def fail(x):',
      '    raise KeyError(x)',
      'def guarded(d, k, items, n):',
      '    try:',
      '        fail(k) if k == "call" else None',
      '        if k == "raise":',
      '            raise ValueError(k)',
      '        return d[k] + items[n] + 10 // n',
      '    except (KeyError, ValueError, IndexError, ZeroDivisionError) as e:',
      '        return type(e).__name__',
    ].join('\n'));
    const cells = (interp as unknown as { namespace: { cells: Map<string, { v: { code: { body: never } } }> } }).namespace.cells;
    const source = generatedSources.get(cells.get('guarded')!.v.code.body)!;
    const tryBody = source.slice(source.indexOf(': try {'), source.indexOf('} catch ('));
    expect(tryBody).not.toMatch(/\bthrow\b/);
    expect(tryBody).toMatch(/= keyError\(.*break /);
    expect(tryBody).toMatch(/=== RAISING\) \{ \w+ = rt\.takeRaised\(\); break /);
    const d = new Map([['a', 1]]);
    expect(interp.call('guarded', d, 'call', [1], 1)).toBe('KeyError');
    expect(interp.call('guarded', d, 'raise', [1], 1)).toBe('ValueError');
    expect(interp.call('guarded', d, 'b', [1], 1)).toBe('KeyError');
    expect(interp.call('guarded', d, 'a', [1], 3)).toBe('IndexError');
    expect(interp.call('guarded', d, 'a', [1], 0)).toBe('ZeroDivisionError');
    expect(interp.call('guarded', d, 'a', [1, 2], 1)).toBe(13);
    expect(run('print("clean")')).toBe('clean\n');
  });
});

describe('limits in generated code', () => {
  it('the instruction budget stops a tight loop and a loop whose body is a function of its own', () => {
    for (const source of [
      'while True:\n    pass',
      'def spin():\n    n = 0\n    while True:\n        n += 1\n        try:\n            n -= 1\n        finally:\n            n += 1\nspin()',
    ]) {
      const interp = new Interpreter({ output: () => {}, limits: { maxOps: 50_000 } });
      expect(() => interp.run(source)).toThrow(ResourceExhausted);
    }
  });

  it('a limit error skips except and finally blocks in generated code', () => {
    let out = '';
    const interp = new Interpreter({ output: (t) => { out += t; }, limits: { maxOps: 20_000 } });
    const source = [
      'def work():',
      '    try:',
      '        while True:',
      '            pass',
      '    except BaseException:',
      '        print("caught")',
      '    finally:',
      '        print("finally")',
      'work()',
    ].join('\n');
    expect(() => interp.run(source)).toThrow(ResourceExhausted);
    expect(out).toBe('');
  });
});

describe('hosts that forbid code generation from strings', () => {
  it('run scripts on the closure compiler', () => {
    const script = 'def f(x):\n    try:\n        return 10 // x\n    except ZeroDivisionError:\n        return -1\nprint([f(i) for i in range(3)])';
    const r = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', 'dist/sandling.cjs', '-c', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[-1, 10, 5]\n');
    expect(r.status).toBe(0);
  });
});
