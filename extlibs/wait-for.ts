/**
 * `wait_for`: poll until something is ready, within the run's deadline.
 *
 * - `wait_for.url(url, status=200, timeout=30, interval=0.5)` GETs an
 *   allow-listed URL (the same URL guard and options as `requests`: `allow`,
 *   `allowPrivate`) until it answers with an expected status. Redirects are
 *   not followed: the status of the URL itself is what counts. Connection
 *   failures just mean "not ready yet"; a refused URL raises PermissionError.
 * - `wait_for.path(path, timeout=30, interval=0.5)` waits until a file path
 *   from the host's `paths` list (exact strings) exists.
 *
 * Both return True when ready and raise TimeoutError when `timeout` seconds
 * pass first. Sleeping between polls blocks in `Atomics.wait` (no busy
 * spinning) and never passes the run's deadline: a wait that would is ended
 * with the deadline limit.
 */
import * as fs from 'node:fs';
import { defineLibrary } from '../registry/definition.js';
import { RegistrationError } from '../core/errors.js';
import { nativeFunction } from '../core/native.js';
import type { Value } from '../core/runtime/object.js';
import type { Runtime } from '../core/runtime/runtime.js';
import { None } from '../core/runtime/types.js';
import { PyFloat, PyList, PyTuple } from '../core/runtime/values.js';
import { PySetBase } from '../core/runtime/dict.js';
import {
  PermissionErrorType, TimeoutErrorType, makeException, makeExceptionArgs, typeError, valueError,
} from '../core/runtime/exceptions.js';
import { repr, typeName } from '../core/runtime/ops.js';
import { HttpClient, NET_OPTION_PROPERTIES, validateAllowList, type NetOptions } from './requests.js';
import { sleepWithin } from './sync-bridge.js';

export interface WaitForOptions extends NetOptions {
  /** File paths `wait_for.path` may watch (exact strings). */
  paths: string[];
}

/** Shortest pause between polls: a script cannot turn polling into a flood. */
const MIN_INTERVAL_MS = 10;

function seconds(v: Value, what: string, allowNone: boolean): number | null {
  if (v === None && allowNone) return null;
  if (typeof v === 'boolean') throw typeError(`${what} must be a number, not bool`);
  const n = v instanceof PyFloat ? v.v : typeof v === 'number' || typeof v === 'bigint' ? Number(v) : NaN;
  if (Number.isNaN(n)) throw typeError(`${what} must be a number, not ${typeName(v)}`);
  if (!(n >= 0)) throw valueError(`${what} must be non-negative`);
  return n;
}

/** The statuses that count as ready: one int, or a list/tuple/set of ints. */
function statuses(v: Value): Set<number> {
  const items = v instanceof PyList || v instanceof PyTuple ? v.items : v instanceof PySetBase ? [...v.map.values()] : [v];
  const out = new Set<number>();
  for (const s of items) {
    if (typeof s !== 'number' || !Number.isInteger(s)) throw typeError(`status must be an int or a collection of ints, not ${typeName(s)}`);
    out.add(s);
  }
  return out;
}

/**
 * Polls `ready` until it returns true or `timeout` seconds (null: until the
 * run's deadline) pass; sleeps `interval` between polls. Returns whether it
 * became ready.
 */
function poll(rt: Runtime, timeout: number | null, interval: number, ready: (remainingMs: number) => boolean): boolean {
  const end = timeout === null ? Infinity : Date.now() + timeout * 1000;
  const pause = Math.max(MIN_INTERVAL_MS, interval * 1000);
  for (;;) {
    rt.checkpoint(); // the deadline, the budget and cancellation apply between polls
    if (ready(Math.max(1, end - Date.now()))) return true;
    const left = end - Date.now();
    if (left <= 0) return false;
    sleepWithin(rt, Math.min(pause, left));
  }
}

function timedOut(rt: Runtime, timeout: number | null, what: Value): never {
  throw makeException(TimeoutErrorType, `timed out after ${timeout} seconds waiting for ${repr(rt, what)}`);
}

function waitForUrl(rt: Runtime, client: HttpClient, [url, status, timeout, interval]: Value[]): Value {
  rt.hostCall('wait_for');
  if (typeof url !== 'string') throw typeError(`url must be str, not ${typeName(url)}`);
  const expected = statuses(status ?? 200);
  const limit = seconds(timeout ?? 30, 'timeout', true);
  const pause = seconds(interval ?? 0.5, 'interval', false)!;
  const refused = (): never => {
    throw makeExceptionArgs(PermissionErrorType, [13, 'URL not allowed', url]);
  };
  const check = client.guard.check(url);
  if (!('url' in check)) {
    if (check.kind === 'invalid') throw valueError(`invalid URL: ${repr(rt, url)}`);
    refused();
  }
  const ready = poll(rt, limit, pause, (remainingMs) => {
    const r = client.exchange(rt, 'GET', url, [['User-Agent', 'sandling-wait-for/1.0'], ['Accept', '*/*']], null,
      Math.min(remainingMs, client.options.timeoutMs), { discardBody: true });
    if (!r.ok && r.kind === 'denied') refused(); // an allowed name resolving to a refused address
    return r.ok && expected.has(r.status);
  });
  if (!ready) timedOut(rt, limit, url);
  return true;
}

function waitForPath(rt: Runtime, paths: ReadonlySet<string>, [path, timeout, interval]: Value[]): Value {
  rt.hostCall('wait_for');
  if (typeof path !== 'string') throw typeError(`path must be str, not ${typeName(path)}`);
  if (!paths.has(path)) throw makeExceptionArgs(PermissionErrorType, [13, 'path not allowed', path]);
  const limit = seconds(timeout ?? 30, 'timeout', true);
  const pause = seconds(interval ?? 0.5, 'interval', false)!;
  const ready = poll(rt, limit, pause, () => fs.existsSync(path));
  if (!ready) timedOut(rt, limit, path);
  return true;
}

export const waitForLibrary = defineLibrary<WaitForOptions>({
  name: 'wait_for',
  version: '1.0.0',
  summary: 'Poll a registered file path or allowed URL until it is ready, within the run\'s deadline.',
  tier: 'network',
  capabilities: ['fs.read', 'net.http'],
  modules: ['wait_for'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...NET_OPTION_PROPERTIES,
      maxBodyBytes: { ...NET_OPTION_PROPERTIES.maxBodyBytes, default: 1024 * 1024 },
      timeoutMs: { ...NET_OPTION_PROPERTIES.timeoutMs, default: 5000 },
      paths: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 4096 }, uniqueItems: true, maxItems: 1000, default: [] },
    },
  },
  effectiveTier: (o) => (o.allow.length > 0 ? 'network' : 'read'),
  validate(options) {
    validateAllowList(options.allow);
    if (options.allow.length === 0 && options.paths.length === 0) {
      throw new RegistrationError('wait_for needs at least one allowed origin (allow) or path (paths)', 'wait_for');
    }
    for (const p of options.paths) {
      if (!p.startsWith('/')) throw new RegistrationError(`wait_for path '${p}' must be absolute`, 'wait_for');
    }
  },
  docs: [{
    name: 'wait_for',
    summary: 'Waits for an allowed URL or a registered path to become ready.',
    members: [
      { name: 'url', kind: 'function', signature: '(url, status=200, timeout=30, interval=0.5)',
        doc: 'GETs url every interval seconds until it answers with status (an int or a collection of ints); True, or TimeoutError.' },
      { name: 'path', kind: 'function', signature: '(path, timeout=30, interval=0.5)',
        doc: 'Checks every interval seconds until the registered path exists; True, or TimeoutError.' },
    ],
  }],
  create(options) {
    const client = new HttpClient(options);
    const paths = new Set(options.paths);
    return {
      modules: [{
        name: 'wait_for',
        summary: 'Waits for an allowed URL or a registered path to become ready.',
        build: () => ({
          url: nativeFunction('wait_for', 'url', ['url', 'status?', 'timeout?', 'interval?'], (rt, a) => waitForUrl(rt, client, a),
            'GETs url every interval seconds until it answers with status; True, or TimeoutError.'),
          path: nativeFunction('wait_for', 'path', ['path', 'timeout?', 'interval?'], (rt, a) => waitForPath(rt, paths, a),
            'Checks every interval seconds until the registered path exists; True, or TimeoutError.'),
        }),
      }],
    };
  },
});
