# is* predicates
samples = ["abc", "ABC", "Abc", "aBC", "123", "12.3", "", " ", "\t\n", "abc123", "abc 123", "²", "½", "٣", "Ⅷ",
           "Hello World", "Hello world", "HELLO WORLD", "_id", "2x", "x2", "ñ", "日本", "a\x00", "\x7f", "é", "\u00a0",
           "Ǉ", "ǅ", "Title Case Words", "with\ttab", "😀", "def", "A1 B2"]
names = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle",
         "isidentifier", "isascii", "isprintable"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    flags = "".join("T" if getattr(s, n)() else "." for n in names)
    print(flags, repr(s))
