// The module loader: host-defined native and Python-source modules, packages,
// per-interpreter module objects, import errors and deterministic environments.
import { describe, expect, it } from 'vitest';
import { HostUsageError, Interpreter, ScriptError, type ModuleDef } from '../core/index.js';
import { nativeFunction } from '../core/native.js';

const MODULES: ModuleDef[] = [
  { name: 'pkg', summary: 'a package', source: 'X = 1\ndef bump():\n    global X\n    X += 1\n    return X\n' },
  { name: 'pkg.sub', summary: 'a native submodule', build: () => ({ twice: nativeFunction('pkg.sub', 'twice', ['x'], (_rt, [x]) => (x as number) * 2) }) },
  { name: 'bad', summary: 'fails on import', source: 'import pkg\nraise ValueError("boom")\n' },
  { name: 'cyc_a', summary: '', source: 'import cyc_b\nA = 1\n' },
  { name: 'cyc_b', summary: '', source: 'from cyc_a import A\n' },
];

function run(src: string, interp = new Interpreter({ modules: MODULES })): string {
  interp.run(src);
  return interp.takeOutput();
}

describe('module loader', () => {
  it('imports Python-source and native modules, packages and from-imports', () => {
    expect(run(`
import pkg, pkg.sub
from pkg.sub import twice
print(pkg.bump(), pkg.X, pkg.sub.twice(4), twice(x=5))
pkg.X = 10
print(pkg.bump(), pkg.__name__, pkg.__doc__)
import pkg as p2
print(p2 is pkg, type(pkg).__name__)
`)).toBe('2 2 8 10\n11 pkg a package\nTrue module\n');
  });

  it('raises ModuleNotFoundError like CPython', () => {
    expect(run(`
try:
    import nope
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.nope
except ModuleNotFoundError as e:
    print(e)
try:
    from pkg import nope
except ImportError as e:
    print(type(e).__name__, e)
`)).toBe("ModuleNotFoundError No module named 'nope' nope\nNo module named 'pkg.nope'\nImportError cannot import name 'nope' from 'pkg' (unknown location)\n");
  });

  it('a module that fails on import is not left half-imported', () => {
    const interp = new Interpreter({ modules: MODULES });
    expect(run('try:\n    import bad\nexcept ValueError as e:\n    print(e)\n', interp)).toBe('boom\n');
    let err: unknown;
    try {
      interp.run('import bad');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ScriptError);
    expect((err as ScriptError).report).toContain('File "<frozen bad>", line 2, in <module>');
  });

  it('reports a circular from-import as ImportError', () => {
    expect(run('try:\n    import cyc_a\nexcept ImportError as e:\n    print(type(e).__name__)\n')).toBe('ImportError\n');
  });

  it('module objects belong to one interpreter', () => {
    const a = new Interpreter({ modules: MODULES });
    const b = new Interpreter({ modules: MODULES });
    run('import pkg\npkg.X = 99\n', a);
    expect(run('import pkg\nprint(pkg.X)\n', b)).toBe('1\n');
    expect(run('import pkg\nprint(pkg.X)\n', a)).toBe('99\n');
  });

  it('validates host options', () => {
    expect(() => new Interpreter({ modules: [{ name: 'a b', summary: '', source: '' }] })).toThrow(HostUsageError);
    expect(() => new Interpreter({ deterministic: 'yes' as unknown as boolean })).toThrow(HostUsageError);
    expect(() => new Interpreter({ deterministic: { seed: 1.5 } })).toThrow(HostUsageError);
  });
});
