import { describe, expect, it } from 'vitest';
import type { Expr } from '../core/ast.js';
import { normalizeSource, T, tokenize, type LexResult, type Tok } from '../core/lexer.js';

/** Lexes a whole file; f-string fields become Name nodes holding their text. */
function lex(source: string): LexResult {
  const text = normalizeSource(source);
  return tokenize(text, {
    filename: 't.py',
    fileText: text,
    line: 1,
    col: 0,
    level: 0,
    parseField: (field, line, col): Expr => ({ kind: 'Name', id: field, line, col }),
  });
}

/** Token names, e.g. `Name(x) = Number(1) NEWLINE ENDMARKER`. */
function names(source: string): string {
  const { tokens } = lex(source);
  return tokens
    .map((t) => {
      const n = t.tokenType.name;
      if (n === 'Name' || n === 'Number' || n === 'String') return `${n}(${t.image})`;
      if (t.tokenType.PATTERN === undefined || typeof t.tokenType.PATTERN !== 'string') return n;
      return t.image;
    })
    .join(' ');
}

function failure(source: string): { msg: string; line: number; column: number; pyType: string; incomplete: boolean } {
  const f = lex(source).failure;
  if (f === null) throw new Error(`no tokenizer error for ${JSON.stringify(source)}`);
  return { msg: f.msg, line: f.line, column: f.column, pyType: f.pyType, incomplete: f.incomplete };
}

function at(source: string, index: number): Tok {
  return lex(source).tokens[index];
}

describe('line structure', () => {
  it('ends a simple line with NEWLINE and the file with ENDMARKER', () => {
    expect(names('x = 1\n')).toBe('Name(x) = Number(1) NEWLINE ENDMARKER');
  });

  it('adds the final NEWLINE when the file has no trailing newline', () => {
    expect(names('x = 1')).toBe('Name(x) = Number(1) NEWLINE ENDMARKER');
  });

  it('produces nothing for an empty or comment-only file', () => {
    expect(names('')).toBe('ENDMARKER');
    expect(names('# just a comment\n\n   \n\t# another\n')).toBe('ENDMARKER');
  });

  it('emits INDENT and DEDENT around blocks, and DEDENTs at end of file', () => {
    expect(names('if x:\n    y\n    if z:\n        w\nv\n')).toBe(
      'if Name(x) : NEWLINE INDENT Name(y) NEWLINE if Name(z) : NEWLINE INDENT Name(w) NEWLINE DEDENT DEDENT ' +
        'Name(v) NEWLINE ENDMARKER',
    );
    expect(names('if x:\n  if y:\n    z')).toBe(
      'if Name(x) : NEWLINE INDENT if Name(y) : NEWLINE INDENT Name(z) NEWLINE DEDENT DEDENT ENDMARKER',
    );
  });

  it('ignores blank and comment-only lines whatever their indentation', () => {
    expect(names('if x:\n    y\n\n  # comment\n        \n    z\n')).toBe(
      'if Name(x) : NEWLINE INDENT Name(y) NEWLINE Name(z) NEWLINE DEDENT ENDMARKER',
    );
  });

  it('joins lines inside brackets implicitly', () => {
    expect(names('x = (1,\n     2)\ny = [\n  3 # c\n]\n')).toBe(
      'Name(x) = ( Number(1) , Number(2) ) NEWLINE Name(y) = [ Number(3) ] NEWLINE ENDMARKER',
    );
  });

  it('joins lines after a backslash', () => {
    expect(names('x = 1 + \\\n    2\n')).toBe('Name(x) = Number(1) + Number(2) NEWLINE ENDMARKER');
    // The continuation line's indentation is not an indentation change.
    expect(names('if a:\n    x = \\\n  1\n')).toBe('if Name(a) : NEWLINE INDENT Name(x) = Number(1) NEWLINE DEDENT ENDMARKER');
  });

  it('separates simple statements with ;', () => {
    expect(names('a; b;\n')).toBe('Name(a) ; Name(b) ; NEWLINE ENDMARKER');
  });

  it('accepts CRLF and CR line endings', () => {
    const expected = 'if Name(x) : NEWLINE INDENT Name(y) NEWLINE DEDENT Name(z) NEWLINE ENDMARKER';
    expect(names('if x:\r\n  y\r\nz\r\n')).toBe(expected);
    expect(names('if x:\r  y\rz\r')).toBe(expected);
    expect(at('a\r\nb\r\n', 2).line).toBe(2);
  });

  it('ignores a leading byte order mark', () => {
    expect(names('\ufeffx')).toBe('Name(x) NEWLINE ENDMARKER');
    expect(at('\ufeffx', 0).col).toBe(0);
  });

  it('counts tabs to the next multiple of 8 (CPython rules)', () => {
    // 1 tab == 8 spaces, and the tab-as-1-column check also agrees here.
    expect(names('if x:\n\ty\n\tif z:\n\t\tw\n')).toContain('INDENT Name(w)');
    expect(names('if x:\n    \ty\n')).toContain('INDENT Name(y)');
  });

  it('reports inconsistent tabs and spaces as TabError', () => {
    expect(failure('if x:\n        pass\n\ty\n')).toEqual({
      msg: 'inconsistent use of tabs and spaces in indentation',
      line: 3,
      column: 1,
      pyType: 'TabError',
      incomplete: false,
    });
    expect(failure('if x:\n\tpass\n        y\n').pyType).toBe('TabError');
  });

  it('reports a dedent to an unknown level', () => {
    expect(failure('for x in y:\n  if x:\n    pass\n y = 1')).toEqual({
      msg: 'unindent does not match any outer indentation level',
      line: 4,
      column: 7,
      pyType: 'IndentationError',
      incomplete: false,
    });
  });

  it('allows 99 nested blocks, not 100', () => {
    const nested = (n: number): string =>
      `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}if x:`).join('\n')}\n${' '.repeat(n)}pass\n`;
    expect(lex(nested(99)).failure).toBeNull();
    expect(failure(nested(100))).toMatchObject({ msg: 'too many levels of indentation', line: 101, pyType: 'IndentationError' });
  });

  it('puts NEWLINE at the line end, or at a trailing comment like CPython', () => {
    const nl = (src: string): Tok => lex(src).tokens.find((t) => t.tokenType === T.Newline) as Tok;
    expect(nl('x = 1\n')).toMatchObject({ line: 1, col: 5 });
    expect(nl('x = 1  # note\n')).toMatchObject({ line: 1, col: 7 });
  });
});

describe('brackets', () => {
  it('allows 200 nested brackets and refuses the 201st', () => {
    expect(lex(`${'('.repeat(200)}${')'.repeat(200)}`).failure).toBeNull();
    expect(failure('('.repeat(201))).toMatchObject({ msg: 'too many nested parentheses', line: 1, column: 201 });
    expect(failure('('.repeat(10000))).toMatchObject({ msg: 'too many nested parentheses', column: 201 });
  });

  it('reports unmatched and mismatched closing brackets', () => {
    expect(failure('x = )')).toMatchObject({ msg: "unmatched ')'", line: 1, column: 5 });
    expect(failure('x = (1]')).toMatchObject({
      msg: "closing parenthesis ']' does not match opening parenthesis '('",
      line: 1,
      column: 7,
    });
    expect(failure('x = (1,\n  2]')).toMatchObject({
      msg: "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
      line: 2,
      column: 4,
    });
  });

  it('reports a bracket left open at end of input as incomplete', () => {
    expect(failure('x = [1,\n  2,\n')).toEqual({
      msg: "'[' was never closed",
      line: 1,
      column: 5,
      pyType: 'SyntaxError',
      incomplete: true,
    });
  });

  it('records the nesting level of each token', () => {
    const levels = lex('f(a[1])').tokens.slice(0, 7).map((t) => t.level);
    expect(levels).toEqual([0, 1, 1, 2, 2, 1, 0]);
  });

  it('truncates the stream at a tokenizer error with an ERRORTOKEN', () => {
    const { tokens } = lex('x = 1\ny = )\nz = 3\n');
    expect(tokens[tokens.length - 1].tokenType).toBe(T.ErrorToken);
    expect(tokens.some((t) => t.image === 'z')).toBe(false);
  });
});

describe('names and keywords', () => {
  it('maps keywords to their own token types', () => {
    const kinds = lex('if not x and y or None is True in False').tokens.map((t) => t.tokenType);
    expect(kinds.slice(0, 11)).toEqual([T.If, T.Not, T.Name, T.And, T.Name, T.Or, T.None, T.Is, T.True, T.In, T.False]);
  });

  it('keeps soft keywords as names outside match statements', () => {
    expect(names('match = case = _ = 1')).toBe('Name(match) = Name(case) = Name(_) = Number(1) NEWLINE ENDMARKER');
    expect(lex('match(x)\n').tokens[0].tokenType).toBe(T.Name);
    expect(lex('match.x = 1\n').tokens[0].tokenType).toBe(T.Name);
  });

  it('retypes match and case that start a match statement', () => {
    const { tokens } = lex('match x:\n    case [a]:\n        case = 1\n');
    expect(tokens[0].tokenType).toBe(T.MatchKw);
    expect(tokens.find((t) => t.image === 'case')?.tokenType).toBe(T.CaseKw);
    // A `case` in a case body is an ordinary name.
    expect(tokens.filter((t) => t.image === 'case')[1].tokenType).toBe(T.Name);
  });

  it('accepts Unicode identifiers, NFKC-normalized', () => {
    expect(names('café = ﬁ + 変数')).toBe('Name(café) = Name(fi) + Name(変数) NEWLINE ENDMARKER');
  });

  it('refuses characters that cannot appear in identifiers', () => {
    expect(failure('a € b')).toMatchObject({ msg: "invalid character '€' (U+20AC)", line: 1, column: 3 });
    expect(failure('a€b = 1')).toMatchObject({ msg: "invalid character '€' (U+20AC)", column: 2 });
    expect(failure('x = 1\u00a0')).toMatchObject({ msg: 'invalid non-printable character U+00A0', column: 6 });
  });

  it('leaves $ ? ! and backquote to the parser ("invalid syntax")', () => {
    expect(lex('a $ b').failure).toBeNull();
    expect(lex('a $ b').tokens[1].tokenType).toBe(T.Invalid);
  });

  it('counts columns in code points', () => {
    const { tokens } = lex("s = '😀😀'; t = 1");
    expect(tokens.find((t) => t.image === 't')?.col).toBe(10);
  });
});

describe('numbers', () => {
  const value = (src: string): unknown => lex(src).tokens[0].num;

  it('decodes integers of every base, with underscores, of any size', () => {
    expect(value('0')).toEqual({ kind: 'Int', value: 0n });
    expect(value('00')).toEqual({ kind: 'Int', value: 0n });
    expect(value('1_000_000')).toEqual({ kind: 'Int', value: 1000000n });
    expect(value('0x_1F')).toEqual({ kind: 'Int', value: 31n });
    expect(value('0o17')).toEqual({ kind: 'Int', value: 15n });
    expect(value('0B101')).toEqual({ kind: 'Int', value: 5n });
    expect(value('123456789012345678901234567890')).toEqual({ kind: 'Int', value: 123456789012345678901234567890n });
  });

  it('decodes floats and imaginary numbers', () => {
    expect(value('1.')).toEqual({ kind: 'Float', value: 1 });
    expect(value('.5')).toEqual({ kind: 'Float', value: 0.5 });
    expect(value('1e10')).toEqual({ kind: 'Float', value: 1e10 });
    expect(value('1E-3')).toEqual({ kind: 'Float', value: 0.001 });
    expect(value('1_000.5')).toEqual({ kind: 'Float', value: 1000.5 });
    expect(value('09.5')).toEqual({ kind: 'Float', value: 9.5 });
    expect(value('1e400')).toEqual({ kind: 'Float', value: Infinity });
    expect(value('1j')).toEqual({ kind: 'Imag', value: 1 });
    expect(value('1.5J')).toEqual({ kind: 'Imag', value: 1.5 });
  });

  it('splits a number from a keyword right after it, like CPython', () => {
    expect(names('1if 1else 2')).toBe('Number(1) if Number(1) else Number(2) NEWLINE ENDMARKER');
    expect(names('0x1for')).toBe('Number(0x1f) or NEWLINE ENDMARKER');
  });

  it.each([
    ['1abc', 'invalid decimal literal', 1],
    ['x = 1_', 'invalid decimal literal', 6],
    ['1__0', 'invalid decimal literal', 2],
    ['x = 1e', 'invalid decimal literal', 5],
    ['x = 1e+', 'invalid decimal literal', 7],
    ['x = 1.__class__', 'invalid decimal literal', 6],
    ['x = 012', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 5],
    ['x = 0_1', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 5],
    ['0x', 'invalid hexadecimal literal', 2],
    ['x = 0x1__f', 'invalid hexadecimal literal', 8],
    ['0b12', "invalid digit '2' in binary literal", 4],
    ['x = 0b1e', 'invalid binary literal', 7],
    ['0o8', "invalid digit '8' in octal literal", 3],
    ['x = 0o1_', 'invalid octal literal', 8],
    ['x=0or 1', 'invalid octal literal', 4],
    ['x = 1jx', 'invalid imaginary literal', 6],
  ])('refuses %j: %s (column %i, as CPython)', (src, msg, column) => {
    expect(failure(src)).toMatchObject({ msg, line: 1, column });
  });
});

describe('strings', () => {
  const str = (src: string): unknown => lex(src).tokens[0].str;

  it('accepts every quote style and prefix, in any case', () => {
    for (const prefix of ['', 'r', 'u', 'R', 'U', 'b', 'B', 'br', 'rB', 'Rb', 'BR', 'f', 'F', 'fr', 'Rf', 'rF']) {
      for (const q of ["'", '"', "'''", '"""']) {
        const { tokens, failure: f } = lex(`${prefix}${q}x${q}`);
        expect(f, `${prefix}${q}`).toBeNull();
        expect(tokens[0].tokenType).toBe(T.String);
      }
    }
  });

  it('does not take invalid prefixes for string prefixes', () => {
    expect(names("ur'x'")).toBe("Name(ur) String('x') NEWLINE ENDMARKER");
    expect(names("bf'x'")).toBe("Name(bf) String('x') NEWLINE ENDMARKER");
  });

  it('decodes escapes, keeps unknown ones, and normalizes newlines', () => {
    expect(str(String.raw`'a\nb\tc\\d\'e\"f\0g\x41\101\u0041\U0001F600\a\b\f\v\r'`)).toEqual({
      kind: 'str',
      value: 'a\nb\tc\\d\'e"f\0gAAA😀\x07\b\f\v\r',
    });
    expect(str(String.raw`'\q\ \%'`)).toEqual({ kind: 'str', value: '\\q\\ \\%' });
    expect(str("'a\\\nb'")).toEqual({ kind: 'str', value: 'ab' });
    expect(str("'''a\r\nb'''")).toEqual({ kind: 'str', value: 'a\nb' });
    expect(str(String.raw`'\777\1\12'`)).toEqual({ kind: 'str', value: '\u01ff\x01\n' });
    expect(str(String.raw`'\ud800'`)).toEqual({ kind: 'str', value: '\ud800' });
  });

  it('decodes \\N{...} names case-insensitively', () => {
    expect(str(String.raw`'\N{BULLET}\N{em dash}\N{LATIN SMALL LETTER E WITH ACUTE}\N{CJK UNIFIED IDEOGRAPH-4E00}'`)).toEqual({
      kind: 'str',
      value: '•—é一',
    });
  });

  it('keeps raw strings raw', () => {
    expect(str(String.raw`r'\n\d\''`)).toEqual({ kind: 'str', value: String.raw`\n\d\'` });
  });

  it('decodes bytes, octal escapes modulo 256', () => {
    expect(str(String.raw`b'a\x00\xff\777\n\q'`)).toEqual({
      kind: 'bytes',
      value: Uint8Array.from([97, 0, 255, 255, 10, 92, 113]),
    });
    expect(str(String.raw`rb'\x'`)).toEqual({ kind: 'bytes', value: Uint8Array.from([92, 120]) });
  });

  it('keeps decoding errors for the parser to report', () => {
    expect(str(String.raw`'\x1'`)).toMatchObject({
      kind: 'error',
      msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
    });
    expect(str(String.raw`'é\x1'`)).toMatchObject({
      msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape",
    });
    expect(str(String.raw`'\N{no such name}'`)).toMatchObject({
      msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name",
    });
    expect(str(String.raw`'\U00110000'`)).toMatchObject({
      msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
    });
    expect(str(String.raw`b'ab\xzz'`)).toMatchObject({ msg: '(value error) invalid \\x escape at position 2' });
    expect(str("b'é'")).toMatchObject({ msg: 'bytes can only contain ASCII literal characters', bytes: true });
  });

  it('reports unterminated strings where they start', () => {
    expect(failure("s = 'abc")).toEqual({
      msg: 'unterminated string literal (detected at line 1)',
      line: 1,
      column: 5,
      pyType: 'SyntaxError',
      incomplete: false,
    });
    expect(failure("x = 'ab\\\ncd")).toMatchObject({ msg: 'unterminated string literal (detected at line 2)', line: 1 });
    expect(failure("x = rb'abc")).toMatchObject({ column: 5 });
  });

  it('reports unterminated triple-quoted strings as incomplete', () => {
    expect(failure('s = """abc\n\ndef')).toEqual({
      msg: 'unterminated triple-quoted string literal (detected at line 3)',
      line: 1,
      column: 5,
      pyType: 'SyntaxError',
      incomplete: true,
    });
    expect(failure('s = """abc\n').msg).toBe('unterminated triple-quoted string literal (detected at line 1)');
  });

  it('ends a triple-quoted string at its first closing quotes', () => {
    expect(names("'''a''''")).toMatch(/^String\('''a'''\)/);
    expect(str("'''a'b\"c'''")).toEqual({ kind: 'str', value: 'a\'b"c' });
  });

  it('tracks lines across multi-line strings', () => {
    expect(at('x = """a\nb\nc"""\ny', 4)).toMatchObject({ image: 'y', line: 4, col: 0 });
  });

  it('splits f-strings and hands each field, with its position, to the parser', () => {
    expect(str("f'a{x}b{y!r:>{w}}'")).toEqual({
      kind: 'fstring',
      parts: [
        'a',
        { kind: 'FormattedValue', value: { kind: 'Name', id: 'x', line: 1, col: 4 }, conversion: null, spec: null, line: 1, col: 3 },
        'b',
        {
          kind: 'FormattedValue',
          value: { kind: 'Name', id: 'y', line: 1, col: 8 },
          conversion: 'r',
          spec: {
            kind: 'FString',
            parts: [
              '>',
              { kind: 'FormattedValue', value: { kind: 'Name', id: 'w', line: 1, col: 14 }, conversion: null, spec: null, line: 1, col: 13 },
            ],
            line: 1,
            col: 12,
          },
          line: 1,
          col: 7,
        },
      ],
    });
  });

  it('maps field positions across lines of triple-quoted f-strings', () => {
    const s = lex("x = f'''ab\n  {a +\n b}'''").tokens[2].str as { parts: { value: Expr }[] };
    expect(s.parts[1].value).toMatchObject({ id: 'a +\n b', line: 2, col: 3 });
  });
});

describe('lexer state', () => {
  it('keeps no state between calls', () => {
    const a = 'if x:\n    y = (1,\n'; // ends inside a bracket and a block
    const b = 'z = 2\n';
    const first = names(b);
    lex(a);
    expect(names(b)).toBe(first);
    expect(lex(a).failure?.msg).toBe("'(' was never closed");
  });
});
