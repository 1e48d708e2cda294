# html: escape and unescape
import html

print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<"\'>', False), html.escape('<"\'>', quote=False), html.escape(''))
samples = ['&amp; &lt;b&gt; &quot;q&quot; &#x27;', '&amp &ampx &notit; &notin &aring &&amp;',
           '&#65 &#x41 &#X41; &#0000000065; &# &#x &; &;; &a &ab',
           '&#x110000; &#xD800; &#0; &#13; &#128; &#129; &#1; &#xfffe; &#xFDD0; &#x1F600; &#99999999999;',
           '&NotNestedGreaterGreater; &nGt; &bne; &acE; &amp😀 &ampé &lt&gt',
           '&ThisIsAVeryLongEntityNameThatExceedsThirtyTwoChars;', 'no references', '&', '']
for s in samples:
    print(repr(html.unescape(s)))
print(html.unescape(html.escape('x < y & "z"')))
for bad in [5, b'a&b', None]:
    for f in (html.escape, html.unescape):
        try:
            print(repr(f(bad)))
        except (TypeError, AttributeError) as e:
            print(f.__name__, type(e).__name__ + ':', e)
