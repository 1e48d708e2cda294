# io.BytesIO: bytes in memory, with CPython's semantics and messages.
import io


def attempt(f, *args):
    try:
        print("ok:", repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.tell(), b.readline(), b.readline(), b.readline(), b.readline(), b.tell())
b.seek(0)
print(b.readlines(), b.readlines())
b.seek(0)
print(b.readlines(2), b.readlines(0), b.readline(3), b.read1(2), b.read1(), b.read(-1))
b = io.BytesIO(b"abcdef")
print(b.write(b"XY"), b.getvalue(), b.tell())
print(b.seek(10), b.write(bytearray(b"!")), b.getvalue(), b.tell())
print(b.seek(-3, 1), b.seek(-100, 1), b.seek(-2, 2), b.seek(-100, 2), b.seek(5, 2), b.seek(0))
print(b.truncate(4), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
b.seek(6)
print(b.write(b"Z"), b.getvalue())
b.seek(0)
buf = bytearray(3)
print(b.readinto(buf), buf, b.readinto(bytearray(10)), b.readinto(bytearray(1)))
print(b.writelines([b"1", bytearray(b"2")]), b.getvalue())
print(list(io.BytesIO(b"a\nb\r\nc")), io.BytesIO(b"x").read(0), io.BytesIO(b"abc").read(-5))
v = io.BytesIO(b"abc")
value = v.getvalue()
v.write(b"Z")
print(value, v.getvalue())
print(io.BytesIO().getvalue(), io.BytesIO(None).getvalue(), io.BytesIO(bytearray(b"ba")).getvalue(),
      io.BytesIO(initial_bytes=b"kw").getvalue())
b = io.BytesIO(b"data")
b.seek(2)
b.__init__(b"new")
print(b.getvalue(), b.tell())
with io.BytesIO(b"l1\nl2") as f:
    print([line for line in f], f.readable(), f.writable(), f.seekable(), f.isatty(), f.flush())
print(f.closed)
print(isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
print([c.__name__ for c in type(f).__mro__])

b = io.BytesIO(b"abc")
attempt(b.write, "text")
attempt(b.write, 5)
attempt(b.writelines, [b"ok", "no"])
attempt(b.seek, -1)
attempt(b.seek, 0, 3)
attempt(b.seek, "0")
attempt(b.seek, 2 ** 70)
attempt(b.read, "1")
attempt(b.readlines, "x")
attempt(b.truncate, -1)
attempt(b.readinto, b"immutable")
attempt(b.fileno)
attempt(b.detach)
attempt(b.read, 1, 2)
attempt(b.write)
attempt(b.tell, 1)
attempt(io.BytesIO, "text")
attempt(io.BytesIO, 5)
attempt(io.BytesIO, b"a", b"b")
attempt(lambda: io.BytesIO(bogus=1))
b.close()
print(b.closed, b.close())
for name in ["read", "read1", "readline", "readlines", "write", "writelines", "getvalue", "tell",
             "seek", "truncate", "readable", "writable", "seekable", "isatty", "flush", "__next__",
             "__enter__", "readinto"]:
    arg = {"write": (b"x",), "writelines": ([],), "seek": (0,), "readinto": (bytearray(1),)}.get(name, ())
    print(name, end=": ")
    attempt(getattr(b, name), *arg)
print(iter(b) is b)
