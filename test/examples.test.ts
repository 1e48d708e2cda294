// Every example in examples/ runs, and prints what its comments promise.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function node(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('examples', () => {
  it('hello.py runs with the CLI', () => {
    expect(node(['dist/sandling.cjs', 'run', 'examples/hello.py'])).toMatchObject({ code: 0, err: '' });
  });

  it('config-as-code: loads and validates service.py', () => {
    const r = node(['examples/config-as-code/host.mjs']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe([
      'service orders: 3 servers',
      '  orders-eu-west -> eu-west.orders.internal:8100 x3',
      '  orders-us-east -> us-east.orders.internal:8101 x2',
      '  orders-ap-south -> ap-south.orders.internal:8102 x2',
      'retry: 3 attempts, delays [0.5,1,2]',
      'features on: new_checkout',
      '',
    ].join('\n'));
  });

  it('config-as-code: lists every problem of broken.py', () => {
    const r = node(['examples/config-as-code/host.mjs', 'examples/config-as-code/broken.py']);
    expect(r.code).toBe(1);
    expect(r.err).toBe([
      'broken.py: invalid config (5 problems):',
      '  config.servers[1].port must be <= 65535 (got 70000)',
      "  config.servers[2] is missing the required key 'host'",
      "  config.servers[2] has an unknown key 'hots' (did you mean 'host'?)",
      '  config.servers[2].replicas must be >= 1 (got 0)',
      "  config.features.new_checkout must be True or False (got 'yes')",
      '',
    ].join('\n'));
  });

  it('automation: reads the data files and calls the local API, nothing else', () => {
    const r = node(['examples/automation/host.mjs']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe([
      "read 2 files: {'eu': 2940.75, 'us': 1200.75, 'ap': 115.0}",
      "report r-1 accepted; alerts: ['ap', 'us']",
      'refused: URLNotAllowed',
      'refused: PermissionError',
      'the API received 1 report(s): [{"files":["sales-2024-01.csv","sales-2024-02.csv"],"totals":{"eu":2940.75,"us":1200.75,"ap":115},"alerts":["ap","us"]}]',
      '',
    ].join('\n'));
  });

  it('library-selection: picks yaml and logging for the task and runs the script with them', () => {
    const r = node(['examples/library-selection/host.mjs']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('registered: logging, yaml\n');
    expect(r.out).toContain("  | const registry = new Registry({ policy: { maxTier: 'pure' } })\n");
    expect(r.out).toContain('WARNING host web-2 has no owner\nWARNING host cache-1 has no owner\nINFO 4 hosts checked, 2 without an owner\n');
  });
});
