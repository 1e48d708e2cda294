# expandtabs, partition, rpartition
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\tc".expandtabs(1)))
print(repr("12345678\t9".expandtabs()), repr("x\ty\nab\tz".expandtabs(3)), repr("a\r\tb".expandtabs(4)), repr("\t\t".expandtabs(-1)))
print(repr("col1\tcol2\tcol3".expandtabs(tabsize=6)))
for s, sep in [("key=value", "="), ("a=b=c", "="), ("noeq", "="), ("=start", "="), ("end=", "="), ("", "x"), ("a::b::c", "::")]:
    print(repr(s), s.partition(sep), s.rpartition(sep))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print("TypeError:", e)
