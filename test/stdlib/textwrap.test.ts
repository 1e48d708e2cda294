// The textwrap module: wrapping, filling, shortening, dedent and indent.
import { describe, expect, it } from 'vitest';
import { Interpreter, ResourceExhausted } from '../../core/index.js';
import { failure, runIn as run } from './script.js';

describe('textwrap', () => {
  it('splits at whitespace, compound-word hyphens and em-dashes', () => {
    expect(run("import textwrap\nprint(textwrap.TextWrapper()._split('Look, goof-ball -- use the -b option! x--y'))")).toBe(
      "['Look,', ' ', 'goof-', 'ball', ' ', '--', ' ', 'use', ' ', 'the', ' ', '-b', ' ', 'option!', ' ', 'x', '--', 'y']\n");
    expect(run("import textwrap\nprint(textwrap.wrap('a well-known self-contained x-ray', 12), textwrap.wrap('a well-known', 6, break_on_hyphens=False))")).toBe(
      "['a well-known', 'self-', 'contained', 'x-ray'] ['a well', '-known']\n");
  });

  it('handles long words, indents, tabs and whitespace options', () => {
    expect(run(`
import textwrap
print(textwrap.wrap('supercalifragilistic is long', 8), textwrap.wrap('supercalifragilistic is long', 8, break_long_words=False))
print(textwrap.wrap('one two three four', 10, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('a\\tb c', 20), textwrap.wrap('a\\tb c', 20, expand_tabs=False), textwrap.wrap('a\\tb', 20, tabsize=2))
print(textwrap.wrap('a  b\\nc', 20, replace_whitespace=False), textwrap.wrap(' a  b ', 3, drop_whitespace=False))
print(textwrap.fill('Hi. There it is.', 30, fix_sentence_endings=True))
`)).toBe("['supercal', 'ifragili', 'stic is', 'long'] ['supercalifragilistic', 'is long']\n"
      + "['* one two', '  three', '  four']\n['a       b c'] ['a b c'] ['a b']\n['a  b\\nc'] [' a', '  b', ' ']\nHi.  There it is.\n");
  });

  it('truncates with max_lines, placeholder and shorten', () => {
    expect(run(`
import textwrap
print(textwrap.wrap('aaa bbb ccc ddd eee', 8, max_lines=2), textwrap.shorten('Hello  world!', 12), textwrap.shorten('Hello  world!', 11))
print(textwrap.shorten('The quick brown fox jumps', 15, placeholder='...'))
`)).toBe("['aaa bbb', '[...]'] Hello world! Hello [...]\nThe quick...\n");
    expect(failure("import textwrap\ntextwrap.wrap('x', 0)")).toBe('ValueError: invalid width 0 (must be > 0)');
    expect(failure("import textwrap\ntextwrap.wrap('hello world', 5, max_lines=1, placeholder=' [.......]')")).toBe(
      'ValueError: placeholder too large for max width');
    expect(failure("import textwrap\ntextwrap.wrap(5)")).toBe("AttributeError: 'int' object has no attribute 'expandtabs'");
  });

  it('dedents and indents', () => {
    expect(run(`
import textwrap
print(repr(textwrap.dedent('    a\\n      b\\n\\n    c\\n  \\t \\n')), repr(textwrap.dedent('\\ta\\n    b')), repr(textwrap.dedent('  x\\n  \\n   y')))
print(repr(textwrap.indent('a\\nb\\n\\n  \\nc', '> ')), repr(textwrap.indent('x\\ny', '# ', lambda line: 'y' in line)))
`)).toBe("'a\\n  b\\n\\nc\\n\\n' '\\ta\\n    b' 'x\\n\\n y'\n'> a\\n> b\\n\\n  \\n> c' 'x\\n# y'\n");
  });

  it('stays within the instruction budget', () => {
    const interp = new Interpreter({ limits: { maxOps: 50_000 } });
    expect(() => run("import textwrap\ntextwrap.fill('word ' * 100000, 40)", interp)).toThrow(ResourceExhausted);
  });
});
