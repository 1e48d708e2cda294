# UUID construction, attributes, formatting, ordering and hashing.
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.version, u.variant, u.is_safe)
same = [
    uuid.UUID('12345678123456781234567812345678'),
    uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
    uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4),
    uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'),
    uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    uuid.UUID(int=0x12345678123456781234567812345678),
]
print([x == u for x in same], len({u, *same}))

for v in range(1, 6):
    x = uuid.UUID(int=0, version=v)
    print(v, x, x.version, x.variant)
for n in [0, 1 << 127, (1 << 127) | (1 << 126), (1 << 128) - 1, 0x8000 << 48]:
    x = uuid.UUID(int=n)
    print(x, x.variant, x.version)

a, b, c = uuid.UUID(int=1), uuid.UUID(int=2), uuid.UUID(int=3)
print(a < b, b <= b, c > a, c >= b, a == uuid.UUID(int=1), a != b, sorted([c, a, b]))
print(a == 1, a != 'x', hash(a) == hash(1), int(c), str(uuid.UUID(int=255)))
print({a: 'one', b: 'two'}[uuid.UUID('00000000-0000-0000-0000-000000000002')])
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.anything = 1
except TypeError as e:
    print(type(e).__name__, e)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, '|', uuid.RFC_4122, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)
print(repr(uuid.SafeUUID.safe), repr(uuid.SafeUUID.unsafe), repr(uuid.SafeUUID.unknown))
print(uuid.SafeUUID.safe.name, uuid.SafeUUID.unsafe.value, uuid.SafeUUID(0) is uuid.SafeUUID.safe, uuid.SafeUUID(None).name)
safe = uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe)
print(safe.is_safe, safe.__getstate__(), u.__getstate__())
restored = uuid.UUID.__new__(uuid.UUID)
restored.__setstate__({'int': 42, 'is_safe': -1})
print(restored, restored.is_safe)

r4 = uuid.uuid4()
print(r4.version, r4.variant, len(str(r4)), r4 != uuid.uuid4(), r4.bytes[6] >> 4, r4.bytes[8] >> 6)
t1 = uuid.uuid1()
t2 = uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t1.time <= t2.time)
fixed = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(fixed.node == 0x123456789abc, fixed.clock_seq == 0x1234 & 0x3fff, fixed.version)
node = uuid.getnode()
print(0 <= node < 2**48, node == uuid.getnode())
