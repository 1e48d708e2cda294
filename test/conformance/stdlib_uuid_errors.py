# Error types and messages of uuid.UUID.
import uuid


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(result))


attempt('nothing', lambda: uuid.UUID())
attempt('two forms', lambda: uuid.UUID(int=1, hex='1' * 32))
attempt('short hex', lambda: uuid.UUID('12'))
attempt('bad hex digit', lambda: uuid.UUID('zz345678123456781234567812345678'))
attempt('hex int', lambda: uuid.UUID(5))
attempt('short bytes', lambda: uuid.UUID(bytes=b'x'))
attempt('short bytes_le', lambda: uuid.UUID(bytes_le=b'x'))
attempt('bytearray bytes', lambda: uuid.UUID(bytes=bytearray(16)))
attempt('fields length', lambda: uuid.UUID(fields=(1,)))
attempt('field 1', lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)))
attempt('field 2', lambda: uuid.UUID(fields=(0, 2**16, 0, 0, 0, 0)))
attempt('field 3', lambda: uuid.UUID(fields=(0, 0, -1, 0, 0, 0)))
attempt('field 4', lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)))
attempt('field 5', lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)))
attempt('field 6', lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 2**48)))
attempt('field str', lambda: uuid.UUID(fields=('a', 0, 0, 0, 0, 0)))
attempt('negative int', lambda: uuid.UUID(int=-1))
attempt('big int', lambda: uuid.UUID(int=2**128))
attempt('version 0', lambda: uuid.UUID(int=1, version=0))
attempt('version 6', lambda: uuid.UUID(int=1, version=6))
attempt('is_safe positional', lambda: uuid.UUID('1' * 32, None, None, None, None, None, 0))
attempt('bad SafeUUID', lambda: uuid.SafeUUID(5))
attempt('delete attribute', lambda: delattr(uuid.UUID(int=1), 'int'))
