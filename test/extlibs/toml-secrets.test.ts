// The `toml` and `secrets` libraries: CPython-identical results for tomllib,
// error types and messages, limits, and secrets' argument checks.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Interpreter, Registry, ResourceExhausted } from '../../core/index.js';

function run(reg: Registry, src: string, limits = {}): string {
  const interp = new Interpreter({ libraries: reg, limits });
  interp.run(src);
  return interp.takeOutput();
}

function cpython(src: string): string {
  const r = spawnSync('python3', ['-c', src], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

const DOC = `
title = "TOML \\u00e9xample"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
enabled = true
temp_targets = { cpu = 79.5, case = 72.0 }
big = 123456789012345678901234567890
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
when = 1979-05-27
at = 07:32:00.999
local = 1979-05-27T07:32:00
utc = 1979-05-27T07:32:00Z
`;

describe('toml', () => {
  it('tomllib.loads matches CPython, dates included', () => {
    const src = `import tomllib\nd = tomllib.loads(${JSON.stringify(DOC)})\nfor k in sorted(d):\n    print(k, repr(d[k]))\n`;
    expect(run(new Registry().use('toml'), src)).toBe(cpython(src));
  });

  it('raises TOMLDecodeError (a ValueError) with the position', () => {
    const out = run(new Registry().use('toml'), `
import tomllib
for bad in ['a = ', 'a = 1\\na = 2', '[x', 'a = "unterminated']:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print(isinstance(e, ValueError), 'at line' in str(e))
try:
    tomllib.loads(b'a = 1')
except TypeError as e:
    print(e)
`);
    expect(out).toBe('True True\n'.repeat(4) + "Expected str object, not 'bytes'\n");
  });

  it('toml.dumps writes what toml.loads reads back', () => {
    const out = run(new Registry().use('toml'), `
import toml
d = {'name': 'x', 'n': 3, 'f': 1.0, 'on': True, 'list': [1, 2], 'sub': {'k': 'v'}}
text = toml.dumps(d)
print(toml.loads(text) == d)
try:
    toml.dumps({'a': object()})
except TypeError as e:
    print(e)
`);
    expect(out).toBe('True\nObject of type object is not TOML serializable\n');
  });

  it('huge documents stop at the run limits', () => {
    const src = `import tomllib\ntomllib.loads('a = [' + '1,' * 200000 + ']')\n`;
    expect(() => run(new Registry().use('toml'), src, { maxOps: 50_000 })).toThrow(ResourceExhausted);
  });
});

describe('secrets', () => {
  it('returns tokens of the asked size and checks its arguments like CPython', () => {
    const src = `
import secrets
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(4)), len(secrets.token_urlsafe(6)))
print(0 <= secrets.randbelow(10) < 10, secrets.randbits(0), secrets.randbits(70) < 2**70, secrets.choice('a') )
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest('a', 'ab'))
print(secrets.compare_digest(bytearray(b'k'), b'k'))
try:
    secrets.compare_digest(a=b'x', b=b'x')
except TypeError as e:
    print('TypeError', e)
for f, a in [(secrets.randbelow, 0), (secrets.randbelow, -3), (secrets.token_bytes, -1), (secrets.randbits, -1)]:
    try:
        f(a)
    except ValueError as e:
        print('ValueError', e)
for f, a in [(secrets.choice, []), (secrets.compare_digest, ('a', b'a'))]:
    try:
        f(*a) if isinstance(a, tuple) else f(a)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
`;
    expect(run(new Registry().use('secrets'), src)).toBe(cpython(src));
  });

  it('refuses token sizes above the value limit before allocating', () => {
    expect(() => run(new Registry().use('secrets'), 'import secrets\nsecrets.token_bytes(10**12)', { maxValueBytes: 1 << 20 }))
      .toThrow(ResourceExhausted);
  });
});
