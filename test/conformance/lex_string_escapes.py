# String escapes
s = "a\tb\nc\\d\'e\"f"
print(s)
print(repr(s), len(s))
print("\x41\x42\x7a", "\101\102\60", "\0" == "\x00", len("\0"))
print("\u00e9\u4e2d", "\U0001F600", len("\U0001F600"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{BULLET}")
print(repr("\a\b\f\v\r"))
print("line1\
line2")
print("\777" == "\u01ff", ord("\777"))
print(r"\n\t\x41", len(r"\n"))
print(R"raw\\", rb"\x00".hex() if False else "skip")
print(r'\'', len(r'\''))
print('single "double" inside', "double 'single' inside")
print(repr('\x7f'), repr('\x80'), repr('\xa0'), repr('\xad'))
print(repr("\u2028"), repr("\ufeff"), repr("\U000e0001"))
print(repr('\x1b[0m'))
