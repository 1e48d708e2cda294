# HMAC over names, constructors and arbitrary hash factories.
import hashlib
import hmac

key = b'key'
msg = b'The quick brown fox jumps over the lazy dog'
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b', 'blake2s']:
    h = hmac.new(key, msg, name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

for digestmod in [hashlib.sha256, hashlib.blake2s, lambda d=b'': hashlib.sha1(d)]:
    h = hmac.new(b'secret', b'data', digestmod)
    print(h.name, h.hexdigest())

long_key = b'k' * 200
print(hmac.new(long_key, msg, 'sha256').hexdigest())
print(hmac.new(long_key, msg, 'sha512').hexdigest())
print(hmac.new(bytearray(b'bk'), bytearray(b'bm'), digestmod='md5').hexdigest())
print(hmac.new(b'', b'', 'sha256').hexdigest())

h = hmac.new(b'key', digestmod='sha256')
h.update(b'part one, ')
snapshot = h.copy()
h.update(b'part two')
print(h.hexdigest() == hmac.new(b'key', b'part one, part two', 'sha256').hexdigest())
print(snapshot.hexdigest() == hmac.new(b'key', b'part one, ', 'sha256').hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()), h.digest() == h.digest())
print(type(h).__name__, type(snapshot).__name__, snapshot.name, snapshot.digest_size)

print(hmac.digest(b'k', b'm', 'sha256').hex())
print(hmac.digest(b'k', b'm', hashlib.md5).hex())
print(hmac.digest(b'k' * 100, b'm', 'sha1').hex())
print(hmac.digest(b'k', b'm', 'blake2b') == hmac.new(b'k', b'm', 'blake2b').digest())

print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest(b'ab', b'abc'))
print(hmac.compare_digest('token', 'token'), hmac.compare_digest('token', 'tokem'))
print(hmac.compare_digest(bytearray(b'x'), b'x'), hmac.compare_digest(b'', b''))
tag = hmac.new(b'shared', b'payload', 'sha256').hexdigest()
print(hmac.compare_digest(tag, hmac.new(b'shared', b'payload', 'sha256').hexdigest()))
print(hmac.trans_5C[:4], hmac.trans_36[-4:], hmac.digest_size, hmac.HMAC.blocksize)
print(hmac.HMAC(b'k', b'm', 'md5').hexdigest() == hmac.new(key=b'k', msg=b'm', digestmod='md5').hexdigest())
