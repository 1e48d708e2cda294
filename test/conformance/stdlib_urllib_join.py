# urllib.parse: urljoin against RFC 3986's examples and CPython's legacy-scheme behaviour.
from urllib.parse import urljoin

base = 'http://a/b/c/d;p?q'
relative = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.',
            './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.',
            '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
            'g#s/./x', 'g#s/../x', 'http:g', 'https://x/y', 'http://', '//x/../y', 'a//b/../c']
for rel in relative:
    print(repr(rel), urljoin(base, rel))
for b, r in [('http://a/b', 'c'), ('http://a/b/', 'c'), ('http://a', 'c'), ('http://a/', '../../c'), ('mailto:x', 'y'),
             ('', 'y'), ('http://a/b', ''), ('file:///a/b', 'c'), ('ftp://h/a/', '../b'), ('svn+ssh://h/a/b', 'c'),
             ('https://h/a?x=1', '?y=2'), ('https://h/a#f', '#g'), ('http://h/a/b/c', '../../../../../d'),
             ('foo:/a/b', 'c'), ('ws://h/a/b', 'c'), ('http://a/b/c', 'HTTP:d'), ('//a/b', 'c')]:
    print(repr(b), repr(r), repr(urljoin(b, r)))
print(urljoin('http://a/b#x', 'c#y', allow_fragments=False), urljoin(b'http://a/b/', b'c'), urljoin(b'', b'x'))
try:
    urljoin('http://a/', b'x')
except TypeError as e:
    print(type(e).__name__ + ":", e)
