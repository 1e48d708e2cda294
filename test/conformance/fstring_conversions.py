# !r !s !a conversions and __format__/__str__/__repr__ interplay
class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
    def __format__(self, spec): return "fmt[" + spec + "]"
p = P()
print(f"{p}|{p!s}|{p!r}|{p!a}|{p:xyz}|{p!r:>6}|{p!s:<7}|")
s = "naïve ☃ 😀"
print(f"{s!r}")
print(f"{s!a}")
print(f"{s!s:>12}|")
print(f"{'it''s'!r}")
print(f"{b'x'!r} {b'x'}")
print(f"{1.5!r} {1.5!s}")
print(f"{[1, 'a']!s} {[1, 'a']!r}")
print(f"{'tab	x'!r}")
print(f"{'a' * 3!r}")
print(ascii(s), repr(s))
