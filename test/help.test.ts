// help() inside scripts: signatures and docstrings of functions, classes and modules.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../core/index.js';

function run(src: string): string {
  const interp = new Interpreter();
  interp.run(src);
  return interp.takeOutput();
}

describe('help()', () => {
  it('shows a script function like pydoc', () => {
    expect(run(`
def f(a, b=1, *args, c, **kw):
    '''Adds things.

    More text.'''
help(f)
`)).toBe('Help on function f in module __main__:\n\nf(a, b=1, *args, c, **kw)\n    Adds things.\n\n    More text.\n\n');
  });

  it('shows classes with their methods, and modules by object or by name', () => {
    const out = run(`
class C:
    '''A class.'''
    def m(self, x):
        'Method m.'
help(C)
help('json')
help('no_such_module')
`);
    expect(out).toContain('Help on class C in module __main__:\n\nclass C(builtins.object)\n |  A class.\n |\n |  Methods defined here:\n |\n |  m(self, x)\n |      Method m.');
    expect(out).toContain('Help on module json:\n\nNAME\n    json - ');
    expect(out).toContain('FUNCTIONS\n');
    expect(out).toContain('    dumps(obj, *, skipkeys=False');
    expect(out).toContain("No Python documentation found for 'no_such_module'.");
  });

  it('checks its arguments', () => {
    expect(run('try:\n    help(1, 2)\nexcept TypeError as e:\n    print(e)\n')).toBe('help() takes at most 1 argument (2 given)\n');
    expect(run('help()')).toMatch(/^Type help\(object\)/);
  });
});
