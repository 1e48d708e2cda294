import { describe, expect, it } from 'vitest';
import type * as A from '../core/ast.js';
import { ScriptSyntaxError } from '../core/errors.js';
import { parseExpression, parseModule, warmUpParser } from '../core/parser.js';

// ------------------------------------------------------------------ helpers

/** Removes `line`/`col` everywhere, to compare shapes. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'line' && k !== 'col') out[k] = strip(v);
  return out;
}

const parse = (src: string): A.Module => parseModule(src, 't.py');
const body = (src: string): unknown => strip(parse(src).body);
const stmt = (src: string): unknown => strip(parse(src).body[0]);
const expr = (src: string): unknown => strip(parseExpression(src, 't.py'));
/** The value of `x = <src>`. */
const rhs = (src: string): unknown => strip((parse(`x = ${src}`).body[0] as A.Assign).value);

interface ErrorInfo {
  type: string;
  msg: string;
  line: number;
  column: number;
  incomplete: boolean;
}

function error(src: string, parser: (s: string, f: string) => unknown = parseModule): ErrorInfo {
  try {
    parser(src, 't.py');
  } catch (e) {
    if (!(e instanceof ScriptSyntaxError)) throw e;
    return { type: e.pyType, msg: e.msg, line: e.line, column: e.column, incomplete: e.incomplete };
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

// Node builders (positions omitted).
const N = (id: string) => ({ kind: 'Name', id });
const I = (v: number | bigint) => ({ kind: 'Int', value: BigInt(v) });
const S = (value: string) => ({ kind: 'Str', value });
const bin = (op: string, left: unknown, right: unknown) => ({ kind: 'BinOp', op, left, right });
const un = (op: string, operand: unknown) => ({ kind: 'UnaryOp', op, operand });
const cmp = (left: unknown, ops: string[], comparators: unknown[]) => ({ kind: 'Compare', left, ops, comparators });
const bool = (op: string, ...values: unknown[]) => ({ kind: 'BoolOp', op, values });
const call = (func: unknown, args: unknown[] = [], keywords: unknown[] = []) => ({ kind: 'Call', func, args, keywords });
const kw = (arg: string | null, value: unknown) => ({ kind: 'Keyword', arg, value });
const tuple = (...elts: unknown[]) => ({ kind: 'Tuple', elts });
const list = (...elts: unknown[]) => ({ kind: 'List', elts });
const starred = (value: unknown) => ({ kind: 'Starred', value });
const attr = (value: unknown, name: string) => ({ kind: 'Attribute', value, attr: name });
const sub = (value: unknown, slice: unknown) => ({ kind: 'Subscript', value, slice });
const slice = (lower: unknown, upper: unknown, step: unknown) => ({ kind: 'Slice', lower, upper, step });
const ifexp = (test: unknown, bodyExpr: unknown, orelse: unknown) => ({ kind: 'IfExp', test, body: bodyExpr, orelse });
const fv = (value: unknown, conversion: string | null = null, spec: unknown = null) => ({
  kind: 'FormattedValue',
  value,
  conversion,
  spec,
});
const fstr = (...parts: unknown[]) => ({ kind: 'FString', parts });
const arg = (name: string, annotation: unknown = null) => ({ kind: 'Arg', name, annotation });
const args = (a: Partial<Record<keyof A.Arguments, unknown>> = {}) => ({
  posonlyargs: [],
  args: [],
  vararg: null,
  kwonlyargs: [],
  kwDefaults: [],
  kwarg: null,
  defaults: [],
  ...a,
});
const lambda = (a: unknown, b: unknown) => ({ kind: 'Lambda', args: a, body: b });
const comp = (target: unknown, iter: unknown, ...ifs: unknown[]) => ({ target, iter, ifs });
const alias = (name: string, asname: string | null = null) => ({ kind: 'Alias', name, asname });
const pass = { kind: 'Pass' };
const capture = (name: string | null) => ({ kind: 'MatchAs', pattern: null, name });
const mvalue = (value: unknown) => ({ kind: 'MatchValue', value });

// ------------------------------------------------------------------ expressions

describe('operator precedence', () => {
  it('binds ** tighter than a unary minus on its left: -2**2 == -(2**2)', () => {
    expect(expr('-2**2')).toEqual(un('-', bin('**', I(2), I(2))));
  });

  it('takes a unary expression as the right operand of **: 2**-1', () => {
    expect(expr('2**-1')).toEqual(bin('**', I(2), un('-', I(1))));
    expect(expr('-a ** -b ** c')).toEqual(un('-', bin('**', N('a'), un('-', bin('**', N('b'), N('c'))))));
    expect(expr('2 ** -a * b')).toEqual(bin('*', bin('**', I(2), un('-', N('a'))), N('b')));
  });

  it('makes ** right-associative and the others left-associative', () => {
    expect(expr('2 ** 3 ** 4')).toEqual(bin('**', I(2), bin('**', I(3), I(4))));
    expect(expr('a - b - c')).toEqual(bin('-', bin('-', N('a'), N('b')), N('c')));
    expect(expr('a / b * c // d % e @ f')).toEqual(
      bin('@', bin('%', bin('//', bin('*', bin('/', N('a'), N('b')), N('c')), N('d')), N('e')), N('f')),
    );
  });

  it('puts not below comparisons: not a == b is not (a == b)', () => {
    expect(expr('not a == b')).toEqual(un('not', cmp(N('a'), ['=='], [N('b')])));
    expect(expr('not not a')).toEqual(un('not', un('not', N('a'))));
    expect(expr('not -a')).toEqual(un('not', un('-', N('a'))));
  });

  it('puts bitwise operators above comparisons: a & b == c is (a & b) == c', () => {
    expect(expr('a & b == c')).toEqual(cmp(bin('&', N('a'), N('b')), ['=='], [N('c')]));
  });

  it('orders | ^ & shifts + * unary ** as CPython', () => {
    expect(expr('a | b ^ c & d << e + f * -g ** h')).toEqual(
      bin('|', N('a'), bin('^', N('b'), bin('&', N('c'), bin('<<', N('d'), bin('+', N('e'), bin('*', N('f'), un('-', bin('**', N('g'), N('h'))))))))),
    );
    expect(expr('-a * b')).toEqual(bin('*', un('-', N('a')), N('b')));
    expect(expr('~a + +b - -c')).toEqual(bin('-', bin('+', un('~', N('a')), un('+', N('b'))), un('-', N('c'))));
  });

  it('chains comparisons into one Compare node', () => {
    expect(expr('a < b < c')).toEqual(cmp(N('a'), ['<', '<'], [N('b'), N('c')]));
    expect(expr('a < b == c > d != e <= f >= g')).toEqual(
      cmp(N('a'), ['<', '==', '>', '!=', '<=', '>='], [N('b'), N('c'), N('d'), N('e'), N('f'), N('g')]),
    );
    expect(expr('a in b not in c is d is not e')).toEqual(
      cmp(N('a'), ['in', 'not in', 'is', 'is not'], [N('b'), N('c'), N('d'), N('e')]),
    );
    expect(expr('a < b + c < d')).toEqual(cmp(N('a'), ['<', '<'], [bin('+', N('b'), N('c')), N('d')]));
  });

  it('does not merge a parenthesized comparison or boolean operation', () => {
    expect(expr('(a < b) < c')).toEqual(cmp(cmp(N('a'), ['<'], [N('b')]), ['<'], [N('c')]));
    expect(expr('(a or b) or c')).toEqual(bool('or', bool('or', N('a'), N('b')), N('c')));
  });

  it('flattens and/or and gives and the higher precedence', () => {
    expect(expr('a or b or c')).toEqual(bool('or', N('a'), N('b'), N('c')));
    expect(expr('a and b or c and d')).toEqual(bool('or', bool('and', N('a'), N('b')), bool('and', N('c'), N('d'))));
    expect(expr('not a and b')).toEqual(bool('and', un('not', N('a')), N('b')));
  });

  it('nests conditional expressions to the right', () => {
    expect(expr('a if b else c if d else e')).toEqual(ifexp(N('b'), N('a'), ifexp(N('d'), N('c'), N('e'))));
    expect(expr('(a if b else c) if d else e')).toEqual(ifexp(N('d'), ifexp(N('b'), N('a'), N('c')), N('e')));
    expect(expr('a or b if c and d else e')).toEqual(ifexp(bool('and', N('c'), N('d')), bool('or', N('a'), N('b')), N('e')));
  });

  it('extends a lambda body as far as possible: lambda: x if y else z', () => {
    expect(expr('lambda: x if y else z')).toEqual(lambda(args(), ifexp(N('y'), N('x'), N('z'))));
    expect(expr('a if b else lambda: c if d else e')).toEqual(
      ifexp(N('b'), N('a'), lambda(args(), ifexp(N('d'), N('c'), N('e')))),
    );
    expect(expr('lambda: lambda x: x')).toEqual(lambda(args(), lambda(args({ args: [arg('x')] }), N('x'))));
  });

  it('reads trailers left to right', () => {
    expect(expr('a.b(c)[d].e')).toEqual(attr(sub(call(attr(N('a'), 'b'), [N('c')]), N('d')), 'e'));
    expect(expr('f()()')).toEqual(call(call(N('f'))));
  });
});

describe('expressions', () => {
  it('parses calls with every kind of argument', () => {
    expect(expr('f(a, *b, *c, k=1, **d, j=2)')).toEqual(
      call(N('f'), [N('a'), starred(N('b')), starred(N('c'))], [kw('k', I(1)), kw(null, N('d')), kw('j', I(2))]),
    );
    expect(expr('f(a=1, *b)')).toEqual(call(N('f'), [starred(N('b'))], [kw('a', I(1))]));
    expect(expr('f(x := 1, y=2,)')).toEqual(call(N('f'), [{ kind: 'NamedExpr', target: N('x'), value: I(1) }], [kw('y', I(2))]));
  });

  it('accepts a bare generator expression as the only argument', () => {
    const gen = { kind: 'GeneratorExp', elt: N('x'), generators: [comp(N('x'), N('y'))] };
    expect(expr('f(x for x in y)')).toEqual(call(N('f'), [gen]));
    expect(expr('f((x for x in y))')).toEqual(call(N('f'), [gen]));
    // Its position is the call's parenthesis, like CPython's.
    expect(parseExpression('f(x for x in y)', 't').kind === 'Call' && (parseExpression('f(x for x in y)', 't') as A.Call).args[0].col).toBe(1);
  });

  it('parses subscripts and slices', () => {
    expect(expr('a[1]')).toEqual(sub(N('a'), I(1)));
    expect(expr('a[1:2]')).toEqual(sub(N('a'), slice(I(1), I(2), null)));
    expect(expr('a[:]')).toEqual(sub(N('a'), slice(null, null, null)));
    expect(expr('a[::]')).toEqual(sub(N('a'), slice(null, null, null)));
    expect(expr('a[::2]')).toEqual(sub(N('a'), slice(null, null, I(2))));
    expect(expr('a[1:2:3]')).toEqual(sub(N('a'), slice(I(1), I(2), I(3))));
    expect(expr('a[1:2, ::3]')).toEqual(sub(N('a'), tuple(slice(I(1), I(2), null), slice(null, null, I(3)))));
    expect(expr('a[1,]')).toEqual(sub(N('a'), tuple(I(1))));
    expect(expr('a[*b]')).toEqual(sub(N('a'), tuple(starred(N('b')))));
    expect(expr('a[x := 1]')).toEqual(sub(N('a'), { kind: 'NamedExpr', target: N('x'), value: I(1) }));
  });

  it('parses displays with unpacking', () => {
    expect(expr('[]')).toEqual(list());
    expect(expr('[1, 2,]')).toEqual(list(I(1), I(2)));
    expect(expr('[*a, *b]')).toEqual(list(starred(N('a')), starred(N('b'))));
    expect(expr('()')).toEqual(tuple());
    expect(expr('(1,)')).toEqual(tuple(I(1)));
    expect(expr('(*a,)')).toEqual(tuple(starred(N('a'))));
    expect(expr('(1)')).toEqual(I(1));
    expect(expr('{}')).toEqual({ kind: 'Dict', keys: [], values: [] });
    expect(expr("{**a, 'k': 1}")).toEqual({ kind: 'Dict', keys: [null, S('k')], values: [N('a'), I(1)] });
    expect(expr('{1, *a}')).toEqual({ kind: 'Set', elts: [I(1), starred(N('a'))] });
    expect(expr('1, 2')).toEqual(tuple(I(1), I(2)));
  });

  it('parses comprehensions with several for and if clauses', () => {
    expect(expr('[x for x in y if x if z for w in x]')).toEqual({
      kind: 'ListComp',
      elt: N('x'),
      generators: [comp(N('x'), N('y'), N('x'), N('z')), comp(N('w'), N('x'))],
    });
    expect(expr('{k: v for k, v in d}')).toEqual({
      kind: 'DictComp',
      key: N('k'),
      value: N('v'),
      generators: [comp(tuple(N('k'), N('v')), N('d'))],
    });
    expect(expr('{x for x, in y}')).toEqual({ kind: 'SetComp', elt: N('x'), generators: [comp(tuple(N('x')), N('y'))] });
    expect(expr('(x for x in y)')).toEqual({ kind: 'GeneratorExp', elt: N('x'), generators: [comp(N('x'), N('y'))] });
    expect(expr('[a if b else c for a in d]')).toEqual({
      kind: 'ListComp',
      elt: ifexp(N('b'), N('a'), N('c')),
      generators: [comp(N('a'), N('d'))],
    });
  });

  it('parses lambdas with the full parameter syntax', () => {
    expect(expr('lambda a, /, b=1, *c, d, e=2, **f: 0')).toEqual(
      lambda(
        args({
          posonlyargs: [arg('a')],
          args: [arg('b')],
          defaults: [I(1)],
          vararg: arg('c'),
          kwonlyargs: [arg('d'), arg('e')],
          kwDefaults: [null, I(2)],
          kwarg: arg('f'),
        }),
        I(0),
      ),
    );
    expect(expr('lambda *, a: a')).toEqual(lambda(args({ kwonlyargs: [arg('a')], kwDefaults: [null] }), N('a')));
    expect(expr('lambda x,: x')).toEqual(lambda(args({ args: [arg('x')] }), N('x')));
  });

  it('parses the walrus operator where CPython allows it', () => {
    const walrus = { kind: 'NamedExpr', target: N('x'), value: I(1) };
    expect(expr('(x := 1)')).toEqual(walrus);
    expect(expr('[x := 1, 2]')).toEqual(list(walrus, I(2)));
    expect(stmt('if (n := 1) > 0: pass')).toMatchObject({ test: cmp({ kind: 'NamedExpr', target: N('n'), value: I(1) }, ['>'], [I(0)]) });
    expect(stmt('while x := 1: pass')).toMatchObject({ test: walrus });
    expect(error('x := 1')).toMatchObject({ msg: 'invalid syntax', column: 3 });
    expect(error('f(a.b := 1)')).toMatchObject({ msg: 'cannot use assignment expressions with attribute' });
  });

  it('parses yield forms', () => {
    const fn = (src: string): unknown => (stmt(`def g():\n    ${src}`) as { body: unknown[] }).body[0];
    expect(fn('yield')).toEqual({ kind: 'Expr', value: { kind: 'Yield', value: null } });
    expect(fn('yield 1, 2')).toEqual({ kind: 'Expr', value: { kind: 'Yield', value: tuple(I(1), I(2)) } });
    expect(fn('yield from y')).toEqual({ kind: 'Expr', value: { kind: 'YieldFrom', value: N('y') } });
    expect(fn('x = yield')).toEqual({ kind: 'Assign', targets: [N('x')], value: { kind: 'Yield', value: null } });
    expect(fn('x = yield from y')).toEqual({ kind: 'Assign', targets: [N('x')], value: { kind: 'YieldFrom', value: N('y') } });
    expect(fn('f((yield))')).toEqual({ kind: 'Expr', value: call(N('f'), [{ kind: 'Yield', value: null }]) });
  });

  it('refuses await', () => {
    expect(error('def f():\n    await x')).toEqual({
      type: 'SyntaxError',
      msg: "'await' is not supported in Sandling",
      line: 2,
      column: 5,
      incomplete: false,
    });
  });
});

// ------------------------------------------------------------------ literals

describe('literals', () => {
  it('parses numbers', () => {
    expect(rhs('123456789012345678901234567890')).toEqual(I(123456789012345678901234567890n));
    expect(rhs('0x_ff')).toEqual(I(255));
    expect(rhs('1_000.5')).toEqual({ kind: 'Float', value: 1000.5 });
    expect(rhs('.5')).toEqual({ kind: 'Float', value: 0.5 });
    expect(rhs('1j')).toEqual({ kind: 'Imag', value: 1 });
    expect(rhs('-1')).toEqual(un('-', I(1)));
  });

  it('parses constants', () => {
    expect(rhs('None, True, False, ...')).toEqual(
      tuple({ kind: 'None' }, { kind: 'Bool', value: true }, { kind: 'Bool', value: false }, { kind: 'Ellipsis' }),
    );
  });

  it('concatenates adjacent strings and bytes', () => {
    expect(rhs(`'a' "b" '''c'''`)).toEqual(S('abc'));
    expect(rhs(`b'a' B"b"`)).toEqual({ kind: 'Bytes', value: Uint8Array.from([97, 98]) });
    expect(rhs(`('a'\n  'b')`)).toEqual(S('ab'));
    expect(rhs(`'a' \\\n'b'`)).toEqual(S('ab'));
  });

  it('makes an f-string of any concatenation that contains one', () => {
    expect(rhs(`'a' f'{b}' 'c'`)).toEqual(fstr('a', fv(N('b')), 'c'));
    expect(rhs(`f'' ''`)).toEqual(fstr());
    expect(rhs(`f'abc'`)).toEqual(fstr('abc'));
  });

  it('keeps Python code points in JS strings', () => {
    expect(rhs(`'é😀'`)).toEqual(S('é😀'));
    expect(rhs(String.raw`'\U0001F600'`)).toEqual(S('😀'));
    expect(rhs(String.raw`'\udc00'`)).toEqual(S('\udc00'));
  });

  it('reports literal errors like CPython', () => {
    expect(error("x = 'a' b'b'")).toMatchObject({ msg: 'cannot mix bytes and nonbytes literals', line: 1, column: 13 });
    expect(error("x = b'a' f'b'")).toMatchObject({ msg: 'cannot mix bytes and nonbytes literals' });
    expect(error("x = b'é'")).toMatchObject({ msg: 'bytes can only contain ASCII literal characters', column: 5 });
    expect(error(String.raw`x = ('abc'` + "\n" + String.raw`'\x1')`)).toMatchObject({
      msg: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
      line: 2,
      column: 6,
    });
  });
});

describe('f-strings', () => {
  it('parses conversions and format specs with nested fields', () => {
    expect(rhs(`f'{x!r}{x!s}{x!a}'`)).toEqual(fstr(fv(N('x'), 'r'), fv(N('x'), 's'), fv(N('x'), 'a')));
    expect(rhs(`f'{x:{width}.{prec}f}'`)).toEqual(fstr(fv(N('x'), null, fstr(fv(N('width')), '.', fv(N('prec')), 'f'))));
    expect(rhs(`f'{x:}'`)).toEqual(fstr(fv(N('x'), null, fstr())));
    expect(rhs(`f'{3.14:.2f}'`)).toEqual(fstr(fv({ kind: 'Float', value: 3.14 }, null, fstr('.2f'))));
  });

  it('expands the = debug form with the exact source text', () => {
    expect(rhs(`f'{x=}'`)).toEqual(fstr('x=', fv(N('x'), 'r')));
    expect(rhs(`f'{x = !r:>10}'`)).toEqual(fstr('x = ', fv(N('x'), 'r', fstr('>10'))));
    expect(rhs(`f'{x=!s}'`)).toEqual(fstr('x=', fv(N('x'), 's')));
    expect(rhs(`f'{x=:>5}'`)).toEqual(fstr('x=', fv(N('x'), null, fstr('>5'))));
    expect(rhs(`f'a{x = }b'`)).toEqual(fstr('ax = ', fv(N('x'), 'r'), 'b'));
  });

  it('handles doubled braces', () => {
    expect(rhs(`f'{{}}'`)).toEqual(fstr('{}'));
    expect(rhs(`f'{{{x}}}'`)).toEqual(fstr('{', fv(N('x')), '}'));
  });

  it('parses fields with quotes, colons and brackets inside', () => {
    expect(rhs(`f'{d["a"]}'`)).toEqual(fstr(fv(sub(N('d'), S('a')))));
    expect(rhs(`f"{d['a']}"`)).toEqual(fstr(fv(sub(N('d'), S('a')))));
    expect(rhs(`f'{a[1:2]}'`)).toEqual(fstr(fv(sub(N('a'), slice(I(1), I(2), null)))));
    expect(rhs(`f'{ {"a":1}["a"] }'`)).toEqual(fstr(fv(sub({ kind: 'Dict', keys: [S('a')], values: [I(1)] }, S('a')))));
    expect(rhs(`f'{(lambda: 1)()}'`)).toEqual(fstr(fv(call(lambda(args(), I(1))))));
    expect(rhs(`f'{(x:=1)}'`)).toEqual(fstr(fv({ kind: 'NamedExpr', target: N('x'), value: I(1) })));
    expect(rhs(`f'{x:=1}'`)).toEqual(fstr(fv(N('x'), null, fstr('=1'))));
    expect(rhs(`f'{a!=b}'`)).toEqual(fstr(fv(cmp(N('a'), ['!='], [N('b')]))));
    expect(rhs(`f'{a, b}'`)).toEqual(fstr(fv(tuple(N('a'), N('b')))));
    expect(rhs(`f'{f"{x}"}'`)).toEqual(fstr(fv(fstr(fv(N('x'))))));
  });

  it('decodes escapes in literal parts, also around \\N{...}', () => {
    expect(rhs(String.raw`f'\t{x}\N{BULLET}'`)).toEqual(fstr('\t', fv(N('x')), '•'));
    expect(rhs(String.raw`rf'\t{x}'`)).toEqual(fstr('\\t', fv(N('x'))));
  });

  it('gives field expressions their real positions, across lines too', () => {
    const v = parse("x = f'ab{a+b}'").body[0] as A.Assign;
    const field = (v.value as A.FString).parts[1] as A.FormattedValue;
    expect(field.value).toMatchObject({ kind: 'BinOp', line: 1, col: 9, left: { col: 9 }, right: { col: 11 } });
    const w = parse("x = f'''ab\n  {a +\n b}'''").body[0] as A.Assign;
    const f2 = (w.value as A.FString).parts[1] as A.FormattedValue;
    expect(f2.value).toMatchObject({ line: 2, col: 3, right: { line: 3, col: 1 } });
  });

  it.each([
    ["x = f'{}'", 'f-string: empty expression not allowed', 10],
    ["x = f'{ }'", 'f-string: empty expression not allowed', 11],
    ["x = f'{'", "f-string: expecting '}'", 9],
    ["x = f'{a!r'", "f-string: expecting '}'", 12],
    ["x = f'{a!r }'", "f-string: expecting '}'", 14],
    ["x = f'}'", "f-string: single '}' is not allowed", 9],
    ["x = f'{a}}'", "f-string: single '}' is not allowed", 12],
    ["x = f'{a!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 13],
    ["x = f'{a!}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 12],
    ["x = f'{a\\n}'", 'f-string expression part cannot include a backslash', 13],
    ["x = f'{#}'", "f-string expression part cannot include '#'", 11],
    ["x = f'{a:{b:{c}}}'", 'f-string: expressions nested too deeply', 19],
    ["x = f'{!r}'", "f-string: expression required before '!'", 12],
  ])('reports %s as CPython 3.11 does (at the token after the string)', (src, msg, column) => {
    expect(error(src)).toMatchObject({ type: 'SyntaxError', msg, line: 1, column });
  });

  it('reports syntax errors in fields with an f-string: prefix at the real position', () => {
    // CPython 3.11 gives positions relative to its internal "(a +)" copy; Sandling points into the source.
    expect(error("x = f'{a +}'")).toMatchObject({ msg: 'f-string: invalid syntax', line: 1, column: 11 });
    expect(error("x = f'{a b}'")).toMatchObject({ msg: 'f-string: invalid syntax. Perhaps you forgot a comma?', column: 8 });
    expect(error("x = f'{*a}'")).toMatchObject({ msg: 'f-string: cannot use starred expression here', column: 8 });
    expect(error("x = 1\ny = f'''abc\n{a +}'''")).toMatchObject({ msg: 'f-string: invalid syntax', line: 3, column: 5 });
    expect(error("x = f'{lambda x: 1}'")).toMatchObject({ msg: 'f-string: invalid syntax' });
  });
});

// ------------------------------------------------------------------ statements

describe('simple statements', () => {
  it('parses expression statements and ;-separated statements', () => {
    expect(body('f(x); y; pass;')).toEqual([{ kind: 'Expr', value: call(N('f'), [N('x')]) }, { kind: 'Expr', value: N('y') }, pass]);
  });

  it('parses chained, tuple, starred, attribute and subscript assignments', () => {
    expect(stmt('a = b = 1')).toEqual({ kind: 'Assign', targets: [N('a'), N('b')], value: I(1) });
    expect(stmt('a, *b = c')).toEqual({ kind: 'Assign', targets: [tuple(N('a'), starred(N('b')))], value: N('c') });
    expect(stmt('[a, (b, c)] = d')).toEqual({ kind: 'Assign', targets: [list(N('a'), tuple(N('b'), N('c')))], value: N('d') });
    expect(stmt('a.b[0] = 1, 2')).toEqual({ kind: 'Assign', targets: [sub(attr(N('a'), 'b'), I(0))], value: tuple(I(1), I(2)) });
    expect(stmt('x = *a, *b')).toEqual({ kind: 'Assign', targets: [N('x')], value: tuple(starred(N('a')), starred(N('b'))) });
  });

  it('parses all 13 augmented assignment operators', () => {
    const ops = ['+', '-', '*', '@', '/', '//', '%', '**', '>>', '<<', '&', '^', '|'];
    expect(body(ops.map((op) => `x ${op}= 1`).join('\n'))).toEqual(
      ops.map((op) => ({ kind: 'AugAssign', target: N('x'), op, value: I(1) })),
    );
    expect(stmt('a.b[c] += 1')).toMatchObject({ kind: 'AugAssign', target: sub(attr(N('a'), 'b'), N('c')) });
  });

  it('parses annotated assignments and their simple flag', () => {
    expect(stmt('x: int = 1')).toEqual({ kind: 'AnnAssign', target: N('x'), annotation: N('int'), value: I(1), simple: true });
    expect(stmt('x: int')).toEqual({ kind: 'AnnAssign', target: N('x'), annotation: N('int'), value: null, simple: true });
    expect(stmt('(x): int = 1')).toMatchObject({ simple: false });
    expect(stmt('a.b: int')).toMatchObject({ target: attr(N('a'), 'b'), simple: false });
    expect(stmt('a[0]: list[int] = []')).toMatchObject({ target: sub(N('a'), I(0)), annotation: sub(N('list'), N('int')) });
  });

  it('parses del, pass, break, continue, return, raise, global, nonlocal, assert', () => {
    expect(stmt('del a, b[0], c.d')).toEqual({ kind: 'Delete', targets: [N('a'), sub(N('b'), I(0)), attr(N('c'), 'd')] });
    expect(stmt('del (a, b), [c]')).toEqual({ kind: 'Delete', targets: [tuple(N('a'), N('b')), list(N('c'))] });
    expect(body('while x:\n    break\n    continue')).toEqual([
      { kind: 'While', test: N('x'), body: [{ kind: 'Break' }, { kind: 'Continue' }], orelse: [] },
    ]);
    const inDef = (src: string): unknown => (stmt(`def f():\n    ${src}`) as { body: unknown[] }).body[0];
    expect(inDef('return')).toEqual({ kind: 'Return', value: null });
    expect(inDef('return 1, *a')).toEqual({ kind: 'Return', value: tuple(I(1), starred(N('a'))) });
    expect(inDef('nonlocal a, b')).toEqual({ kind: 'Nonlocal', names: ['a', 'b'] });
    expect(stmt('raise')).toEqual({ kind: 'Raise', exc: null, cause: null });
    expect(stmt('raise E from c')).toEqual({ kind: 'Raise', exc: N('E'), cause: N('c') });
    expect(stmt('global a, b')).toEqual({ kind: 'Global', names: ['a', 'b'] });
    expect(stmt('assert x')).toEqual({ kind: 'Assert', test: N('x'), msg: null });
    expect(stmt("assert x, 'm'")).toEqual({ kind: 'Assert', test: N('x'), msg: S('m') });
  });

  it('parses every import form', () => {
    expect(stmt('import a.b.c as d, e')).toEqual({ kind: 'Import', names: [alias('a.b.c', 'd'), alias('e')] });
    expect(stmt('from a.b import c as d, e')).toEqual({ kind: 'ImportFrom', module: 'a.b', names: [alias('c', 'd'), alias('e')], level: 0 });
    expect(stmt('from . import x')).toEqual({ kind: 'ImportFrom', module: null, names: [alias('x')], level: 1 });
    expect(stmt('from ..a.b import c')).toEqual({ kind: 'ImportFrom', module: 'a.b', names: [alias('c')], level: 2 });
    expect(stmt('from .... import x')).toMatchObject({ level: 4 });
    expect(stmt('from x import *')).toEqual({ kind: 'ImportFrom', module: 'x', names: [alias('*')], level: 0 });
    expect(stmt('from a import (b as c,\n    d,)')).toEqual({ kind: 'ImportFrom', module: 'a', names: [alias('b', 'c'), alias('d')], level: 0 });
  });

  it('refuses Python 2 print statements with CPython message', () => {
    expect(error('print "hello"')).toEqual({
      type: 'SyntaxError',
      msg: "Missing parentheses in call to 'print'. Did you mean print(...)?",
      line: 1,
      column: 1,
      incomplete: false,
    });
  });
});

describe('compound statements', () => {
  it('turns elif into a nested If in orelse', () => {
    expect(stmt('if a:\n    pass\nelif b:\n    pass\nelif c: pass\nelse:\n    x')).toEqual({
      kind: 'If',
      test: N('a'),
      body: [pass],
      orelse: [{ kind: 'If', test: N('b'), body: [pass], orelse: [{ kind: 'If', test: N('c'), body: [pass], orelse: [{ kind: 'Expr', value: N('x') }] }] }],
    });
    const nested = (parse('if a:\n    pass\nelif b:\n    pass').body[0] as A.If).orelse[0];
    expect(nested).toMatchObject({ line: 3, col: 0 });
  });

  it('parses while/else and for/else with target lists', () => {
    expect(stmt('while x:\n    pass\nelse:\n    pass')).toEqual({ kind: 'While', test: N('x'), body: [pass], orelse: [pass] });
    expect(stmt('for a, (b, *c) in d, e:\n    pass\nelse: pass')).toEqual({
      kind: 'For',
      target: tuple(N('a'), tuple(N('b'), starred(N('c')))),
      iter: tuple(N('d'), N('e')),
      body: [pass],
      orelse: [pass],
    });
    expect(stmt('for x.y[0] in z: pass')).toMatchObject({ target: sub(attr(N('x'), 'y'), I(0)) });
  });

  it('parses try/except/else/finally', () => {
    expect(stmt('try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass')).toEqual({
      kind: 'Try',
      body: [pass],
      handlers: [
        { kind: 'ExceptHandler', type: tuple(N('A'), N('B')), name: 'e', body: [pass] },
        { kind: 'ExceptHandler', type: N('C'), name: null, body: [pass] },
        { kind: 'ExceptHandler', type: null, name: null, body: [pass] },
      ],
      orelse: [pass],
      finalbody: [pass],
    });
    expect(stmt('try: pass\nfinally: pass')).toEqual({ kind: 'Try', body: [pass], handlers: [], orelse: [], finalbody: [pass] });
    expect(error('try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass')).toMatchObject({ msg: "default 'except:' must be last", line: 3 });
    expect(error('try:\n    pass\nexcept* E:\n    pass').msg).toBe("'except*' is not supported in Sandling");
  });

  it('parses with statements, including the parenthesized form', () => {
    const item = (contextExpr: unknown, optionalVars: unknown = null) => ({ contextExpr, optionalVars });
    expect(stmt('with a as b, c: pass')).toEqual({ kind: 'With', items: [item(N('a'), N('b')), item(N('c'))], body: [pass] });
    expect(stmt('with (a as b, c as d,): pass')).toEqual({ kind: 'With', items: [item(N('a'), N('b')), item(N('c'), N('d'))], body: [pass] });
    expect(stmt('with (a, b): pass')).toEqual({ kind: 'With', items: [item(N('a')), item(N('b'))], body: [pass] });
    expect(stmt('with (a, b) as c: pass')).toEqual({ kind: 'With', items: [item(tuple(N('a'), N('b')), N('c'))], body: [pass] });
    expect(stmt('with (a) as b: pass')).toEqual({ kind: 'With', items: [item(N('a'), N('b'))], body: [pass] });
    expect(stmt('with a as (b, c): pass')).toMatchObject({ items: [item(N('a'), tuple(N('b'), N('c')))] });
  });

  it('parses function definitions with every parameter kind, annotations and decorators', () => {
    expect(stmt('@dec\n@dec2(1).x\n@(lambda f: f)\ndef f(a: int, /, b=1, *args: str, c, d: int = 2, **kw) -> None:\n    pass')).toEqual({
      kind: 'FunctionDef',
      name: 'f',
      args: args({
        posonlyargs: [arg('a', N('int'))],
        args: [arg('b')],
        defaults: [I(1)],
        vararg: arg('args', N('str')),
        kwonlyargs: [arg('c'), arg('d', N('int'))],
        kwDefaults: [null, I(2)],
        kwarg: arg('kw'),
      }),
      body: [pass],
      decorators: [N('dec'), attr(call(N('dec2'), [I(1)]), 'x'), lambda(args({ args: [arg('f')] }), N('f'))],
      returns: { kind: 'None' },
    });
    // A decorated definition is placed at its `def`, like CPython's.
    expect(parse('@dec\ndef f(): pass').body[0]).toMatchObject({ line: 2, col: 0 });
    expect(stmt('def f(*args: *Ts): pass')).toMatchObject({ args: { vararg: arg('args', starred(N('Ts'))) } });
  });

  it('parses class definitions with bases and keywords', () => {
    expect(stmt('@d\nclass A(B, *C, metaclass=M, **kw):\n    x = 1')).toEqual({
      kind: 'ClassDef',
      name: 'A',
      bases: [N('B'), starred(N('C'))],
      keywords: [kw('metaclass', N('M')), kw(null, N('kw'))],
      body: [{ kind: 'Assign', targets: [N('x')], value: I(1) }],
      decorators: [N('d')],
    });
    expect(stmt('class A(): pass')).toMatchObject({ bases: [], keywords: [] });
  });

  it('refuses async statements', () => {
    expect(error('async def f(): pass')).toMatchObject({ msg: "'async def' is not supported in Sandling", line: 1, column: 1 });
    expect(error('async for x in y: pass')).toMatchObject({ msg: "'async for' is not supported in Sandling" });
    expect(error('async with a: pass')).toMatchObject({ msg: "'async with' is not supported in Sandling" });
    expect(error('@d\nasync def f(): pass')).toMatchObject({ msg: "'async def' is not supported in Sandling", line: 2 });
    expect(error('x = [i async for i in y]')).toMatchObject({ msg: "'async for' is not supported in Sandling" });
  });
});

describe('match statements and soft keywords', () => {
  const pattern = (p: string): unknown => (stmt(`match x:\n    case ${p}: pass`) as { cases: { pattern: unknown }[] }).cases[0].pattern;

  it('parses literal, singleton, capture, wildcard and value patterns', () => {
    expect(pattern('1')).toEqual(mvalue(I(1)));
    expect(pattern('-1.5')).toEqual(mvalue(un('-', { kind: 'Float', value: 1.5 })));
    expect(pattern('-1 + 2j')).toEqual(mvalue(bin('+', un('-', I(1)), { kind: 'Imag', value: 2 })));
    expect(pattern('"a" "b"')).toEqual(mvalue(S('ab')));
    expect(pattern("b'x'")).toEqual(mvalue({ kind: 'Bytes', value: Uint8Array.from([120]) }));
    expect(pattern('None')).toEqual({ kind: 'MatchSingleton', value: null });
    expect(pattern('True')).toEqual({ kind: 'MatchSingleton', value: true });
    expect(pattern('y')).toEqual(capture('y'));
    expect(pattern('_')).toEqual(capture(null));
    expect(pattern('Color.RED')).toEqual(mvalue(attr(N('Color'), 'RED')));
  });

  it('parses sequence patterns in every spelling', () => {
    const seq = (...patterns: unknown[]) => ({ kind: 'MatchSequence', patterns });
    expect(pattern('[a, *rest]')).toEqual(seq(capture('a'), { kind: 'MatchStar', name: 'rest' }));
    expect(pattern('(a, *_)')).toEqual(seq(capture('a'), { kind: 'MatchStar', name: null }));
    expect(pattern('a, b')).toEqual(seq(capture('a'), capture('b')));
    expect(pattern('()')).toEqual(seq());
    expect(pattern('(a,)')).toEqual(seq(capture('a')));
    expect(pattern('(a)')).toEqual(capture('a'));
  });

  it('parses mapping, class, or and as patterns, and guards', () => {
    expect(pattern("{'a': 1, Color.RED: y, **rest}")).toEqual({
      kind: 'MatchMapping',
      keys: [S('a'), attr(N('Color'), 'RED')],
      patterns: [mvalue(I(1)), capture('y')],
      rest: 'rest',
    });
    expect(pattern('Point(1, y=2)')).toEqual({
      kind: 'MatchClass',
      cls: N('Point'),
      patterns: [mvalue(I(1))],
      kwdAttrs: ['y'],
      kwdPatterns: [mvalue(I(2))],
    });
    expect(pattern('(1 | 2) as n')).toEqual({ kind: 'MatchAs', pattern: { kind: 'MatchOr', patterns: [mvalue(I(1)), mvalue(I(2))] }, name: 'n' });
    expect(stmt('match x:\n    case [a] if a > 0:\n        pass')).toEqual({
      kind: 'Match',
      subject: N('x'),
      cases: [{ pattern: { kind: 'MatchSequence', patterns: [capture('a')] }, guard: cmp(N('a'), ['>'], [I(0)]), body: [pass] }],
    });
  });

  it('accepts tuple and starred subjects', () => {
    expect(stmt('match a, *b:\n    case _: pass')).toMatchObject({ subject: tuple(N('a'), starred(N('b'))) });
  });

  it('keeps match, case and _ usable as names', () => {
    expect(body('match = 1\nmatch(x)\nmatch.attr = 2\nmatch[0] = 3\ncase = _ = 4\nprint(match, case, _)')).toEqual([
      { kind: 'Assign', targets: [N('match')], value: I(1) },
      { kind: 'Expr', value: call(N('match'), [N('x')]) },
      { kind: 'Assign', targets: [attr(N('match'), 'attr')], value: I(2) },
      { kind: 'Assign', targets: [sub(N('match'), I(0))], value: I(3) },
      { kind: 'Assign', targets: [N('case'), N('_')], value: I(4) },
      { kind: 'Expr', value: call(N('print'), [N('match'), N('case'), N('_')]) },
    ]);
    expect(stmt('match match:\n    case case: pass')).toEqual({
      kind: 'Match',
      subject: N('match'),
      cases: [{ pattern: capture('case'), guard: null, body: [pass] }],
    });
    expect(stmt('def match(case): return case')).toMatchObject({ name: 'match', args: { args: [arg('case')] } });
  });
});

describe('names', () => {
  it('accepts non-ASCII identifiers and refuses keywords as names', () => {
    expect(stmt('café = 1')).toEqual({ kind: 'Assign', targets: [N('café')], value: I(1) });
    expect(error('class = 1')).toMatchObject({ msg: 'invalid syntax', column: 7 });
    expect(error('def if(): pass')).toMatchObject({ msg: 'invalid syntax', column: 5 });
    expect(error('x.if = 1')).toMatchObject({ msg: 'invalid syntax', column: 3 });
  });
});

// ------------------------------------------------------------------ positions

describe('positions', () => {
  it('uses 1-based lines and 0-based code-point columns', () => {
    const m = parse("s = '😀'; t = a.b(c)");
    expect(m.body[1]).toMatchObject({ kind: 'Assign', line: 1, col: 9, value: { kind: 'Call', col: 13, func: { col: 13 } } });
  });

  it('starts a node at its first token, parentheses included, like CPython', () => {
    const v = (parse('x = (a) * b').body[0] as A.Assign).value;
    expect(v).toMatchObject({ kind: 'BinOp', col: 4, left: { kind: 'Name', col: 5 } });
    expect((parse('x = (1, 2)').body[0] as A.Assign).value).toMatchObject({ kind: 'Tuple', col: 4 });
    expect((parse('x = 1, 2').body[0] as A.Assign).value).toMatchObject({ kind: 'Tuple', col: 4 });
    expect((parse('x = (a).b').body[0] as A.Assign).value).toMatchObject({ kind: 'Attribute', col: 4 });
    expect((parse('x = -a').body[0] as A.Assign).value).toMatchObject({ kind: 'UnaryOp', col: 4 });
    expect((parse('x = a if b else c').body[0] as A.Assign).value).toMatchObject({ kind: 'IfExp', col: 4 });
  });

  it('places arguments, keywords and aliases at their names', () => {
    const f = parse('def f(a, *, b): pass').body[0] as A.FunctionDef;
    expect(f.args.args[0]).toMatchObject({ line: 1, col: 6 });
    expect(f.args.kwonlyargs[0]).toMatchObject({ col: 12 });
    expect(((parse('f(k=1)').body[0] as A.ExprStmt).value as A.Call).keywords[0]).toMatchObject({ col: 2 });
    expect((parse('import a.b as c').body[0] as A.Import).names[0]).toMatchObject({ col: 7 });
  });
});

// ------------------------------------------------------------------ errors

/** [source, type, message, line, column] as CPython 3.11.7's compile() reports them (generated with python3). */
const CPYTHON_ERRORS: [string, string, string, number, number][] = [
  ["x = 1 +", "SyntaxError", "invalid syntax", 1, 8],
  ["a b", "SyntaxError", "invalid syntax", 1, 3],
  ["x = = 1", "SyntaxError", "invalid syntax", 1, 5],
  ["1 +* 2", "SyntaxError", "invalid syntax", 1, 4],
  ["x = (1, 2\ny = 3", "SyntaxError", "'(' was never closed", 1, 5],
  ["def f(:\n    pass", "SyntaxError", "invalid syntax", 1, 7],
  ["if x y:\n    pass", "SyntaxError", "invalid syntax", 1, 6],
  ["x = 1;; y = 2", "SyntaxError", "invalid syntax", 1, 7],
  ["a $ b", "SyntaxError", "invalid syntax", 1, 3],
  ["a ? b", "SyntaxError", "invalid syntax", 1, 3],
  ["x = a.1", "SyntaxError", "invalid syntax", 1, 6],
  ["x = [1, 2,, 3]", "SyntaxError", "invalid syntax", 1, 11],
  ["if x\n    pass", "SyntaxError", "expected ':'", 1, 5],
  ["for x in range(10)\n    pass", "SyntaxError", "expected ':'", 1, 19],
  ["while x\n    pass", "SyntaxError", "expected ':'", 1, 8],
  ["def f()\n    pass", "SyntaxError", "expected ':'", 1, 8],
  ["class A\n    pass", "SyntaxError", "expected ':'", 1, 8],
  ["with a as b\n    pass", "SyntaxError", "expected ':'", 1, 12],
  ["try\n    pass", "SyntaxError", "expected ':'", 1, 4],
  ["if x:\n    pass\nelse if y:\n    pass", "SyntaxError", "expected ':'", 3, 6],
  ["match x\n", "SyntaxError", "expected ':'", 1, 8],
  ["def f() -> : pass", "SyntaxError", "expected ':'", 1, 9],
  ["  x = 1", "IndentationError", "unexpected indent", 1, 2],
  ["x = 1\n    y = 2", "IndentationError", "unexpected indent", 2, 4],
  ["if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1],
  ["def f():\n    if x:\n    return 1", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 5],
  ["if x:\n    pass\n  y = 1", "IndentationError", "unindent does not match any outer indentation level", 3, 8],
  ["if x:\n  @dec\nx = 1", "IndentationError", "unexpected unindent", 3, 0],
  ["if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6],
  ["for x in y:", "IndentationError", "expected an indented block after 'for' statement on line 1", 1, 12],
  ["while x:", "IndentationError", "expected an indented block after 'while' statement on line 1", 1, 9],
  ["def f():", "IndentationError", "expected an indented block after function definition on line 1", 1, 9],
  ["class A:", "IndentationError", "expected an indented block after class definition on line 1", 1, 9],
  ["with a:", "IndentationError", "expected an indented block after 'with' statement on line 1", 1, 8],
  ["try:", "IndentationError", "expected an indented block after 'try' statement on line 1", 1, 5],
  ["try:\n    pass\nexcept:", "IndentationError", "expected an indented block after 'except' statement on line 3", 3, 8],
  ["try:\n    pass\nfinally:", "IndentationError", "expected an indented block after 'finally' statement on line 3", 3, 9],
  ["if x:\n    pass\nelif y:", "IndentationError", "expected an indented block after 'elif' statement on line 3", 3, 8],
  ["if x:\n    pass\nelse:", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 6],
  ["match x:", "IndentationError", "expected an indented block after 'match' statement on line 1", 1, 9],
  ["match x:\n    case 1:", "IndentationError", "expected an indented block after 'case' statement on line 2", 2, 12],
  ["if x:\n\tpass\n        y", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1],
  ["if x:\n        pass\n\ty", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1],
  ["s = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5],
  ["s = '''abc\n\ndef", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5],
  ["x = 'ab\\\ncd", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5],
  ["x = (1,", "SyntaxError", "'(' was never closed", 1, 5],
  ["x = )", "SyntaxError", "unmatched ')'", 1, 5],
  ["x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7],
  ["x = (1,\n  2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 4],
  ["x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5],
  ["x = 012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5],
  ["x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8],
  ["x = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 1, 10],
  ["x = 1 \\ y", "SyntaxError", "unexpected character after line continuation character", 1, 8],
  ["a € b", "SyntaxError", "invalid character '€' (U+20AC)", 1, 3],
  ["1 = 2", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1],
  ["f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1],
  ["a + b = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1],
  ["(a, 1) = 2", "SyntaxError", "cannot assign to literal", 1, 5],
  ["[a, b()] = 1", "SyntaxError", "cannot assign to function call", 1, 5],
  ["a, f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4],
  ["f(), a = 1", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6],
  ["f(), a.b = 1", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 6],
  ["x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 5],
  ["f() = x = 1", "SyntaxError", "cannot assign to function call", 1, 1],
  ["True = 1", "SyntaxError", "cannot assign to True", 1, 1],
  ["(True) = 1", "SyntaxError", "cannot assign to True here. Maybe you meant '==' instead of '='?", 1, 2],
  ["a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 1],
  ["x if y else z = 1", "SyntaxError", "cannot assign to conditional expression", 1, 1],
  ["(yield) = 3", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2],
  ["x = yield = 3", "SyntaxError", "assignment to yield expression not possible", 1, 5],
  ["*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1],
  ["x = *a", "SyntaxError", "can't use starred expression here", 1, 5],
  ["*a, *b = c", "SyntaxError", "multiple starred expressions in assignment", 1, 1],
  ["[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1],
  ["for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5],
  ["for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5],
  ["with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 11],
  ["[x for 1 in y]", "SyntaxError", "cannot assign to literal", 1, 8],
  ["del f()", "SyntaxError", "cannot delete function call", 1, 5],
  ["del a + b", "SyntaxError", "cannot delete expression", 1, 5],
  ["del *a", "SyntaxError", "cannot delete starred", 1, 5],
  ["(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1],
  ["f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1],
  ["x: int, y: int = 1, 2", "SyntaxError", "invalid syntax", 1, 7],
  ["[a, b]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1],
  ["a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1],
  ["f(): int", "SyntaxError", "illegal target for annotation", 1, 1],
  ["a.b := 1", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1],
  ["x := 1", "SyntaxError", "invalid syntax", 1, 3],
  ["if x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4],
  ["[x = 1]", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2],
  ["f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9],
  ["f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9],
  ["f(*a, b=1, c)", "SyntaxError", "positional argument follows keyword argument", 1, 13],
  ["f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8],
  ["f(x for x in y, c)", "SyntaxError", "Generator expression must be parenthesized", 1, 3],
  ["f(c, x for x in y)", "SyntaxError", "Generator expression must be parenthesized", 1, 6],
  ["f(x for x in y,)", "SyntaxError", "Generator expression must be parenthesized", 1, 3],
  ["f(x=1, x=2)", "SyntaxError", "keyword argument repeated: x", 1, 8],
  ["f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3],
  ["f(True=1)", "SyntaxError", "cannot assign to True", 1, 3],
  ["class A(x for x in y): pass", "SyntaxError", "invalid syntax", 1, 11],
  ["def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12],
  ["def f(x, x): pass", "SyntaxError", "duplicate argument 'x' in function definition", 1, 10],
  ["lambda x, x: 1", "SyntaxError", "duplicate argument 'x' in function definition", 1, 11],
  ["def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7],
  ["def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7],
  ["def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12],
  ["def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16],
  ["def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11],
  ["def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 7],
  ["def f(/): pass", "SyntaxError", "invalid syntax", 1, 7],
  ["def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 9],
  ["def f(**k=1): pass", "SyntaxError", "var-keyword argument cannot have default value", 1, 10],
  ["def f(a=, b=1): pass", "SyntaxError", "expected default value expression", 1, 8],
  ["def f((a, b)): pass", "SyntaxError", "Function parameters cannot be parenthesized", 1, 7],
  ["def f(a=1, /, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 15],
  ["[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2],
  ["{**a for a in b}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2],
  ["(*a)", "SyntaxError", "cannot use starred expression here", 1, 2],
  ["x = {1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 12],
  ["x = {1:}", "SyntaxError", "expression expected after dictionary key and ':'", 1, 7],
  ["[1 2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2],
  ["f(a, b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6],
  ["{a: b c}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5],
  ["(a if b else c d)", "SyntaxError", "invalid syntax", 1, 16],
  ["(lambda: x y)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 10],
  ["(match x)", "SyntaxError", "invalid syntax", 1, 8],
  ["x = [1 if 2 for x in y]", "SyntaxError", "expected 'else' after 'if' expression", 1, 6],
  ["x = 1 if 2", "SyntaxError", "expected 'else' after 'if' expression", 1, 5],
  ["print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1],
  ["print 'hello'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1],
  ["exec 'x'", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1],
  ["[print x]", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 2],
  ["try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass", "SyntaxError", "default 'except:' must be last", 3, 1],
  ["try:\n    pass", "SyntaxError", "expected 'except' or 'finally' block", 2, 9],
  ["try:\n    pass\nelse:\n    pass", "SyntaxError", "expected 'except' or 'finally' block", 3, 1],
  ["try:\n    pass\nexcept A, B:\n    pass", "SyntaxError", "multiple exception types must be parenthesized", 3, 8],
  ["from a import b,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17],
  ["from x import", "SyntaxError", "invalid syntax", 1, 14],
  ["import a.b as c.d", "SyntaxError", "invalid syntax", 1, 16],
  ["x = 'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13],
  ["x = b'é'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5],
  ["x = '\\N{foo}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 14],
  ["x = f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 10],
  ["x = f'{'", "SyntaxError", "f-string: expecting '}'", 1, 9],
  ["x = f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 9],
  ["x = f'{a!x}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13],
  ["x = f'{a\\n}'", "SyntaxError", "f-string expression part cannot include a backslash", 1, 13],
  ["x = f'{#}'", "SyntaxError", "f-string expression part cannot include '#'", 1, 11],
  ["x = f'{a!r'", "SyntaxError", "f-string: expecting '}'", 1, 12],
  ["x = f'{a:{b:{c:{d}}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 23],
  ["x = f'{!r}'", "SyntaxError", "f-string: expression required before '!'", 1, 12],
  ["x = f'{a}}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 12],
  ["x = f'{)}'", "SyntaxError", "f-string: unmatched ')'", 1, 11],
  ["x = f'{a[}'", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 12],
  ["match x:\n    case 1 as _: pass", "SyntaxError", "cannot use '_' as a target", 2, 15],
  ["match x:\n    case {**rest, 'a': 1}: pass", "SyntaxError", "invalid syntax", 2, 19],
  ["match x:\n    case Point(x=1, 2): pass", "SyntaxError", "positional patterns follow keyword patterns", 2, 21],
  ["match x:\n    case [*a, *b]: pass", "SyntaxError", "multiple starred names in sequence pattern", 2, 10],
  ["match x:\n    case f'x': pass", "SyntaxError", "patterns may only match literals and attribute lookups", 2, 10],
];

describe('syntax errors match CPython 3.11', () => {
  it.each(CPYTHON_ERRORS)('%j -> %s: %s (%i:%i)', (src, type, msg, line, column) => {
    expect(error(src)).toMatchObject({ type, msg, line, column });
  });

  it('gives the text of the offending line', () => {
    const e = (() => {
      try {
        parseModule('x = 1\ny = (1 +\nz = 2', 'f.py');
      } catch (err) {
        return err as ScriptSyntaxError;
      }
      throw new Error('no error');
    })();
    expect(e).toBeInstanceOf(ScriptSyntaxError);
    expect(e.filename).toBe('f.py');
    expect(e.sourceLine).toBe('y = (1 +');
  });

  it('prefers a tokenizer error further down to a generic parser error, like CPython', () => {
    expect(error("x = = 1\ns = 'abc")).toMatchObject({ msg: 'unterminated string literal (detected at line 2)', line: 2 });
    expect(error('f() = 1\ns = (1,')).toMatchObject({ msg: "cannot assign to function call here. Maybe you meant '==' instead of '='?" });
    expect(error('f() = 1\nif x:\n    pass\n  y')).toMatchObject({ line: 1 });
  });
});

describe('incomplete input (for a REPL)', () => {
  it.each([
    ['x = (1,\n', "'(' was never closed"],
    ['x = [1,\n  2,\n', "'[' was never closed"],
    ['s = """abc\n', 'unterminated triple-quoted string literal (detected at line 1)'],
    ['x = 1 + \\\n', 'unexpected EOF while parsing'],
    ['x = 1 + \\', 'unexpected EOF while parsing'],
    ['if x:\n', "expected an indented block after 'if' statement on line 1"],
    ['def f():', 'expected an indented block after function definition on line 1'],
    ['if x:\n  for y in z:\n\n', "expected an indented block after 'for' statement on line 2"],
    ['if x:\n    pass\nelse:\n', "expected an indented block after 'else' statement on line 3"],
    ['try:\n    pass\n', "expected 'except' or 'finally' block"],
    ['@dec\n', 'invalid syntax'],
  ])('%j is incomplete', (src, msg) => {
    expect(error(src)).toMatchObject({ msg, incomplete: true });
  });

  it.each([['x = \n'], ["s = 'abc\n"], ['class A:\nx = 1\n'], ['x = 1 2\n'], ['print x']])('%j is an error', (src) => {
    expect(error(src).incomplete).toBe(false);
  });
});

// ------------------------------------------------------------------ robustness

describe('deep nesting', () => {
  it('parses 200 nested brackets of each kind', () => {
    for (const [open, close] of [['(', ')'], ['[', ']'], ['f(', ')'], ['{1:', '}'], ['a[', ']']]) {
      expect(() => parse(`x = ${open.repeat(200)}1${close.repeat(200)}`)).not.toThrow();
    }
  });

  it('refuses deeper nesting with a SyntaxError', () => {
    expect(error(`x = ${'('.repeat(201)}1${')'.repeat(201)}`)).toMatchObject({ msg: 'too many nested parentheses', column: 205 });
    expect(error('('.repeat(10000))).toMatchObject({ type: 'SyntaxError', msg: 'too many nested parentheses' });
  });

  it('builds long prefix, power, lambda and conditional chains without recursion', () => {
    let e = parseExpression(`${'-'.repeat(10000)}1`, 't');
    let depth = 0;
    while (e.kind === 'UnaryOp') {
      e = e.operand;
      depth++;
    }
    expect(depth).toBe(10000);
    expect(parseExpression(`${'not '.repeat(10000)}1`, 't').kind).toBe('UnaryOp');
    expect(parseExpression(`${'lambda: '.repeat(5000)}1`, 't').kind).toBe('Lambda');
    expect(parseExpression(`${'1 if 1 else '.repeat(5000)}1`, 't').kind).toBe('IfExp');
    expect(parseExpression(`${'2**'.repeat(5000)}2`, 't').kind).toBe('BinOp');
    expect(parseExpression(`${'~-'.repeat(5000)}1`, 't').kind).toBe('UnaryOp');
  });

  it('builds a 10,000-term sum as a left-deep tree', () => {
    let e = parseExpression(Array(10000).fill('1').join('+'), 't');
    let depth = 0;
    while (e.kind === 'BinOp') {
      expect(e.right).toMatchObject({ kind: 'Int' });
      e = e.left;
      depth++;
    }
    expect(depth).toBe(9999);
  });

  it('never lets a JavaScript error escape', () => {
    const attacks = [
      '('.repeat(10000),
      `${'['.repeat(199)}${'{'.repeat(50)}`,
      `f'${'{'.repeat(300)}'`,
      `x = ${'lambda: ('.repeat(150)}`,
      'a' + '.b'.repeat(10000),
      'f' + '()'.repeat(5000),
      'a' + '[0]'.repeat(5000),
    ];
    for (const src of attacks) {
      try {
        parse(src);
      } catch (e) {
        expect(e).toBeInstanceOf(ScriptSyntaxError);
      }
    }
  });

  it('turns a stack overflow into a SyntaxError', () => {
    // Measure the stack, then parse with only a sliver of it left.
    let limit = 0;
    const probe = (): void => {
      limit++;
      probe();
    };
    try {
      probe();
    } catch {
      // the stack is full
    }
    const src = `x = ${'('.repeat(150)}1${')'.repeat(150)}`;
    const atDepth = (n: number, fn: () => unknown): unknown => (n <= 0 ? fn() : atDepth(n - 1, fn));
    let outcome: unknown = 'not reached';
    for (const fraction of [0.97, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5]) {
      try {
        outcome = atDepth(Math.floor(limit * fraction), () => {
          try {
            parse(src);
            return 'parsed';
          } catch (e) {
            return e;
          }
        });
        break;
      } catch (e) {
        if (!(e instanceof RangeError)) throw e; // our own recursion was too deep: try with less
      }
    }
    expect(outcome === 'parsed' || outcome instanceof ScriptSyntaxError).toBe(true);
    if (outcome instanceof ScriptSyntaxError) expect(outcome.msg).toMatch(/too many nested parentheses|too deeply nested/);
  });
});

describe('parseExpression', () => {
  it('parses one expression or an expression list, like eval()', () => {
    expect(expr('  a + 1\n\n')).toEqual(bin('+', N('a'), I(1)));
    expect(expr('a, b,')).toEqual(tuple(N('a'), N('b')));
    expect(parseExpression('   a', 't')).toMatchObject({ line: 1, col: 3 });
  });

  it('refuses statements', () => {
    expect(error('x = 1', parseExpression)).toMatchObject({ msg: 'invalid syntax', line: 1, column: 3 });
    expect(error('a b', parseExpression)).toMatchObject({ msg: 'invalid syntax', line: 1, column: 3 });
  });
});

describe('performance', () => {
  it('builds the parser once, quickly', () => {
    const ms = warmUpParser(); // already built by earlier tests: ~0
    expect(ms).toBeLessThan(50);
  });

  it('parses a 10,000-line file well under a second', () => {
    const chunk = [
      'def f(a, b=1, *args, **kw):',
      '    """Doc."""',
      "    x = [i * 2 for i in range(a) if i % 3 == 0]",
      "    y = {'k': x, **kw}",
      '    if a and not b or x[0] >= 3:',
      "        return f'{a!r:>{b}} {y}'",
      '    try:',
      '        z = obj.method(1, 2, key=3)[1:2]',
      '    except (ValueError, KeyError) as e:',
      '        raise RuntimeError("bad") from e',
    ];
    const src = Array.from({ length: 1000 }, () => chunk.join('\n')).join('\n') + '\n';
    parse(src); // warm up the lazily built lookahead
    const start = performance.now();
    const m = parse(src);
    const ms = performance.now() - start;
    expect(m.body).toHaveLength(1000);
    expect(ms).toBeLessThan(1000);
  });
});
