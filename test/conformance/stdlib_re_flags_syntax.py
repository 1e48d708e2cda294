# re: flags, inline flags, verbose mode, classes and anchors
import re

print(re.findall(r'abc', 'ABC abc AbC', re.I), re.findall(r'(?i)abc', 'ABC abc'))
print(re.findall(r'^\w+$', 'one\ntwo\nthree', re.M), re.findall(r'^\w+$', 'one\ntwo'))
print(re.findall(r'a.b', 'a\nb axb', re.S), re.findall(r'a.b', 'a\nb axb'))
print(re.findall(r'\w+', 'café naïve', re.A), re.findall(r'\w+', 'café naïve'))
pat = re.compile(r'''
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
''', re.VERBOSE)
print(pat.match('2024-05').groupdict())
print(re.match(r'(?x) a b  c # comment', 'abc'))
print(re.findall(r'(?i:a)b', 'ab Ab aB AB'), re.findall(r'(?i)a(?-i:b)', 'ab Ab aB AB'))
print(re.I, re.I | re.M, re.IGNORECASE | re.DOTALL | re.VERBOSE, re.NOFLAG, ~re.I)
print(int(re.I | re.S), re.I.value, (re.M | re.X).name, type(re.I | re.M).__name__, isinstance(re.I, int))
print(re.compile('x', re.I | re.M), re.compile(b'x', re.I), re.compile('x', re.A), re.compile('x', re.U))
print(re.compile('x').flags, re.compile('x', re.I).flags, re.compile(b'x').flags, re.compile('(?s)x').flags)
print(re.findall(r'[a-c]+', 'xabcabd'), re.findall(r'[^a-c\s]+', 'xab cabd'), re.findall(r'[]a-]+', 'x]-a'))
print(re.findall(r'[\d\s]+', '1 2\tx'), re.findall(r'[^\W\d]+', 'ab12cd'), re.findall(r'[\W]+', 'a!?b'))
print(re.findall(r'\d+', '12 ٣٤ 5'), re.findall(r'\d+', '12 ٣٤ 5', re.A), re.findall(r'\s+', 'a\u3000b\x1cc'))
print(re.findall(r'\w\Z', 'ab\ncd\n'), re.findall(r'\w$', 'ab\ncd\n'), re.findall(r'\A\w', 'ab\ncd'))
print(re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.findall('$', 'a\n'), re.findall('(?m)$', 'a\nb\n'))
print(re.match(r'^\d+$', '123\n'), re.fullmatch(r'\d+', '123\n'))
print(re.findall(r'x{2,3}', 'x xx xxx xxxx'), re.findall(r'x{2,}?', 'xxxx'), re.findall(r'x{,2}', 'xxx'), re.findall('a{}', 'a{}'))
print(re.findall(r'(?<=\$)\d+', '$12 34 $5'), re.findall(r'(?<!\$)\b\d+', '$12 34 $5'))
print(re.findall(r'(?#a comment)x', 'xx'), re.findall(r'\x41\u0042\U00000043\101', 'ABCA'), re.findall(r'\N{EM DASH}', 'a—b'))
print(re.findall(r'[\u00e0-\u00ff]+', 'voilà très'), re.findall(r'(?i)straße', 'STRASSE Straße'))
print(re.findall(r'\bcat\b', 'cat concat cat. cats'))
print(re.findall(rb'\w+', b'ab cd\xe9'), re.sub(b'a', b'b', bytearray(b'aa')), re.split(rb'\s', b'a b'))
print(re.match(rb'(?i)AB', b'ab'), re.search(rb'\xff+', b'a\xff\xffb'))
