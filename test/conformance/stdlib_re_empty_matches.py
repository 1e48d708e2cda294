# re: empty matches follow CPython 3.7+ rules in findall, finditer, sub and split
import re

print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'), re.subn('a*', '-', 'baaac'))
print(re.findall('|a', 'a'), re.findall('a*|b', 'b'), re.findall('a*?', 'aa'))
print(re.sub('.*?', '-', 'ab'), re.findall(r'\b', 'ab cd'), re.sub(r'\b', '|', 'ab cd'))
print(re.split(r'x*', 'axbc'), re.split(r'(x*)', 'axbc'))
print([m.span() for m in re.finditer(r'\d*', 'a12b')])
print(re.findall('', ''), re.findall('$', ''), re.sub('^', '>', 'a\nb'), re.sub('(?m)^', '>', 'a\nb'))
print(re.sub('$', '<', 'a\n'), re.sub('(?m)$', '<', 'a\nb\n'))
print(re.findall(r'(a*)*b', 'aab'), re.findall(r'(a|)+', 'aa'), re.match(r'(a*)+b', 'b').groups())
print(re.sub(r'\s*', '_', 'a b'), re.findall(r'\s*', ' a '))
