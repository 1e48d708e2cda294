// The urllib package (stdlib/urllib.ts): urllib.parse splitting, joining, quoting and query strings.
// Expected outputs were produced by CPython 3.11 (the same snippets run unchanged there),
// except in the Sandling-specific blocks at the end.
import { describe, expect, it } from 'vitest';
import { run, failure, limitKind, TRY } from './script.js';

const py = String.raw;

describe("urllib.parse", () => {
  it("urlparse, urlsplit and their attributes", () => {
    expect(run(TRY + py`
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit
p = urlparse('HTTP://User:Pw@Example.com:8080/a/b;p?q=1#f')
print(p)
print(p.scheme, p.netloc, p.username, p.password, p.hostname, p.port, p.geturl(), p._replace(fragment='').geturl())
print(urlsplit('//h/x?y'), urlunsplit(('https', 'h', 'p', 'q', '')), urlunparse(('', '', 'a', 'b', '', '')))
print(urlparse(b'http://h/p'), urlsplit('http://[::1]:80/').hostname)
attempt(lambda: urlsplit('http://h:x/').port)
attempt(lambda: urlsplit('http://h:70000/').port)
attempt(urlsplit, 'http://[::1/')
attempt(urlsplit, 'http://[1.2.3.4]/')
attempt(urlparse, 'http://a', b'x')
`)).toBe("ParseResult(scheme='http', netloc='User:Pw@Example.com:8080', path='/a/b', params='p', query='q=1', fragment='f')\nhttp User:Pw@Example.com:8080 User Pw example.com 8080 http://User:Pw@Example.com:8080/a/b;p?q=1#f http://User:Pw@Example.com:8080/a/b;p?q=1\nSplitResult(scheme='', netloc='h', path='/x', query='y', fragment='') https://h/p?q a;b\nParseResultBytes(scheme=b'http', netloc=b'h', path=b'/p', params=b'', query=b'', fragment=b'') ::1\nValueError: Port could not be cast to integer value as 'x'\nValueError: Port out of range 0-65535\nValueError: Invalid IPv6 URL\nValueError: An IPv4 address cannot be in brackets\nTypeError: Cannot mix str and non-str arguments\n");
  });
  it("urljoin and urldefrag", () => {
    expect(run(py`
from urllib.parse import urljoin, urldefrag
base = 'http://a/b/c/d;p?q'
print([urljoin(base, r) for r in ['g', '../g', '../../../g', '?y', '#s', '//g', 'g:h', '', '.']])
print(urljoin('mailto:a', 'b'), urljoin(b'http://a/', b'b'), urldefrag('http://a/b#c'), urldefrag('x').geturl())
`)).toBe("['http://a/b/c/g', 'http://a/b/g', 'http://a/g', 'http://a/b/c/d;p?y', 'http://a/b/c/d;p?q#s', 'http://g', 'g:h', 'http://a/b/c/d;p?q', 'http://a/b/c/']\nb b'http://a/b' DefragResult(url='http://a/b', fragment='c') x\n");
  });
  it("quote and unquote", () => {
    expect(run(TRY + py`
from urllib.parse import quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes
print(quote('a b/ü?'), quote('a b/', safe=''), quote_plus('a b+c'), quote(b'\xff '), quote_from_bytes(b'a/b', safe=''))
print(unquote('caf%C3%A9%zz'), unquote_plus('a+b%2B'), unquote_to_bytes('%41%4'), unquote('%E9', encoding='latin-1'))
attempt(quote, b'x', encoding='utf-8')
attempt(quote_from_bytes, 'x')
attempt(unquote, '%ff', errors='strict')
attempt(quote, '€', encoding='ascii')
`)).toBe("a%20b/%C3%BC%3F a%20b%2F a+b%2Bc %FF%20 a%2Fb\ncafé%zz a b+ b'A%4' é\nTypeError: quote() doesn't support 'encoding' for bytes\nTypeError: quote_from_bytes() expected bytes\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\nUnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 0: ordinal not in range(128)\n");
  });
  it("urlencode and parse_qs", () => {
    expect(run(TRY + py`
from urllib.parse import urlencode, parse_qs, parse_qsl, quote
print(urlencode({'a': 1, 'b': 'x y', 'c': [1, 2]}), urlencode({'c': [1, 2]}, doseq=True), urlencode([('k', 'v/w')], quote_via=quote))
print(parse_qs('a=1&a=2&b=&c'), parse_qs('a=1&b=', keep_blank_values=True), parse_qsl('x=1;y=2', separator=';'))
attempt(urlencode, 'abc')
attempt(parse_qsl, 'a=1&b=2', max_num_fields=1)
attempt(parse_qsl, 'a', strict_parsing=True)
attempt(parse_qsl, 'a=1', separator='')
`)).toBe("a=1&b=x+y&c=%5B1%2C+2%5D c=1&c=2 k=v%2Fw\n{'a': ['1', '2']} {'a': ['1'], 'b': ['']} [('x', '1'), ('y', '2')]\nTypeError: not a valid non-string sequence or mapping object\nValueError: Max number of fields exceeded\nValueError: bad query field: 'a'\nValueError: Separator must be of type string or bytes.\n");
  });
});

describe('Sandling specifics', () => {
  it('urllib is a package whose network modules do not exist', () => {
    expect(failure(py`
import urllib.request
`)).toBe("ModuleNotFoundError: No module named 'urllib.request'");
    expect(run(py`
import urllib.parse
import urllib
print(urllib.parse.quote('a b'), urllib.__name__)
`)).toBe('a%20b urllib\n');
  });

  it('quoting a huge string is refused by the value size limit', () => {
    expect(limitKind(py`
from urllib.parse import quote
quote(' ' * 1000000)
`, { maxValueBytes: 2_000_000 })).toBe('size');
  });

  it('repeated parsing is charged to the instruction budget', () => {
    expect(limitKind(py`
from urllib.parse import parse_qs
while True:
    parse_qs('a=1&b=2&c=3')
`, { maxOps: 50_000 })).toBe('budget');
  });
});
