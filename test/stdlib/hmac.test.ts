// The hmac module: tags against node:crypto, digestmod forms, copies,
// compare_digest and CPython's errors.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Interpreter, ResourceExhausted } from '../../core/index.js';
import { failure, runIn as run } from './script.js';

describe('hmac', () => {
  it('computes the same tags as node:crypto, for short and long keys', () => {
    const cases: [string, string][] = [['md5', 'md5'], ['sha1', 'sha1'], ['sha256', 'sha256'], ['sha512', 'sha512'], ['sha3_256', 'sha3-256']];
    for (const key of ['key', 'k'.repeat(200)]) {
      const out = run(`
import hmac
for name in ${JSON.stringify(cases.map(([n]) => n))}:
    print(hmac.new(b'${key}', b'message', name).hexdigest())
`).trim().split('\n');
      expect(out).toEqual(cases.map(([, node]) => createHmac(node, key).update('message').digest('hex')));
    }
  });

  it('accepts names, constructors, modules with new() and factories; copies are independent', () => {
    expect(run(`
import hashlib, hmac
class Mod:
    @staticmethod
    def new(d=b''):
        return hashlib.sha256(d)
tags = {hmac.new(b'k', b'm', d).hexdigest() for d in ['sha256', hashlib.sha256, Mod(), lambda d=b'': hashlib.sha256(d)]}
print(len(tags), tags == {hmac.digest(b'k', b'm', 'sha256').hex()})
h = hmac.new(b'k', digestmod='sha1')
h.update(b'a')
c = h.copy()
h.update(b'b')
print(c.hexdigest() == hmac.new(b'k', b'a', 'sha1').hexdigest(), h.hexdigest() == hmac.new(b'k', b'ab', 'sha1').hexdigest())
print(h.name, h.digest_size, h.block_size, hmac.new(b'k', b'm', 'blake2b').name, hmac.new(b'k', b'm', 'blake2s').block_size)
`)).toBe('1 True\nTrue True\nhmac-sha1 20 64 hmac-blake2b 64\n');
  });

  it('compare_digest compares ASCII str or bytes-like values', () => {
    expect(run(`
import hmac
print(hmac.compare_digest(b'ab', b'ab'), hmac.compare_digest(b'ab', b'ac'), hmac.compare_digest(b'a', b'ab'))
print(hmac.compare_digest('tag', 'tag'), hmac.compare_digest(bytearray(b'x'), b'x'))
`)).toBe('True False False\nTrue True\n');
  });

  it('raises CPython\'s exceptions', () => {
    expect(failure("import hmac\nhmac.new(b'k', b'm')")).toBe("TypeError: Missing required parameter 'digestmod'.");
    expect(failure("import hmac\nhmac.new('k', b'm', 'sha256')")).toBe("TypeError: key: expected bytes or bytearray, but got 'str'");
    expect(failure("import hmac\nhmac.new(b'k', 'm', 'sha256')")).toBe('TypeError: Strings must be encoded before hashing');
    expect(failure("import hmac\nhmac.new(b'k', b'm', 'foo')")).toBe('ValueError: unsupported hash type foo');
    expect(failure("import hmac\nhmac.new(b'k', b'm', 5)")).toBe("AttributeError: 'int' object has no attribute 'new'");
    expect(failure("import hmac\nhmac.compare_digest('a', b'a')")).toBe("TypeError: a bytes-like object is required, not 'str'");
    expect(failure("import hmac\nhmac.compare_digest('é', 'é')")).toBe('TypeError: comparing strings with non-ASCII characters is not supported');
    expect(failure('import hmac\nhmac.compare_digest(1, 1)'))
      .toBe("TypeError: unsupported operand types(s) or combination of types: 'int' and 'int'");
    expect(failure("import hmac\nhmac.compare_digest(a=b'', b=b'')")).toBe('TypeError: _hashlib.compare_digest() takes no keyword arguments');
  });

  it('stays within the instruction budget', () => {
    expect(() => run("import hmac\nh = hmac.new(b'k', digestmod='sha256')\nwhile True:\n    h.update(b'x' * 100_000)", new Interpreter({ limits: { maxOps: 50_000 } })))
      .toThrow(ResourceExhausted);
  });
});
