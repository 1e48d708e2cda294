// The base64 and binascii modules (stdlib/base64.ts): encodings, CPython errors and limits.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, limitKind, TRY } from './script.js';

const py = String.raw;

describe("base64", () => {
  it("Base64 round trips, altchars, urlsafe and validation", () => {
    expect(run(TRY + py`
import base64
for s in [b'', b'f', b'fo', b'foo', b'\xfb\xff\xbf']:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b64encode(s, altchars=b'._'))
print(base64.b64decode('YW Jj\n'), base64.urlsafe_b64decode('-_-_'), base64.b64decode(b'-_8=', altchars='-_'))
attempt(base64.b64decode, b'YW Jj', validate=True)
attempt(base64.b64decode, b'YWI')
attempt(base64.b64decode, b'YWJjZ')
attempt(base64.b64decode, b'YWI==', validate=True)
attempt(base64.b64encode, 'text')
attempt(base64.b64decode, 'é')
attempt(base64.b64decode, 3)
attempt(base64.b64encode, b'x', altchars=b'-')
`)).toBe("b'' True b'' b''\nb'Zg==' True b'Zg==' b'Zg=='\nb'Zm8=' True b'Zm8=' b'Zm8='\nb'Zm9v' True b'Zm9v' b'Zm9v'\nb'+/+/' True b'-_-_' b'._._'\nb'abc' b'\\xfb\\xff\\xbf' b'\\xfb\\xff'\nError: Only base64 data is allowed\nError: Incorrect padding\nError: Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4\nError: Excess data after padding\nTypeError: a bytes-like object is required, not 'str'\nValueError: string argument should contain only ASCII characters\nTypeError: argument should be a bytes-like object or ASCII string, not 'int'\nAssertionError: b'-'\n");
  });
  it("Base32, Base16, Ascii85, Base85 and MIME lines", () => {
    expect(run(TRY + py`
import base64
print(base64.b32encode(b'hello'), base64.b32decode(b'NBSWY3DP'), base64.b32decode('nbswy3dp', casefold=True), base64.b32decode(b'NBSWY3D1', map01=b'L'))
print(base64.b32hexencode(b'hi'), base64.b16encode(b'\x01\xab'), base64.b16decode('01ab', casefold=True))
print(base64.a85encode(b'hello world'), base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85encode(b'\x00' * 4 + b'    ', foldspaces=True))
print(base64.b85encode(b'hello'), base64.b85decode(b'Xk~0{Zy'), base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
attempt(base64.b32decode, b'NBSWY3D')
attempt(base64.b32decode, b'nbswy3dp')
attempt(base64.b16decode, b'0g')
attempt(base64.a85decode, b'xx')
attempt(base64.b85decode, b'~~~~~')
attempt(base64.encodebytes, 'x')
`)).toBe("b'NBSWY3DP' b'hello' b'hello' b'hellk'\nb'D1KG====' b'01AB' b'\\x01\\xab'\nb'BOu!rD]j7BEbo7' b'hello world' b'zy'\nb'Xk~0{Zv' b'hello' b'eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\\neHh4\\n' b'xxx'\nError: Incorrect padding\nError: Non-base32 digit found\nError: Non-base16 digit found\nValueError: Non-Ascii85 digit found: x\nValueError: base85 overflow in hunk starting at byte 0\nTypeError: expected bytes-like object, not str\n");
  });
});

describe("binascii", () => {
  it("hex, base64 lines and CRCs", () => {
    expect(run(TRY + py`
import binascii
print(binascii.hexlify(b'\x01\x02\x03', '-', 2), binascii.hexlify(b'\x01\x02\x03', b':', -2), binascii.unhexlify('0aFF'))
print(binascii.b2a_base64(b'ab'), binascii.b2a_base64(b'ab', newline=False), binascii.a2b_base64(b'YWI='))
print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello')), binascii.crc_hqx(b'hello', 0))
attempt(binascii.unhexlify, 'abc')
attempt(binascii.unhexlify, 'zz')
attempt(binascii.a2b_base64, b'YW=Jj', strict_mode=True)
attempt(binascii.hexlify, b'ab', '--')
attempt(binascii.crc32)
attempt(binascii.unhexlify)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
`)).toBe("b'01-0203' b'0102:03' b'\\n\\xff'\nb'YWI=\\n' b'YWI=' b'ab'\n907060870 4192936109 50018\nError: Odd-length string\nError: Non-hexadecimal digit found\nError: Discontinuous padding not allowed\nValueError: sep must be length 1.\nTypeError: crc32 expected at least 1 argument, got 0\nTypeError: binascii.unhexlify() takes exactly one argument (0 given)\nTrue binascii\n");
  });
});

describe('Sandling specifics', () => {
  it('base64 raises the very binascii.Error class', () => {
    expect(run(py`
import base64, binascii
try:
    base64.b64decode(b'YWI')
except binascii.Error as e:
    print(type(e) is binascii.Error, e)
`)).toBe('True Incorrect padding\n');
  });

  it('a result above the value size limit is refused before it is built', () => {
    expect(limitKind(py`
import base64
base64.b64encode(b'x' * 1000000)
`, { maxValueBytes: 1_100_000 })).toBe('size');
  });

  it('encoded output counts against the memory limit', () => {
    expect(limitKind(py`
import binascii
data = b'x' * 100000
keep = []
while True:
    keep.append(binascii.hexlify(data))
`, { maxMemoryBytes: 5_000_000 })).toBe('memory');
  });

  it('long inputs are charged to the instruction budget', () => {
    expect(limitKind(py`
import binascii
data = b'x' * 100000
while True:
    binascii.crc32(data)
`, { maxOps: 200_000 })).toBe('budget');
  });

  it('base64 functions are Python-level functions with docstrings', () => {
    expect(run(py`
import base64, binascii
print(type(base64.b64encode).__name__, base64.b64encode.__doc__.splitlines()[0])
print(type(binascii.crc32).__name__, binascii.crc32.__doc__)
`)).toBe('function Encode the bytes-like object s using Base64 and return a bytes object.\nbuiltin_function_or_method Compute CRC-32 incrementally.\n');
  });
});
