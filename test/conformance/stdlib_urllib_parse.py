# urllib.parse: urlparse/urlsplit results (named tuples, username/password/hostname/port), unparse, defrag, bytes URLs.
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urldefrag, ParseResult, SplitResult, DefragResult
import urllib.parse


def attempt(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__ + ":", e)


urls = ['http://user:pw@Example.COM:8080/p/a;x=1/t.html;type=a?q=1&r=2#frag', 'https://[::1]:443/x', 'HTTP://h/a b',
        '//host/path', 'path/only?x#y', 'mailto:joe@example.com', 'file:///etc/hosts', 'http://h:abc/', 'http://h:99999/',
        'http://[v1.fe]/', 'http://[1.2.3.4]/', 'http://[zz]/', 'http://[::1/', 'http://::1]/', ' \x00http://a/\tb\nc', 'x:y',
        '1http://a', 'http://a?b#c#d', 'http://h/p;params', 'tel:+1;ext=2', 'http://user@host', 'http://:@host:/',
        'http://[fe80::1%eth0]:80/', 'http://[::ffff:1.2.3.4]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[v.x]/', 'http://ho\uff03st/',
        'data:text/plain;base64,SGk=', 'urn:isbn:0451450523', 'http://a/b/../c/./d?e=f', '', '?q', '#f']
for u in urls:
    attempt(urlparse, u)
    attempt(urlsplit, u)
    try:
        r = urlsplit(u)
        print(' ', r.username, r.password, r.hostname, r.port, r.geturl())
    except ValueError as e:
        print('  ValueError:', e)
attempt(urlparse, 'path', scheme='https')
attempt(urlparse, 'ftp://a/b', scheme='https')
attempt(urlparse, 'http://a#b', allow_fragments=False)
attempt(urlsplit, 'http://a/b?c#d', '', False)
attempt(urlparse, b'http://a/b?c#d')
attempt(urlsplit, b'http://u:p@h:1/')
r = urlsplit(b'http://u:p@H:1/')
print(r.hostname, r.port, r.username, r.password, r.decode(), type(r).__name__)
attempt(urlparse, 'http://a', b'x')
attempt(urlparse, 5)
p = urlparse('http://a/b;c?d#e')
print(p.scheme, p[0], p._replace(scheme='ftp'), p._asdict(), type(p).__name__, p == ('http', 'a', '/b', 'c', 'd', 'e'))
print(p.encode(), p.geturl(), isinstance(p, tuple), len(p), ParseResult._fields, SplitResult._fields, DefragResult._fields)
scheme, netloc, path, params, query, fragment = p
print(scheme, netloc, path, params, query, fragment)
attempt(urlunparse, ('http', 'h', '/p', 'a', 'q', 'f'))
attempt(urlunparse, ('', '', 'p', '', '', ''))
attempt(urlunsplit, ('http', 'h', 'p', 'q', 'f'))
attempt(urlunsplit, ('file', '', '/x', '', ''))
attempt(urlunsplit, ('', '', '//x', '', ''))
attempt(urlunsplit, ('mailto', '', 'a@b', '', ''))
attempt(urlunsplit, (b'http', b'h', b'/p', b'', b''))
attempt(urlunsplit, ['https', 'h', '', '', ''])
attempt(urlunsplit, ('http', 'h'))
attempt(urldefrag, 'http://a/b#frag')
attempt(urldefrag, 'http://a/b')
attempt(urldefrag, b'http://a#b')
print(urldefrag('http://a/b#c').geturl(), urldefrag('http://a/b').geturl(), urldefrag(b'x#y').geturl())
print(urllib.parse.unwrap('<URL:http://a/b>'), urllib.parse.unwrap(' <http://x> '), urllib.parse.unwrap('plain'))
print(urllib.parse.uses_netloc[:3], 'https' in urllib.parse.uses_relative, sorted(urllib.parse.__all__)[:4])
