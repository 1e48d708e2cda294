# binascii: hexlify with separators, unhexlify, base64 line codec with strict mode, CRCs, Error classes.
import binascii

print(binascii.hexlify(b'\x01\x02\x03'), binascii.b2a_hex(b'\xff\x00'), binascii.hexlify(b''), binascii.hexlify(bytearray(b'ab')))
for sep, n in [('-', 1), ('-', 2), (b':', -2), (':', 3), ('.', -1), (' ', 5)]:
    print(sep, n, binascii.hexlify(b'\x01\x02\x03\x04\x05', sep, n))
print(binascii.hexlify(b'\x01\x02', '-'), binascii.unhexlify('0aFF'), binascii.a2b_hex(b'00'), binascii.unhexlify(''))
print(binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'abc', newline=False), binascii.b2a_base64(b''), binascii.a2b_base64('YWJj'))
for text in [b'YWJj=', b'=YWJj', b'YW Jj', b'YW=Jj', b'YWI=', b'YWI==', b'YWI=x', b'YWJ', b'YQ===', b'Y=Q==', b'YQ=\n=']:
    for strict in (False, True):
        try:
            print(text, strict, binascii.a2b_base64(text, strict_mode=strict))
        except binascii.Error as e:
            print(text, strict, 'Error:', e)
print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 12345), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
print(binascii.crc32(b'x', -1), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff), binascii.crc_hqx(b'', 7))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), binascii.Error.__module__, binascii.Error.__name__)
try:
    raise binascii.Error('custom')
except ValueError as e:
    print(type(e).__name__ + ":", e)
