// evaluateConfig: config-as-code for hosts (exported from the package root).
import { describe, expect, it } from 'vitest';
import { ConfigError, evaluateConfig, Registry, ResourceExhausted, ScriptError, ScriptSyntaxError, HostUsageError } from '../core/index.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'servers'],
  properties: {
    name: { type: 'string' },
    mode: { enum: ['dev', 'prod'] },
    servers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['host', 'port'],
        properties: { host: { type: 'string' }, port: { type: 'integer', minimum: 1, maximum: 65535 } },
      },
    },
  },
};

/** The ConfigError a script produces (fails the test when it produces none). */
function problems(source: string, options = {}): string[] {
  try {
    evaluateConfig(source, { schema, filename: 'svc.py', ...options });
  } catch (e) {
    if (e instanceof ConfigError) return e.message.split('\n').slice(1).map((l) => l.trim());
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('evaluateConfig', () => {
  it('returns the `config` variable as plain JSON data', () => {
    const value = evaluateConfig('ports = range(80, 83)\nconfig = {"name": "web", "servers": [{"host": f"h{p}", "port": p} for p in ports]}', { schema });
    expect(value).toEqual({ name: 'web', servers: [{ host: 'h80', port: 80 }, { host: 'h81', port: 81 }, { host: 'h82', port: 82 }] });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('prefers the value main() returns', () => {
    expect(evaluateConfig('config = 1\ndef main():\n    return {"from": "main", "tuple": (1, 2.5), "none": None}')).toEqual({ from: 'main', tuple: [1, 2.5], none: null });
  });

  it('runs deterministically by default', () => {
    const src = 'import random, time, uuid\nconfig = [random.random(), time.time(), str(uuid.uuid4())]';
    expect(evaluateConfig(src)).toEqual(evaluateConfig(src));
    expect((evaluateConfig(src) as unknown[])[1]).toBe(946684800);
    expect((evaluateConfig(src, { deterministic: { epochMs: 0, seed: 1 } }) as unknown[])[1]).toBe(0);
  });

  it('reports schema problems at the script\'s keys, all of them', () => {
    const src = 'def main():\n    return {"name": "x", "servers": [{"host": "a", "port": p} for p in (80, 70000)], "mode": "test", "servers2": 1}';
    expect(problems(src)).toEqual([
      "config has an unknown key 'servers2' (did you mean 'servers'?)",
      "config.mode must be one of 'dev', 'prod' (got 'test')",
      'config.servers[1].port must be <= 65535 (got 70000)',
    ]);
    expect(problems('config = {"name": "x", "servers": [{"hots": "b", "port": "80"}]}')).toEqual([
      "config.servers[0] is missing the required key 'host'",
      "config.servers[0] has an unknown key 'hots' (did you mean 'host'?)",
      "config.servers[0].port must be an int (got '80')",
    ]);
  });

  it('refuses values that are not JSON, naming each path', () => {
    const src = 'config = {"name": float("nan"), "servers": [{1: 2}, {"host": {1}, "port": b"x"}], "big": 10**30, "odd key": object()}';
    expect(problems(src)).toEqual([
      'config.name: float nan is not JSON',
      'config.servers[0]: dict key 1 is not JSON (keys must be str, not int)',
      'config.servers[1].host: a set is not JSON (use a list)',
      'config.servers[1].port: bytes is not JSON (decode it to a str)',
      'config.big: int 1000000000000000000000000000000 is too large for JSON (beyond 2**53)',
      "config['odd key']: a value of type 'object' is not JSON",
    ]);
  });

  it('gives a typed error with the problems as data', () => {
    try {
      evaluateConfig('config = {"servers": []}', { schema, filename: 'app.py' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const err = e as ConfigError;
      expect(err.filename).toBe('app.py');
      expect(err.problems).toEqual([{ kind: 'schema', path: 'config', message: "is missing the required key 'name'" }]);
      expect(err.message).toBe("app.py: invalid config (1 problem):\n  config is missing the required key 'name'");
    }
  });

  it('says when the script defines no config', () => {
    expect(problems('x = 1')).toEqual(['the script defines neither a `config` variable nor a `main()` function']);
  });

  it('lets script failures through as the usual errors', () => {
    expect(() => evaluateConfig('config = 1 / 0')).toThrow(ScriptError);
    expect(() => evaluateConfig('config = (')).toThrow(ScriptSyntaxError);
    expect(() => evaluateConfig('while True:\n    pass', { limits: { maxOps: 10_000 } })).toThrow(ResourceExhausted);
    expect(() => evaluateConfig('config = 1', { schema: 5 as unknown as object })).toThrow(HostUsageError);
  });

  it('gives the script the libraries, globals and output the host chooses', () => {
    const printed: string[] = [];
    const value = evaluateConfig('import yaml\nprint("hi")\nconfig = yaml.safe_load(TEXT)', {
      libraries: new Registry().use('yaml'),
      globals: { TEXT: 'a: [1, 2]' },
      output: (t) => printed.push(t),
    });
    expect(value).toEqual({ a: [1, 2] });
    expect(printed.join('')).toBe('hi\n');
    expect(() => evaluateConfig('import yaml')).toThrow(/No module named 'yaml'/);
  });
});
