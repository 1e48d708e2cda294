# repr() of strings: quote choice, escapes, unicode
cases = ["plain", "it's", 'say "hi"', 'both \' and "', "a\\b", "\x00\n\t\r", "\x07\x1f\x7f", "é😀", "\u200b", "\u00ad",
         "\ud800", "\udfff", "a\ud83dz", "\x80\x9f\xa0\xff", "\u0378", "\U0010ffff", "日本語", "'", '"', "'\"", "\\",
         "\u2028\u2029", "\ue000", "\U000e007f", "tab\ttab", "\N{COMBINING ACUTE ACCENT}", "e\u0301", "\u3000", "\ufffd"]
for s in cases:
    print(repr(s), ascii(s), len(s))
print(repr(["it's", 'a"b', "\n"]), str(["x", "y'"]))
print(repr({"k'": "v\""}))
print(repr("a\'b\"c"), repr('a"b\'c'))
print("%r" % "x'y", "{!r}".format('x"y'), f"{chr(0)!r}")
