# io.StringIO: reading, writing, seeking, truncating, iteration and errors.
import io


def attempt(f, *args):
    try:
        print("ok:", repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = io.StringIO("hello\nworld\nlast")
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(1), s.readlines(6), s.readlines())
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(-1)), repr(s.readline(None)), repr(s.read(None)), repr(s.read(-5)))
print(repr(s.read()), repr(s.read(0)))

# Writing overwrites at the position; writing past the end pads with NULs.
s = io.StringIO("abcdef")
print(s.write("XY"), repr(s.getvalue()), s.tell())
s.seek(4)
print(s.write("0123"), repr(s.getvalue()), s.tell())
print(s.seek(12), s.write("!"), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(3), s.seek(0, 0))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.tell(), s.truncate(None), s.truncate(100), repr(s.getvalue()))
print(s.write(""), s.writelines(["p", "q", "r"]), repr(s.getvalue()))

# Code points, not UTF-16 units.
u = io.StringIO("😀é😀x")
print(u.read(1), u.tell(), u.read(2), u.tell(), len(u.getvalue()))
u.seek(1)
print(u.write("AB"), u.getvalue(), u.tell(), u.read())
u.seek(2)
print(u.truncate(), u.getvalue())

# Iteration, context manager, print(file=...).
with io.StringIO("one\ntwo\nthree") as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))
    print(f.closed)
print(f.closed)
out = io.StringIO()
print("a", 1, [2.5], sep="|", end=";\n", file=out)
print("second", file=out, flush=True)
print(repr(out.getvalue()))
print(list(io.StringIO("x\ny\n")), next(io.StringIO("only")))
attempt(next, io.StringIO(""))

# Constructor forms and attributes.
for args in [(), ("init",), (None,), ("v", None), ("v", ""), ("v", "\r\n")]:
    st = io.StringIO(*args)
    print(args, repr(st.getvalue()), st.tell(), repr(st.newlines))
st = io.StringIO(initial_value="kw", newline="\n")
print(st.getvalue(), st.readable(), st.writable(), st.seekable(), st.isatty(), st.line_buffering,
      st.encoding, st.errors, st.closed, st.flush())
st.attribute = "instances have a __dict__"
print(st.attribute, vars(st))
print(isinstance(st, io.TextIOBase), isinstance(st, io.IOBase), isinstance(st, io.BufferedIOBase))
print([c.__name__ for c in type(st).__mro__], io.StringIO.__module__)

# Errors.
s = io.StringIO("abc")
attempt(s.seek, -1)
attempt(s.seek, 1, 1)
attempt(s.seek, 1, 2)
attempt(s.seek, 0, 3)
attempt(s.seek, 1.5)
attempt(s.seek, "0")
attempt(s.seek, 2 ** 70)
attempt(s.write, b"bytes")
attempt(s.write, 5)
attempt(s.writelines, ["ok", 5])
attempt(s.writelines, 5)
attempt(s.read, "1")
attempt(s.readline, 1.0)
attempt(s.readlines, "x")
attempt(s.truncate, -1)
attempt(s.truncate, "x")
attempt(s.fileno)
attempt(s.detach)
attempt(s.read, 1, 2)
attempt(s.seek)
attempt(s.write)
attempt(s.write, "a", "b")
attempt(s.tell, 1)
attempt(s.getvalue, 1)
attempt(io.StringIO, 5)
attempt(io.StringIO, "x", 5)
attempt(io.StringIO, "x", "bad")
attempt(io.StringIO, "x", "\n", 3)
attempt(lambda: io.StringIO(bogus=1))

# Everything fails on a closed stream (two messages, like CPython).
s.close()
s.close()
print(s.closed)
for name in ["read", "readline", "readlines", "write", "writelines", "getvalue", "tell", "seek",
             "truncate", "readable", "writable", "seekable", "isatty", "__iter__", "__next__",
             "__enter__", "flush"]:
    arg = {"write": ("x",), "writelines": ([],), "seek": (0,)}.get(name, ())
    print(name, end=": ")
    attempt(getattr(s, name), *arg)
attempt(lambda: s.newlines)
attempt(lambda: s.line_buffering)
