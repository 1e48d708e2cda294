# urllib.parse: urlencode (doseq, safe, quote_via, bytes) and parse_qs/parse_qsl options and errors.
from urllib.parse import urlencode, parse_qs, parse_qsl, quote, urlparse


def attempt(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__ + ":", e)


attempt(urlencode, {'a': 1, 'b': 'x y', 'c': ['1', '2']})
attempt(urlencode, {'a': 1, 'b': 'x y', 'c': ['1', '2']}, doseq=True)
attempt(urlencode, [('a', 'b&c'), ('é', b'\xff'), (b'k', 'v')])
attempt(urlencode, [('a', '/x y')], safe='/')
attempt(urlencode, {'a': 'b c'}, quote_via=quote)
attempt(urlencode, {'a': 'é'}, encoding='latin-1')
attempt(urlencode, {'a': '€'}, encoding='ascii', errors='xmlcharrefreplace')
attempt(urlencode, 'abc')
attempt(urlencode, [1, 2])
attempt(urlencode, 5)
attempt(urlencode, {'a': 5}, doseq=True)
attempt(urlencode, {'a': (1, 2), 'b': 'str', 'c': b'by', 'd': []}, doseq=True)
attempt(urlencode, {'k': None, 'f': 1.5, 't': True})
attempt(urlencode, [])
attempt(urlencode, ())
qs = 'a=1&b=2&a=3&c=&d&e=%20x+y&&f=caf%C3%A9'
attempt(parse_qs, qs)
attempt(parse_qs, qs, keep_blank_values=True)
attempt(parse_qsl, qs)
attempt(parse_qsl, qs, keep_blank_values=True)
attempt(parse_qsl, qs, strict_parsing=True)
attempt(parse_qsl, 'a=1&&b=2', strict_parsing=True)
attempt(parse_qsl, 'a=1&b', strict_parsing=True)
attempt(parse_qsl, 'a=1;b=2', separator=';')
attempt(parse_qsl, 'a=1;b=2')
attempt(parse_qsl, 'a=1;b=2', separator='')
attempt(parse_qsl, 'a=1;b=2', separator=None)
attempt(parse_qsl, 'a=1&b=2&c=3', max_num_fields=2)
attempt(parse_qsl, 'a=1&b=2', max_num_fields=2)
attempt(parse_qsl, '', max_num_fields=0)
attempt(parse_qsl, b'a=1&b=%20')
attempt(parse_qs, b'x=1&x=2')
attempt(parse_qs, '')
attempt(parse_qsl, 'a=%ff', errors='strict')
attempt(parse_qsl, 'a=%E9', encoding='latin-1')
attempt(parse_qsl, 'a==b=c&=x', keep_blank_values=True)
url = 'https://example.com/search?q=sandling+lang&page=2&tag=a&tag=b'
params = parse_qs(urlparse(url).query)
print(params, urlencode(params, doseq=True))
