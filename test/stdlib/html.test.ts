// The html package: escape, unescape and html.entities.
import { describe, expect, it } from 'vitest';
import { Interpreter, ResourceExhausted } from '../../core/index.js';
import { failure, runIn as run } from './script.js';

describe('html', () => {
  it('escapes markup characters and quotes', () => {
    expect(run(`import html\nprint(html.escape('<a href="x">&\\'</a>'), html.escape('<"\\'>', quote=False))`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&#x27;&lt;/a&gt; &lt;"\'&gt;\n');
  });

  it('unescapes named, decimal and hex references with the HTML5 rules', () => {
    expect(run(`
import html
print(repr(html.unescape('&amp; &lt;&gt &notit; &notin &aring; &#65;&#x42;&#X43 &# &;')))
print(repr(html.unescape('&#0; &#13; &#128; &#x110000; &#xD800; &#1; &#xFFFE; &#x1F600; &NotNestedGreaterGreater; &acE;')))
print(repr(html.unescape('&ThisIsAVeryLongEntityNameThatExceedsThirtyTwoChars; plain &')))
`)).toBe("'& <> ¬it; ¬in å ABC &# &;'\n'\ufffd \\r € \ufffd \ufffd   \u{1F600} \u2aa2\u0338 \u223e\u0333'\n"
      + "'&ThisIsAVeryLongEntityNameThatExceedsThirtyTwoChars; plain &'\n");
  });

  it('raises the errors CPython raises for wrong types', () => {
    expect(failure('import html\nhtml.escape(5)')).toBe("AttributeError: 'int' object has no attribute 'replace'");
    expect(failure("import html\nhtml.unescape(b'a&b')")).toBe("TypeError: a bytes-like object is required, not 'str'");
    expect(failure('import html\nhtml.unescape(None)')).toBe("TypeError: argument of type 'NoneType' is not iterable");
    expect(failure("import html\nhtml.unescape(['&'])")).toBe("TypeError: expected string or bytes-like object, got 'list'");
    expect(failure("import html\nhtml.unescape('&#' + '1' * 5000 + ';')")).toMatch(/^ValueError: Exceeds the limit \(4300 digits\)/);
  });

  it('provides the entity tables as per-interpreter dicts', () => {
    const a = new Interpreter();
    expect(run(`
from html import entities
print(len(entities.html5), len(entities.name2codepoint), entities.html5['amp;'], entities.name2codepoint['lang'], entities.codepoint2name[169])
entities.html5.clear()
`, a)).toBe('2231 252 & 9001 copy\n');
    expect(run('import html.entities\nprint(len(html.entities.html5))')).toBe('2231\n');
  });

  it('charges the budget on long inputs', () => {
    const interp = new Interpreter({ limits: { maxOps: 10_000 } });
    expect(() => run("import html\nhtml.unescape('&amp;' * 200000)", interp)).toThrow(ResourceExhausted);
  });
});
