/**
 * Grammar-aware random programs: small Python programs built from fragments of
 * the language (expressions, statements, classes with hostile dunders,
 * generators, match, recursion) and from parameterised "hostile" templates
 * (deep nesting, self-reference, mutation during iteration, huge sizes).
 * Programs are syntactically valid most of the time and may raise anything.
 *
 * Everything is built from fast-check combinators so that failures shrink to
 * smaller programs.
 */
import fc from 'fast-check';

type Arb<T> = fc.Arbitrary<T>;
type Lines = readonly string[];

const w = <T>(arbitrary: Arb<T>, weight: number) => ({ arbitrary, weight });
const indent = (lines: Lines): Lines => lines.map((l) => `    ${l}`);
const flat = (blocks: readonly Lines[]): string[] => blocks.flat();

// ---------------------------------------------------------------------------
// Names and vocabularies

/** Variables the prelude binds (and statements rebind). */
export const VARS = ['a', 'b', 'c', 'x', 'y', 'n', 's', 'L', 'd', 't', 'fs', 'obj', 'v', 'w'];
const FUNCS = ['f', 'g', 'h', 'r', 'gen'];
const CLASSES = ['C', 'K', 'E', 'Color'];

export const PRELUDE: Lines = [
  'a = 7',
  'b = -3',
  'c = 2.5',
  "x = 'h\\xe9llo\\U0001F600'",
  "y = b'ab\\x00\\xff'",
  'n = 10',
  's = {1, 2, 3}',
  'L = [3, 1, 2]',
  "d = {'k': 1, 2: 'v', (1, 2): None}",
  "t = (1, 'a', None)",
  "fs = frozenset('ab')",
  'v = None',
  'w = 0',
  'def f(*args, **kwargs):',
  '    return args',
  'def g(p=0, *, q=1):',
  '    return p',
  'class C:',
  '    def __init__(self, val=0):',
  '        self.val = val',
  '    def __repr__(self):',
  "        return 'C(%r)' % (self.val,)",
  'obj = C(1)',
  'class CM:',
  '    def __enter__(self):',
  '        return self',
  '    def __exit__(self, *exc):',
  '        return False',
  'class Color:',
  '    RED = 1',
  '    GREEN = 2',
];

const BUILTINS = [
  'len', 'str', 'repr', 'int', 'float', 'sorted', 'min', 'max', 'sum', 'range', 'list', 'dict', 'set', 'zip',
  'enumerate', 'map', 'filter', 'abs', 'round', 'divmod', 'pow', 'format', 'hash', 'isinstance', 'getattr',
  'hasattr', 'chr', 'ord', 'hex', 'bin', 'print', 'tuple', 'bool', 'bytes', 'bytearray', 'frozenset', 'reversed',
  'iter', 'next', 'all', 'any', 'ascii', 'oct', 'callable', 'type', 'id', 'vars', 'dir', 'slice', 'setattr',
  'delattr', 'issubclass', 'super', 'object', 'property', 'staticmethod', 'classmethod',
];

const KW_NAMES = [
  'key', 'reverse', 'default', 'start', 'sep', 'end', 'base', 'ndigits', 'step', 'maxsplit', 'encoding', 'errors',
  'strict', 'p', 'q', 'k', '__proto__', 'constructor', 'x',
];

const STR_METHODS = [
  'upper', 'lower', 'split', 'rsplit', 'join', 'replace', 'strip', 'lstrip', 'find', 'rfind', 'index', 'count',
  'startswith', 'endswith', 'format', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'partition',
  'rpartition', 'splitlines', 'encode', 'decode', 'title', 'capitalize', 'swapcase', 'casefold', 'isdigit',
  'isidentifier', 'translate', 'maketrans', 'removeprefix', 'removesuffix', 'format_map', 'isprintable', 'hex',
];
const LIST_METHODS = [
  'append', 'extend', 'insert', 'pop', 'remove', 'sort', 'reverse', 'copy', 'clear', 'index', 'count',
];
const DICT_METHODS = [
  'get', 'keys', 'values', 'items', 'update', 'setdefault', 'popitem', 'fromkeys', 'pop', 'copy',
  'union', 'add', 'discard', 'difference', 'intersection', 'issubset', 'symmetric_difference',
  'bit_length', 'to_bytes', 'from_bytes', 'as_integer_ratio', 'is_integer', 'conjugate', 'send', 'throw', 'close',
  'mro', 'real', 'imag', 'numerator', 'denominator', 'args', 'with_traceback', 'add_note',
];
const ODD_NAMES = [
  'constructor', '__proto__', '__class__', 'prototype', 'toString', 'valueOf', 'hasOwnProperty',
  '__defineGetter__', '__lookupGetter__', 'call', 'apply', 'bind', 'then', 'length', 'stack', '__dict__',
  '__bases__', '__mro__', '__subclasses__', '__globals__', '__code__', '__closure__', '__traceback__',
  'tb_frame', 'gi_frame', 'f_globals', '__builtins__', '__name__', '__qualname__', '__doc__', '__module__',
  '__init__', '__new__', '__eq__', '__hash__', '__repr__', '__len__', '__iter__', '__getattribute__',
  '__setattr__', '__reduce__', '__reduce_ex__', '__sizeof__', '__format__', '__index__', '__self__',
  '__func__', '__wrapped__', '__defaults__', '__kwdefaults__', '__annotations__', 'gi_code', 'cr_frame',
  '__context__', '__cause__', 'args', '__weakref__', '__slots__', 'real', 'nonexistent', '__getitem__',
];
const METHOD_NAMES = [...STR_METHODS, ...LIST_METHODS, ...DICT_METHODS, ...ODD_NAMES];

const BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@'];
const AUGOPS = ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@='];
const CMPOPS = ['<', '<=', '>', '>=', '==', '!=', 'in', 'not in', 'is', 'is not'];
const EXC_TYPES = [
  'Exception', 'BaseException', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'ZeroDivisionError',
  'AttributeError', 'StopIteration', 'RuntimeError', 'RecursionError', 'MemoryError', 'OverflowError',
  'NameError', 'AssertionError', 'LookupError', 'ArithmeticError', 'GeneratorExit', 'KeyboardInterrupt',
  'SystemExit', 'UnicodeError', 'NotImplementedError', 'StopAsyncIteration', 'E',
];

const DUNDERS = [
  '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__hash__', '__repr__', '__str__', '__len__',
  '__iter__', '__next__', '__getattr__', '__getattribute__', '__setattr__', '__delattr__', '__getitem__',
  '__setitem__', '__delitem__', '__contains__', '__bool__', '__int__', '__index__', '__float__', '__add__',
  '__radd__', '__iadd__', '__mul__', '__rmul__', '__sub__', '__truediv__', '__floordiv__', '__mod__', '__pow__',
  '__lshift__', '__and__', '__neg__', '__abs__', '__invert__', '__round__', '__call__', '__enter__', '__exit__',
  '__format__', '__init__', '__new__', '__del__', '__reversed__', '__missing__', '__get__', '__set__',
  '__set_name__', '__init_subclass__', '__class_getitem__', '__length_hint__', '__bytes__', '__dir__',
  '__instancecheck__', '__subclasscheck__', '__mro_entries__', '__trunc__', '__floor__', '__ceil__',
];
const DUNDER_PARAMS: Record<string, string> = {
  __init__: 'self, *args, **kwargs', __new__: 'cls, *args, **kwargs', __exit__: 'self, *exc',
  __setattr__: 'self, name, value', __set__: 'self, inst, value', __get__: 'self, inst, owner=None',
  __set_name__: 'self, owner, name', __setitem__: 'self, k, value', __init_subclass__: 'cls, **kw',
  __class_getitem__: 'cls, item', __round__: 'self, nd=None', __format__: 'self, spec', __pow__: 'self, o, m=None',
};
/** Operations that exercise an object's protocol from the outside (`{o}` is the object). */
const PROTOCOL_USES = [
  '{o} == {o}', '{o} != 1', '{o} < {o}', 'hash({o})', '{{{o}: 1}}', '{{{o}}}', 'sorted([{o}, {o}, {o}])',
  'len({o})', 'list({o})', 'repr({o})', 'str({o})', "f'{{{o}}}'", "f'{{{o}!r:>10}}'", '{o} in [1, 2]',
  '1 in {o}', 'print({o})', '{o}.zz', '{o}[0]', '{o}[1:2]', 'set([{o}, {o}])', 'max({o}, {o})', "format({o}, 'x')",
  'int({o})', 'float({o})', '[1, 2][{o}]', "'ab' * {o}", 'range({o})', '{o}()', 'bool({o})', 'not {o}',
  'abs({o})', '-{o}', '{o} + 1', '1 + {o}', '{o} * 2', 'round({o})', 'reversed({o})', 'iter({o})',
  'next(iter({o}))', 'dict.fromkeys([{o}])', 'L.index({o})', 'L.count({o})', 'L.remove({o})', 'isinstance({o}, C)',
  "getattr({o}, 'q', 0)", "hasattr({o}, 'q')", "setattr({o}, 'q', 1)", "delattr({o}, 'q')", 'dir({o})',
  'vars({o})', 'type({o})', 'bytes({o})', "'%s %r' % ({o}, {o})", "'{{}}'.format({o})", 'sum([{o}, {o}])',
  'min([{o}, {o}])', 'tuple({o})', 'enumerate({o})', 'zip({o}, {o})', 'sorted({o})', 'any({o})', '{o} is {o}',
  "d.get({o})", 'd[{o}]', '{o} @ {o}',
];

// ---------------------------------------------------------------------------
// Atoms

const SIZES = [
  '0', '1', '2', '3', '7', '-1', '-7', '100', '1000', '10**5', '10**6', '10**7', '2**31', '2**32', '2**53',
  '2**63', '2**64', '10**30', '-10**30', '10**100', '2**31-1', '-2**63', '4300', '4301', '255', '256',
  '0x110000', '1114111', '55296',
];

const intLit: Arb<string> = fc.oneof(
  w(fc.integer({ min: -5, max: 300 }).map(String), 6),
  w(fc.constantFrom(...SIZES), 3),
  w(fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }).map((v) => (v < 0n ? `(${v})` : `${v}`)), 2),
  w(fc.constantFrom('0x7fffffff', '0b1010', '0o777', '1_000_000', '9007199254740993', '0xFFFF_FFFF', '00',
    '123456789012345678901234567890', '-0', '~0', '0b0', '0xdeadbeefcafebabe1234'), 2),
);

const floatLit: Arb<string> = fc.oneof(
  w(fc.constantFrom('0.0', '-0.0', '1.5', '1e308', '1e309', '-1e309', '5e-324', '1e-320', "float('inf')",
    "float('-inf')", "float('nan')", '.5', '1.', '3.141592653589793', '1_0.5e-3', '2.5e16', '1e22', '0.1',
    '-2.5', '1e-7', '123456789.125', '9.999999999999999e22', "float('-0')"), 3),
  w(fc.double().map((v) => {
    if (Number.isNaN(v)) return "float('nan')";
    if (v === Infinity) return "float('inf')";
    if (v === -Infinity) return "float('-inf')";
    if (Object.is(v, -0)) return '-0.0';
    const s = String(v);
    return /[.e]/.test(s) ? (v < 0 ? `(${s})` : s) : `${s}.0`;
  }), 2),
);

const STR_PIECES = [
  'a', 'b', 'z', 'k', ' ', 'Ab', '0', '9', '_', '{', '}', '{}', '{0}', '{!r}', '%', '%s', '%d', '%r', '%(k)s',
  '%*d', ',', '.', '\\n', '\\t', '\\r', '\\\\', "\\'", '\\"', '\\x00', '\\x7f', '\\xff', '\\u00e9', '\\u2028',
  '\\U0001F600', '\\U0010FFFF', '\\N{BULLET}', '\\0', '\\777', '\\ud800', '\\udc00', '\\ud83d\\ude00', 'é',
  'ß', 'İ', 'ﬁ', '😀', '𝔘', '\u200b', '\u0301', 'ǅ', 'Σ', 'ς', '\u00a0', '٣', '²', '½', '\ufeff', '__proto__',
  'constructor', 'toString', '$', '`', '${x}', '\\a', '\\b', '\\f', '\\v',
];

const strBody = fc.array(fc.constantFrom(...STR_PIECES), { maxLength: 6 }).map((p) => p.join(''));

const strLit: Arb<string> = fc.oneof(
  w(strBody.map((b) => `'${b}'`), 5),
  w(strBody.map((b) => `"${b.replace(/"/g, "'")}"`), 1),
  w(strBody.map((b) => `'''${b}'''`), 1),
  w(strBody.map((b) => `r'${b.replace(/\\+$/, '')}'`), 1),
  w(fc.constantFrom("''", "'a'", "'abc'", "' a b '", "'k'", "'__proto__'", "'constructor'", "'x'", "'1'",
    "'-12'", "'0x1f'", "'1e5'", "'nan'", "'inf'", "'  42  '", "'1_000'", "'٣'", "'utf-8'", "'ascii'",
    "'%s'", "'{}'", "'{0}{1}'", "'{:>10}'", "'{!r:^20}'", "'{0.val}'", "'{0[0]}'", "'{x}'", "'\\t'"), 3),
);

const bytesLit: Arb<string> = fc.oneof(
  fc.constantFrom("b''", "b'ab'", "b'\\x00\\xff'", "b'%s'", "b'abc' * 3", "bytearray(b'xy')", "b'\\n'", "rb'\\d'"),
  fc.array(fc.constantFrom('a', 'Z', '\\x00', '\\xff', '\\n', ' ', '\\\\'), { maxLength: 5 }).map((p) => `b'${p.join('')}'`),
);

const simpleConst = fc.constantFrom('None', 'True', 'False', '...', 'Ellipsis', 'NotImplemented');

const nameAtom = fc.constantFrom(...VARS, ...FUNCS, 'C', 'obj', 'CM', 'Color', 'Color.RED', 'K', 'E', 'int',
  'str', 'list', 'dict', 'object', 'type', 'len', 'print', 'Exception', 'ValueError', 'undefined_name', '__name__',
  '__doc__', '__builtins__', 'super', 'range');

const atom: Arb<string> = fc.oneof(
  w(intLit, 5),
  w(floatLit, 2),
  w(strLit, 4),
  w(bytesLit, 1),
  w(simpleConst, 1),
  w(nameAtom, 6),
);

// ---------------------------------------------------------------------------
// Format specs

const formatSpec: Arb<string> = fc.oneof(
  w(fc.tuple(
    fc.constantFrom('', '', '*', '0', 'x', '{', '😀'),
    fc.constantFrom('', '', '<', '>', '^', '='),
    fc.constantFrom('', '', '+', '-', ' '),
    fc.constantFrom('', '#'),
    fc.constantFrom('', '0'),
    fc.constantFrom('', '', '5', '10', '0', '100', '10000000', '99999999999999999999', '{w}'),
    fc.constantFrom('', '', ',', '_'),
    fc.constantFrom('', '', '.0', '.3', '.20', '.100', '.10000000', '.{w}'),
    fc.constantFrom('', '', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r', 'z', 'a'),
  ).map(([fill, align, sign, alt, zero, width, group, prec, type]) => {
    const f = align === '' ? '' : fill;
    return `${f}${align}${sign}${alt}${zero}${width}${group}${prec}${type}`.replace(/\{w\}/g, '{w}');
  }), 5),
  w(fc.constantFrom('', '>', '^10', '=+', ',', '_x', '.2%', '010.3f', '#b', 'c', '.999999999', 'z.1f', '}', '{'), 2),
);

// ---------------------------------------------------------------------------
// Expressions

const exprCache = new Map<number, Arb<string>>();

function args(sub: Arb<string>): Arb<string> {
  return fc.tuple(
    fc.array(sub, { maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...KW_NAMES), sub), { maxLength: 2 }),
    fc.constantFrom('', '', '', '*L', '**{}', "*'ab'", "**{'k': 1}", '*obj', '**d'),
  ).map(([pos, kw, star]) => {
    const seen = new Set<string>();
    const kws = kw.filter(([k]) => !seen.has(k) && (seen.add(k), true)).map(([k, v]) => `${k}=${v}`);
    return [...pos, ...(star.startsWith('*') && !star.startsWith('**') ? [star] : []), ...kws,
      ...(star.startsWith('**') ? [star] : [])].join(', ');
  });
}

/** Expressions of nesting depth at most `d`. */
export function expr(d: number): Arb<string> {
  const cached = exprCache.get(d);
  if (cached) return cached;
  if (d <= 0) {
    exprCache.set(d, atom);
    return atom;
  }
  const sub = expr(d - 1);
  const small = expr(Math.max(0, d - 2));
  const loopVar = fc.constantFrom('i', 'j', 'v', 'x', 'k');
  const fieldExpr = fc.oneof(nameAtom, intLit, fc.constantFrom('"q"', '"ab"', 'L[0]', 'obj.val', 'a + 1', 'x[1:]', 'd["k"]'));
  const arb: Arb<string> = fc.oneof(
    w(atom, 8),
    // containers
    w(fc.array(sub, { maxLength: 4 }).map((a) => `[${a.join(', ')}]`), 3),
    w(fc.array(sub, { maxLength: 3 }).map((a) => (a.length === 1 ? `(${a[0]},)` : `(${a.join(', ')})`)), 2),
    w(fc.array(fc.tuple(sub, sub), { maxLength: 3 }).map((a) => `{${a.map(([k, v]) => `${k}: ${v}`).join(', ')}}`), 2),
    w(fc.array(sub, { minLength: 1, maxLength: 3 }).map((a) => `{${a.join(', ')}}`), 1),
    w(fc.tuple(sub, sub).map(([a, b]) => `[*${a}, *${b}]`), 1),
    w(fc.tuple(sub, sub).map(([a, b]) => `{**${a}, **${b}}`), 1),
    // comprehensions
    w(fc.tuple(fc.constantFrom('[', '{', '(', 'set('), sub, loopVar, sub, fc.option(sub, { nil: null })).map(
      ([open, elt, v, it, cond]) => {
        const close = open === '[' ? ']' : open === '{' ? '}' : ')';
        const e = elt.includes(v) ? elt : `(${elt}, ${v})`;
        return `${open}${e} for ${v} in ${it}${cond === null ? '' : ` if ${cond}`}${close}`;
      }), 3),
    w(fc.tuple(sub, sub, sub).map(([k, val, it]) => `{${k}: ${val} for k in ${it}}`), 1),
    w(fc.tuple(sub, sub, sub).map(([e, it1, it2]) => `[${e} for i in ${it1} for j in ${it2}]`), 1),
    // lambdas
    w(fc.tuple(fc.constantFrom('', 'p', 'p, q=1', '*a', '*a, **k', 'p=[]', 'p, /, q', '*, k'), sub).map(
      ([params, body]) => `(lambda ${params}: ${body})`), 2),
    w(fc.tuple(fc.constantFrom('', 'p', '*a'), sub, args(sub)).map(([p, body, as]) => `(lambda ${p}: ${body})(${as})`), 1),
    // builtin calls
    w(fc.tuple(fc.constantFrom(...BUILTINS), args(sub)).map(([fn, as]) => `${fn}(${as})`), 10),
    w(fc.tuple(fc.constantFrom('f', 'g', 'h', 'r', 'gen', 'C', 'K', 'E', 'CM', 'obj', 'v'), args(sub)).map(
      ([fn, as]) => `${fn}(${as})`), 3),
    w(fc.tuple(sub, args(sub)).map(([fn, as]) => `(${fn})(${as})`), 1),
    // attributes and methods
    w(fc.tuple(sub, fc.constantFrom(...METHOD_NAMES), args(sub)).map(([o, m, as]) => `(${o}).${m}(${as})`), 8),
    w(fc.tuple(sub, fc.constantFrom(...METHOD_NAMES)).map(([o, m]) => `(${o}).${m}`), 3),
    w(fc.tuple(sub, fc.constantFrom(...ODD_NAMES)).map(([o, m]) => `getattr(${o}, '${m}')`), 2),
    w(fc.tuple(sub, fc.constantFrom(...ODD_NAMES), fc.constantFrom(...ODD_NAMES)).map(
      ([o, m1, m2]) => `(${o}).${m1}.${m2}`), 1),
    // subscripts and slices
    w(fc.tuple(sub, sub).map(([o, i]) => `(${o})[${i}]`), 4),
    w(fc.tuple(sub, fc.option(small, { nil: '' }), fc.option(small, { nil: '' }), fc.option(small, { nil: null })).map(
      ([o, lo, hi, st]) => `(${o})[${lo}:${hi}${st === null ? '' : `:${st}`}]`), 3),
    // operators
    w(fc.tuple(sub, fc.constantFrom(...BINOPS), sub).map(([l, op, r]) => `(${l} ${op} ${r})`), 10),
    w(fc.tuple(fc.constantFrom('-', '+', '~', 'not '), sub).map(([op, e]) => `(${op}${e})`), 2),
    w(fc.tuple(sub, fc.array(fc.tuple(fc.constantFrom(...CMPOPS), sub), { minLength: 1, maxLength: 3 })).map(
      ([first, rest]) => `(${first} ${rest.map(([op, e]) => `${op} ${e}`).join(' ')})`), 4),
    w(fc.tuple(sub, fc.constantFrom('and', 'or'), sub).map(([l, op, r]) => `(${l} ${op} ${r})`), 2),
    w(fc.tuple(sub, sub, sub).map(([a, c, b]) => `(${a} if ${c} else ${b})`), 2),
    w(fc.tuple(fc.constantFrom('v', 'w', 'n', 'a'), sub).map(([nm, e]) => `(${nm} := ${e})`), 1),
    // repetition / formatting with sizes
    w(fc.tuple(fc.constantFrom("'ab'", '[0]', "b'x'", '(1,)', 'L', 'x', "[[]]"), fc.constantFrom(...SIZES)).map(
      ([o, k]) => `(${o} * ${k})`), 2),
    w(fc.tuple(strLit, sub).map(([fmt, v]) => `(${fmt} % ${v})`), 2),
    w(fc.tuple(strLit, args(sub)).map(([fmt, as]) => `${fmt}.format(${as})`), 2),
    w(fc.tuple(sub, formatSpec).map(([v, spec]) => `format(${v}, '${spec.replace(/\{w\}/g, '7')}')`), 2),
    // f-strings (3.11 rules: no backslashes or same quotes inside the braces)
    w(fc.tuple(
      fc.array(fc.tuple(
        fc.constantFrom('', 'x', ' ', '{{', '}}', 'é', '😀'),
        fieldExpr,
        fc.constantFrom('', '', '!r', '!s', '!a', '='),
        fc.option(formatSpec, { nil: null }),
      ), { minLength: 1, maxLength: 3 }),
      fc.constantFrom(...SIZES.slice(0, 14)),
    ).map(([parts, width]) => {
      const body = parts.map(([lit, e, conv, spec]) => {
        const eq = conv === '=' ? '=' : '';
        const cv = conv === '=' ? '' : conv;
        let sp = spec === null ? '' : spec.replace(/\{w\}/g, `{${width}}`);
        if (/^[{}]([<>^=]|$)/.test(sp)) sp = `*${sp.slice(1)}`;
        if (spec !== null) sp = `:${sp}`;
        return `${lit}{${e}${eq}${cv}${sp}}`;
      }).join('');
      return `f'${body}'`;
    }), 4),
    // introspection
    w(fc.tuple(sub, fc.constantFrom('__class__', '__class__.__mro__', '__class__.__bases__', '__dict__',
      '__class__.__subclasses__()', '__class__.__class__', '__doc__', '__init__.__globals__', '__traceback__')).map(
      ([o, p]) => `(${o}).${p}`), 1),
  );
  exprCache.set(d, arb);
  return arb;
}

// ---------------------------------------------------------------------------
// Statements

interface Ctx {
  loop: boolean;
  func: boolean;
}

const target = fc.constantFrom(...VARS, 'L[0]', 'd["k"]', 'obj.val', 'obj.z', 'L[1:2]', 'd[x]', 'C.attr', 'i');

const paramList = fc.constantFrom(
  '', 'p', 'p, q=1', 'p=[], *a, **k', '*args, **kwargs', 'p, /, q, *, k=2', 'p=None, q=0', 'n', 'n=3, acc=[]',
  '*, k', 'self', 'p, q, r', '__proto__=1',
);

const stmtCache = new Map<string, Arb<Lines>>();

function hostileSnippet(): Arb<Lines> {
  const size = fc.constantFrom(...SIZES);
  const deep = fc.constantFrom('10', '99', '100', '101', '500', '1000', '5000', '20000');
  const walk = fc.constantFrom('repr(v)', 'str(v)', 'hash(v)', 'v == v', 'v == w', 'v < w', 'len(str(v))',
    "f'{v}'", "'%s' % (v,)", 'format(v)', 'list(v)', 'sorted(v)', 'print(v)', 'isinstance(1, v)',
    'issubclass(int, v)', 'max(v)', 'v in [w]', 'set(v)', 'tuple(v)', 'dict(v)', 'ascii(v)', 'v * 2',
    'v + w', 'copy = v[:]', 'sum(v, [])', 'bool(v)', 'v.count(w)', 'v.index(w)', '{v: 1}', 'any(v)');
  return fc.oneof(
    // deeply nested data and the walkers over it
    fc.tuple(deep, fc.constantFrom('[v]', '(v,)', '{"k": v}', '[v, v]', '{1: v}', 'C(v)', '[[v]]', '(v, 1)',
      'frozenset([v])', 'range(1)', 'x'), walk).map(([k, wrap, op]) => [
      'v = []', 'w = []', `for _i in range(${k}):`, `    v = ${wrap}`, `    w = ${wrap.replace(/\bv\b/g, 'w')}`, op]),
    // self-referencing containers
    fc.tuple(fc.constantFrom('L.append(L)', "d['self'] = d", 'L.append([L, d])', 'L.extend([L] * 3)',
      "d[1] = [d]", 'L.insert(0, L)', "obj.val = obj", "obj.val = [obj]"), walk).map(([mk, op]) => [
      mk, op.replace(/\bv\b/g, 'L').replace(/\bw\b/g, 'd'), op.replace(/\bv\b/g, 'd').replace(/\bw\b/g, 'L'),
      op.replace(/\bv\b/g, 'obj').replace(/\bw\b/g, 'obj')]),
    // mutation during iteration / callbacks
    fc.constantFrom(
      ['for i in L:', '    L.append(i)'],
      ['for k in d:', '    d[str(k) + "x"] = 1'],
      ['for e in s:', '    s.add(e + 1)'],
      ['sorted(L, key=lambda v: L.append(v))'],
      ['L.sort(key=lambda v: L.clear() or v)'],
      ['L.sort(key=lambda v: L.append(1) or v)', 'print(L)'],
      ['print(max(L, key=lambda v: L.pop()))'],
      ['print(list(map(lambda v: L.append(v), L)))'],
      ['it = iter(L)', 'L.clear()', 'print(list(it))'],
      ['ks = d.keys()', 'd.clear()', 'print(ks, len(ks))'],
      ['dv = d.items()', 'for k, val in dv:', '    d.pop(k)'],
      ['print(dict.fromkeys(L, L))'],
      ['print([L.append(1) for _ in L])'],
      ['L[:] = L', 'L[::2] = L[1::2]', 'L[1:1] = L', 'print(L)'],
      ['L[::-1] = L', 'print(L)'],
      ['del L[::2]', 'del L[:]', 'print(L)'],
      ['v = {}', 'v[v] = 1'],
      ['class H:', '    def __hash__(self):', '        d.clear()', '        return 1', '    def __eq__(self, o):',
        '        d.clear()', '        return True', 'd[H()] = 1', 'd[H()] = 2', 'print(len(d))'],
      ['class H:', '    def __eq__(self, o):', '        L.clear()', '        return False', 'print(L.count(H()), H() in L)'],
      ['class H:', '    def __lt__(self, o):', '        L.append(1)', '        return True', 'L = [H(), H(), H()]',
        'L.sort()', 'print(len(L))'],
      ['class H:', '    def __eq__(self, o):', '        s.discard(1)', '        return False',
        '    def __hash__(self):', '        return 1', 's.add(H())', 'print(H() in s)'],
    ),
    // huge sizes
    fc.tuple(size, fc.constantFrom("'a' * N", '[0] * N', "b'x' * N", "'x'.ljust(N)", "'{:N}'.format(1)",
      "f'{1:{N}}'", 'str(10 ** N)', "int('9' * N)", '2 ** N', '1 << N', '-1 << N', 'pow(3, N, 1000)', 'pow(3, N)',
      'range(N)[::-1]', 'list(range(N))', "'-'.join(['ab'] * N)", "'ab'.replace('', 'xyz' * N)", "'a'.center(N)",
      "'a\\tb'.expandtabs(N)", "'%*d' % (N, 1)", "'%.*f' % (N, 1.5)", 'bytes(N)', 'bytearray(N)', "'%0*d' % (N, 5)",
      "format(1.5, '.Nf')", "format(1.5, 'N')", 'round(1.5, N)', 'round(123, -N)', 'hex(2 ** N)', "'1'.zfill(N)",
      'sum([[1]] * N, [])', '[[0] * N] * N', 'range(N)[N // 2]', 'len(range(N))', 'range(N)[::2][N]',
      "'ab'[N:]", 'L[N]', 'L[-N:]', "x.split(None, N)", 'divmod(N, 7)', 'N ** 0.5', 'float(N)', 'N / 3', 'N // 0.5',
      "(10 ** N) % 7", 'int(N * 1.0)', 'chr(N)', '[*range(N)]', 'set(range(N))', 'dict.fromkeys(range(N))',
      'bin(N)', 'list(zip(range(N), range(N)))', 'sorted(range(N), reverse=True)[:2]', "'%s' % ('a' * N)",
      "b'%d' % N", "'x'.encode() * N", "x.encode('utf-8') * N", "[1] * N * N", "'ab'.split('b', N)",
      "(1,) * N", "sum(range(N))", "max(range(N))", "list(reversed(range(N)))", "N.to_bytes(N, 'big')",
      "int.from_bytes(b'\\xff' * N, 'big')", "(N).bit_length()", "'{:,}'.format(N)", "'{0:{1}}'.format(1, N)",
      "str(N)[:10]", "abs(N)", "-N // 3", "N >> 1", "N & -N", "~N", "N ** N")).map(
      ([k, tpl]) => [`print(${tpl.replace(/\bN\b/g, `(${k})`)})`]),
    // doubling loops
    fc.tuple(fc.constantFrom("v = 'ab'", 'v = [1]', "v = b'ab'", 'v = (1,)', 'v = {1: 2}', 'v = 3'),
      fc.constantFrom('v = v + v', 'v += v', 'v = v * 2', 'v *= 3', 'v = [v, v]', 'v = v ** 2', 'v = str(v) * 2',
        'v = {**v, **{len(v) + 1: v}}', 'v = v << 1000')).map(([init, grow]) => [init, 'for _i in range(64):',
      `    ${grow}`, 'print(len(str(v)))']),
    // recursion
    fc.tuple(fc.constantFrom('10', '90', '99', '100', '150', '1000', '100000'),
      fc.constantFrom('return r(n - 1) + 1', 'return [r(n - 1)]', 'return repr(r(n - 1))', 'return str(n) + str(r(n - 1))',
        'return max(r(n - 1), key=lambda z: z)', 'return sorted([n], key=lambda z: r(n - 1))',
        "return f'{r(n - 1)}'", 'return C(r(n - 1))', 'return (lambda: r(n - 1))()', 'return list(map(r, [n - 1]))',
        'return sum(r(k) for k in [n - 1])', 'return [r(k) for k in [n - 1]]', 'return next(iter([r(n - 1)]))',
        'yield from r(n - 1)', 'return r(n - 1) if n % 2 else r(n - 1)')).map(([k, rec]) => [
      'def r(n):', '    if n <= 0:', '        return 0', `    ${rec}`, `print(r(${k}))`,
      ...(rec.startsWith('yield') ? [`print(list(r(${k})))`] : [])]),
    fc.tuple(fc.constantFrom('__repr__', '__str__', '__eq__', '__hash__', '__len__', '__getattr__', '__iter__',
      '__lt__', '__bool__', '__index__', '__getitem__', '__contains__', '__format__', '__call__', '__add__'),
      fc.constantFrom('repr(self)', 'str(self)', 'self == self', 'hash(self)', 'len(self)', 'self.zz',
        'list(iter(self))', 'self < self', 'bool(self)', '[0][self]', 'self[0]', '0 in self', "format(self, '')",
        'self()', 'self + 1', "f'{self}'", "'%s' % self", 'sorted([self, self])', 'getattr(self, "q")')).map(
      ([dn, use]) => [
        'class K:', `    def ${dn}(${DUNDER_PARAMS[dn] ?? 'self, *args'}):`, `        return ${use}`,
        'k = K()', `print(${use.replace(/\bself\b/g, 'k')})`]),
    // random format specs / printf formats / format fields / numeric strings
    fc.tuple(
      fc.constantFrom('0', '1', '-1', '2 ** 70', '-2 ** 70', '1.5', '-0.0', "float('nan')", "float('inf')", '1e300',
        '5e-324', 'True', "'s'", "'é😀'", 'None', '[1]', 'obj', "b'x'", '10 ** 30', '255', '0.1'),
      fc.array(fc.constantFrom(...'<>^=+- #0123456789,_.bcdeEfFgGnosxX%{}!rzaL*()'), { maxLength: 10 }).map((c) => c.join('')),
      fc.constantFrom('format(V, S)', "f'{V:{S}}'", "('{:' + S + '}').format(V)", "('%' + S) % V", "('%' + S) % (V,)",
        "('{' + S + '}').format(V, V, a=V)", "('%(a)' + S) % {'a': V}", 'int(S)', "int(S, 0)", 'int(S, 16)', 'float(S)',
        "S.format(V)", "S % ()", 'S.format_map({})', "bytes(S, 'ascii') % V", 'complex(S)', "S.encode() % V",
        "str.maketrans(S, S[::-1])", "S.expandtabs(V)", "S.center(V, S[:1] or '*')", "'%*.*f' % (V, V, V)"),
    ).map(([v, spec, tpl]) => [`print(${tpl.replace(/\bV\b/g, `(${v})`).replace(/\bS\b/g, JSON.stringify(spec))})`]),
    // every method of a value, called with the same random arguments
    fc.tuple(fc.constantFrom('1', '-1', '2 ** 70', '1.5', "float('nan')", 'True', 'None', "'s'", "'é😀'", "b'ab'",
      'bytearray(b"ab")', 'L', 'd', 's', 'fs', 't', 'range(3)', 'range(0, 10 ** 20, 3)', 'obj', 'C', 'int', 'str',
      'object', 'type', 'f', 'g', 'print', 'len', '(z for z in L)', 'iter(L)', 'd.keys()', 'd.items()', 'reversed(L)',
      'ValueError("m")', 'StopIteration(1)', 'slice(1, 2)', 'property(f)', 'super', 'NotImplemented', '...',
      'map(f, L)', 'zip(L, L)', 'enumerate(L)', 'CM()', 'Color', 'Color.RED', 'KeyError', 'BaseException',
      'staticmethod(f)', 'classmethod(f)', '"".join', '[].append', 'object()', 'type(None)', 'frozenset()',
      'memoryview', 'dict', 'list', 'bytes', 'float', 'bool', 'tuple', 'set', 'complex'),
    fc.array(expr(1), { maxLength: 3 }), fc.boolean()).map(([val, as, show]) => [
      `for _nm in dir(${val}):`, '    try:', `        _m = getattr(${val}, _nm)`,
      `        _r = _m(${as.join(', ')}) if callable(_m) else _m`,
      ...(show ? ['        print(_nm, repr(_r)[:50], str(_r)[:50], hash(_r) if _r.__hash__ else 0)'] : []),
      '    except Exception as _e:', '        print(_nm, type(_e).__name__)']),
    // generators
    fc.constantFrom(
      ['def gen():', '    yield next(it)', 'it = gen()', 'print(next(it))'],
      ['def gen():', '    yield 1', '    yield from it', 'it = gen()', 'print(list(it))'],
      ['it = (z for z in range(3))', 'it2 = (z for z in it)', 'print(list(it2), list(it))'],
      ['def gen():', '    try:', '        yield 1', '    finally:', '        yield 2', 'it = gen()', 'next(it)', 'it.close()'],
      ['def gen():', '    while True:', '        try:', '            yield 1', '        except GeneratorExit:', '            pass',
        'it = gen()', 'next(it)', 'del it'],
      ['def gen():', '    x = yield', '    yield x', 'it = gen()', 'print(it.send(None), it.send(5))'],
      ['def gen():', '    yield 1', 'it = gen()', 'it.send(5)'],
      ['def gen():', '    yield 1', 'it = gen()', 'next(it)', 'it.throw(ValueError)', 'print(next(it, 9))'],
      ['def gen():', '    yield 1', 'it = gen()', 'it.throw(1)'],
      ['def gen():', '    yield 1', 'it = gen()', 'it.throw(StopIteration())'],
      ['def gen():', '    raise StopIteration', '    yield 1', 'print(list(gen()))'],
      ['def gen():', '    return (yield (yield 1))', 'it = gen()', 'print(next(it), it.send(2))', 'it.send(3)'],
      ['def gen(k):', '    if k:', '        yield from gen(k - 1)', '    yield k', 'print(sum(gen(200)))'],
      ['it = iter(int, 1)', 'print(next(it))', 'print(list(zip(it, range(5))))'],
      ['it = iter(lambda: L.pop(), 1)', 'print(list(it))'],
    ),
    // exceptions
    fc.constantFrom(
      ['raise 5'], ['raise ValueError from 3'], ['raise ValueError() from ValueError()'],
      ['class X(Exception):', '    def __str__(self):', '        raise ValueError("inner")', 'raise X()'],
      ['class X(Exception):', '    def __str__(self):', '        return 5', 'raise X()'],
      ['class X(Exception):', '    def __str__(self):', '        return str(self)', 'raise X()'],
      ['class X(Exception):', '    def __repr__(self):', '        return None', 'print(repr(X()))'],
      ['class X(Exception):', '    def __init__(self):', '        pass', 'raise X'],
      ['class X(BaseException):', '    pass', 'try:', '    raise X', 'except Exception:', '    pass'],
      ['e = ValueError()', 'e.__context__ = e', 'raise e'],
      ['e = ValueError()', 'e.__cause__ = e', 'raise e'],
      ['try:', '    1 / 0', 'except ZeroDivisionError as e:', '    raise e from e'],
      ['try:', '    raise KeyError("k")', 'finally:', '    raise ValueError("v")'],
      ['def f2():', '    try:', '        return 1', '    finally:', '        raise TypeError', 'f2()'],
      ['e = Exception(*range(50))', 'print(e, repr(e), e.args[-1])'],
      ['print(KeyError(KeyError(KeyError())))'],
      ['raise SystemExit(3)'], ['raise KeyboardInterrupt'], ['raise GeneratorExit'], ['raise StopIteration(1)'],
      ['raise MemoryError'], ['raise RecursionError'], ['raise BaseException("x")'],
      ['class X(Exception):', '    def __class_getitem__(cls, k):', '        return k', 'raise X[1]'],
      ['try:', '    raise ValueError', 'except ValueError:', '    raise', ],
      ['try:', '    pass', 'finally:', '    raise'],
      ['raise'],
      ['e = ValueError("m")', 'e.args = (1, 2)', 'raise e'],
      ['e = ValueError("m")', 'e.add_note(5)'],
      ['e = ValueError("m")', 'e.with_traceback(5)'],
      ['e = ValueError()', 'e.__traceback__ = 5'],
      ['ExceptionGroup("x", [ValueError()])'],
    ),
    // introspection / host names
    fc.tuple(fc.constantFrom('1', "'s'", 'L', 'd', 'f', 'C', 'obj', 'int', 'type', 'object', 'len', 'None',
      '(z for z in L)', 'ValueError()', 'range(3)', 'b"x"', '1.5', 'True', 'print', 'super', 'CM()', 'K', 'it',
      'lambda: 0', 'property()', 'staticmethod(f)', 'iter(L)', 'd.keys()', 'map(f, L)', 'NotImplemented'),
    fc.constantFrom(...ODD_NAMES)).map(([o, name]) => [
      'try:', `    print(getattr(${o}, '${name}'))`, 'except AttributeError as e:', '    print(e)',
      'try:', `    setattr(${o}, '${name}', 1)`, 'except (AttributeError, TypeError) as e:', '    print(e)',
      `print(hasattr(${o}, '${name}'))`]),
    fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'prototype', '__class__',
      'then', '__defineGetter__', 'length').map((nm) => [
      `d = {'${nm}': 1}`, `print(d['${nm}'], d.get('${nm}'), '${nm}' in d, d)`, `d2 = dict(${nm}=2)`,
      `print(d2, f(**{'${nm}': 3}), g(**{'${nm}': 4}) if False else 0)`, `s = {'${nm}'}`, `print(s, '${nm}' in s)`,
      `${nm}x = 1`, `print(${nm}x)`, `print(vars(obj), dir(obj)[:3])`, `obj.${nm} = 5`, `print(obj.${nm}, obj.__dict__)`,
      `class T:`, `    ${nm} = 7`, `print(T.${nm}, T().${nm})`, `print({}.get('${nm}'), {}['${nm}'])`]),
    // type() and object model oddities
    fc.constantFrom(
      ["X = type('X', (object,), {'__eq__': lambda s, o: 1 / 0})", 'print(X() == X())'],
      ["X = type('X', (int,), {})", 'print(X(5) + 1)'], ["X = type('X', (), {'__proto__': 1})", 'print(X.__proto__)'],
      ["type('X', (1,), {})"], ["type('X', (), 5)"], ['type(1, 2)'], ["type('X', (L,), {})"],
      ['print(object.__new__(int))'], ['print(int.__new__(str))'], ["object.__setattr__(1, 'x', 2)"],
      ["print(object.__getattribute__(f, '__code__'))"], ['print(property(5))'], ['classmethod(1)()'],
      ['print(super(int, 5))'], ['super().__init__()'], ['print(type.__call__(int, "5"))'],
      ['print(type(type).__mro__, type.mro(type))'], ['print(int.__subclasses__())'],
      ['class X(int, str):', '    pass'], ['class X(C, C):', '    pass'], ['class X(X):', '    pass'],
      ['class A:', '    pass', 'class B(A):', '    pass', 'A.__bases__ = (B,)'],
      ['class X(type):', '    def __call__(cls, *a):', '        return 5', 'class Y(metaclass=X):', '    pass', 'print(Y())'],
      ['class X:', '    __slots__ = ("a",)', 'o = X()', 'o.b = 1', 'print(o.b)'],
      ['class X:', '    pass', 'X.__class__ = int'], ['obj.__class__ = int'], ['obj.__class__ = CM', 'print(obj)'],
      ['obj.__dict__ = 5'], ['obj.__dict__ = {"val": 9}', 'print(obj)'], ['C.__name__ = 5'], ['C.__name__ = "Q"', 'print(C, obj)'],
      ['int.x = 1'], ['len.x = 1'], ['list.append = 1'], ['del int.__add__'], ['str.__dict__["x"] = 1'],
      ['print(isinstance(1, (int, (str, ((float,),)))))'], ['print(isinstance(1, ()))'], ['print(issubclass(int, 5))'],
      ['print(int.__dict__["__add__"](1, 2))'], ['print(str.join.__get__("x")(["a", "b"]))'],
      ['print((1).__add__("a"))'], ['print([].__class__.__class__.__class__)'],
      ['print(vars(int)["__doc__"] is None)'], ['print(f.__defaults__, g.__kwdefaults__)'],
      ['f.__defaults__ = (1, 2)', 'print(f())'], ['g.__defaults__ = (5,)', 'print(g())'], ['g.__defaults__ = 5'],
      ['g.__kwdefaults__ = {"q": 3}', 'print(g())'], ['g.__kwdefaults__ = {}', 'print(g())'],
      ['g.__code__ = f.__code__'], ['print(g.__name__, g.__qualname__, g.__module__)'], ['g.__name__ = 5'],
      ['print(C.__init__.__globals__)'], ['print(f.__closure__)'], ['print(f.__dict__)'], ['f.__dict__ = 5'],
      ['print(hash(f), hash(C), hash(None), hash(...))'], ['print(id(1) == id(1), id(L) == id(L))'],
      ['print(dir(), dir(1)[:5])'], ['print(vars())'], ['print(vars(1))'], ['print(help)'], ['print(__builtins__)'],
      ['print(__loader__)'], ['print(__spec__)'], ['print(__file__)'], ['globals()'], ['locals()'],
      ['eval("1")'], ['exec("1")'], ['compile("1", "", "eval")'], ['__import__("os")'], ['open("/etc/passwd")'],
      ['input()'], ['breakpoint()'], ['import os'], ['import sys'], ['from os import system'], ['import math', 'print(math.pi)'],
      ['import json'], ['from . import x'], ['import __main__'], ['import builtins'],
      ['print(slice(1, 2, 3).indices(10 ** 30))'], ['print(slice(None, None, 0).indices(5))'],
      ['print(range(0, 10 ** 30, 7)[-1], range(5)[::-1][::-1], range(10 ** 20).count(5))'],
      ['print(list(range(5))[slice(1, None, -2)], [1, 2, 3][1:2:0])'],
      ['print(memoryview(b"x"))'], ['print(complex(1, 2))'], ['print(1j)'],
      ['print(round(2.5), round(-0.5), round(1e300, -300), round(float("inf")))'],
      ['print(int(float("inf")))'], ['print(int(float("nan")))'], ['print(float("1e999"), float(10 ** 400))'],
      ['print(divmod(1e308, 1e-308), divmod(-7, 0.0))'], ['print(2 ** -1074, 2.0 ** 1024)'], ['print(10 ** -400)'],
      ['print((-8) ** (1 / 3))'], ['print(pow(2, -1, 7), pow(2, -1, 4))'], ['print(pow(0, -1))'], ['print(0 ** -1)'],
      ['print(0.0 ** -1)'], ['print(1 / 0.0)'], ['print(5 % 0)'], ['print(divmod(5, 0))'],
      ['print(chr(0x110000))'], ['print(chr(-1))'], ['print(chr(0xd800), ord("\\ud800"), len("\\ud83d\\ude00"))'],
      ['print(ord("😀"), ord(""), ord("ab"))'], ['print(hex(-1), bin(-0), oct(2 ** 70))'], ['print(int("٣"), int(" 1_0 "), int("0x1f", 0))'],
      ['print(int("1" * 4301))'], ['print(str(10 ** 4300))'], ['print(int("z", 37))'], ['print(int("10", 1))'],
      ['print(float("nan") == float("nan"), hash(float("nan")) == hash(float("nan")))'],
      ['print({float("nan"): 1, float("nan"): 2})'], ['print(sorted([3, float("nan"), 1, float("nan"), 2]))'],
      ['print(-0.0 == 0, hash(-0.0), {0: "a", -0.0: "b", False: "c"})'],
      ['print(hash(2 ** 61 - 1), hash(-1), hash(-2), hash(2 ** 100), hash(1.5), hash((1, 2)), hash(1e300))'],
      ['print("%c" % 0x110000)'], ['print("%c" % "ab")'], ['print("%(a)s %(b)s" % {"a": 1})'], ['print("%" % ())'],
      ['print("%s %s" % (1,))'], ['print("%d" % "x")'], ['print("%.2f %e %g %x %o %X %i %u" % (1.5, 1e300, 1e-300, 255, 8, 255, 1, 2))'],
      ['print("{0[a]}".format({"a": 1}), "{0.val}".format(obj), "{0.__class__}".format(1))'],
      ['print("{0.__init__.__globals__}".format(obj))'], ['print("{.__class__.__mro__}".format(1))'],
      ['print("{:{}{}}".format(1, ">", 10))'], ['print("{a.b[c]}".format(a=obj))'], ['print("{!z}".format(1))'],
      ['print("{0:%}".format(10 ** 30))'], ['print("{:,_d}".format(1))'], ['print("{:=^+#030,.3e}".format(1.5))'],
      ['print("{:c}".format(2 ** 40))'], ['print("{:.0}".format(0.5))'], ['print("{:n}".format(1e100))'],
      ['print(format(10 ** 50, ".3e"), format(2 ** 1000, "x")[:5])'], ['print(format(1e-320, ".1000e")[:20])'],
      ['print("abc".translate({97: "😀" * 3, 98: None, 99: 100}))'], ['print("abc".translate({97: 2 ** 40}))'],
      ['print(str.maketrans("ab", "c"))'], ['print(str.maketrans({"ab": 1}))'],
      ['print("a".encode("utf-16"), "a".encode("rot13"))'], ['print("\\ud800".encode())'],
      ['print(b"\\xff".decode(), b"\\xff".decode("latin-1"))'], ['print("x".encode("nope"))'],
      ['print(bytes([256]))'], ['print(bytes(-1))'], ['print(bytes("x"))'], ['print(bytes.fromhex("zz"))'],
      ['print(bytearray(b"abc").pop(5))'], ['print(b"abc".hex(":", 2**40))'],
      ['print(sorted([1, "a"]))'], ['print(sorted([[1], [1.0], [True]]))'], ['print(min([], default=None), max(1))'],
      ['print(sum(["a", "b"], ""))'], ['print(sum([1.5, 2 ** 1000]))'], ['print(sum([1e308, 1e308, -1e308]))'],
      ['print(list(zip(*[L] * 3, strict=True)))'], ['print(list(map(None, L)))'], ['print(list(filter(5, L)))'],
      ['print(list(enumerate(L, 2 ** 100)))'], ['print(list(enumerate(L, start="x")))'],
      ['print(next(reversed({})), reversed(5))'], ['print(list(reversed(d)), list(reversed(d.items())))'],
      ['print(abs(-2 ** 63), abs(-0.0), abs(True))'], ['print(round(5, 2 ** 100), round(5.5, -(2 ** 100)))'],
      ['print(isinstance(L, list | None), int | str, list[int])'], ['print((int | 5))'],
      ['print(getattr(1, "real"), getattr(L, "nope", 0), hasattr(None, "__bool__"))'],
      ['print(frozenset([frozenset([1])]) | {1}, {1} ^ fs, s - fs, s <= fs)'],
      ['print(L @ L)'], ['print(not NotImplemented)'], ['print(NotImplemented == NotImplemented)'],
      ['print(... is Ellipsis, ...)'], ['print(type(...)())'], ['print(type(None)())'], ['print(type(NotImplemented)())'],
      ['print(bool.__new__(bool, 5))'], ['print(True + True, True << 70, -True, ~True)'],
      ['print(1 if [] else 2, not (), bool(frozenset()))'], ['print([] == [], [] is [], () is ())'],
      ['print(1 < 2 < 3 > 2 != 1 in [1] not in [2] is not None)'],
    ),
  );
}

/** A class with random dunders whose bodies may raise, loop back into themselves or return wrong types. */
function classDef(d: number): Arb<Lines> {
  const e = expr(Math.min(2, d));
  const dunderBody = fc.oneof(
    w(e.map((v) => [`return ${v}`]), 4),
    w(fc.constantFrom(...EXC_TYPES).map((t) => [`raise ${t}('from dunder')`]), 2),
    w(fc.constantFrom('self', 'NotImplemented', 'None', '-1', '2 ** 64', '1.5', "'s'", '[]', 'iter([])', 'True',
      '5', '0', '10 ** 30', '-(2 ** 63)', 'type(self)', 'self.val', 'lambda: 0', 'object()', "b''", '(1, 2)').map(
      (v) => [`return ${v}`]), 4),
    w(fc.constantFrom('repr(self)', 'str(self)', 'self == self', 'hash(self)', 'len(self)', 'self.zz', 'list(self)',
      'self < self', 'bool(self)', 'self[0]', 'self + 1', 'self()', "f'{self}'", 'super().__repr__()',
      'object.__getattribute__(self, "val")', 'type(self).__name__', 'super().__init__()', 'super().__eq__(o)',
      'self.val', 'vars(self)').map((v) => [`return ${v}`]), 3),
    w(stmts(Math.max(0, Math.min(d, 2) - 1), { loop: false, func: true }).map((body) => [...body, 'return self']), 2),
  );
  const method = fc.tuple(fc.constantFrom(...DUNDERS), dunderBody).map(([name, body]) => [
    `def ${name}(${DUNDER_PARAMS[name] ?? 'self, o=None, *rest'}):`, ...indent(body)]);
  const plainMethod = fc.tuple(fc.constantFrom('m', 'val', 'run', 'constructor', '__proto__', 'toString', 'then'),
    paramList, e).map(([name, params, v]) => [
    `def ${name}(self${params === '' || params === 'self' ? '' : `, ${params}`}):`,
    `    return ${v}`]);
  const decorated = fc.tuple(fc.constantFrom('@property', '@staticmethod', '@classmethod', '@f'), e).map(([dec, v]) => [
    dec, `def p(self):`, `    return ${v}`]);
  const attr = fc.tuple(fc.constantFrom('val', 'attr', '__slots__', '__hash__', '__eq__', '__iter__', '__match_args__',
    '__doc__', '__module__', '__qualname__', '__class_getitem__', '__dict__'), e).map(([k, v]) => [`${k} = ${v}`]);
  return fc.tuple(
    fc.constantFrom('K', 'K', 'E', 'C'),
    fc.constantFrom('', '', '(C)', '(int)', '(str)', '(list)', '(dict)', '(Exception)', '(object)', '(tuple)',
      '(ValueError)', '(K)', '(C, object)', '(type)', '(BaseException)', '(set)', '(float)', '(bytes)',
      '(metaclass=type)', '(CM)'),
    fc.array(fc.oneof(w(method, 5), w(plainMethod, 1), w(decorated, 1), w(attr, 1)), { minLength: 1, maxLength: 4 }),
    fc.array(fc.tuple(fc.constantFrom(...PROTOCOL_USES), fc.constantFrom('K()', 'K(1)', 'k', 'K', 'E()', 'C(k)')),
      { maxLength: 4 }),
  ).map(([name, bases, members, uses]) => [
    `class ${name}${bases}:`, ...indent(flat(members)),
    'try:', `    k = ${name}()`, 'except Exception as ex:', '    k = ex',
    ...flat(uses.map(([tpl, o]) => ['try:', `    print(${tpl.replace(/\{o\}/g, o.replace(/^K/, name))})`,
      'except Exception as ex:', '    print(type(ex).__name__, ex)'])),
  ]);
}

const matchPattern: Arb<string> = fc.oneof(
  fc.constantFrom('_', 'v', '0', '1', '-1', '1.5', "'k'", 'None', 'True', 'Color.RED', "b'ab'", '[]', '()', '{}',
    '[v, *rest]', '[1, 2, *_]', '(v, w)', '[_, _, _]', "{'k': v}", "{'k': v, **rest}", '{2: _, **rest}',
    'C(val=v)', 'C()', 'int(v)', 'str() | bytes()', 'list([v])', '[1, [2, v]]', '0 | 1 | 2',
    '(1 | 2) as v', '[*_, v]', 'dict()', 'K(v)', 'C(v)', 'Color.RED | Color.GREEN', 'float(v) as w', '{**rest}',
    '[v, v]', "{'k': _, 'k': _}", 'tuple((v, w))', 'bool(True)', '-0', 'range(v)'),
);

function stmts(d: number, ctx: Ctx): Arb<Lines> {
  return fc.array(stmt(d, ctx), { minLength: 1, maxLength: 3 }).map(flat);
}

/** One statement (possibly compound) as lines of source, at nesting depth at most `d`. */
export function stmt(d: number, ctx: Ctx): Arb<Lines> {
  const key = `${d}|${ctx.loop}|${ctx.func}`;
  const cached = stmtCache.get(key);
  if (cached) return cached;
  const e = expr(Math.min(d + 1, 3));
  const small = expr(1);
  const simple: { arbitrary: Arb<Lines>; weight: number }[] = [
    w(fc.tuple(target, e).map(([t, v]) => [`${t} = ${v}`]), 8),
    w(fc.tuple(fc.constantFrom('v, w', 'v, *w', '*v, w', '[v, w]', '(v, (w, n))', 'v, w, *n', 'v = w', 'L[0], L[1]',
      'v, = w,'), e).map(([t, v]) => [t.includes('=') ? `${t.replace(/,$/, '')} = ${v}` : `${t} = ${v}`]), 2),
    w(fc.tuple(target, fc.constantFrom(...AUGOPS), e).map(([t, op, v]) => [`${t} ${op} ${v}`]), 4),
    w(fc.tuple(fc.array(e, { maxLength: 3 }), fc.constantFrom('', '', ", sep=''", ", end=''", ', sep=None',
      ', sep=5', ", end='\\n\\n'", ', file=None', ', flush=True')).map(([vs, kw]) => [`print(${vs.join(', ')}${vs.length === 0 ? kw.replace(/^, /, '') : kw})`]), 8),
    w(e.map((v) => [v]), 4),
    w(fc.constantFrom('v', 'w', 'L[0]', 'd["k"]', 'obj.val', 'L[::2]', 'x', 'v, w', 'C.attr', 'd[1:2]').map((t) => [`del ${t}`]), 1),
    w(fc.tuple(small, small).map(([c, m]) => [`assert ${c}, ${m}`]), 1),
    w(fc.tuple(fc.constantFrom(...EXC_TYPES), small, fc.constantFrom('', '', ' from None', ' from ValueError()', ' from 5')).map(
      ([t, m, frm]) => [`raise ${t}(${m})${frm}`]), 2),
    w(fc.constantFrom(['pass'], ['raise'], ['import math'], ['from os import path']), 1),
    w(hostileSnippet(), 6),
  ];
  if (ctx.loop) simple.push(w(fc.constantFrom(['break'], ['continue']), 2));
  if (ctx.func) {
    simple.push(w(e.map((v) => [`return ${v}`]), 3));
    simple.push(w(e.map((v) => [`yield ${v}`]), 1));
    simple.push(w(e.map((v) => [`yield from ${v}`]), 1));
    simple.push(w(fc.constantFrom(['global v'], ['global n', 'n += 1']), 1));
  }
  if (d <= 0) {
    const arb = fc.oneof(...simple);
    stmtCache.set(key, arb);
    return arb;
  }
  const inner = (c: Ctx) => stmts(d - 1, c).map(indent);
  const body = inner(ctx);
  const loopBody = inner({ ...ctx, loop: true });
  const bound = fc.constantFrom('0', '1', '2', '3', '5', '10', '100');
  const compound: { arbitrary: Arb<Lines>; weight: number }[] = [
    w(fc.tuple(e, body, fc.array(fc.tuple(e, body), { maxLength: 2 }), fc.option(body, { nil: null })).map(
      ([c, b, elifs, els]) => [`if ${c}:`, ...b, ...flat(elifs.map(([c2, b2]) => [`elif ${c2}:`, ...b2])),
        ...(els === null ? [] : ['else:', ...els])]), 4),
    w(fc.tuple(bound, loopBody, fc.option(body, { nil: null })).map(([k, b, els]) => [
      `_w${d} = 0`, `while _w${d} < ${k}:`, `    _w${d} += 1`, ...b, ...(els === null ? [] : ['else:', ...els])]), 2),
    w(fc.tuple(fc.constantFrom('v', 'w', 'i', 'k', 'v, w', '(v, *w)', 'L[0]', 'obj.val'), e, loopBody,
      fc.option(body, { nil: null })).map(([t, it, b, els]) => [`for ${t} in ${it}:`, ...b,
      ...(els === null ? [] : ['else:', ...els])]), 3),
    w(fc.tuple(bound, loopBody).map(([k, b]) => [`for i in range(${k}):`, ...b]), 2),
    w(fc.tuple(
      body,
      fc.array(fc.tuple(fc.constantFrom('', 'Exception', 'BaseException', 'ValueError', 'TypeError',
        '(KeyError, IndexError)', 'ZeroDivisionError', 'E', 'StopIteration', 'AttributeError', '5', 'L', 'C'),
      fc.boolean(), body), { maxLength: 2 }),
      fc.option(body, { nil: null }),
      fc.option(body, { nil: null }),
    ).map(([b, handlers, els, fin]) => {
      const hs = handlers.length === 0 && fin === null ? [['Exception', true, ['    pass']] as const] : handlers;
      const lines: string[] = ['try:', ...b];
      for (const [t, named, hb] of [...hs].sort((p, q) => Number(p[0] === '') - Number(q[0] === ''))) {
        lines.push(t === '' ? 'except:' : `except ${t}${named ? ' as ex' : ''}:`, ...hb);
      }
      if (els !== null && hs.length > 0) lines.push('else:', ...els);
      if (fin !== null) lines.push('finally:', ...fin);
      return lines;
    }), 4),
    w(fc.tuple(fc.constantFrom('CM()', 'CM() as v', 'CM() as v, CM() as w', 'obj', 'K()', 'open("x")', 'C()'), body).map(
      ([cm, b]) => [`with ${cm}:`, ...b]), 1),
    w(fc.tuple(fc.constantFrom(...FUNCS), paramList, inner({ loop: false, func: true }), fc.array(fc.tuple(fc.constantFrom('@f',
      '@g', '@staticmethod', '@property', '@C', '@(lambda z: z)', '@L.append'), fc.constant(0)), { maxLength: 1 }),
    fc.array(args(small), { maxLength: 2 })).map(([name, params, b, decs, calls]) => [
      ...decs.map(([dec]) => dec), `def ${name}(${params}):`, ...b,
      ...calls.map((as) => `print(${name}(${as}))`)]), 4),
    w(classDef(d), 4),
    w(fc.tuple(e, fc.array(fc.tuple(matchPattern, fc.option(small, { nil: null }), body), { minLength: 1, maxLength: 3 })).map(
      ([subj, cases]) => [`match ${subj}:`, ...flat(cases.map(([p, guard, b]) => [
        `    case ${p}${guard === null ? '' : ` if ${guard}`}:`, ...indent(b)]))]), 2),
    w(fc.tuple(fc.constantFrom('def gen(k=3):', 'def gen(*a):'), inner({ loop: false, func: true }), e,
      fc.constantFrom('list(gen())', 'next(gen())', 'gen().send(None)', 'gen().throw(ValueError)', 'sum(gen())',
        '[*gen()]', 'dict(gen())', 'gen().close()', 'sorted(gen())', 'next(gen(), 5)', 'list(zip(gen(), gen()))',
        'tuple(gen())', 'max(gen(), default=0)')).map(([hdr, b, yv, use]) => [
      hdr, `    yield ${yv}`, ...b, '    yield from [1, 2]', `print(${use})`]), 2),
    w(fc.tuple(paramList, inner({ loop: false, func: true })).map(([p, b]) => [
      'def outer():', '    v = 1', '    w = 2', `    def inner(${p}):`, '        nonlocal v', ...indent(b),
      '        return v', '    return inner', 'print(outer()())']), 1),
  ];
  const arb = fc.oneof(...simple, ...compound);
  stmtCache.set(key, arb);
  return arb;
}

/** A whole program: the prelude plus 1–6 random top-level statements. */
export const grammarProgram: Arb<string> = fc.tuple(
  fc.array(fc.tuple(stmt(2, { loop: false, func: false }), fc.nat({ max: 3 })), { minLength: 1, maxLength: 6 }),
  fc.boolean(),
).map(([parts, prelude]) => [
  ...(prelude ? PRELUDE : PRELUDE.slice(0, 12)),
  // Most top-level statements are guarded so that one early error does not end the program.
  ...flat(parts.map(([lines, guard]) => (guard === 0 ? lines
    : ['try:', ...indent(lines), 'except Exception as _e:', '    print(type(_e).__name__, _e)']))),
].join('\n') + '\n');
