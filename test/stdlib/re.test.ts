// The re module: Python syntax on the linear-time RE2 engine, CPython's API,
// messages and empty-match rules, refused constructs, and script limits.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../core/index.js';
import { failure, limitKind, runIn as run } from './script.js';

describe('re: matching API', () => {
  it('matches, searches and iterates like CPython', () => {
    expect(run(`
import re
print(re.match(r'\\d+', '123abc'), re.search(r'\\d+', 'abc123def'), re.fullmatch('a|ab', 'ab'))
print(re.findall(r'(\\w)(\\d)', 'a1 b2'), re.findall('(a)|b', 'ab'), [m.span() for m in re.finditer('o', 'foo')])
m = re.search(r'(?P<user>\\w+)@(?P<host>\\w+)', 'x me@home y')
print(m.group(1, 'host'), m['user'], m.groupdict(), m.span('host'), m.lastindex, m.lastgroup, m.regs)
`)).toBe("<re.Match object; span=(0, 3), match='123'> <re.Match object; span=(3, 6), match='123'> <re.Match object; span=(0, 2), match='ab'>\n"
      + "[('a', '1'), ('b', '2')] ['a', ''] [(1, 2), (2, 3)]\n"
      + "('me', 'home') me {'user': 'me', 'host': 'home'} (5, 9) 2 host ((2, 9), (2, 4), (5, 9))\n");
  });

  it('honours pos and endpos without moving ^, \\b or look-behind context', () => {
    expect(run(`
import re
p = re.compile(r'\\d')
print(p.search('a1b2', 2), p.match('a1', 1), p.fullmatch('a12', 1, 2), p.findall('1a2b3c', 1, 5), p.search('12', 5))
print(re.compile('^a').search('ba', 1), re.compile(r'\\bb').match('ab', 1), re.compile('(?<=a)b').match('ab', 1))
print(re.compile('$').search('ab', 0, 1).span(), p.search('123', 2, 1))
`)).toBe("<re.Match object; span=(3, 4), match='2'> <re.Match object; span=(1, 2), match='1'> <re.Match object; span=(1, 2), match='1'> ['2', '3'] None\n"
      + "None None <re.Match object; span=(1, 2), match='b'>\n(1, 1) None\n");
  });

  it('follows the CPython 3.7+ rules for empty matches', () => {
    expect(run(`
import re
print(re.sub('x*', '-', 'abxd'), re.findall('|a', 'a'), re.findall('a*|b', 'b'), re.findall('a*?', 'aa'))
print(re.sub('.*?', '-', 'ab'), re.split(r'x*', 'axbc'), re.split(r'\\b', 'ab cd'), re.findall('$', 'a\\n'))
`)).toBe("-a-b--d- ['', 'a', ''] ['', 'b', ''] ['', 'a', '', 'a', '']\n-----"
      + " ['', 'a', '', 'b', 'c', ''] ['', 'ab', ' ', 'cd', ''] ['', '']\n");
  });

  it('substitutes with templates, escapes and callables', () => {
    expect(run(`
import re
print(re.sub(r'(\\w+) (\\w+)', r'\\2 \\1', 'hello world'), re.sub('(?P<x>a)', r'[\\g<x>\\g<0>\\g<1>]', 'bab'))
print(re.subn('a', 'b', 'aaa', 2), re.sub('a', lambda m: m.group().upper(), 'banana'), repr(re.sub('a', r'\\-\\n', 'a')))
print(re.split('(,)', 'a,b'), re.split(',', 'a,b,c', 1), re.split(',', 'a,b', -1), re.sub('a', 'b', 'aa', count=-1))
`)).toBe("world hello b[aaa]b\n('bba', 2) bAnAnA '\\\\-\\n'\n['a', ',', 'b'] ['a', 'b,c'] ['a,b'] aa\n");
  });

  it('counts positions in code points and supports bytes patterns', () => {
    expect(run(`
import re
print(re.search('b', 'a\\U0001F600b').span(), re.match('(.)(.)', '\\U0001F600e').span(2), re.findall('[\\U0001F600-\\U0001F602]', 'x\\U0001F601'))
print(re.findall(rb'\\w+', b'ab cd\\xe9'), re.sub(b'a', b'b', bytearray(b'aa')), re.match(rb'(?i)AB', b'ab').group())
`)).toBe("(2, 3) (1, 2) ['\u{1F601}']\n[b'ab', b'cd'] b'bb' b'ab'\n");
  });

  it('applies Unicode classes unless ASCII is requested', () => {
    expect(run(`
import re
print(re.findall(r'\\w+', 'café'), re.findall(r'\\w+', 'café', re.A), re.findall(r'\\d', '٣3'), re.findall(r'(?a)\\d', '٣3'))
print(re.findall(r'\\s', 'a\\u3000b\\x1c'), re.findall(r'[^\\W\\d]+', 'ab12cd'), re.match('(?i)k', '\\u212a') is not None, re.match('(?ai)k', '\\u212a'))
`)).toBe("['café'] ['caf'] ['٣', '3'] ['3']\n['\\u3000', '\\x1c'] ['ab', 'cd'] True None\n");
  });

  it('treats $ like CPython before a final newline', () => {
    expect(run(`
import re
print(re.match(r'^\\d+$', '12\\n').span(), re.search('a$', 'a\\n').span(), re.match(r'(a$)', 'a\\n').span(1), re.fullmatch('a$', 'a\\n'))
`)).toBe('(0, 2) (0, 1) (0, 1) None\n');
  });
});

describe('re: objects, flags and cache', () => {
  it('prints flags and patterns like CPython', () => {
    expect(run(`
import re
print(re.I | re.M, ~re.I, re.NOFLAG, re.compile('x', re.I | re.S), re.compile(b'x'), re.compile('x').flags)
print(type(re.I | re.M).__name__, (re.I | re.X).name, re.I.value, format(re.I, 'd'), re.compile('x' * 210))
`)).toBe('re.IGNORECASE|re.MULTILINE re.ASCII|re.LOCALE|re.UNICODE|re.MULTILINE|re.DOTALL|re.VERBOSE|re.TEMPLATE|re.DEBUG'
      + " re.NOFLAG re.compile('x', re.IGNORECASE|re.DOTALL) re.compile(b'x') 32\n"
      + `RegexFlag IGNORECASE|VERBOSE 2 2 re.compile('${'x'.repeat(199)})\n`);
  });

  it('compares patterns by value, caches them per interpreter and purges', () => {
    const a = new Interpreter();
    const b = new Interpreter();
    expect(run(`
import re
p = re.compile('a+', re.I)
print(p == re.compile('a+', re.I), p != re.compile('a+'), hash(p) == hash(re.compile('a+', re.I)), p is re.compile('a+', re.I))
re.purge()
print(p is re.compile('a+', re.I), re.compile(p) is p)
re.marker = 1
`, a)).toBe('True True True True\nFalse True\n');
    expect(run('import re\nprint(hasattr(re, "marker"))', b)).toBe('False\n');
  });

  it('keeps Pattern, Match and error immutable and not instantiable', () => {
    expect(failure('import re\nre.Pattern.x = 1')).toMatch(/^TypeError: cannot set 'x' attribute of immutable type/);
    expect(failure('import re\nre.Pattern()')).toBe("TypeError: cannot create 're.Pattern' instances");
    expect(failure('import re\nclass P(re.Match): pass')).toBe("TypeError: type 'Match' is not an acceptable base type");
    expect(run('import re\nclass E(re.error): pass\ntry:\n    raise E("m", "pat", 1)\nexcept re.error as e:\n    print(e, e.pos)')).toBe('m at position 1 1\n');
  });
});

describe('re: errors', () => {
  it('reports syntax errors with CPython messages, positions, lines and columns', () => {
    expect(run(`
import re
for p in ['(', 'a**', '[z-a]', '(?P<a>x)(?P<a>y)', 'a\\\\', r'\\q', '(a\\n|b', r'(?<=a+)b']:
    try:
        re.compile(p)
    except re.error as e:
        print(e, '|', e.msg, e.pos, e.lineno, e.colno)
`)).toBe('missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1\n'
      + 'multiple repeat at position 2 | multiple repeat 2 1 3\n'
      + 'bad character range z-a at position 1 | bad character range z-a 1 1 2\n'
      + "redefinition of group name 'a' as group 2; was group 1 at position 12 | redefinition of group name 'a' as group 2; was group 1 12 1 13\n"
      + 'bad escape (end of pattern) at position 1 | bad escape (end of pattern) 1 1 2\n'
      + 'bad escape \\q at position 0 | bad escape \\q 0 1 1\n'
      + 'missing ), unterminated subpattern at position 0 (line 1, column 1) | missing ), unterminated subpattern 0 1 1\n'
      + 'look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None\n');
  });

  it('refuses what the linear-time engine cannot run, saying why', () => {
    const refused: [string, string][] = [
      ['(a)\\\\1', 'backreferences are not supported by the linear-time regex engine at position 3'],
      ['(?P<n>a)(?P=n)', 'backreferences are not supported by the linear-time regex engine at position 8'],
      ['a(?=b)', 'look-ahead assertions are not supported by the linear-time regex engine at position 1'],
      ['a(?!b)', 'look-ahead assertions are not supported by the linear-time regex engine at position 1'],
      ['(?>a)', 'atomic groups are not supported by the linear-time regex engine at position 0'],
      ['a*+', 'possessive quantifiers are not supported by the linear-time regex engine at position 1'],
      ['(a)(?(1)b|c)', 'conditional groups are not supported by the linear-time regex engine at position 3'],
      ['(?<=(a))b', 'capturing groups inside a look-behind are not supported by the linear-time regex engine at position 0'],
      ['a{1001}', 'repetition counts above 1000 are not supported by the linear-time regex engine at position 1'],
    ];
    for (const [pattern, message] of refused) {
      expect(failure(`import re\nre.compile('${pattern}')`)).toBe(`re.error: ${message}`);
    }
    expect(run("import re\nprint(re.findall('(?<=a)b', 'abcb'), re.findall('(?<!a)b', 'abcb'))")).toBe("['b'] ['b']\n");
  });

  it('raises CPython argument and type errors', () => {
    expect(failure("import re\nre.search('a')")).toBe("TypeError: search() missing 1 required positional argument: 'string'");
    expect(failure("import re\nre.compile('a').match()")).toBe("TypeError: match() missing required argument 'string' (pos 1)");
    expect(failure("import re\nre.compile('a').match('a', 'x')")).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(failure("import re\nre.search('a', 1)")).toBe("TypeError: expected string or bytes-like object, got 'int'");
    expect(failure("import re\nre.search('a', b'a')")).toBe('TypeError: cannot use a string pattern on a bytes-like object');
    expect(failure("import re\nre.search(b'a', 'a')")).toBe('TypeError: cannot use a bytes pattern on a string-like object');
    expect(failure("import re\nre.compile(1)")).toBe('TypeError: first argument must be string or compiled pattern');
    expect(failure("import re\nre.compile('a', re.L)")).toBe('ValueError: cannot use LOCALE flag with a str pattern');
    expect(failure("import re\nre.compile(re.compile('a'), re.I)")).toBe('ValueError: cannot process flags argument with a compiled pattern');
    expect(failure("import re\nre.compile('a', 'x')")).toBe("TypeError: unsupported operand type(s) for &: 'str' and 'RegexFlag'");
    expect(failure("import re\nre.compile('x{4294967295}')")).toBe('OverflowError: the repetition number is too large');
    expect(failure("import re\nre.match('(a)', 'a').group(2)")).toBe('IndexError: no such group');
    expect(failure("import re\nre.match('(a)', 'a').expand(r'\\g<zz>')")).toBe("IndexError: unknown group name 'zz'");
    expect(failure("import re\nre.sub('(a)', r'\\2', 'a')")).toBe('re.error: invalid group reference 2 at position 1');
    expect(failure("import re\nre.sub('a', lambda m: 1, 'a')")).toBe('TypeError: sequence item 0: expected str instance, int found');
    expect(failure("import re\nre.sub('a', 1, 'a')")).toBe('TypeError: decoding to str: need a bytes-like object, int found');
    expect(failure("import re\nre.compile('a').findall('a', endpos=2**70)")).toBe('OverflowError: Python int too large to convert to C ssize_t');
  });
});

describe('re: limits', () => {
  it('runs catastrophic-backtracking patterns in linear time', () => {
    const started = Date.now();
    expect(run("import re\nprint(re.search(r'(a+)+$', 'a' * 20000 + 'b'), re.match(r'(x|x)*y', 'x' * 20000))")).toBe('None None\n');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('charges the instruction budget by input length', () => {
    expect(limitKind("import re\nre.findall(r'\\w', 'a' * 10**6)", { maxOps: 100_000 })).toBe('budget');
    expect(limitKind("import re\nre.search(r'z', 'a' * 10**6)", { maxOps: 100_000 })).toBe('budget');
    expect(limitKind("import re\nre.sub('a', 'b', 'a' * 10**6)", { maxOps: 100_000 })).toBe('budget');
  });

  it('checks the size of built strings and the nesting depth of patterns', () => {
    expect(limitKind("import re\nre.sub('a', '\\\\g<0>' * 1000, 'a' * 2000)", { maxValueBytes: 1_000_000 })).toBe('size');
    expect(limitKind("import re\nre.compile('(' * 5000 + ')' * 5000)", {})).toBe('recursion');
  });
});
