# re: re.error messages, positions and argument errors (as CPython reports them)
import re

def show(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        print(repr(pattern), 'ok')
    except re.error as e:
        print(repr(pattern), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(pattern), '->', type(e).__name__ + ':', e)

for p in [r'(', r')', r'[a', r'[z-a]', r'[\d-z]', r'a**', r'*a', r'a{2,1}', r'\b+', r'(?P<1a>x)',
          r'(?P<a>x)(?P<a>y)', r'(?P=b)', r'(?P<a', r'(?Px)', r'(?', r'(?<x)', r'(?#abc', 'a\\',
          r'\q', r'\xZ', r'\u12', r'\N{NOT A NAME}', r'\777', r'\8', r'(a)\2', r'(a\1)', r'(?i', r'(?z)',
          r'(?-i)', r'(?i-i:a)', r'(?L)a', r'(?au)a', r'(?-a:b)', r'a(?i)b', r'x{4294967295}',
          r'(?(1)a|b)', r'(?<=a+)b', '(a\n|b', "(?x)a b\n)", r'a{3', r'{', r'x{}']:
    show(p)
show('a', re.L)
show('a', re.A | re.U)
show(b'a', re.U)
show(b'\\u1234')

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

p = re.compile(r'(a)(?P<n>b)?')
m = p.match('ab')
attempt(lambda: p.match())
attempt(lambda: p.match('a', 'x'))
attempt(lambda: p.match(1))
attempt(lambda: p.match(b'a'))
attempt(lambda: re.compile(b'a').search('a'))
attempt(lambda: p.sub(1, 'a'))
attempt(lambda: p.sub(lambda m: 1, 'a'))
attempt(lambda: re.search(1, 'a'))
attempt(lambda: re.search('a'))
attempt(lambda: re.search(p, 'a', re.I))
attempt(lambda: m.group(3))
attempt(lambda: m.group('zz'))
attempt(lambda: m.start(1, 2))
attempt(lambda: m.groups(1, 2))
attempt(lambda: m.expand(r'\3'))
attempt(lambda: m.expand(r'\g<zz>'))
attempt(lambda: m.expand(r'\g<1'))
attempt(lambda: m.expand(r'\q'))
attempt(lambda: re.sub('(a)', r'\g<-1>', 'a'))
attempt(lambda: re.sub('a', '\\', 'a'))
attempt(lambda: re.Pattern())
e = re.error('boom', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, e.pattern)
print(re.error('plain'), re.error('plain').pos, isinstance(e, Exception), re.error.__name__)
