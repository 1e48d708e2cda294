// The io module (stdlib/io.ts): StringIO, BytesIO, the IOBase family,
// print(file=...), CPython's error messages, and the sandbox's limits.
import { describe, expect, it } from 'vitest';
import type { LimitOptions } from '../../core/index.js';
import { expectLimitThenRun, run, TRY } from './script.js';

/** Runs `src` expecting a limit of `kind`; the interpreter must stay usable. */
function expectLimit(src: string, limits: LimitOptions, kind: string): void {
  expectLimitThenRun(src, limits, kind, 'import io\ns = io.StringIO()\ns.write("ok")\nprint(s.getvalue())', 'ok\n');
}

describe('io.StringIO', () => {
  it('reads, writes, seeks and truncates like CPython', () => {
    expect(run(`
import io
s = io.StringIO("hello\\nworld\\nlast")
print(repr(s.read(3)), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()))
s.seek(2)
print(s.write("XY"), repr(s.getvalue()), s.tell())
print(s.seek(20), s.write("!"), repr(s.getvalue()[-3:]), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(2), s.seek(0, 2), s.seek(0, 1))
s.writelines(["a", "b"])
print(repr(s.getvalue()))
`)).toBe("'hel' 3 'lo\\n' ['world\\n', 'last'] ''\n2 'heXYo\\nworld\\nlast' 4\n20 1 '\\x00\\x00!' 21\n" +
      "5 'heXYo' 21\nhe 5 5\n'heXYoab'\n");
  });

  it('counts code points, not UTF-16 units', () => {
    expect(run(`
import io
s = io.StringIO("😀é😀x")
print(s.read(1), s.tell(), s.read(2), s.tell())
s.seek(1)
print(s.write("AB"), s.getvalue(), s.tell(), s.read())
s.seek(2)
print(s.truncate(), s.getvalue(), len(s.getvalue()))
`)).toBe('😀 1 é😀 3\n2 😀ABx 3 x\n2 😀A 2\n');
  });

  it('iterates lines, works as a context manager and as print(file=...)', () => {
    expect(run(`
import io
with io.StringIO("a\\nb") as f:
    print(list(f), f.closed)
print(f.closed)
out = io.StringIO()
print("x", 1, sep="-", end="!\\n", file=out)
print("y", file=out, flush=True)
print(repr(out.getvalue()))
class Parts(io.TextIOBase):
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
p = Parts()
print(1, 2, file=p)
print(p.parts)
`)).toBe("['a\\n', 'b'] False\nTrue\n'x-1!\\ny\\n'\n['1', ' ', '2', '\\n']\n");
  });

  it('handles the newline modes', () => {
    expect(run(`
import io
for mode in [None, "", "\\n", "\\r", "\\r\\n"]:
    s = io.StringIO("a\\r\\nb\\rc\\nd", newline=mode)
    print(repr(s.getvalue()), s.readlines(), repr(s.newlines))
`)).toBe([
      "'a\\nb\\nc\\nd' ['a\\n', 'b\\n', 'c\\n', 'd'] ('\\r', '\\n', '\\r\\n')",
      "'a\\r\\nb\\rc\\nd' ['a\\r\\n', 'b\\r', 'c\\n', 'd'] ('\\r', '\\n', '\\r\\n')",
      "'a\\r\\nb\\rc\\nd' ['a\\r\\n', 'b\\rc\\n', 'd'] None",
      "'a\\r\\rb\\rc\\rd' ['a\\r', '\\r', 'b\\r', 'c\\r', 'd'] None",
      "'a\\r\\r\\nb\\rc\\r\\nd' ['a\\r\\r\\n', 'b\\rc\\r\\n', 'd'] None",
    ].join('\n') + '\n');
  });

  it('can be subclassed', () => {
    expect(run(`${TRY}
import io
class Upper(io.StringIO):
    def __init__(self, text):
        super().__init__(text.upper())
        self.tag = "t"
    def write(self, s):
        return super().write(s.upper())
u = Upper("ab\\ncd")
print(u.readline(), u.tag, isinstance(u, io.StringIO), [c.__name__ for c in type(u).__mro__])
print("x", file=u)
print(repr(u.getvalue()))
class Bare(io.StringIO):
    def __init__(self): pass
attempt(Bare().read)
class Prefixed(io.StringIO):
    def readline(self, *a):
        line = super().readline(*a)
        return line and "> " + line
print(list(Prefixed("1\\n2")))
`)).toBe("AB\n t True ['Upper', 'StringIO', '_TextIOBase', '_IOBase', 'object']\n'AB\\nX\\n'\n" +
      "ValueError: I/O operation on uninitialized object\n['> 1\\n', '> 2']\n");
  });

  it('raises CPython\'s errors', () => {
    expect(run(`${TRY}
import io
s = io.StringIO("abc")
attempt(s.seek, -1)
attempt(s.seek, 1, 1)
attempt(s.seek, 0, 3)
attempt(s.seek, 1.5)
attempt(s.write, b"x")
attempt(s.read, "1")
attempt(s.truncate, -1)
attempt(s.fileno)
attempt(s.read, 1, 2)
attempt(s.write)
attempt(s.tell, 1)
attempt(io.StringIO, 5)
attempt(io.StringIO, "x", "bad")
attempt(io.StringIO, "x", "\\n", 3)
s.close()
attempt(s.read)
attempt(s.readlines)
attempt(s.__enter__)
print(s.closed)
`)).toBe([
      'ValueError: Negative seek position -1',
      "OSError: Can't do nonzero cur-relative seeks",
      'ValueError: Invalid whence (3, should be 0, 1 or 2)',
      "TypeError: 'float' object cannot be interpreted as an integer",
      "TypeError: string argument expected, got 'bytes'",
      "TypeError: argument should be integer or None, not 'str'",
      'ValueError: Negative size value -1',
      'UnsupportedOperation: fileno',
      'TypeError: read expected at most 1 argument, got 2',
      'TypeError: StringIO.write() takes exactly one argument (0 given)',
      'TypeError: StringIO.tell() takes no arguments (1 given)',
      'TypeError: initial_value must be str or None, not int',
      "ValueError: illegal newline value: 'bad'",
      'TypeError: StringIO() takes at most 2 arguments (3 given)',
      'ValueError: I/O operation on closed file',
      'ValueError: I/O operation on closed file.',
      'ValueError: I/O operation on closed file.',
      'True',
    ].join('\n') + '\n');
  });
});

describe('io.BytesIO', () => {
  it('reads, writes, seeks and truncates like CPython', () => {
    expect(run(`
import io
b = io.BytesIO(b"hello\\nworld")
print(b.read(3), b.readline(), b.readlines(), b.tell())
print(b.seek(-3, 1), b.seek(-100, 2), b.seek(14), b.write(bytearray(b"!")), b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell(), b.seek(6), b.write(b"Z"), b.getvalue())
b.seek(0)
buf = bytearray(3)
print(b.readinto(buf), buf, b.read1(2), list(io.BytesIO(b"a\\nb")), io.BytesIO(b"a\\nb\\nc").readlines(2))
v = io.BytesIO(b"abc")
value = v.getvalue()
v.write(b"Z")
print(value, v.getvalue())
`)).toBe("b'hel' b'lo\\n' [b'world'] 11\n8 0 14 1 b'hello\\nworld\\x00\\x00\\x00!'\n" +
      "4 b'hell' 15 6 1 b'hell\\x00\\x00Z'\n3 bytearray(b'hel') b'l\\x00' [b'a\\n', b'b'] [b'a\\n']\nb'abc' b'Zbc'\n");
  });

  it('raises CPython\'s errors and can be subclassed', () => {
    expect(run(`${TRY}
import io
b = io.BytesIO(b"abc")
attempt(b.write, "text")
attempt(b.seek, -1)
attempt(b.seek, 0, 3)
attempt(b.readinto, b"x")
attempt(b.readlines, "x")
attempt(io.BytesIO, "s")
attempt(io.BytesIO, b"a", b"b")
b.close()
attempt(b.read)
attempt(b.getvalue)
class Counted(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.n = 0
    def write(self, data):
        self.n += 1
        return super().write(data)
c = Counted(b"x")
c.seek(0, 2)
c.write(b"y")
print(c.getvalue(), c.n, isinstance(c, io.BufferedIOBase))
`)).toBe([
      "TypeError: a bytes-like object is required, not 'str'",
      'ValueError: negative seek value -1',
      'ValueError: invalid whence (3, should be 0, 1 or 2)',
      'TypeError: readinto() argument must be read-write bytes-like object, not bytes',
      "TypeError: integer argument expected, got 'str'",
      "TypeError: a bytes-like object is required, not 'str'",
      'TypeError: BytesIO() takes at most 1 argument (2 given)',
      'ValueError: I/O operation on closed file.',
      'ValueError: I/O operation on closed file.',
      "b'xy' 1 True",
    ].join('\n') + '\n');
  });
});

describe('io base classes', () => {
  it('provide the generic IOBase behaviour and UnsupportedOperation', () => {
    expect(run(`${TRY}
import io
class Lines(io.IOBase):
    def __init__(self, lines): self.lines = list(lines)
    def readline(self, size=-1): return self.lines.pop(0) if self.lines else b""
print(list(Lines([b"1\\n", b"2"])), Lines([b"a\\n", b"b\\n", b"c"]).readlines(2))
l = Lines([])
attempt(l.seek, 0)
attempt(l.tell)
print(l.readable(), l.writable(), l.seekable(), l.closed)
l.close()
print(l.closed)
attempt(iter, l)
class Raw(io.RawIOBase):
    def __init__(self, data): self.data = data
    def readinto(self, buf):
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
print(Raw(b"abcdef").read(2), Raw(b"abcdef").read())
e = io.UnsupportedOperation("x")
print(isinstance(e, OSError), isinstance(e, ValueError), io.SEEK_END)
`)).toBe("[b'1\\n', b'2'] [b'a\\n', b'b\\n']\nUnsupportedOperation: seek\nUnsupportedOperation: seek\n" +
      "False False False False\nTrue\nValueError: I/O operation on closed file.\nb'ab' b'abcdef'\nTrue True 2\n");
  });

  it('documents the classes and methods', () => {
    expect(run(`
import io
print(bool(io.StringIO.__doc__), bool(io.StringIO.write.__doc__), bool(io.BytesIO.getvalue.__doc__), bool(io.__doc__))
`)).toBe('True True True True\n');
  });
});

describe('io and the sandbox limits', () => {
  it('checks buffer growth against the value-size limit', () => {
    expectLimit('import io\ns = io.StringIO()\nwhile True:\n    s.write("x" * 10000)', { maxValueBytes: 1_000_000 }, 'size');
    expectLimit('import io\ns = io.StringIO()\ns.seek(10**9)\ns.write("x")', { maxValueBytes: 1_000_000 }, 'size');
    expectLimit('import io\nb = io.BytesIO()\nb.seek(10**9)\nb.write(b"x")', { maxValueBytes: 1_000_000 }, 'size');
  });

  it('charges growth to the memory account and loops to the budget', () => {
    expectLimit('import io\nb = io.BytesIO()\nchunk = b"x" * 1000\nfor i in range(10**6):\n    b.write(chunk)', { maxMemoryBytes: 5_000_000 }, 'memory');
    expectLimit('import io\ns = io.StringIO()\nchunk = "x" * 1000\nfor i in range(10**6):\n    s.write(chunk)', { maxMemoryBytes: 5_000_000 }, 'memory');
    expectLimit('import io\ns = io.StringIO("x\\n" * 200000)\nn = s.readlines()', { maxOps: 50_000 }, 'budget');
  });
});
