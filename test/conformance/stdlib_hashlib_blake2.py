# BLAKE2b / BLAKE2s with every parameter.
import hashlib

for ctor in (hashlib.blake2b, hashlib.blake2s):
    print(ctor.__name__, ctor.SALT_SIZE, ctor.PERSON_SIZE, ctor.MAX_KEY_SIZE, ctor.MAX_DIGEST_SIZE)
    for data in [b'', b'abc', b'x' * 63, b'x' * 64, b'x' * 65, b'y' * 127, b'y' * 128, b'y' * 129, bytes(range(256)) * 5]:
        print(len(data), ctor(data).hexdigest())
    for size in (1, 7, 16, 20, ctor.MAX_DIGEST_SIZE):
        h = ctor(b'sized', digest_size=size)
        print(size, h.digest_size, h.hexdigest())
    for key in (b'k', b'key' * 5, b'K' * ctor.MAX_KEY_SIZE, bytearray(b'array key')):
        print(len(key), ctor(b'message', key=key).hexdigest())
    print(ctor(b'', key=b'only key').hexdigest())
    h = ctor(b'tree', salt=b'salt', person=b'me', fanout=2, depth=3, leaf_size=4096, node_offset=5,
             node_depth=1, inner_size=16, last_node=True, key=b'k2', digest_size=20)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print(ctor(fanout=0, depth=255, node_depth=255).hexdigest())
    print(ctor(salt=b'S' * ctor.SALT_SIZE, person=b'P' * ctor.PERSON_SIZE).hexdigest())
    print(ctor(last_node=1).hexdigest() == ctor(last_node=True).hexdigest(), ctor(b'a', usedforsecurity=False).hexdigest()[:16])
    h = ctor(key=b'stream', digest_size=24)
    for i in range(200):
        h.update(bytes([i]) * (i % 70))
    c = h.copy()
    c.update(b'tail')
    print(h.hexdigest(), c.hexdigest())
    print(h.digest() == bytes.fromhex(h.hexdigest()))

print(hashlib.blake2s(node_offset=2**48 - 1).hexdigest())
print(hashlib.blake2b(node_offset=2**64 - 1, leaf_size=2**32 - 1).hexdigest())
print(hashlib.new('blake2b', b'x', digest_size=4).hexdigest(), hashlib.new('blake2s', data=b'x', key=b'k').hexdigest())
print(hashlib.new('blake2b512', b'abc').hexdigest() == hashlib.blake2b(b'abc').hexdigest())
print(type(hashlib.blake2b()).__name__, type(hashlib.blake2s()).__module__, type(hashlib.new('blake2s256')).__name__)
