# splitlines with every line boundary, keepends
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029end"
print(s.splitlines())
print(s.splitlines(True))
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "no newline".splitlines())
print("x\r\n\r\ny".splitlines(), "x\n\ry".splitlines())
print("a\nb\n".split("\n"), "a\nb\n".splitlines())
text = """first line
  second line
third"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
