import { describe, expect, it } from 'vitest';
import { Interpreter, ScriptError, ScriptSyntaxError } from '../core/index.js';

function syntaxError(src: string): ScriptSyntaxError {
  try {
    new Interpreter().run(src, { filename: 's.py' });
  } catch (e) {
    if (e instanceof ScriptSyntaxError) return e;
    throw e;
  }
  throw new Error('expected a SyntaxError');
}

function output(src: string): string {
  const interp = new Interpreter();
  interp.run(src, { filename: 't.py' });
  return interp.takeOutput();
}

describe('resolver: compile-time errors (CPython messages and lines)', () => {
  const cases: [string, string, number][] = [
    ['x = 1\nreturn x', "'return' outside function", 2],
    ['yield 1', "'yield' outside function", 1],
    ['break', "'break' outside loop", 1],
    ['for i in x:\n    pass\ncontinue', "'continue' not properly in loop", 3],
    ['nonlocal x', 'nonlocal declaration not allowed at module level', 1],
    ['def f():\n    nonlocal y', "no binding for nonlocal 'y' found", 2],
    ['def f(a):\n    global a', "name 'a' is parameter and global", 2],
    ['def f():\n    x = 1\n    global x', "name 'x' is assigned to before global declaration", 3],
    ['def f():\n    print(x)\n    global x', "name 'x' is used prior to global declaration", 3],
    ['def f():\n    from os import *', 'import * only allowed at module level', 2],
    ['[(yield) for x in y]', "'yield' inside list comprehension", 1],
    ['class C:\n    [(z := 1) for x in y]', 'assignment expression within a comprehension cannot be used in a class body', 2],
    ['[(x := 1) for x in y]', "assignment expression cannot rebind comprehension iteration variable 'x'", 1],
  ];
  for (const [src, msg, line] of cases) {
    it(msg, () => {
      const e = syntaxError(src);
      expect(e.msg).toBe(msg);
      expect(e.line).toBe(line);
    });
  }
});

describe('resolver: scoping', () => {
  it('makes names assigned anywhere in a function local (UnboundLocalError before assignment)', () => {
    try {
      new Interpreter().run('x = 1\ndef f():\n    print(x)\n    x = 2\nf()');
      expect.unreachable();
    } catch (e) {
      expect((e as ScriptError).pyType).toBe('UnboundLocalError');
      expect((e as ScriptError).pyMessage).toBe("cannot access local variable 'x' where it is not associated with a value");
    }
  });

  it('hides class bodies from methods and comprehensions', () => {
    expect(output([
      'x = "global"',
      'class C:',
      '    x = "class"',
      '    def m(self):',
      '        return x',
      '    ys = [x for _ in range(1)]',
      'print(C().m(), C.ys, C.x)',
    ].join('\n'))).toBe("global ['global'] class\n");
  });

  it('threads free variables through intermediate functions and class bodies', () => {
    expect(output([
      'def outer():',
      '    v = 1',
      '    def middle():',
      '        class K:',
      '            def get(self):',
      '                return v',
      '        return K().get()',
      '    v = 2',
      '    return middle()',
      'print(outer())',
    ].join('\n'))).toBe('2\n');
  });

  it('binds walrus targets of comprehensions in the enclosing function', () => {
    expect(output('def f():\n    [last := n for n in range(4)]\n    return last\nprint(f())')).toBe('3\n');
  });

  it('supports nonlocal and global writes', () => {
    expect(output([
      'g = 0',
      'def counter():',
      '    n = 0',
      '    def inc():',
      '        nonlocal n',
      '        global g',
      '        n += 1',
      '        g += 10',
      '        return n',
      '    return inc',
      'c = counter()',
      'c(); c()',
      'print(c(), g)',
    ].join('\n'))).toBe('3 30\n');
  });

  it('evaluates 10,000-term expressions without deep recursion', () => {
    expect(output(`print(${Array(10000).fill('1').join(' + ')})`)).toBe('10000\n');
  });
});
