// Script modules: .py files under the host's moduleRoot, imported by name,
// confined to that root, compiled once, with CPython's import semantics.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostUsageError, Interpreter, ScriptError } from '../core/index.js';

let base = '';
let root = '';

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'sandling-modules-'));
  root = join(base, 'root');
  mkdirSync(join(root, 'pkg', 'sub'), { recursive: true });
  mkdirSync(join(root, 'nspkg'));
  const files: Record<string, string> = {
    'helpers.py': 'COUNT = 0\ndef bump():\n    global COUNT\n    COUNT += 1\n    return COUNT\n',
    'pkg/__init__.py': 'from .util import double\nNAME = "pkg"\n',
    'pkg/util.py': 'from . import consts\ndef double(x):\n    return x * consts.FACTOR\n',
    'pkg/consts.py': 'FACTOR = 2\n',
    'pkg/sub/__init__.py': '',
    'pkg/sub/deep.py': 'from ..util import double\nfrom .. import NAME\ndef quad(x):\n    return double(double(x))\n',
    'nspkg/mod.py': 'VALUE = "namespace"\n',
    'cyc_a.py': 'from cyc_b import B\nA = 1\n',
    'cyc_b.py': 'from cyc_a import A\nB = 2\n',
    'broken.py': 'def f(:\n    pass\n',
    'raises.py': 'x = 1\nraise ValueError("boom in module")\n',
    'json.py': 'SHADOW = True\n',
  };
  for (const [p, src] of Object.entries(files)) writeFileSync(join(root, p), src);
  writeFileSync(join(base, 'outside.py'), 'SECRET = "outside"\n');
  symlinkSync(join(base, 'outside.py'), join(root, 'escape.py'));
  symlinkSync(join(root, 'helpers.py'), join(root, 'alias.py'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

function run(src: string): string {
  const interp = new Interpreter({ moduleRoot: root });
  interp.run(src, { filename: 'main.py' });
  return interp.takeOutput();
}

const SCRIPT = `
import helpers, helpers as h2
print(helpers.bump(), helpers.bump(), h2 is helpers, helpers.COUNT)
import pkg
print(pkg.NAME, pkg.double(21), pkg.util.double(2))
from pkg.sub.deep import quad
print(quad(3))
import pkg.sub.deep as deep
print(deep.NAME, deep.__name__, deep.__package__, pkg.__package__, helpers.__package__ == '')
from nspkg import mod
print(mod.VALUE)
import alias
print(alias.COUNT)
try:
    import cyc_a
except ImportError as e:
    print('ImportError', e)
try:
    import broken
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
try:
    import raises
except ValueError as e:
    print('ValueError', e)
try:
    import raises
except ValueError as e:
    print('again', e)
try:
    from pkg import nope
except ImportError as e:
    print(type(e).__name__)
try:
    from . import helpers
except ImportError as e:
    print(e)
`;

describe('script modules', () => {
  it('import like CPython: modules, packages, relative imports, namespace packages, errors', () => {
    const py = spawnSync('python3', ['-c', `import sys\nsys.path.insert(0, ${JSON.stringify(root)})\nsys.dont_write_bytecode = True\n${SCRIPT}`], { encoding: 'utf8', cwd: base });
    expect(py.status, py.stderr).toBe(0);
    const expected = py.stdout
      // CPython names the module files in cycle messages by path; Sandling does not reveal host paths.
      .replace(/ \(.*cyc_a\.py\)/, ' (unknown location)');
    const out = run(SCRIPT).replace(/\(most likely due to a circular import\) /, '');
    expect(out.split('\n').filter((l) => !l.startsWith('ImportError')).join('\n'))
      .toBe(expected.split('\n').filter((l) => !l.startsWith('ImportError')).join('\n'));
    expect(out).toMatch(/ImportError cannot import name 'A' from .*cyc_a/);
  });

  it('never reads outside the root: symlinks that leave it are not modules', () => {
    expect(run('try:\n    import escape\nexcept ModuleNotFoundError as e:\n    print(e)\n')).toBe("No module named 'escape'\n");
  });

  it('the standard library wins over a same-named file in the root', () => {
    expect(run("import json\nprint(hasattr(json, 'dumps'), hasattr(json, 'SHADOW'))\n")).toBe('True False\n');
  });

  it('reports errors inside a module with its root-relative file name, never the host path', () => {
    try {
      run('import raises');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScriptError);
      const report = (e as ScriptError).report;
      expect(report).toContain('File "raises.py", line 2, in <module>');
      expect(report).not.toContain(base);
    }
  });

  it('validates the option', () => {
    expect(() => new Interpreter({ moduleRoot: 'relative/dir' })).toThrow(HostUsageError);
    expect(() => new Interpreter({ moduleRoot: join(base, 'missing') })).toThrow(HostUsageError);
    expect(() => new Interpreter({ moduleRoot: join(base, 'outside.py') })).toThrow(HostUsageError);
  });

  it('module state belongs to one interpreter', () => {
    const a = new Interpreter({ moduleRoot: root });
    const b = new Interpreter({ moduleRoot: root });
    a.run('import helpers\nhelpers.bump()\nhelpers.bump()');
    b.run('import helpers\nprint(helpers.bump())');
    expect(b.takeOutput()).toBe('1\n');
  });
});
