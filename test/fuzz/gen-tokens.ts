/**
 * Token soups: random sequences of Python tokens and characters (keywords,
 * operators, brackets, quotes, string prefixes, newlines, indentation,
 * unicode, NUL bytes, very long lines, deep bracket nesting). Mostly syntax
 * errors; the point is that the lexer/parser/resolver/compiler never escape
 * with a JavaScript error and never take long.
 */
import fc from 'fast-check';

const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case', 'type', '_', 'print',
  'except*', 'self', 'super', '__class__', '__debug__', '__proto__', 'constructor',
];
const OPERATORS = [
  '+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^', '~', ':=', '<', '>', '<=', '>=', '==', '!=',
  '->', '=', '+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '>>=', '<<=', '**=', '.', ',', ':', ';',
  '...', '!', '$', '?', '`', '<>', '===',
];
const BRACKETS = ['(', ')', '[', ']', '{', '}'];
const QUOTES = ["'", '"', "'''", '"""', 'f"', "f'", 'rb"', "b'", 'u"', 'Rb"', 'fr"', 'br"', 'rf"', "f'''", 'f"""'];
const LITERALS = [
  '0', '1', '00', '0x', '0xg', '0b102', '0o8', '1_', '1__0', '1e', '1e+', '.', '1.2.3', '1j', '0_0', '09',
  '123456789012345678901234567890123456789', '1e99999', '0x' + 'f'.repeat(200), '9'.repeat(5000), '1_000',
  "'a'", '"b"', "'\\x'", "'\\u12'", "'\\N{NOPE}'", "'\\N{'", "'\\U00110000'", "b'é'", "f'{'", "f'}'",
  "f'{x!'", "f'{x:{y:{z}}}'", "f'{x=!r:>10}'", "f'{}'", "f'{\\n}'", "f'{'a'}'", "f'{x#}'", "f'{lambda:1}'",
  "f'{yield}'", "f'{*x}'", "f'{x!z}'", "f'{{}}'", "'''unterminated", "'bad\n'", "r'\\'", "'\\\n'",
  "f'{f'{1}'}'", "f'''{'''}'''", "'\\777'", "b'\\777'", "'\\400'", 'rb"\\"',
];
const NAMES = ['x', 'y', 'L', 'f', 'print', 'len', 'a1', 'é', 'ñame', 'İ', 'ﬁ', 'ℌ', '𝔘', '_x', '__x__', 'x٣', 'µ', 'ª'];
const WEIRD = [
  '\0', '\x01', '\x0b', '\x0c', '\x1b', '\x7f', '\u00a0', '\u200b', '\u2028', '\u2029', '\ufeff', '\ufffd',
  '\ud800', '\udc00', '\ud83d', '😀', '\u0301', '\u202e', '#', '# comment', '#!', '# -*- coding: latin-1 -*-',
  '\\', '\\\n', '\r', '\r\n', '\t', '\f', '\v', ' ', '  ', '    ', '\t    ', '', '\\x', '\u3000', '٣', '²',
];
const NEWLINES = ['\n', '\n', '\n    ', '\n        ', '\n\t', '\n  ', '\n\n', ':\n    ', '\r\n', '\n  \t'];

const token = fc.oneof(
  { arbitrary: fc.constantFrom(...KEYWORDS), weight: 5 },
  { arbitrary: fc.constantFrom(...OPERATORS), weight: 5 },
  { arbitrary: fc.constantFrom(...BRACKETS), weight: 5 },
  { arbitrary: fc.constantFrom(...QUOTES), weight: 2 },
  { arbitrary: fc.constantFrom(...LITERALS), weight: 4 },
  { arbitrary: fc.constantFrom(...NAMES), weight: 5 },
  { arbitrary: fc.constantFrom(...WEIRD), weight: 2 },
  { arbitrary: fc.constantFrom(...NEWLINES), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 },
);

/** A few tokens repeated many times: long lines, deep nesting, long operator chains. */
const repeated = fc.tuple(
  fc.constantFrom('(', '[', '{', '-', 'not ', '~', '+', 'x.', 'x[', 'lambda:', '*', '**', 'f(', '"', "f'{",
    'x if x else ', 'x or ', 'x + ', '1,', '\t', ' ', '(x,', '[x for x in ', 'yield ', 'await ', '@d\n', 'if x:\n ',
    'x = ', 'x == ', '\\\n', '#', 'a' , '1', '"a" ', '[[', ')', ']', 'def f():\n'),
  fc.constantFrom(10, 50, 99, 100, 101, 200, 500, 1000, 3000, 10000, 50000),
  fc.constantFrom('', 'x', '1', ')', ']', '}', 'x' + ')'.repeat(100), '\n'),
).map(([tok, k, tail]) => tok.repeat(k) + tail);

/**
 * Long but well-formed constructs (many f-string fields, arguments, keyword
 * arguments, elifs, statements, dict entries...): compile time must stay
 * proportional to the source, since the deadline only starts with execution.
 */
const indexed = (k: number, f: (i: number) => string, sep: string) => Array.from({ length: k }, (_, i) => f(i)).join(sep);
const longConstruct = fc.tuple(
  fc.constantFrom(
    (k: number) => `x = f'${'{1}'.repeat(k)}'`,
    (k: number) => `x = f'${indexed(k, (i) => `{a${i % 7}!r:>{w}}`, '')}'`,
    (k: number) => `print(${indexed(k, () => 'a', ', ')})`,
    (k: number) => `print(${indexed(k, (i) => `k${i}=1`, ', ')})`,
    (k: number) => `def f(${indexed(k, (i) => `p${i}=1`, ', ')}): pass`,
    (k: number) => `x = {${indexed(k, (i) => `${i}: ${i}`, ', ')}}`,
    (k: number) => `x = {${indexed(k, (i) => `'k${i}': ${i}`, ', ')}}`,
    (k: number) => `x = [${indexed(k, (i) => `${i}`, ', ')}]`,
    (k: number) => `x = ${indexed(k, (i) => `'s${i}'`, ' ')}`,
    (k: number) => `x = ${indexed(k, (i) => `f'{${i}}'`, ' ')}`,
    (k: number) => `x = 1${' + 1'.repeat(k)}`,
    (k: number) => `x = a${' and a'.repeat(k)}`,
    (k: number) => `x = 1${' < 2'.repeat(k)}`,
    (k: number) => `if a:\n    pass\n${'elif a:\n    pass\n'.repeat(k)}`,
    (k: number) => 'x = 1\n'.repeat(k),
    (k: number) => indexed(k, (i) => `v${i} = ${i}`, '\n'),
    (k: number) => `try:\n    pass\n${indexed(k, (i) => `except E${i}:\n    pass`, '\n')}`,
    (k: number) => `match a:\n${indexed(k, (i) => `    case ${i}:\n        pass`, '\n')}`,
    (k: number) => `match a:\n    case ${indexed(k, (i) => `${i}`, ' | ')}:\n        pass`,
    (k: number) => `global ${indexed(k, (i) => `g${i}`, ', ')}`,
    (k: number) => `x = """a\n${'b\n'.repeat(k)}"""`,
    (k: number) => `x = '${'\\x41'.repeat(k)}'`,
    (k: number) => `x = '${'\\N{BULLET}'.repeat(k)}'`,
    (k: number) => `x = b'${'\\xff'.repeat(k)}'`,
    (k: number) => `class C:\n${indexed(k, (i) => `    def m${i}(self): pass`, '\n')}`,
    (k: number) => `x = lambda ${indexed(k, (i) => `p${i}`, ', ')}: 0`,
    (k: number) => `a, ${indexed(k, (i) => `b${i}`, ', ')} = range(${k + 1})`,
    (k: number) => `import ${indexed(k, (i) => `m${i}`, ', ')}`,
    (k: number) => `x = [1]${'[0]'.repeat(Math.min(k, 90))}`,
  ),
  fc.constantFrom(10, 100, 1000, 3000, 10000, 20000),
).map(([make, k]) => `a = 1\nw = 3\n${make(k)}\n`);

/** A random token soup of up to ~60 pieces, sometimes with long repetitions. */
export const tokenSoup: fc.Arbitrary<string> = fc.tuple(
  fc.array(fc.oneof({ arbitrary: token, weight: 20 }, { arbitrary: repeated, weight: 1 }), { maxLength: 60 }),
  fc.constantFrom(' ', '', ' ', ' ', '\n'),
).map(([toks, sep]) => toks.join(sep));

/**
 * Line-structured soups: plausible statements whose tokens are shuffled or
 * dropped, with random indentation; closer to valid syntax than `tokenSoup`.
 */
const LINE_TEMPLATES = [
  'def f(x, *a, y=1, **k):', 'class C(object):', 'if x:', 'elif y:', 'else:', 'while x < 3:', 'for i in range(3):',
  'try:', 'except ValueError as e:', 'finally:', 'with open(x) as f:', 'return x', 'yield x', 'x = [1, 2, 3]',
  'x += 1', 'print(x)', 'lambda x: x', 'match x:', 'case [1, *r]:', 'case {"k": v}:', 'case C(a=1):', 'case _:',
  'global x', 'nonlocal x', 'del x', 'assert x, "m"', 'raise ValueError("x")', 'import os', 'from x import y',
  '@property', 'async def g():', 'await x', 'x: int = 5', 'x = y = z', 'a, *b = c', 'x = (yield)', 'pass',
  'break', 'continue', 'x = {**a, "b": 2}', 'print(f"{x!r:>{w}}")', 'x = [i for i in x if i]', 'x[1:2:3] = y',
  'try:\n    pass\nexcept* E:', 'def f(a, /, b, *, c):', 'x = 1 if y else 2', 'x = not not x', 'x = a := 1',
  'print(*a, **k)', 'del (a, b), [c]', 'type X = int', 'x = 1;', ';', 'if x: pass', 'class C: x = 1',
];
export const lineSoup: fc.Arbitrary<string> = fc.array(
  fc.tuple(
    fc.constantFrom(...LINE_TEMPLATES),
    fc.constantFrom('', '    ', '        ', '\t', '  ', '   ', ' \t'),
    fc.constantFrom('keep', 'keep', 'keep', 'drop-token', 'shuffle', 'truncate', 'double'),
    fc.nat(),
  ).map(([line, ind, op, seed]) => {
    const toks = line.split(/(\s+|[()[\]{},:])/).filter((t) => t !== '');
    if (op === 'drop-token' && toks.length > 1) toks.splice(seed % toks.length, 1);
    if (op === 'shuffle' && toks.length > 1) {
      const i = seed % toks.length;
      const j = Math.floor(seed / 7) % toks.length;
      [toks[i], toks[j]] = [toks[j], toks[i]];
    }
    let s = toks.join('');
    if (op === 'truncate') s = s.slice(0, seed % (s.length + 1));
    if (op === 'double') s = s + s;
    return ind + s;
  }),
  { maxLength: 25 },
).map((lines) => lines.join('\n') + '\n');

export const tokenProgram: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: tokenSoup, weight: 6 },
  { arbitrary: lineSoup, weight: 4 },
  { arbitrary: longConstruct, weight: 1 },
);
