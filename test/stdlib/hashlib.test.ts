// The hashlib module: digests against node:crypto and known vectors, the
// native BLAKE2 implementation, hash objects, new(), pbkdf2_hmac, file_digest,
// CPython's errors and the budget/size limits.
import { createHash, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../core/index.js';
import { failure, limitKindIn, runIn as run } from './script.js';
import { Blake2b, Blake2s, findAlgorithm } from '../../stdlib/hashlib.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('BLAKE2 implementation', () => {
  it('matches RFC 7693 test vectors and node:crypto for unkeyed full-size digests', () => {
    const abc = new TextEncoder().encode('abc');
    const b = new Blake2b(null);
    expect(findAlgorithm('blake2b512')!.name).toBe('blake2b');
    const full = findAlgorithm('blake2b512')!.create();
    full.update(abc);
    expect(hex(full.digest())).toBe('ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1'
      + '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923');
    const s = findAlgorithm('blake2s256')!.create();
    s.update(abc);
    expect(hex(s.digest())).toBe('508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982');
    for (const size of [0, 1, 63, 64, 65, 127, 128, 129, 1000]) {
      const data = new Uint8Array(size).map((_, i) => (i * 7) & 0xff);
      const mine = findAlgorithm('blake2b512')!.create();
      mine.update(data);
      expect(hex(mine.digest())).toBe(createHash('blake2b512').update(data).digest('hex'));
      const mine2 = findAlgorithm('blake2s256')!.create();
      mine2.update(data.subarray(0, size >> 1));
      mine2.update(data.subarray(size >> 1));
      expect(hex(mine2.digest())).toBe(createHash('blake2s256').update(data).digest('hex'));
    }
    expect(b).toBeInstanceOf(Blake2b);
    expect(Blake2s).toBeDefined();
  });
});

describe('hashlib: digests', () => {
  it('computes every guaranteed algorithm like node:crypto', () => {
    const names: [string, string][] = [['md5', 'md5'], ['sha1', 'sha1'], ['sha224', 'sha224'], ['sha256', 'sha256'],
      ['sha384', 'sha384'], ['sha512', 'sha512'], ['sha3_224', 'sha3-224'], ['sha3_256', 'sha3-256'],
      ['sha3_384', 'sha3-384'], ['sha3_512', 'sha3-512']];
    const out = run(`
import hashlib
for name in ${JSON.stringify(names.map(([n]) => n))}:
    print(getattr(hashlib, name)(b'sandling').hexdigest())
`).trim().split('\n');
    expect(out).toEqual(names.map(([, node]) => createHash(node).update('sandling').digest('hex')));
  });

  it('hash objects: update, copy, digest repeatedly, attributes, reprs', () => {
    expect(run(`
import hashlib
h = hashlib.sha256(b'a')
c = h.copy()
h.update(b'b')
print(h.hexdigest() == hashlib.sha256(b'ab').hexdigest(), c.hexdigest() == hashlib.sha256(b'a').hexdigest())
print(h.digest() == h.digest(), h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
print(repr(h).startswith('<sha256 _hashlib.HASH object @ 0x'), repr(hashlib.blake2s()).startswith('<_blake2.blake2s object at 0x'))
x = hashlib.shake_128(b'abc')
print(x.hexdigest(5), x.digest(length=2), x.digest_size, type(x).__name__)
print(hashlib.new('SHA-256', b'abc').name, hashlib.new('blake2b', b'x', digest_size=4).hexdigest())
print(sorted(hashlib.algorithms_guaranteed) == sorted(hashlib.__all__[:14]))
`)).toBe('True True\nTrue sha256 32 64 HASH _hashlib\nTrue True\n5881092dd8 b\'X\\x81\' 0 HASHXOF\nsha256 b1ba07e5\nTrue\n');
  });

  it('keyed and personalized BLAKE2 match CPython', () => {
    expect(run(`
import hashlib
print(hashlib.blake2b(b'abc', key=b'k' * 64).hexdigest()[:32])
print(hashlib.blake2s(b'x', salt=b'salt', person=b'me', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=16, last_node=True, key=b'kk', digest_size=17).hexdigest())
`)).toBe('8c6720fdeca54ddd7f179b368348eca9\nb90e80efa6484ee608ae4aca5c8af52cd1\n');
  });

  it('pbkdf2_hmac matches node:crypto', () => {
    expect(run("import hashlib\nprint(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 500, 40).hex())").trim())
      .toBe(pbkdf2Sync('pw', 'salt', 500, 40, 'sha256').toString('hex'));
  });

  it('file_digest reads file-like objects through readinto or getbuffer', () => {
    expect(run(`
import hashlib
class Reader:
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, buf):
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
class Buffered:
    def getbuffer(self):
        return b'abc'
print(hashlib.file_digest(Reader(b'abc' * 1000), 'md5', _bufsize=7).hexdigest() == hashlib.md5(b'abc' * 1000).hexdigest())
print(hashlib.file_digest(Buffered(), hashlib.sha1).hexdigest() == hashlib.sha1(b'abc').hexdigest())
try:
    hashlib.file_digest(5, 'md5')
except ValueError as e:
    print(e)
`)).toBe("True\nTrue\n'5' is not a file-like object in binary reading mode.\n");
  });
});

describe('hashlib: errors', () => {
  it('raises CPython\'s exceptions', () => {
    expect(failure("import hashlib\nhashlib.md5('abc')")).toBe('TypeError: Strings must be encoded before hashing');
    expect(failure('import hashlib\nhashlib.md5(1)')).toBe('TypeError: object supporting the buffer API required');
    expect(failure("import hashlib\nhashlib.md5(b'a', b'b')")).toBe('TypeError: openssl_md5() takes at most 1 positional argument (2 given)');
    expect(failure("import hashlib\nhashlib.new('foo')")).toBe('ValueError: unsupported hash type foo');
    expect(failure("import hashlib\nhashlib.new(b'md5')")).toBe('TypeError: name must be a string');
    expect(failure("import hashlib\nhashlib.new('sha256', b'x', digest_size=4)"))
      .toBe("TypeError: 'digest_size' is an invalid keyword argument for new()");
    expect(failure("import hashlib\nhashlib.sha256().update('x')")).toBe('TypeError: Strings must be encoded before hashing');
    expect(failure('import hashlib\nhashlib.sha256().digest(1)')).toBe('TypeError: HASH.digest() takes no arguments (1 given)');
    expect(failure('import hashlib\nhashlib.shake_128().digest()')).toBe("TypeError: digest() missing required argument 'length' (pos 1)");
    expect(failure('import hashlib\nhashlib.shake_128().digest(-1)')).toBe('SystemError: Negative size passed to PyBytes_FromStringAndSize');
    expect(failure("import hashlib\nhashlib.sha256().name = 'x'"))
      .toBe("AttributeError: attribute 'name' of '_hashlib.HASH' objects is not writable");
    expect(failure('import hashlib\ntype(hashlib.md5())()')).toBe("TypeError: cannot create '_hashlib.HASH' instances");
    expect(failure('import hashlib\nclass H(hashlib.blake2b): pass')).toBe("TypeError: type 'blake2b' is not an acceptable base type");
    expect(failure('import hashlib\nhashlib.blake2b(digest_size=65)')).toBe('ValueError: digest_size must be between 1 and 64 bytes');
    expect(failure("import hashlib\nhashlib.blake2s(key=b'k' * 33)")).toBe('ValueError: maximum key length is 32 bytes');
    expect(failure("import hashlib\nhashlib.blake2b(data=b'x')")).toBe("TypeError: 'data' is an invalid keyword argument for blake2b()");
    expect(failure("import hashlib\nhashlib.blake2b(leaf_size=-1)")).toBe('ValueError: value must be positive');
    expect(failure("import hashlib\nhashlib.pbkdf2_hmac('sha256', b'p', b's', 0)")).toBe('ValueError: iteration value must be greater than 0.');
    expect(failure("import hashlib\nhashlib.pbkdf2_hmac('nope', b'p', b's', 1)"))
      .toBe('_hashlib.UnsupportedDigestmodError: [digital envelope routines] unsupported');
  });
});

describe('hashlib: limits', () => {
  it('charges the budget per chunk of hashed bytes', () => {
    const interp = new Interpreter({ limits: { maxOps: 50_000 } });
    expect(limitKindIn("import hashlib\nh = hashlib.sha256()\nb = b'x' * 1_000_000\nwhile True:\n    h.update(b)", interp)).toBe('budget');
  });

  it('charges pbkdf2 iterations and refuses huge shake digests', () => {
    expect(limitKindIn("import hashlib\nhashlib.pbkdf2_hmac('sha256', b'p', b's', 10**7)", new Interpreter({ limits: { maxOps: 100_000 } })))
      .toBe('budget');
    expect(limitKindIn('import hashlib\nhashlib.shake_256().digest(10**7)', new Interpreter({ limits: { maxValueBytes: 100_000 } })))
      .toBe('size');
  });
});
