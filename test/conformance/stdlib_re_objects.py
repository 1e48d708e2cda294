# re: Pattern and Match objects, cache and purge
import re

p1 = re.compile(r'a+', re.I)
p2 = re.compile(r'a+', re.I)
print(p1 == p2, p1 == re.compile('a+'), hash(p1) == hash(p2), p1 is re.compile(r'a+', re.I))
print(type(p1).__name__, type(p1.match('a')).__name__, re.Pattern, re.Match)
print(isinstance(p1, re.Pattern), isinstance(p1.match('a'), re.Match))
print(re.compile(p1) is p1, re.match(p1, 'AA'))
print(repr(re.compile('x' * 250))[-12:])
it = p1.finditer('a b AA c aaa')
print(next(it), [m.group() for m in it])
print([m.group() for m in re.finditer(r'\d', 'a1b2c3', )])
m = re.search(r'(\w+) (\w+)', 'hello big world')

print(m.__copy__() is m, p1.__deepcopy__({}) is p1)
re.purge()
print(re.match('a', 'a').re is re.match('a', 'a').re)
print(re.compile(r'(?P<a>.)(?P<b>.)?').groupindex, re.compile('(a)(b)(c)').groups)
print(sorted(re.compile(r'(?P<z>a)(?P<y>b)').groupindex.items()))
class Tok:
    pattern = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')
    def tokens(self, text):
        pos = 0
        out = []
        while pos < len(text):
            m = self.pattern.match(text, pos)
            if not m:
                break
            kind = ['num', 'name', 'op'][m.lastindex - 1]
            out.append((kind, m.group(m.lastindex)))
            pos = m.end()
        return out
print(Tok().tokens('x = 42 + foo*3'))
