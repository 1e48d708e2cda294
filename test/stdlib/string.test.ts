// The string module: constants, capwords, Template and Formatter.
import { describe, expect, it } from 'vitest';
import { failure, run } from './script.js';

describe('string constants and capwords', () => {
  it('defines the constants', () => {
    expect(run('import string\nprint(repr(string.whitespace), string.digits, string.hexdigits, string.octdigits)')).toBe(
      "' \\t\\n\\r\\x0b\\x0c' 0123456789 0123456789abcdefABCDEF 01234567\n");
    expect(run('import string\nprint(string.punctuation, len(string.printable), string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)')).toBe(
      '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ 100 True\n');
  });

  it('capitalizes words', () => {
    expect(run("import string\nprint(string.capwords('  hello   wORLD '), string.capwords('a-b c', '-'), repr(string.capwords('')))")).toBe(
      "Hello World A-B c ''\n");
    expect(failure('import string\nstring.capwords(3)')).toBe("AttributeError: 'int' object has no attribute 'split'");
  });
});

describe('string.Template', () => {
  it('substitutes $name, ${name} and $$', () => {
    expect(run(`
import string
t = string.Template('$who likes $what; \${who}s cost $$10')
print(t.substitute(who='tim', what='tea'), '|', t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='bob'), t.get_identifiers(), t.is_valid(), string.Template('$x $').is_valid())
`)).toBe('tim likes tea; tims cost $10 | a likes c; as cost $10\nbob likes $what; bobs cost $10 [\'who\', \'what\'] True False\n');
  });

  it('reports missing names and invalid placeholders like CPython', () => {
    expect(failure("import string\nstring.Template('$x').substitute()")).toBe("KeyError: 'x'");
    expect(failure("import string\nstring.Template('ab\\n c$').substitute()")).toBe('ValueError: Invalid placeholder in string: line 2, col 3');
    expect(failure("import string\nstring.Template('$x').substitute({}, {})")).toBe(
      'TypeError: Template.substitute() takes from 1 to 2 positional arguments but 3 were given');
  });

  it('lets subclasses change the delimiter, identifiers and pattern', () => {
    expect(run(`
import string
class P(string.Template):
    delimiter = '%'
class B(string.Template):
    braceidpattern = r'[^}]+'
class C(string.Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\\w+)|\\[(?P<braced>\\w+)\\]|(?P<invalid>))'
print(P('%x %% %{y}').substitute(x=1, y=2), B('\${a b}').substitute({'a b': 3}), C('@a @[b] @@').substitute(a='A', b='B'))
print(type(string.Template.pattern).__name__, P.pattern.flags)
`)).toBe('1 % 2 3 A B $\nPattern 98\n');
  });
});

describe('string.Formatter', () => {
  it('formats like str.format and parses format strings', () => {
    expect(run(`
import string
f = string.Formatter()
print(f.format('{0}{1}{a}', 1, 2, a=3), f.format('{:>4}|{!r}', 7, 'x'), f.format('{0.real} {1[0]} {x[k]}', 1, [5], x={'k': 9}))
print(list(f.parse('a{0}b{x!r:>{w}}c{{')), f.get_field('0.real', (3,), {}), f.format('{0:{1}}', 3, '>3'))
`)).toBe("123    7|'x' 1 5 9\n[('a', '0', '', None), ('b', 'x', '>{w}', 'r'), ('c{', None, None, None)] (3, 0)   3\n");
  });

  it('raises the format-string errors', () => {
    expect(failure("import string\nstring.Formatter().format('{}{0}', 1)")).toBe(
      'ValueError: cannot switch from manual field specification to automatic field numbering');
    expect(failure("import string\nstring.Formatter().format('{0:{1:{2}}}', 1, 2, 3)")).toBe('ValueError: Max string recursion exceeded');
    expect(failure("import string\nlist(string.Formatter().parse('a{'))")).toBe("ValueError: Single '{' encountered in format string");
    expect(failure("import string\nstring.Formatter().format('{0!z}', 1)")).toBe('ValueError: Unknown conversion specifier z');
    expect(failure("import string\nstring.Formatter().format('{0.}', 1)")).toBe('ValueError: Empty attribute in format string');
    expect(failure("import string\nstring.Formatter().format('{5}', 1)")).toBe('IndexError: tuple index out of range');
    expect(failure("import string\nstring.Formatter().format()")).toBe(
      "TypeError: Formatter.format() missing 1 required positional argument: 'format_string'");
  });

  it('calls the overridable hooks', () => {
    expect(run(`
import string
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '?') if isinstance(key, str) else args[key]
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
    def format_field(self, value, spec):
        return '[' + format(value, spec) + ']'
print(F().format('{a}{b}{0:>2}', 5, a=1))
`)).toBe("used ['0', 'a', 'b']\n[1][?][ 5]\n");
  });
});
