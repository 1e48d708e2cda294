# Digests of every guaranteed algorithm, incremental updates and copies.
import hashlib

inputs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 3, bytearray(b'\x00\xff' * 40)]
for name in sorted(hashlib.algorithms_guaranteed):
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith('shake'):
            print(name, len(data), h.hexdigest(16), h.hexdigest(40)[-8:])
        else:
            print(name, len(data), h.hexdigest())

for name in sorted(hashlib.algorithms_guaranteed):
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)

h = hashlib.sha256()
h.update(b'hello ')
early = h.copy()
h.update(b'world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest())
print(early.hexdigest() == hashlib.sha256(b'hello ').hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()), h.digest() == h.digest())
h.update(b'!')
print(h.hexdigest())

m = hashlib.md5(b'a')
for chunk in [b'b', b'c' * 100, b'', bytearray(b'd' * 1000)]:
    m.update(chunk)
print(m.hexdigest(), hashlib.md5(b'ab' + b'c' * 100 + b'd' * 1000).hexdigest())

s = hashlib.shake_256(b'xof')
print(s.digest(0), s.digest(3), s.hexdigest(3), len(s.digest(300)))
s2 = s.copy()
s2.update(b'more')
print(s.hexdigest(8), s2.hexdigest(8))

print(hashlib.sha1(data:=b'walrus').hexdigest(), data)
print(hashlib.md5(string=b'kw').hexdigest(), hashlib.sha512(b'x', usedforsecurity=False).hexdigest()[:16])
print(hashlib.new('SHA256', b'x').name, hashlib.new('sha-1').name, hashlib.new('sha3-256').name, hashlib.new('shake128').name)
print(hashlib.new('sha256', b'').hexdigest() == hashlib.sha256().hexdigest())
print(hashlib.new(name='md5', data=b'x').hexdigest(), hashlib.new('md5', data=b'x').hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.sha256.__name__, hashlib.new.__name__, type(hashlib.md5()).__module__, type(hashlib.shake_128()).__name__)
print(hashlib.sha224(b'\xe2\x98\x83').hexdigest(), hashlib.sha384('snow ☃'.encode()).hexdigest()[:20])

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw' * 100, bytearray(b'NaCl'), 3, 100).hex())
print(hashlib.pbkdf2_hmac(hash_name='md5', password=b'p', salt=b's', iterations=5, dklen=None).hex())
print(hashlib.pbkdf2_hmac('blake2b', b'p', b's', 2, 16).hex(), hashlib.pbkdf2_hmac('sha3_256', b'p', b's', 2).hex())
