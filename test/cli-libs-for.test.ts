// Choosing libraries by their docs: the ranking (registry/select.ts) and `sandling libs --for`.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliFlags, policyFor, rankLibraries, registrationCode, stem, tokenize } from '../registry/select.js';
import type { Catalog, CatalogLibrary } from '../registry/catalog.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'sandling.cjs');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function sandling(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function lib(name: string, tier: CatalogLibrary['tier'], summary: string, members: [string, string][] = [], automatic = false): CatalogLibrary {
  return {
    name, version: '1', summary, tier, capabilities: [], automatic, registered: automatic,
    modules: [{ name: automatic ? summary.split(' ')[0] : name, summary, members: members.map(([n, doc]) => ({ name: n, kind: 'function', doc })) }],
  };
}

/** A small fixed catalog, so the scores below do not move when real docs change. */
const catalog: Catalog = {
  libraries: [
    lib('stdlib', 'pure', 'json JSON encoding and decoding.', [['dumps', 'Serialize an object to a JSON string.']], true),
    lib('filesystem', 'write', 'Files under host-chosen roots: read and write files.', [['open', 'Open a file.'], ['listdir', 'List a directory.']]),
    lib('requests', 'network', 'HTTP requests to allow-listed origins.', [['post', 'Send a POST request to a URL.'], ['get', 'Send a GET request.']]),
    lib('subprocess', 'process', 'Run allow-listed programs.', [['run', 'Run a program and wait.']]),
    lib('yaml', 'pure', 'YAML parsing and dumping.', [['safe_load', 'Parse YAML text.']]),
  ],
};

describe('words', () => {
  it('stems plurals and -ing/-ed forms to shared stems', () => {
    expect(['files', 'file', 'filed'].map(stem)).toEqual(['fil', 'fil', 'fil']);
    expect(['parsing', 'parsed', 'parse'].map(stem)).toEqual(['pars', 'pars', 'pars']);
    expect(['running', 'libraries', 'process', 'status'].map(stem)).toEqual(['run', 'library', 'process', 'status']);
  });

  it('splits identifiers, drops stop words and numbers', () => {
    expect(tokenize('Read the safe_load() results of getHTTPResponse in 2024')).toEqual(['read', 'saf', 'load', 'result', 'http', 'respons']);
  });
});

describe('rankLibraries', () => {
  it('ranks by the docs, with synonyms (csv -> file, post/api -> http, request)', () => {
    const m = rankLibraries(catalog, 'read csv files and post results to an API');
    expect(m.map((x) => x.name).slice(0, 2)).toEqual(['filesystem', 'requests']);
    expect(m.filter((x) => x.recommended).map((x) => x.name)).toEqual(['filesystem', 'requests']);
    expect(m[0]).toMatchObject({ library: 'filesystem', tier: 'read', allowed: true, recommended: true, flags: ['--allow-read DIR'] });
    expect(m[0].matched).toContain('csv->file');
    expect(m[1]).toMatchObject({ library: 'requests', tier: 'network', allowed: true, flags: ['--allow-url ORIGIN'] });
    expect(m[1].matched).toEqual(expect.arrayContaining(['post', 'api->http']));
  });

  it('is deterministic and explainable', () => {
    const a = rankLibraries(catalog, 'parse yaml and post json to an endpoint', { limit: 10, cutoff: 0 });
    const b = rankLibraries(catalog, 'parse yaml and post json to an endpoint', { limit: 10, cutoff: 0 });
    expect(a).toEqual(b);
    expect(a.every((x, i) => i === 0 || a[i - 1].score >= x.score)).toBe(true);
    expect(a.find((x) => x.name === 'json')).toMatchObject({ automatic: true, recommended: false, flags: [], options: null });
  });

  it('asks for a write root when the task changes files', () => {
    const [fs] = rankLibraries(catalog, 'save files');
    expect(fs).toMatchObject({ library: 'filesystem', tier: 'write', flags: ['--allow-write DIR'] });
  });

  it('marks what maxTier refuses; critical tiers need a critical maxTier', () => {
    const net = rankLibraries(catalog, 'run a program and post to an api', { maxTier: 'read' });
    expect(net.find((x) => x.library === 'requests')).toMatchObject({ allowed: false, recommended: false });
    expect(net.find((x) => x.library === 'subprocess')).toMatchObject({ allowed: false });
    const crit = rankLibraries(catalog, 'run a program', { maxTier: 'process' });
    expect(crit[0]).toMatchObject({ library: 'subprocess', allowed: true, recommended: true });
    expect(policyFor(crit)).toEqual({ maxTier: 'pure', allowCritical: ['subprocess'] });
    expect(cliFlags(crit.filter((x) => x.recommended))).toEqual(['--allow-exec NAME=/ABSOLUTE/PATH', '--max-tier process']);
  });

  it('writes the TypeScript registration', () => {
    const chosen = rankLibraries(catalog, 'read csv files and post results to an API').filter((x) => x.recommended);
    expect(registrationCode(chosen)).toBe([
      "import { Interpreter, Registry } from 'sandling';",
      '',
      "const registry = new Registry({ policy: { maxTier: 'network' } })",
      "  .use('filesystem', { roots: [{ path: '/ABSOLUTE/DIR', mode: 'read' }] })",
      "  .use('requests', { allow: ['https://API.EXAMPLE.COM'] });",
      'const interp = new Interpreter({ libraries: registry });',
    ].join('\n'));
  });

  it('returns nothing for words no doc has', () => {
    expect(rankLibraries(catalog, 'quux frobnicate')).toEqual([]);
  });
});

describe('sandling libs --for', () => {
  const task = 'read csv files and post results to an API';

  it('prints the ranking, the flags and the registration code', () => {
    const r = sandling(['libs', '--for', task]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`Libraries for "${task}" (max tier: network):`);
    expect(lines[2]).toMatch(/^ {2}LIBRARY +TIER +ALLOWED +SCORE +MATCHED$/);
    expect(lines[3]).toMatch(/^ {2}filesystem +read +yes +[0-9.]+ +.*csv \(as file/);
    expect(lines[4]).toMatch(/^ {2}requests +network +yes +[0-9.]+ +.*post/);
    expect(r.out).toContain('Command line:\n  sandling --allow-read DIR --allow-url ORIGIN run script.py\n');
    expect(r.out).toContain("  .use('requests', { allow: ['https://API.EXAMPLE.COM'] });\n");
    expect(sandling(['libs', '--for', task]).out).toBe(r.out);
  });

  it('shows what --max-tier refuses and leaves it out of the flags', () => {
    const r = sandling(['libs', '--for', task, '--max-tier', 'read']);
    expect(r.out).toMatch(/ {2}requests +network +no /);
    expect(r.out).toContain('Not allowed under --max-tier read: requests (tier network; allow it with --max-tier network)');
    expect(r.out).toContain('  sandling --allow-read DIR run script.py\n');
  });

  it('prints JSON for programs', () => {
    const r = sandling(['libs', '--for', task, '--json', '--limit', '2']);
    const data = JSON.parse(r.out);
    expect(data.matches.map((m: { name: string }) => m.name)).toEqual(['filesystem', 'requests']);
    expect(data.flags).toEqual(['--allow-read DIR', '--allow-url ORIGIN']);
    expect(data.registration).toContain("new Registry({ policy: { maxTier: 'network' } })");
  });

  it('exits 1 when nothing matches and 2 for bad options', () => {
    expect(sandling(['libs', '--for', 'quux frobnicate'])).toMatchObject({ code: 1 });
    expect(sandling(['libs', '--for', task, '--max-tier', 'root']).code).toBe(2);
    expect(sandling(['libs', '--for', task, '--limit', '0']).code).toBe(2);
    expect(sandling(['libs', 'show', 'yaml', '--for', task]).code).toBe(2);
  });
});
