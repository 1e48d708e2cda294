# Error types and messages of hmac.
import hashlib
import hmac


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(result))


class NotAHash:
    pass


attempt('unknown digest', lambda: hmac.new(b'k', b'msg', 'foo'))
attempt('missing digestmod', lambda: hmac.new(b'k', b'msg'))
attempt('None digestmod', lambda: hmac.new(b'k', b'msg', None))
attempt('empty digestmod', lambda: hmac.new(b'k', b'msg', ''))
attempt('str key', lambda: hmac.new('k', b'msg', 'sha256'))
attempt('int key', lambda: hmac.new(5, b'msg', 'sha256'))
attempt('str msg', lambda: hmac.new(b'k', 'msg', 'sha256'))
attempt('int digestmod', lambda: hmac.new(b'k', b'msg', 5))
attempt('class digestmod', lambda: hmac.new(b'k', b'm', NotAHash))
attempt('shake', lambda: hmac.new(b'k', b'msg', 'shake_128'))
h = hmac.new(b'key', digestmod='sha1')
attempt('update str', lambda: h.update('abc'))
attempt('update missing', lambda: h.update())
attempt('digest unknown', lambda: hmac.digest(b'k', b'm', 'foo'))
attempt('digest str key', lambda: hmac.digest('k', b'm', 'sha256'))
attempt('digest missing', lambda: hmac.digest(b'k', b'm'))
attempt('compare str bytes', lambda: hmac.compare_digest('a', b'a'))
attempt('compare bytes str', lambda: hmac.compare_digest(b'a', 'a'))
attempt('compare non-ascii', lambda: hmac.compare_digest('é', 'é'))
attempt('compare ints', lambda: hmac.compare_digest(1, 1))
attempt('compare str int', lambda: hmac.compare_digest('a', 1))
attempt('compare keywords', lambda: hmac.compare_digest(a=b'ab', b=b'abc'))
