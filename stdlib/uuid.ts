/**
 * The `uuid` module (RFC 4122 UUIDs), in Python over hashlib and `_uuid`, a
 * small native part giving random bytes and the clock.
 *
 * uuid3/uuid5 are identical to CPython's. uuid4 reads node:crypto, or, in a
 * deterministic interpreter, a byte stream derived from the host's seed (so
 * runs are reproducible). uuid1 uses the interpreter's clock and, since the
 * sandbox never reads the network hardware, a random node (`getnode()`)
 * with the multicast bit set, as CPython does when no MAC address is found;
 * its `is_safe` is always `SafeUUID.unknown`. `SafeUUID` is a small
 * enum-like class (members `safe`, `unsafe`, `unknown` with CPython's reprs,
 * lookup by value and iteration), not an `enum.Enum` subclass.
 */
import type { ModuleContext, ModuleDef } from '../core/modules.js';
import { nativeFunction } from '../core/native.js';
import { normBig } from '../core/runtime/int.js';
import { PyBytes } from '../core/runtime/values.js';
import type { Value } from '../core/runtime/object.js';
import { byteCount, entropySource } from './random.js';

function buildUuidSupport(ctx: ModuleContext): Record<string, Value> {
  const entropy = entropySource(ctx.env, 'uuid');
  return {
    urandom: nativeFunction('_uuid', 'urandom', ['n', '/'], (rt, [n]) => new PyBytes(entropy.bytes(byteCount(rt, n))),
      'Return n random bytes (from node:crypto, or from the seed of a deterministic interpreter).'),
    time_ns: nativeFunction('_uuid', 'time_ns', [], () => normBig(BigInt(Math.round(ctx.env.now() * 1000)) * 1000n),
      "Return the interpreter's wall clock in nanoseconds since the epoch."),
  };
}

const UUID_SOURCE = String.raw`"""UUID objects (universally unique identifiers) according to RFC 4122.

UUID(...) builds one from a hex string, bytes, little-endian bytes, six fields
or an int. uuid1() is time based, uuid3() and uuid5() hash a name within a
namespace (MD5 and SHA-1), uuid4() is random.
"""

import _uuid

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

int_ = int      # the int type (UUID's parameters shadow the name)
bytes_ = bytes  # the bytes type


class _SafeUUIDType(type):
    # Enum-like behaviour of the SafeUUID class: iteration, len, lookup by value or name.
    def __iter__(cls):
        return iter(cls._members)

    def __len__(cls):
        return len(cls._members)

    def __call__(cls, value):
        for member in cls._members:
            if member._value_ == value:
                return member
        raise ValueError('%r is not a valid SafeUUID' % (value,))

    def __getitem__(cls, name):
        for member in cls._members:
            if member._name_ == name:
                return member
        raise KeyError(name)

    def __repr__(cls):
        return "<enum 'SafeUUID'>"


class SafeUUID(metaclass=_SafeUUIDType):
    """Whether a UUID was generated in a way that is safe for concurrent
    processes: safe, unsafe, or unknown (always unknown here)."""

    def __repr__(self):
        return '<SafeUUID.%s: %r>' % (self._name_, self._value_)

    def __str__(self):
        return 'SafeUUID.' + self._name_

    def __hash__(self):
        return hash(self._name_)

    def __reduce__(self):
        return SafeUUID, (self._value_,)

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value: 0, -1 or None."""
        return self._value_


def _safe_member(name, value):
    member = object.__new__(SafeUUID)
    member._name_ = name
    member._value_ = value
    setattr(SafeUUID, name, member)
    return member


SafeUUID._members = (_safe_member('safe', 0), _safe_member('unsafe', -1), _safe_member('unknown', None))


def _reorder_le(b):
    # Swaps the byte order of the first three fields (between bytes and bytes_le).
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


class UUID:
    """An immutable, hashable, ordered UUID.

    Build one from exactly one of: hex (32 hex digits; braces, hyphens and a
    'urn:uuid:' prefix are optional), bytes (16 bytes, big endian), bytes_le
    (16 bytes, first three fields little endian), fields (six ints: 32-bit
    time_low, 16-bit time_mid, 16-bit time_hi_version, 8-bit
    clock_seq_hi_variant, 8-bit clock_seq_low, 48-bit node) or int (128 bits).
    version (1 to 5), when given, overrides the variant and version bits.

    str() gives '12345678-1234-5678-1234-567812345678'; the attributes bytes,
    bytes_le, fields (and each field), time, clock_seq, hex, int, urn,
    variant, version and is_safe describe it.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        """Build a UUID from one of hex, bytes, bytes_le, fields or int (see the class help)."""
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _reorder_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            if not isinstance(bytes, bytes_):
                raise AssertionError(repr(bytes))
            int = int_.from_bytes(bytes, 'big')
        if fields is not None:
            int = self._int_from_fields(fields)
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # RFC 4122 variant (10x), then the version nibble.
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    @staticmethod
    def _int_from_fields(fields):
        if len(fields) != 6:
            raise ValueError('fields is not a 6-tuple')
        limits = (32, 16, 16, 8, 8, 48)
        for position, (value, bits) in enumerate(zip(fields, limits), 1):
            if not 0 <= value < 1 << bits:
                kind = 'an 8-bit' if bits == 8 else 'a %d-bit' % bits
                raise ValueError('field %d out of range (need %s value)' % (position, kind))
        time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node = fields
        clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
        return ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
                | (clock_seq << 48) | node)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        """The 16 bytes, big endian."""
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        """The 16 bytes with time_low, time_mid and time_hi_version little endian."""
        return _reorder_le(self.bytes)

    @property
    def fields(self):
        """The six fields as a tuple of ints."""
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        """The first 32 bits."""
        return self.int >> 96

    @property
    def time_mid(self):
        """The next 16 bits."""
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        """The next 16 bits (the version is in the top 4)."""
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        """The next 8 bits (the variant is in the top bits)."""
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        """The next 8 bits."""
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        """The 60-bit timestamp."""
        return (((self.time_hi_version & 0x0fff) << 48) |
                (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        """The 14-bit clock sequence."""
        return (((self.clock_seq_hi_variant & 0x3f) << 8) |
                self.clock_seq_low)

    @property
    def node(self):
        """The last 48 bits."""
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        """The 32 hex digits."""
        return '%032x' % self.int

    @property
    def urn(self):
        """The UUID as a URN ('urn:uuid:...')."""
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        """One of RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE."""
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """The version number (1 to 5) of an RFC 4122 UUID, else None."""
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)


_node = None


def _random_getnode():
    """A random 48-bit node with the multicast bit set (RFC 4122, 4.5)."""
    return int_.from_bytes(_uuid.urandom(6), 'big') | (1 << 40)


def getnode():
    """Return the node of this interpreter as a 48-bit int.

    The sandbox cannot read hardware addresses, so this is a random number
    with its multicast bit set, chosen once per interpreter.
    """
    global _node
    if _node is None:
        _node = _random_getnode()
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """Make a time-based UUID from a node, a clock sequence and the current time.

    node defaults to getnode(); clock_seq defaults to 14 random bits.
    """
    global _last_timestamp
    # 100-ns intervals since 1582-10-15, kept strictly increasing.
    timestamp = _uuid.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    time_low = timestamp & 0xffffffff
    time_mid = (timestamp >> 32) & 0xffff
    time_hi_version = (timestamp >> 48) & 0x0fff
    clock_seq_low = clock_seq & 0xff
    clock_seq_hi_variant = (clock_seq >> 8) & 0x3f
    if node is None:
        node = getnode()
    return UUID(fields=(time_low, time_mid, time_hi_version,
                        clock_seq_hi_variant, clock_seq_low, node), version=1)


def uuid3(namespace, name):
    """Make a UUID from the MD5 hash of a namespace UUID and a name (str)."""
    from hashlib import md5
    digest = md5(namespace.bytes + bytes(name, "utf-8"), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """Make a random UUID."""
    return UUID(bytes=_uuid.urandom(16), version=4)


def uuid5(namespace, name):
    """Make a UUID from the SHA-1 hash of a namespace UUID and a name (str)."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=5)


# Namespaces for uuid3() and uuid5() (RFC 4122, appendix C).
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
`;

export const modules: ModuleDef[] = [
  {
    name: '_uuid',
    summary: 'Native support of the uuid module: random bytes and the clock.',
    build: buildUuidSupport,
  },
  {
    name: 'uuid',
    summary: 'RFC 4122 UUID objects and uuid1/uuid3/uuid4/uuid5 (uuid3 and uuid5 identical to CPython).',
    source: UUID_SOURCE,
  },
];
