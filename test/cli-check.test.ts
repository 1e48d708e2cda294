// `sandling check`: problems as file:line:col: message, exit 1 when any, 0 when none.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'sandling.cjs');

/** Writes the files into a fresh directory and runs `sandling check` there. */
function check(files: Record<string, string>, args: string[] = Object.keys(files)) {
  const dir = mkdtempSync(join(tmpdir(), 'sandling-check-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [cli, 'check', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter((l) => l !== '') };
}

describe('sandling check', () => {
  it('prints nothing and exits 0 for a clean file', () => {
    const r = check({ 'ok.py': 'import json\n\ndef f(x):\n    return json.dumps(x)\n\nprint(f([1]))\n' });
    expect(r).toMatchObject({ code: 0, out: '', err: '' });
  });

  it('reports a syntax error at its position', () => {
    const r = check({ 'syn.py': 'x = 1\nif x\n    pass\n' });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual(["syn.py:2:5: SyntaxError: expected ':'"]);
  });

  it('reports undefined names with a suggestion, in source order', () => {
    const r = check({
      'names.py': [
        'def greet(name):',
        '    pritn("hello", name)',
        '    return helper(name)',
        '',
        'total = 0',
        'print(totl, f"{missing}")',
      ].join('\n'),
    });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      "names.py:2:5: NameError: name 'pritn' is not defined. Did you mean: 'print'?",
      "names.py:3:12: NameError: name 'helper' is not defined. Did you mean: 'help'?",
      "names.py:6:7: NameError: name 'totl' is not defined. Did you mean: 'total'?",
      "names.py:6:16: NameError: name 'missing' is not defined",
    ]);
  });

  it('reports only names that can never exist', () => {
    const src = [
      'def setup():',
      '    global late',
      '    late = 1',
      'if False:',
      '    maybe = 1',
      'class A:',
      '    x = 1',
      '    y = x + 1',
      '    def m(self):',
      '        return super().m(), __class__, __name__',
      'try:',
      '    import not_here',
      'except ImportError:',
      '    not_here = None',
      'print(late, maybe, A, not_here, [i for i in range(3)], (lambda q: q)(1))',
      'def outer():',
      '    v = 1',
      '    def inner():',
      '        return v',
      '    return inner',
    ].join('\n');
    expect(check({ 'fine.py': src })).toMatchObject({ code: 0, out: '' });
  });

  it('knows the scoping rules: a class body is not visible from its comprehensions and methods', () => {
    const r = check({ 'scope.py': 'class A:\n    xs = [1]\n    ys = [x for x in xs if x in xs]\n    def m(self):\n        return xs\n' });
    expect(r.lines).toEqual([
      "scope.py:3:33: NameError: name 'xs' is not defined. Did you mean: 'x'?",
      "scope.py:5:16: NameError: name 'xs' is not defined",
    ]);
  });

  it('takes the names of a star import from the module, and gives up on unknown ones', () => {
    expect(check({ 'star.py': 'from math import *\nprint(sqrt(pi), nope)\n' }).lines)
      .toEqual(["star.py:2:17: NameError: name 'nope' is not defined. Did you mean: 'None'?"]);
    expect(check({ 'star2.py': 'from nowhere import *\nprint(anything)\n' }).lines)
      .toEqual(["star2.py:1:1: ModuleNotFoundError: No module named 'nowhere'"]);
  });

  it('reports unknown modules and names, with a hint for library modules', () => {
    const r = check({ 'imp.py': 'import json, yaml\nimport os.path\nfrom math import sqrtt, pi\nfrom collections import abc\nfrom . import sibling\n' });
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      "imp.py:1:14: ModuleNotFoundError: No module named 'yaml' (the 'yaml' library provides it: see sandling libs show yaml)",
      "imp.py:2:8: ModuleNotFoundError: No module named 'os' (the 'filesystem' library provides it: see sandling libs show filesystem)",
      "imp.py:3:18: ImportError: cannot import name 'sqrtt' from 'math'",
      'imp.py:5:1: ImportError: attempted relative import with no known parent package',
    ]);
  });

  it('uses the same library flags as run', () => {
    const files = { 'libs.py': 'import yaml, os\nprint(yaml.safe_load("a: 1"), os.listdir("."), open)\n' };
    expect(check(files, ['--lib', 'yaml', '--allow-read', '.', 'libs.py'])).toMatchObject({ code: 0, out: '' });
    expect(check(files, ['--lib', 'yaml', 'libs.py']).lines).toEqual([
      "libs.py:1:14: ModuleNotFoundError: No module named 'os' (the 'filesystem' library provides it: see sandling libs show filesystem)",
      "libs.py:2:48: NameError: name 'open' is not defined",
    ]);
  });

  it('checks several files, and prints JSON on request', () => {
    const files = { 'a.py': 'print(1)\n', 'b.py': 'undefined_name\n' };
    expect(check(files).lines).toEqual(["b.py:1:1: NameError: name 'undefined_name' is not defined"]);
    const r = check(files, ['--json', 'a.py', 'b.py']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual([{ file: 'b.py', line: 1, col: 1, message: "NameError: name 'undefined_name' is not defined" }]);
  });

  it('exits 2 for a file it cannot read, after checking the others', () => {
    const r = check({ 'b.py': 'nothing_here\n' }, ['missing.py', 'b.py']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("sandling: can't open file 'missing.py': No such file or directory\n");
    expect(r.lines).toEqual(["b.py:1:1: NameError: name 'nothing_here' is not defined"]);
  });

  it('needs at least one file', () => {
    expect(check({}, []).code).toBe(2);
  });
});
