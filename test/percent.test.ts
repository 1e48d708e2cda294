// core/runtime/percent.ts: printf-style `str % args`. Expected values and
// messages are CPython 3.11's (the generated table is in numfmt.test.ts).

import { describe, expect, it } from 'vitest';
import { percentFormat, type PercentHooks } from '../core/runtime/percent.js';
import { floatRepr } from '../core/runtime/floatrepr.js';
import { keyError, overflowError, typeError } from '../core/runtime/exceptions.js';
import { intFromFloat, intToDecimal } from '../core/runtime/int.js';
import { PyFloat, PyList, PyTuple } from '../core/runtime/values.js';
import type { Value } from '../core/runtime/object.js';

interface PyErr {
  cls: { name: string };
  args: { items: unknown[] };
}

function raises(fn: () => unknown): [string, unknown] {
  try {
    fn();
  } catch (e) {
    const pe = e as PyErr;
    if (!pe.cls) throw e;
    return [pe.cls.name, pe.args.items[0]];
  }
  throw new Error('expected an exception');
}

const f = (x: number) => new PyFloat(x);
const t = (...items: Value[]) => new PyTuple(items);

function tn(v: Value): string {
  if (typeof v === 'string') return 'str';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof Map) return 'dict';
  if (v instanceof PyList) return 'list';
  return 'object';
}

const hooks: PercentHooks = {
  str: (v) => (typeof v === 'string' ? v : v instanceof PyFloat ? floatRepr(v.v) : typeof v === 'boolean' ? (v ? 'True' : 'False') : intToDecimal(v)),
  repr: (v) => (typeof v === 'string' ? `'${v}'` : hooks.str(v)),
  ascii: (v) => hooks.repr(v).replace(/[^\x00-\x7f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16)),
  isMapping: (v) => v instanceof Map || v instanceof PyList,
  getItem: (m, k) => {
    if (!(m instanceof Map)) throw typeError('list indices must be integers or slices, not str');
    if (!m.has(k)) throw keyError(k);
    return m.get(k);
  },
  isTuple: (v) => v instanceof PyTuple,
  tupleItems: (v) => (v as PyTuple).items,
  toInt(v, conv) {
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof PyFloat && !'oxX'.includes(conv)) return intFromFloat(v.v);
    throw typeError('oxX'.includes(conv)
      ? `%${conv} format: an integer is required, not ${tn(v)}`
      : `%${conv} format: a real number is required, not ${tn(v)}`);
  },
  toFloat(v) {
    if (typeof v === 'number') return v;
    if (v instanceof PyFloat) return v.v;
    throw typeError(`must be real number, not ${tn(v)}`);
  },
  charOf(v) {
    if (typeof v === 'string' && [...v].length === 1) return v;
    if (typeof v === 'number' || typeof v === 'bigint') {
      if (v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
      return String.fromCodePoint(Number(v));
    }
    throw typeError('%c requires int or char');
  },
};

const fmt = (s: string, args: Value) => percentFormat(s, args, hooks);

describe('percentFormat', () => {
  it('formats like CPython', () => {
    const cases: [string, Value, string][] = [
      ['%s', 'x', 'x'], ['a%sb', 1, 'a1b'], ['%s %s', t(1, 'a'), '1 a'], ['%r', 'a', "'a'"], ['%a', 'é', "'\\xe9'"],
      ['%5s|', 'ab', '   ab|'], ['%-5s|', 'ab', 'ab   |'], ['%.1s', 'ab', 'a'], ['%05s', 'ab', '   ab'], ['%+s', 'ab', 'ab'],
      ['%.1s', '😀ab', '😀'], ['%3s|', '😀', '  😀|'], ['%s', 1.5, '1.5'],
      ['%d', 42, '42'], ['%i', -3, '-3'], ['%u', 3, '3'], ['%d', f(1.7), '1'], ['%d', f(-1.7), '-1'], ['%d', true, '1'],
      ['%d', 2n ** 70n, '1180591620717411303424'], ['%ld', 3, '3'], ['%hd', 3, '3'], ['%Lf', 3, '3.000000'],
      ['%o', 8, '10'], ['%#o', 8, '0o10'], ['%#x', 255, '0xff'], ['%#X', 255, '0XFF'], ['%#010x', 255, '0x000000ff'],
      ['%-#10x|', 255, '0xff      |'], ['%+#10x', 255, '     +0xff'], ['% #x', 255, ' 0xff'], ['%#5o', -8, '-0o10'],
      ['%#05o', -8, '-0o10'], ['%.5d', 12, '00012'], ['%.5d', -12, '-00012'], ['%#.5x', 12, '0x0000c'], ['%10.5d', -12, '    -00012'],
      ['%-010d|', 12, '12        |'], ['%010d', -12, '-000000012'], ['%+d', 0, '+0'], ['% d', 5, ' 5'], ['%+ d', 5, '+5'],
      ['% +d', 5, '+5'], ['%.3x', -255, '-0ff'], ['%#.3X', 255, '0X0FF'], ['%#.3o', 8, '0o010'], ['%-5d|', -3, '-3   |'],
      ['%05d', -3, '-0003'], ['%+05d', 3, '+0003'], ['% 05d', 3, ' 0003'], ['%-05d|', 3, '3    |'], ['%#x', 0, '0x0'],
      ['%*d', t(5, 1), '    1'], ['%-*d|', t(5, 1), '1    |'], ['%*d|', t(-5, 1), '1    |'], ['%*d', t(true, 1), '1'],
      ['%.*f', t(2, f(1.2345)), '1.23'], ['%.*f', t(-2, f(1.2345)), '1'],
      ['%f', 1, '1.000000'], ['%e', f(1e300), '1.000000e+300'], ['%g', f(1e-5), '1e-05'], ['%G', f(1e-50), '1E-50'],
      ['%#g', f(1), '1.00000'], ['%#.0f', f(1), '1.'], ['%010f', f(Infinity), '0000000inf'], ['%-010f|', f(-Infinity), '-inf      |'],
      ['%+f', f(NaN), '+nan'], ['%010.2f', f(-1.5), '-000001.50'], ['%+010.2f', f(1.5), '+000001.50'], ['% 010.2f', f(1.5), ' 000001.50'],
      ['%.0e', 12345, '1e+04'], ['%#.0e', 12345, '1.e+04'], ['%.3g', 100000, '1e+05'], ['%#.3g', 100000, '1.00e+05'],
      ['%g', 100000, '100000'], ['%g', 1000000, '1e+06'], ['%.0f', f(0.5), '0'], ['%.0f', f(1.5), '2'], ['%F', f(NaN), 'NAN'],
      ['%c', 65, 'A'], ['%c', 'é', 'é'], ['%5c|', 65, '    A|'], ['%-5c|', 65, 'A    |'], ['%05c', 65, '    A'],
      ['%%', t(), '%'], ['%d%%', 5, '5%'], ['%%%d', 5, '%5'], ['%%', new Map(), '%'], ['', new PyList([1]), ''],
      ['%(a)s', new Map([['a', 1], ['b', 2]]), '1'], ['%(a(b))s', new Map([['a(b)', 3]]), '3'], ['%()s', new Map([['', 5]]), '5'],
      ['%(a)s %%', new Map([['a', 1]]), '1 %'], ['%(x)s-%(x)r', new Map([['x', 'q']]), "q-'q'"], ['%(a)5d|', new Map([['a', 3]]), '    3|'],
      ['%.3s|%5.1s|', t('abcdef', 'xyz'), 'abc|    x|'],
    ];
    for (const [s, args, want] of cases) expect(fmt(s, args), `${JSON.stringify(s)} % ${String(args)}`).toBe(want);
  });

  it('raises CPython errors', () => {
    const TE = 'TypeError';
    const VE = 'ValueError';
    const cases: [string, Value, string, unknown][] = [
      ['%5%', t(), TE, 'not enough arguments for format string'],
      ['%5%', 1, VE, "unsupported format character '%' (0x25) at index 2"],
      ['%y', t(), TE, 'not enough arguments for format string'],
      ['%y', 1, VE, "unsupported format character 'y' (0x79) at index 1"],
      ['abc %z def', 1, VE, "unsupported format character 'z' (0x7a) at index 5"],
      ['%s%y', t(1, 2), VE, "unsupported format character 'y' (0x79) at index 3"],
      ['%(a)y', new Map([['a', 1]]), VE, "unsupported format character 'y' (0x79) at index 4"],
      ['%é', 1, VE, "unsupported format character '?' (0xe9) at index 1"],
      ['%\x01', 1, VE, "unsupported format character '?' (0x1) at index 1"],
      ['%😀', 1, VE, "unsupported format character '?' (0x1f600) at index 1"],
      ['😀%y', 1, VE, "unsupported format character 'y' (0x79) at index 2"],
      ['a%', 1, VE, 'incomplete format'],
      ['%', t(), VE, 'incomplete format'],
      ['%l', 3, VE, 'incomplete format'],
      ['%5', 3, VE, 'incomplete format'],
      ['%.', 3, VE, 'incomplete format'],
      ['%-', 3, VE, 'incomplete format'],
      ['%*', t(5), VE, 'incomplete format'],
      ['%*', t(), TE, 'not enough arguments for format string'],
      ['%(a)', new Map([['a', 1]]), VE, 'incomplete format'],
      ['%(a', new Map([['a', 1]]), VE, 'incomplete format key'],
      ['%(a(b)s', new Map([['a', 1]]), VE, 'incomplete format key'],
      ['%(a)s', 1, TE, 'format requires a mapping'],
      ['%(a)s', t(1), TE, 'format requires a mapping'],
      ['%(a)s', new Map(), 'KeyError', 'a'],
      ['%(a)s %(b)s', new Map([['a', 1]]), 'KeyError', 'b'],
      ['%(a)s', new PyList([1]), TE, 'list indices must be integers or slices, not str'],
      ['%s %s', t(1), TE, 'not enough arguments for format string'],
      ['%s %s', new Map([['a', 1]]), TE, 'not enough arguments for format string'],
      ['%(a)*d', new Map([['a', 3]]), TE, 'not enough arguments for format string'],
      ['%s', t(), TE, 'not enough arguments for format string'],
      ['%s', t(1, 2), TE, 'not all arguments converted during string formatting'],
      ['', 1, TE, 'not all arguments converted during string formatting'],
      ['', 'abc', TE, 'not all arguments converted during string formatting'],
      ['%%', 1, TE, 'not all arguments converted during string formatting'],
      ['%c', 'ab', TE, '%c requires int or char'],
      ['%c', f(1.5), TE, '%c requires int or char'],
      ['%c', 0x110000, 'OverflowError', '%c arg not in range(0x110000)'],
      ['%d', 'x', TE, '%d format: a real number is required, not str'],
      ['%x', f(1.5), TE, '%x format: an integer is required, not float'],
      ['%f', '1', TE, 'must be real number, not str'],
      ['%*d', t('a', 1), TE, '* wants int'],
      ['%*d', t(f(1.5), 1), TE, '* wants int'],
      ['%.*d', t('a', 1), TE, '* wants int'],
      ['%.*d', t(2 ** 40, 1), 'OverflowError', 'Python int too large to convert to C int'],
      ['%*d', t(2n ** 70n, 1), 'OverflowError', 'Python int too large to convert to C ssize_t'],
      ['%' + '9'.repeat(20) + 'd', 1, VE, 'width too big'],
      ['%' + '9'.repeat(19) + 'd', 1, VE, 'width too big'],
      ['%.' + '9'.repeat(11) + 'f', t(f(1)), VE, 'precision too big'],
      ['%.' + '9'.repeat(10) + 'd', 1, VE, 'precision too big'],
      ['%.2147483647d', 1, 'OverflowError', 'precision too large'],
      ['%d', 10n ** 5000n, VE, 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit'],
      ['%s', 10n ** 5000n, VE, 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit'],
      ['%999999999d', 1, 'MemoryError', undefined],
    ];
    for (const [s, args, type, msg] of cases) {
      expect(raises(() => fmt(s, args)), `${JSON.stringify(s)} % ${String(args)}`).toEqual([type, msg]);
    }
  });

  it('lets the interpreter refuse large widths and precisions first', () => {
    const seen: number[] = [];
    const limited: PercentHooks = {
      ...hooks,
      checkSize(n) {
        seen.push(n);
        if (n > 1000) throw overflowError('too big for the sandbox');
      },
    };
    expect(percentFormat('%5d|%100s', t(1, 'a'), limited)).toBe('    1|' + ' '.repeat(99) + 'a');
    expect(seen).toEqual([]);
    expect(percentFormat('%500.2f', f(1), limited).length).toBe(500);
    expect(raises(() => percentFormat('%.5000f', f(1), limited))).toEqual(['OverflowError', 'too big for the sandbox']);
    expect(raises(() => percentFormat('%*s', t(10 ** 9, 'a'), limited))).toEqual(['OverflowError', 'too big for the sandbox']);
    expect(seen).toEqual([502, 5000, 10 ** 9]);
  });

  it('uses asInt for * arguments when given', () => {
    const boxed = { boxedInt: 4 };
    const withBox: PercentHooks = { ...hooks, asInt: (v) => (v === boxed ? 4 : typeof v === 'number' ? v : null) };
    expect(percentFormat('%*d|', t(boxed, 1), withBox)).toBe('   1|');
    expect(raises(() => percentFormat('%*d|', t(boxed, 1), hooks))).toEqual(['TypeError', '* wants int']);
  });
});
