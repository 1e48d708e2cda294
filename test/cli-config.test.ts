// sandling.config.json: looked up in the current directory (or --config FILE),
// validated with clear errors, and combined with the flags.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'sandling.cjs');

/** A directory with a data/ folder and, when given, a sandling.config.json. */
function project(config?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'sandling-config-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'a.txt'), 'from a\n');
  if (config !== undefined) writeFileSync(join(dir, 'sandling.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

function sandling(cwd: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, SANDLING_HISTORY: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('sandling.config.json', () => {
  it('supplies limits, libraries and their options (paths relative to the file)', () => {
    const dir = project({
      profile: 'untrusted',
      limits: { maxOps: 5000 },
      libraries: { filesystem: { roots: [{ path: 'data', mode: 'read' }] }, yaml: {} },
    });
    const ok = sandling(dir, ['-c', 'import os, yaml\nprint(open("a.txt").read().strip(), os.listdir("."), yaml.safe_dump([1]).strip())']);
    expect(ok).toMatchObject({ code: 0, out: "from a ['a.txt'] - 1\n", err: '' });
    const limited = sandling(dir, ['-c', 'while True:\n    pass']);
    expect(limited.code).toBe(3);
    expect(limited.err).toBe('ResourceExhausted: budget: instruction budget of 5000 operations exhausted\n');
  });

  it('lets flags override limits and add libraries', () => {
    const dir = project({ limits: { maxOps: 5000 }, libraries: { yaml: {} } });
    const r = sandling(dir, ['run', '--max-ops', '1000000', '--allow-read', 'data', '-'], 'import os, yaml\nfor i in range(10000): pass\nprint(os.listdir("."))\n');
    expect(r).toMatchObject({ code: 0, out: "['a.txt']\n" });
  });

  it('applies to repl and check too', () => {
    const dir = project({ libraries: { yaml: {} } });
    expect(sandling(dir, ['repl'], 'import yaml\nyaml.safe_load("[1]")\n').out).toBe('[1]\n');
    writeFileSync(join(dir, 'uses_yaml.py'), 'import yaml\n');
    expect(sandling(dir, ['check', 'uses_yaml.py'])).toMatchObject({ code: 0, out: '' });
    expect(sandling(dir, ['check', '--no-config', 'uses_yaml.py']).code).toBe(1);
  });

  it('is read from --config FILE, and ignored with --no-config', () => {
    const dir = project();
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ libraries: { yaml: {} } }));
    expect(sandling(dir, ['--config', 'other.json', '-c', 'import yaml\nprint("yaml")']).out).toBe('yaml\n');
    const cfgDir = project({ libraries: { yaml: {} } });
    const r = sandling(cfgDir, ['--no-config', '-c', 'import yaml']);
    expect(r.code).toBe(1);
    expect(r.err).toContain("ModuleNotFoundError: No module named 'yaml'");
  });

  it('takes the policy: maxTier refuses, allowCritical opts in', () => {
    const refused = sandling(project({ policy: { maxTier: 'pure' }, libraries: { env: { allow: ['HOME'] } } }), ['-c', '1']);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe("sandling: sandling.config.json: libraries.env: library 'env' has risk tier 'read', above the policy (maxTier 'pure', allowCritical: none)\n");
    const sys = sandling(project({ policy: { allowCritical: ['sys'] }, libraries: { sys: {} } }), ['run', '-', 'x'], 'import sys\nprint(sys.argv)\n');
    expect(sys).toMatchObject({ code: 0, out: "['-', 'x']\n" });
  });

  it('reports every schema problem with the file name and the key path', () => {
    const r = sandling(project({ limits: { maxOps: 0, timeoutMs: 'soon' }, polcy: {}, profile: 'fast', libraries: { yaml: 3 } }), ['-c', '1']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe([
      "sandling: sandling.config.json: has an unknown key \"polcy\" (did you mean \"policy\"?)",
      'sandling: sandling.config.json: profile must be one of "trusted", "semi", "untrusted" (got "fast")',
      'sandling: sandling.config.json: limits.maxOps must be >= 1 (got 0)',
      'sandling: sandling.config.json: limits.timeoutMs must be a number (got "soon")',
      'sandling: sandling.config.json: libraries.yaml must be an object (got 3)',
      '',
    ].join('\n'));
  });

  it('reports JSON syntax errors, unknown libraries, bad options and a missing --config file', () => {
    const syntax = sandling(project('{ "limits": '), ['-c', '1']);
    expect(syntax.code).toBe(2);
    expect(syntax.err).toMatch(/^sandling: sandling\.config\.json: not valid JSON: /);
    const unknown = sandling(project({ libraries: { yml: {} } }), ['-c', '1']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^sandling: sandling\.config\.json: libraries\.yml: unknown library 'yml' \(available: /);
    const options = sandling(project({ libraries: { filesystem: { roots: [] } } }), ['-c', '1']);
    expect(options.code).toBe(2);
    expect(options.err).toMatch(/^sandling: sandling\.config\.json: libraries\.filesystem: invalid options for library 'filesystem'/);
    const missing = sandling(project(), ['--config', 'nope.json', '-c', '1']);
    expect(missing).toMatchObject({ code: 2, err: "sandling: can't open config file 'nope.json': No such file or directory\n" });
  });
});
