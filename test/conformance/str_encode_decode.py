# str.encode / bytes.decode with codecs and error handlers
s = "héllo wörld €😀"
for enc in ["utf-8", "utf8", "UTF-8", "ascii", "latin-1", "latin1", "iso-8859-1"]:
    for errors in ["strict", "ignore", "replace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
print(s.encode(), len(s.encode()), "".encode(), "abc".encode("ascii"))
b = s.encode("utf-8")
print(b.decode(), b.decode("utf-8") == s)
bad = b"ab\xff\xfecd\xc3"
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace"]:
        try:
            print(enc, errors, repr(bad.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError:", e)
for data in [b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\x80abc", b"abc\xf5"]:
    try:
        print(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
        print(" ", e.encoding, e.start, e.end, e.reason, e.object)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    print(" ", e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    "abc€def".encode("ascii")
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__ + ":", e)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
print(b"caf\xe9".decode("latin-1"), "café".encode("latin-1"), b"\xff".decode("utf-8", errors="replace"))
print(str(b"abc", "ascii"), bytes("é", "utf-8"), bytes("é", "latin-1"))
