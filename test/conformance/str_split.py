# split / rsplit
cases = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a,b,,c,", ",a,", "a\tb\nc\x0bd\x0ce\rf", "a\u3000b\xa0c"]
for s in cases:
    print(repr(s), s.split(), s.split(","), s.split(" "))
print("a,b,c,d".split(",", 1), "a,b,c,d".split(",", 2), "a,b,c,d".split(",", 0), "a,b,c,d".split(",", -1))
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(","))
print("  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1), "  a  b  c  ".split(maxsplit=1))
print("a::b::c".split("::"), "aaa".split("a"), "aaa".split("aa"), "abcabc".split("bc"))
print("x".split("x"), "".split("x"), "".rsplit(), "a b".rsplit(" ", 5))
print("1 2 3".split(sep=" "), "a-b-c".rsplit(sep="-", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
print("a😀b😀c".split("😀"), "k=v=w".partition("="))

# Separators in short and long strings (different code paths), multi-unit
# separators, overlapping candidates, and separators next to astral characters.
for text in ["a|b||c|", "|" * 5, "x" * 300 + "|" + "y" * 300, "|".join(str(i) for i in range(200))]:
    parts = text.split("|")
    print(len(parts), parts[:3], parts[-2:])
print("aaaa".split("aa"), "abcabcab".split("abc"), "\U0001F600|\U0001F601|".split("|"))
print(("ab" * 200).split("ba")[:2], len(("ab" * 200).split("ba")))
