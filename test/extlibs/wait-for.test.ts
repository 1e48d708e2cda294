// The `wait_for` extended library: polling an allowed URL or a registered
// path until ready, bounded by its timeout and the run's deadline, without
// busy-waiting, through the same URL guard as requests.
import { spawn } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Interpreter, RegistrationError, Registry, ResourceExhausted, ScriptError, type LimitOptions } from '../../core/index.js';
import { startHttpFixture, type HttpFixture } from './http-fixture.js';

let fx: HttpFixture;
const work = realpathSync(mkdtempSync(join(tmpdir(), 'sandling-wait-for-')));
beforeAll(async () => {
  fx = await startHttpFixture();
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});

function run(src: string, options: Record<string, unknown>, limits: LimitOptions = { timeoutMs: 10000 }): string {
  const interp = new Interpreter({ libraries: new Registry().use('wait_for', options), limits });
  interp.run(`import wait_for\nBASE = ${JSON.stringify(fx.origin)}\n${src}`);
  return interp.takeOutput();
}

const raised = (expr: string) => `try:\n    ${expr}\nexcept Exception as e:\n    print(type(e).__name__ + ':', e)\n`;

describe('wait_for.url', () => {
  const net = () => ({ allow: [fx.origin] });

  it('returns True once the URL answers with the expected status', () => {
    const at = Date.now() + 400;
    const started = Date.now();
    expect(run(`print(wait_for.url(BASE + '/ready?at=${at}', timeout=5, interval=0.05))`, net())).toBe('True\n');
    expect(Date.now()).toBeGreaterThanOrEqual(at);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(run("print(wait_for.url(BASE + '/status/404', status=[200, 404]), wait_for.url(BASE + '/status/201', status={201}))", net()))
      .toBe('True True\n');
  });

  it('raises TimeoutError when the status never comes; redirects are not followed', () => {
    const out = run(`
${raised("wait_for.url(BASE + '/status/503', timeout=0.3, interval=0.05)")}
${raised("wait_for.url(BASE + '/redirect?to=/echo', timeout=0.2, interval=0.05)")}
`, net());
    expect(out).toBe(`TimeoutError: timed out after 0.3 seconds waiting for '${fx.origin}/status/503'\n`
      + `TimeoutError: timed out after 0.2 seconds waiting for '${fx.origin}/redirect?to=/echo'\n`);
  });

  it('keeps polling through connection failures', () => {
    // Allowed, but nothing listens there.
    const out = run(raised("wait_for.url('http://127.0.0.1:9/', timeout=0.3, interval=0.05)"), { allow: ['http://127.0.0.1:9'] });
    expect(out).toBe("TimeoutError: timed out after 0.3 seconds waiting for 'http://127.0.0.1:9/'\n");
  });

  it('refuses URLs outside the allow-list (same guard as requests); the canary sees nothing', () => {
    const before = fx.canaryHits();
    const out = run(`
${raised(`wait_for.url('${fx.canaryOrigin}/')`)}
${raised(`wait_for.url('http://127.1:${fx.canaryPort}/')`)}
${raised("wait_for.url('file:///etc/passwd')")}
${raised(`wait_for.url('http://localhost:${fx.canaryPort}/', timeout=1)`)}
`, { allow: [fx.origin, `http://localhost:${fx.canaryPort}`] });
    expect(out).toBe(`PermissionError: [Errno 13] URL not allowed: '${fx.canaryOrigin}/'\n`
      + `PermissionError: [Errno 13] URL not allowed: 'http://127.1:${fx.canaryPort}/'\n`
      + "PermissionError: [Errno 13] URL not allowed: 'file:///etc/passwd'\n"
      + `PermissionError: [Errno 13] URL not allowed: 'http://localhost:${fx.canaryPort}/'\n`);
    expect(fx.canaryHits()).toBe(before);
  });

  it('the run deadline ends a long wait (no catching it)', () => {
    const started = Date.now();
    let error: unknown;
    try {
      run(`
try:
    wait_for.url(BASE + '/status/503', timeout=60, interval=0.1)
except BaseException:
    print('caught')
`, net(), { timeoutMs: 500 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResourceExhausted);
    expect((error as ResourceExhausted).kind).toBe('deadline');
    expect(Date.now() - started).toBeLessThan(500 + 1000);
  });

  it('does not busy-wait between polls', () => {
    const cpu = process.cpuUsage();
    const started = Date.now();
    run(raised("wait_for.url(BASE + '/status/503', timeout=1.0, interval=0.25)"), net());
    const used = process.cpuUsage(cpu);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    // A spinning wait would burn about a second of CPU; blocking waits use a small fraction.
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });

  it('rejects bad arguments', () => {
    const out = run(`
${raised("wait_for.url(5)")}
${raised("wait_for.url(BASE, status='200')")}
${raised("wait_for.url(BASE, timeout=-1)")}
${raised("wait_for.url('not a url')")}
`, net());
    expect(out).toBe('TypeError: url must be str, not int\nTypeError: status must be an int or a collection of ints, not str\n'
      + "ValueError: timeout must be non-negative\nValueError: invalid URL: 'not a url'\n");
  });
});

describe('wait_for.path', () => {
  it('returns True when the registered path exists, waiting for it to appear', () => {
    const ready = join(work, 'ready.flag');
    const later = join(work, 'later.flag');
    writeFileSync(ready, '');
    // Created by another process while the interpreter blocks this thread.
    spawn(process.execPath, ['-e', `setTimeout(() => require('fs').writeFileSync(${JSON.stringify(later)}, ''), 300)`], { stdio: 'ignore' });
    const started = Date.now();
    const out = run(`print(wait_for.path(${JSON.stringify(ready)}), wait_for.path(${JSON.stringify(later)}, timeout=5, interval=0.05))`,
      { paths: [ready, later] });
    expect(out).toBe('True True\n');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('raises TimeoutError when it never appears, and PermissionError for unregistered paths', () => {
    const never = join(work, 'never.flag');
    const out = run(`
${raised(`wait_for.path(${JSON.stringify(never)}, timeout=0.2, interval=0.05)`)}
${raised("wait_for.path('/etc/passwd')")}
${raised(`wait_for.path(${JSON.stringify(`${work}/../${work.split('/').pop()}/never.flag`)})`)}
`, { paths: [never] });
    expect(out).toBe(`TimeoutError: timed out after 0.2 seconds waiting for '${never}'\n`
      + "PermissionError: [Errno 13] path not allowed: '/etc/passwd'\n"
      + `PermissionError: [Errno 13] path not allowed: '${work}/../${work.split('/').pop()}/never.flag'\n`);
  });
});

describe('wait_for: registration', () => {
  it('needs an allow-list or paths; paths must be absolute; the tier follows the options', () => {
    expect(() => new Registry().use('wait_for', {})).toThrow(RegistrationError);
    expect(() => new Registry().use('wait_for', { paths: ['relative/file'] })).toThrow(/must be absolute/);
    expect(() => new Registry().use('wait_for', { allow: ['ftp://x'] })).toThrow(/http or https/);
    expect(() => new Registry({ policy: { maxTier: 'read' } }).use('wait_for', { paths: ['/tmp/x'] })).not.toThrow();
    expect(() => new Registry({ policy: { maxTier: 'read' } }).use('wait_for', { allow: ['http://x'] })).toThrow(/tier 'network'/);
  });

  it('every call is a host call', () => {
    const flag = join(work, 'calls.flag');
    writeFileSync(flag, '');
    let error: unknown;
    try {
      run(`for i in range(5):\n    wait_for.path(${JSON.stringify(flag)})\n`, { paths: [flag] }, { timeoutMs: 5000, maxHostCalls: 2 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResourceExhausted);
    expect(error).not.toBeInstanceOf(ScriptError);
  });
});
