/**
 * The `hmac` module (RFC 2104 keyed hashing), written in Python over hashlib
 * as CPython's pure-Python fallback is: `digestmod` may be a hashlib name, a
 * hash constructor, a module with `new()`, or any callable returning a
 * hash-like object with `update`/`digest`/`copy`/`digest_size`/`block_size`.
 * `compare_digest` is the native constant-time comparison of `_hashlib`.
 *
 * Differences from CPython: the OpenSSL fast path is not used, so an HMAC
 * object always keeps the Python attributes `_inner`/`_outer` (never `_hmac`).
 */
import type { ModuleDef } from '../core/modules.js';

const HMAC_SOURCE = String.raw`"""Keyed hashing for message authentication (HMAC, RFC 2104 and RFC 4231).

new(key, msg, digestmod) makes an HMAC object; digest(key, msg, digest) computes
one tag in a single call; compare_digest(a, b) compares tags in constant time.
"""

import hashlib as _hashlib
from _hashlib import compare_digest

# Key bytes XORed with the outer (0x5C) and inner (0x36) pad, as translate() tables.
trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# Kept for compatibility: the digest size belongs to each HMAC object.
digest_size = None

__all__ = ['HMAC', 'compare_digest', 'digest', 'new']


def _constructor(digestmod):
    # A callable making a fresh hash object, whatever form digestmod has.
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


def _reject_xof(inner):
    # Extendable-output hashes (shake) have no fixed digest to key with.
    if type(inner).__name__ == 'HASHXOF':
        raise ValueError('no reason supplied')


def _padded_key(key, digest_cons, blocksize):
    # Keys longer than a block are hashed first; then zero padded to the block size.
    if len(key) > blocksize:
        key = digest_cons(key).digest()
    return bytes(key).ljust(blocksize, b'\0')


class HMAC:
    """An HMAC computation (RFC 2104, RFC 4231) over a hashlib-style hash.

    Feed data with update(); digest() and hexdigest() give the tag so far
    without ending the computation; copy() clones the current state.
    """
    blocksize = 64  # block size used when the hash does not report a usable one

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """Start an HMAC keyed with key (bytes or bytearray), fed msg when given.

        digestmod is required: a hashlib algorithm name, a hash constructor,
        a module with a new() function, or any callable returning a hash object.
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        digest_cons = _constructor(digestmod)
        self._hmac = None
        self._outer = digest_cons()
        self._inner = digest_cons()
        _reject_xof(self._inner)
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', self.blocksize)
        if blocksize < 16:
            blocksize = self.blocksize
        self.block_size = blocksize
        key = _padded_key(key, digest_cons, blocksize)
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        """The algorithm name, 'hmac-' followed by the hash's name."""
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Add the bytes of msg to the message."""
        self._inner.update(msg)

    def copy(self):
        """Return an independent HMAC object with the same state."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        # The outer hash over the inner digest so far; the object itself is unchanged.
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """Return the tag of the data fed so far, as bytes; updating may continue."""
        return self._current().digest()

    def hexdigest(self):
        """Return the tag of the data fed so far, as a hexadecimal str."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Return a new HMAC object: HMAC(key, msg, digestmod).

    digestmod (required) is a hashlib algorithm name, a hash constructor, a
    module with a new() function, or a callable returning a hash object.
    """
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Return the HMAC tag of msg under key in one call (as bytes).

    digest names the hash like digestmod does for new().
    """
    if not isinstance(key, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not %r" % type(key).__name__)
    digest_cons = _constructor(digest)
    inner = digest_cons()
    outer = digest_cons()
    _reject_xof(inner)
    blocksize = getattr(inner, 'block_size', 64)
    key = _padded_key(key, digest_cons, blocksize)
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
`;

export const modules: ModuleDef[] = [
  {
    name: 'hmac',
    summary: 'Keyed-hashing for message authentication (HMAC, RFC 2104) over any hashlib algorithm.',
    source: HMAC_SOURCE,
  },
];
