# base64: Base64 (standard, URL-safe, altchars, validate), encodebytes/decodebytes, round trips.
import base64

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xff\xfe\xfd', 'é'.encode()]
for s in samples:
    e = base64.b64encode(s)
    print(s[:12], e, base64.b64decode(e) == s, base64.standard_b64encode(s) == e, base64.urlsafe_b64encode(s))
print(base64.b64encode(bytearray(b'ab')), type(base64.b64encode(b'ab')).__name__, type(base64.b64decode('YWI=')).__name__)
print(base64.b64decode('YWJj'), base64.b64decode(b'YWJj'), base64.b64decode(bytearray(b'YWJj')), base64.b64decode('YW Jj\n'))
print(base64.b64encode(b'\xfb\xff\xbf', altchars=b'-_'), base64.b64decode(b'-_-_', altchars=b'-_'), base64.b64decode('-_-_', altchars='-_'))
print(base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64decode(b'+/+/'), base64.urlsafe_b64encode(b'\xfb\xff\xbf'))
for text in [b'YW=Jj', b'YWI', b'YWJjZ', b'YWJjZ===', b'YWJj====', b'=YWI', b'YQ==YQ==', b'YQ=a', b'Y===', b'YWI==', b'YWJjZA=', b'']:
    for validate in (False, True):
        try:
            print(text, validate, base64.b64decode(text, validate=validate))
        except Exception as e:
            print(text, validate, type(e).__module__, type(e).__name__ + ":", e)
long = b'x' * 100
enc = base64.encodebytes(long)
print(enc)
print(base64.decodebytes(enc) == long, base64.encodebytes(b''), base64.decodebytes(b'eHh4\neHh4\n'), base64.encodebytes(b'a' * 57).count(b'\n'))
print(base64.standard_b64decode(base64.standard_b64encode(b'\x00\x01')), base64.b64encode(b'\x00' * 5))
