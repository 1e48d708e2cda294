# urllib.parse: quote/quote_plus/quote_from_bytes and unquote/unquote_plus/unquote_to_bytes with encodings and errors.
from urllib.parse import quote, quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes


def attempt(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__ + ":", e)


for s in ['abc def', 'a/b?c=d&e', '', 'ü€', '~_.-', '%', 'a+b', '\x00\x7f', 'A-Z a-z 0-9', '😀']:
    attempt(quote, s)
    attempt(quote_plus, s)
    attempt(quote, s, safe='')
attempt(quote, 'a b', safe=' ')
attempt(quote, 'a/b c', safe=b'/ ')
attempt(quote, 'é/ü', safe='é/')
attempt(quote, b'a b\xff')
attempt(quote, bytearray(b'a b'))
attempt(quote, b'a', encoding='utf-8')
attempt(quote, b'a', errors='strict')
attempt(quote, 'é', encoding='latin-1')
attempt(quote, '€', encoding='ascii', errors='replace')
attempt(quote, '€', encoding='ascii')
attempt(quote, 5)
attempt(quote_from_bytes, b'abc def?')
attempt(quote_from_bytes, b'abc def?', safe='?')
attempt(quote_from_bytes, b'')
attempt(quote_from_bytes, 'x')
attempt(quote_plus, b'a b', safe=b'/')
attempt(quote_plus, 'a b/c', safe='/')
attempt(quote_plus, 'a+b c')
for s in ['abc%20def', '%7e/abc+def', '%zz', '%', '%4', 'caf%C3%A9', '%C3', 'é%20', '%E2%82%ACx', '%ff', '%41%42%43', 'a%2Bb', '']:
    attempt(unquote, s)
    attempt(unquote_plus, s)
    attempt(unquote_to_bytes, s)
attempt(unquote, b'a%20b')
attempt(unquote, 'caf%E9', encoding='latin-1')
attempt(unquote, '%ff', errors='strict')
attempt(unquote, '%ff', errors='ignore')
attempt(unquote, '%C3é%A9')
attempt(unquote, 5)
attempt(unquote_to_bytes, b'%41%4')
attempt(unquote_to_bytes, bytearray(b'%41'))
attempt(unquote_to_bytes, None)
attempt(unquote_plus, b'a+b')
original = 'Grüße aus Köln/Zürich? a=b&c=d #x'
print(unquote(quote(original)) == original, unquote_plus(quote_plus(original)) == original, quote(original))
