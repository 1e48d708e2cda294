# Subclassing io classes, the abstract bases and UnsupportedOperation.
import io


def attempt(f, *args):
    try:
        print("ok:", repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Upper(io.StringIO):
    def __init__(self, text):
        super().__init__(text.upper())
        self.opened = True

    def write(self, s):
        return super().write(s.upper())


u = Upper("abc\ndef")
print(u.read(), u.opened, isinstance(u, io.StringIO), type(u).__name__)
print("mixed", "Case", file=u)
print(repr(u.getvalue()))
u.seek(0)
print(u.readlines(), list(Upper("x\ny")))


class Numbered(io.StringIO):
    def readline(self, *args):
        line = super().readline(*args)
        return line and "> " + line


print(list(Numbered("a\nb\n")), Numbered("q\nr").readlines())


class BadLine(io.StringIO):
    def readline(self, *args):
        return 42


attempt(next, BadLine("x"))


class Uninitialized(io.StringIO):
    def __init__(self):
        pass


raw = Uninitialized()
for name in ["read", "write", "getvalue", "tell", "readline", "__next__", "readable"]:
    print(name, end=": ")
    attempt(getattr(raw, name), *(("x",) if name == "write" else ()))
attempt(lambda: raw.closed)


class Tracked(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.writes = 0

    def write(self, b):
        self.writes += 1
        return super().write(b)


t = Tracked(b"start")
t.seek(0, 2)
t.write(b"+1")
t.writelines([b"+2", b"+3"])
print(t.getvalue(), t.writes)


class NoInit(io.BytesIO):
    def __init__(self):
        pass


n = NoInit()
print(n.write(b"works"), n.getvalue())


# A custom text stream built on TextIOBase.
class Recorder(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def writable(self):
        return True


r = Recorder()
print("a", "b", 3, sep="-", file=r)
r.writelines(["x", "y"])
print(r.parts, r.writable(), r.readable(), r.seekable(), r.closed, r.encoding, r.newlines, r.errors)
attempt(r.read)
attempt(r.readline)
attempt(r.detach)
attempt(r.fileno)
attempt(r.seek, 0)
attempt(r.tell)
attempt(r.truncate)
with r as same:
    print(same is r, r.closed)
print(r.closed, vars(r))
attempt(r.writelines, ["z"])
attempt(r.__enter__)
attempt(iter, r)
attempt(r.flush)
r.close()
print(r.closed)


# A line source built on IOBase: iteration goes through readline().
class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else b""

    def readable(self):
        return True


print(list(Lines([b"1\n", b"2\n"])), Lines([b"a\n", b"b\n", b"c"]).readlines(2))


class ByteSource(io.IOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk


src = ByteSource(b"ab\ncd\n")
print(src.readline(), src.readline(1), src.readline(), src.readline())


class BufferedThing(io.BufferedIOBase):
    pass


bt = BufferedThing()
for name in ["read", "read1", "write", "detach", "readinto"]:
    print(name, end=": ")
    attempt(getattr(bt, name), *((bytearray(2),) if name == "readinto" else (b"x",) if name == "write" else ()))


class RawThing(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readinto(self, buf):
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(RawThing(b"raw bytes").read(3), RawThing(b"raw bytes").read(), RawThing(b"xyz").readall())
attempt(io.RawIOBase().read, 2)
attempt(io.RawIOBase().write, b"x")

e = io.UnsupportedOperation("nope")
print(isinstance(e, OSError), isinstance(e, ValueError), e.args, str(e))
print([c.__name__ for c in io.UnsupportedOperation.__mro__])
try:
    io.StringIO().fileno()
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
