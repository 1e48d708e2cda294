# io.StringIO newline modes: translation on write, line splitting, the newlines attribute.
import io

TEXT = "a\r\nb\rc\nd"
for mode in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(TEXT, newline=mode)
    print(repr(mode), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s.write("x\ny\r\nz\r")
    print("  after write:", repr(s.getvalue()), repr(s.newlines))
    s.seek(0)
    print("  lines:", [line for line in s])

for text in ["", "plain", "a\r", "a\n", "a\r\n", "a\rb\n", "a\rb\r\n", "a\nb\r\n", "a\rb\nc\r\n"]:
    print(repr(text), repr(io.StringIO(text, newline=None).newlines), repr(io.StringIO(text, newline="").newlines))

s = io.StringIO(newline=None)
s.write("a\r")
s.write("\nb")
print(repr(s.getvalue()), s.newlines)
s = io.StringIO("x", newline="\r\n")
print(s.write("a\nb\n"), repr(s.getvalue()), s.tell())
s = io.StringIO(newline="")
s.write("r1\rr2\r\nr3\n")
s.seek(0)
print([s.readline() for _ in range(4)])
print(repr(io.StringIO("a\r\nb", newline="").readline(2)), repr(io.StringIO("a\r\nb", newline="").readline(1)))
print(repr(io.StringIO("ab\r\ncd", newline="\r\n").readline(3)), io.StringIO("1\r2\r", newline="\r").readlines())
