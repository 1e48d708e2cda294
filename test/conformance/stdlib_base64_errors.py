# base64/binascii: CPython's TypeError/ValueError/binascii.Error for wrong types and malformed input.
import base64
import binascii


def attempt(f, *args, **kwargs):
    try:
        print(f.__name__, repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, type(e).__module__, type(e).__name__ + ":", e)


encoders = [base64.b64encode, base64.b32encode, base64.b16encode, base64.a85encode, base64.b85encode, base64.encodebytes,
            base64.urlsafe_b64encode, base64.standard_b64encode, base64.b32hexencode, binascii.hexlify, binascii.b2a_base64, binascii.crc32]
for f in encoders:
    attempt(f, 'abc')
    attempt(f, 5)
decoders = [base64.b64decode, base64.b32decode, base64.b16decode, base64.a85decode, base64.b85decode, base64.decodebytes,
            base64.urlsafe_b64decode, base64.standard_b64decode, base64.b32hexdecode, binascii.unhexlify, binascii.a2b_base64]
for f in decoders:
    attempt(f, 'é')
    attempt(f, 5)
    attempt(f, 'YWJj')
    attempt(f, b'Y')
attempt(base64.b64encode, b'x', altchars=b'-_x')
attempt(base64.b64decode, b'x', altchars=b'-')
attempt(base64.b32decode, b'AAAAAAAA', map01=b'xy')
attempt(binascii.hexlify, b'ab', '--')
attempt(binascii.hexlify, b'ab', 'é')
attempt(binascii.unhexlify, '0g')
attempt(binascii.unhexlify, 'abc')
attempt(base64.b64encode)
attempt(base64.b64decode, b'', b'', False, 4)
attempt(base64.b64encode, b'', unknown=1)
attempt(binascii.hexlify)
attempt(binascii.crc32, b'', 1, 2)
attempt(binascii.a2b_base64, b'', strict=True)
attempt(binascii.crc_hqx, b'')
attempt(base64.a85encode, b'', 1)
attempt(binascii.unhexlify)
attempt(binascii.unhexlify, '', '')
attempt(binascii.unhexlify, hexstr='')
attempt(binascii.a2b_base64)
attempt(binascii.a2b_base64, b'', b'')
attempt(binascii.b2a_base64, b'', b'')
attempt(binascii.crc32)
attempt(binascii.crc32, b'', crc=1)
attempt(binascii.hexlify, b'', x=1)
attempt(binascii.a2b_base64, b'', x=1)
attempt(binascii.hexlify, b'ab', '\u0100')
attempt(binascii.hexlify, b'ab', b'\x80')
attempt(binascii.hexlify, b'ab', '')
attempt(binascii.hexlify, b'ab', None)
attempt(binascii.hexlify, b'ab', '-', 1.5)
attempt(binascii.hexlify, b'ab', '-', 2**70)
