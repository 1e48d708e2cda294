// core/runtime/formatspec.ts: the format-spec mini-language for int, float and
// str. Every expected value and message below is CPython 3.11's (see also the
// big generated tables in numfmt.test.ts).

import { describe, expect, it } from 'vitest';
import {
  formatFloat, formatInt, formatSpecWidth, formatStr, parseFormatSpec,
} from '../core/runtime/formatspec.js';

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

const VE = 'ValueError';

describe('formatInt', () => {
  it('formats like CPython', () => {
    const cases: [number | bigint, string, string][] = [
      [1234, '', '1234'], [1234, 'd', '1234'], [-42, '', '-42'], [1234, '08,', '0,001,234'], [1234, '09,', '0,001,234'],
      [1234, '010,', '00,001,234'], [1234, '0=10,', '00,001,234'], [1234, '*=10,', '*****1,234'], [1234567, ',', '1,234,567'],
      [-1234567, '_d', '-1_234_567'], [255, '_b', '1111_1111'], [12345678, '_o', '5706_0516'], [2n ** 64n, '_X', '1_0000_0000_0000_0000'],
      [-(2n ** 64n), '#_X', '-0X1_0000_0000_0000_0000'], [12, '#b', '0b1100'], [255, '#X', '0XFF'], [255, '#_x', '0xff'],
      [-255, '#010x', '-0x00000ff'], [5, '#010b', '0b00000101'], [8, '#o', '0o10'], [1, '#', '1'], [65, 'c', 'A'],
      [0x1f600, '>3c', '  😀'], [65, '05c', '0000A'], [65, '=5c', '    A'], [1, '😀<5', '1😀😀😀😀'], [1, '\x00<5', '1\x00\x00\x00\x00'],
      [1, '0<5', '10000'], [1, '0>5', '00001'], [-1, '0<5', '-1000'], [-1, '05', '-0001'], [-1, 'x<05', '-1xxx'],
      [1, ' ', ' 1'], [-1, ' ', '-1'], [1, '<+', '+1'], [1, '^6', '  1   '], [12, 'x^+8', 'xx+12xxx'], [1234, '^+10,', '  +1,234  '],
      [1234, '0=+8,', '+001,234'], [-(10n ** 20n), '031,', '-00,100,000,000,000,000,000,000'], [1234567, 'n', '1234567'],
      [3, '05n', '00003'], [1, '٥', '    1'], [1, '\uff15', '    1'], [1, '005', '00001'], [1, '=', '1'], [1, '==', '1'],
      [1, 'z=5', 'zzzz1'], [1, '%', '100.000000%'], [1, 'e', '1.000000e+00'], [1, 'F', '1.000000'], [3, 'g', '3'],
      [2n ** 53n + 1n, 'f', '9007199254740992.000000'], [2n ** 63n, '.2f', '9223372036854775808.00'], [1, '_x', '1'],
      [1, 'z%', '100.000000%'], [10n ** 20n, ',.3e', '1.000e+20'],
    ];
    for (const [x, spec, want] of cases) expect(formatInt(x, spec), `format(${x}, ${JSON.stringify(spec)})`).toBe(want);
  });

  it('formats bools as bools only with an empty spec', () => {
    expect(formatInt(true, '')).toBe('True');
    expect(formatInt(false, '')).toBe('False');
    expect(formatInt(true, '>5')).toBe('    1');
    expect(formatInt(false, '.2f')).toBe('0.00');
    expect(raises(() => formatInt(true, 's'))).toEqual([VE, "Unknown format code 's' for object of type 'bool'"]);
  });

  it('raises CPython errors', () => {
    const cases: [number | bigint, string, string, string][] = [
      [1, 'abc', VE, "Invalid format specifier 'abc' for object of type 'int'"],
      [1, "a'b", VE, "Invalid format specifier 'a'b' for object of type 'int'"],
      [1, '+++', VE, "Invalid format specifier '+++' for object of type 'int'"],
      [1, '#x#', VE, "Invalid format specifier '#x#' for object of type 'int'"],
      [5, '#_010b', VE, "Invalid format specifier '#_010b' for object of type 'int'"],
      [1, '.', VE, 'Format specifier missing precision'],
      [1, '.d', VE, 'Format specifier missing precision'],
      [1, ',_', VE, "Cannot specify both ',' and '_'."],
      [1, '_,', VE, "Cannot specify both ',' and '_'."],
      [1, ',,', VE, "Cannot specify ',' with ','."],
      [1, ',c', VE, "Cannot specify ',' with 'c'."],
      [1, '_c', VE, "Cannot specify '_' with 'c'."],
      [1, ',n', VE, "Cannot specify ',' with 'n'."],
      [1, ',x', VE, "Cannot specify ',' with 'x'."],
      [1, ',s', VE, "Cannot specify ',' with 's'."],
      [1, 'z', VE, 'Negative zero coercion (z) not allowed in integer format specifier'],
      [65, '+zc', VE, 'Negative zero coercion (z) not allowed in integer format specifier'],
      [1, '.2', VE, 'Precision not allowed in integer format specifier'],
      [1, 'z.2', VE, 'Precision not allowed in integer format specifier'],
      [65, '.2c', VE, 'Precision not allowed in integer format specifier'],
      [1, '.2z', VE, "Unknown format code 'z' for object of type 'int'"],
      [1, 's', VE, "Unknown format code 's' for object of type 'int'"],
      [1, '++', VE, "Unknown format code '+' for object of type 'int'"],
      [1, '\x01', VE, "Unknown format code '\\x1' for object of type 'int'"],
      [1, '\x00', VE, "Unknown format code '\\x0' for object of type 'int'"],
      [1, '5 ', VE, "Unknown format code '\\x20' for object of type 'int'"],
      [1, '\x7f', VE, "Unknown format code '\x7f' for object of type 'int'"],
      [1, 'é', VE, "Unknown format code '\\xe9' for object of type 'int'"],
      [1, '5😀', VE, "Unknown format code '\\x1f600' for object of type 'int'"],
      [65, '+c', VE, "Sign not allowed with integer format specifier 'c'"],
      [65, '-c', VE, "Sign not allowed with integer format specifier 'c'"],
      [65, '#c', VE, "Alternate form (#) not allowed with integer format specifier 'c'"],
      [0x110000, 'c', 'OverflowError', '%c arg not in range(0x110000)'],
      [-1, 'c', 'OverflowError', '%c arg not in range(0x110000)'],
      [2n ** 63n - 1n, 'c', 'OverflowError', '%c arg not in range(0x110000)'],
      [2n ** 63n, 'c', 'OverflowError', 'Python int too large to convert to C long'],
      [-(2n ** 63n) - 1n, 'c', 'OverflowError', 'Python int too large to convert to C long'],
      [1, '9'.repeat(25), VE, 'Too many decimal digits in format string'],
      [1, '.' + '9'.repeat(25), VE, 'Too many decimal digits in format string'],
      [1, '9223372036854775808', VE, 'Too many decimal digits in format string'],
      [10n ** 400n, 'e', 'OverflowError', 'int too large to convert to float'],
      [10n ** 5000n, 'd', VE, 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit'],
      [10n ** 5000n, '', VE, 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit'],
    ];
    for (const [x, spec, type, msg] of cases) {
      expect(raises(() => formatInt(x, spec)), `format(${x}, ${JSON.stringify(spec)})`).toEqual([type, msg]);
    }
    expect(formatInt(10n ** 5000n, 'x').length).toBe(4153);
  });

  it('uses the given type name in messages', () => {
    expect(raises(() => formatInt(1, 's', 'MyInt'))).toEqual([VE, "Unknown format code 's' for object of type 'MyInt'"]);
    expect(raises(() => formatInt(1, 'ab', 'MyInt'))).toEqual([VE, "Invalid format specifier 'ab' for object of type 'MyInt'"]);
  });

  it('refuses widths too large for a JS string with MemoryError', () => {
    expect(raises(() => formatInt(1, '>9223372036854775807'))).toEqual(['MemoryError', undefined]);
    expect(raises(() => formatInt(1, '0900000000,'))).toEqual(['MemoryError', undefined]);
  });
});

describe('formatFloat', () => {
  it('formats like CPython', () => {
    const cases: [number, string, string][] = [
      [1, '', '1.0'], [1e16, '', '1e+16'], [1.5, '.3', '1.5'], [1234.5, '.2', '1.2e+03'], [1234.5, '.4', '1.234e+03'],
      [123, '.3', '1.23e+02'], [1, '.0', '1e+00'], [1, '#.0', '1.e+00'], [1, '#', '1.0'], [1e16, '#', '1.e+16'],
      [1, 'g', '1'], [1, '#g', '1.00000'], [0, '#.3', '0.00'], [0, '.3', '0.0'], [1e10, '#', '10000000000.0'],
      [0.1, '.60f', '0.100000000000000005551115123125782702118158340454101562500000'], [0.125, '.2f', '0.12'],
      [0.375, '.2f', '0.38'], [2.675, '.2f', '2.67'], [2.5, '.0f', '2'], [0.5, '.0e', '5e-01'], [1e22, ',.0f', '10,000,000,000,000,000,000,000'],
      [123456789.123, '_.2f', '123_456_789.12'], [-1234.5, '_g', '-1_234.5'], [1234567.0, ',', '1,234,567.0'], [1e20, ',', '1e+20'],
      [12345.678, ',.2', '1.2e+04'], [1234.5, '012,.2f', '0,001,234.50'], [-1.5, '010', '-0000001.5'], [1.5, '0^7', '001.500'],
      [-1.5, '=10', '-      1.5'], [1.5, '^10', '   1.5    '], [1.5, '😀=+8', '+😀😀😀😀1.5'], [1234567.0, 'n', '1.23457e+06'],
      [12345.678, 'n', '12345.7'], [3, '05n', '00003'], [0.5, '%', '50.000000%'], [0.5, '.0%', '50%'], [-1, '=+10.3%', '- 100.000%'],
      [Infinity, '010', '0000000inf'], [Infinity, '010,', '0000000inf'], [NaN, '=+10', '+      nan'], [NaN, 'F', 'NAN'],
      [-Infinity, 'E', '-INF'], [NaN, '+', '+nan'], [-NaN, '', 'nan'], [Infinity, '%', 'inf%'], [Infinity, '#.0f', 'inf'],
      [-0, '', '-0.0'], [-0, 'z', '0.0'], [-0, 'z.2f', '0.00'], [-0.0001, 'z.2f', '0.00'], [-0.0001, '.2f', '-0.00'],
      [-0, 'z%', '0.000000%'], [-0.00001, 'z.2%', '0.00%'], [-0.001, 'z%', '-0.100000%'], [-1e-300, 'z.2e', '-1.00e-300'],
      [-0, '+z', '+0.0'], [-0, '+', '-0.0'], [-0, 'z010', '00000000.0'], [-Infinity, 'z', '-inf'], [-0.5, 'z.0f', '0'],
      [-0.6, 'z.0f', '-1'], [1e-320, '', '1e-320'], [1e-320, 'g', '9.99989e-321'], [5e-324, '.1e', '4.9e-324'],
      [1.5, '.2147483647', '1.5'],
    ];
    for (const [x, spec, want] of cases) expect(formatFloat(x, spec), `format(${x}, ${JSON.stringify(spec)})`).toBe(want);
    expect(formatFloat(1e300, 'f')).toBe(
      '1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878'
      + '176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652'
      + '742780142494579258788820056842838115669472196386865459400540160.000000',
    );
    expect(formatFloat(1e300, 'f').length).toBe(308);
    expect(formatFloat(5e-324, '.1000e').endsWith('000e-324')).toBe(true);
  });

  it('raises CPython errors', () => {
    const cases: [string, string, string][] = [
      ['d', VE, "Unknown format code 'd' for object of type 'float'"],
      ['c', VE, "Unknown format code 'c' for object of type 'float'"],
      ['r', VE, "Unknown format code 'r' for object of type 'float'"],
      ['.2d', VE, "Unknown format code 'd' for object of type 'float'"],
      [',d', VE, "Unknown format code 'd' for object of type 'float'"],
      ['abc', VE, "Invalid format specifier 'abc' for object of type 'float'"],
      ['z+.1f', VE, "Invalid format specifier 'z+.1f' for object of type 'float'"],
      [',s', VE, "Cannot specify ',' with 's'."],
      [',n', VE, "Cannot specify ',' with 'n'."],
      ['_c', VE, "Cannot specify '_' with 'c'."],
      [',.2,', VE, "Cannot specify ',' with ','."],
      ['.2147483648f', VE, 'precision too big'],
      ['.99999999999', VE, 'precision too big'],
      ['.' + '9'.repeat(25), VE, 'Too many decimal digits in format string'],
      ['9223372036854775808', VE, 'Too many decimal digits in format string'],
    ];
    for (const [spec, type, msg] of cases) expect(raises(() => formatFloat(1.5, spec)), spec).toEqual([type, msg]);
  });
});

describe('formatStr', () => {
  it('formats like CPython', () => {
    const cases: [string, string, string][] = [
      ['abc', '', 'abc'], ['abc', 's', 'abc'], ['ab', '05', 'ab000'], ['ab', '<05', 'ab000'], ['abc', '.1', 'a'],
      ['abc', '^6', ' abc  '], ['abc', '^7', '  abc  '], ['abc', 'x^7', 'xxabcxx'], ['abc', '<<7', 'abc<<<<'],
      ['a', '😀^5', '😀😀a😀😀'], ['😀😀x', '.2', '😀😀'], ['😀', '>3', '  😀'], ['abc', '>10.2s', '        ab'],
      ['abc', '.99999999999999', 'abc'], ['hello', '>3', 'hello'], ['', '>2', '  '], ['ab', '0>6', '0000ab'],
    ];
    for (const [s, spec, want] of cases) expect(formatStr(s, spec), `format(${JSON.stringify(s)}, ${JSON.stringify(spec)})`).toBe(want);
  });

  it('raises CPython errors', () => {
    const cases: [string, string][] = [
      ['d', "Unknown format code 'd' for object of type 'str'"],
      ['.2d', "Unknown format code 'd' for object of type 'str'"],
      ['+d', "Unknown format code 'd' for object of type 'str'"],
      [',d', "Unknown format code 'd' for object of type 'str'"],
      ['+z#=', "Unknown format code '=' for object of type 'str'"],
      ['f', "Unknown format code 'f' for object of type 'str'"],
      ['abc', "Invalid format specifier 'abc' for object of type 'str'"],
      ['+', 'Sign not allowed in string format specifier'],
      ['-', 'Sign not allowed in string format specifier'],
      [' ', 'Space not allowed in string format specifier'],
      [' z', 'Space not allowed in string format specifier'],
      ['z', 'Negative zero coercion (z) not allowed in string format specifier'],
      ['#', 'Alternate form (#) not allowed in string format specifier'],
      ['=', "'=' alignment not allowed in string format specifier"],
      ['0=5', "'=' alignment not allowed in string format specifier"],
      [',', "Cannot specify ',' with 's'."],
      ['_', "Cannot specify '_' with 's'."],
      ['.', 'Format specifier missing precision'],
      ['.' + '9'.repeat(22), 'Too many decimal digits in format string'],
    ];
    for (const [spec, msg] of cases) expect(raises(() => formatStr('a', spec)), spec).toEqual([VE, msg]);
  });
});

describe('parseFormatSpec', () => {
  it('resolves defaults per kind', () => {
    expect(parseFormatSpec('010', 'int')).toEqual({
      fill: '0', align: '=', sign: '', z: false, alt: false, width: 10, grouping: '', precision: -1, type: 'd',
    });
    expect(parseFormatSpec('05', 'str')).toMatchObject({ fill: '0', align: '<', width: 5, type: 's' });
    expect(parseFormatSpec('*^+z#012_.3%', 'float')).toEqual({
      fill: '*', align: '^', sign: '+', z: true, alt: true, width: 12, grouping: '_', precision: 3, type: '%',
    });
    expect(parseFormatSpec('', 'float').type).toBe('');
    expect(parseFormatSpec('😀<5', 'str').fill).toBe('😀');
  });
});

describe('formatSpecWidth', () => {
  it('reports the requested width plus precision without building anything', () => {
    expect(formatSpecWidth('')).toBe(0);
    expect(formatSpecWidth('d')).toBe(0);
    expect(formatSpecWidth('>1000000000')).toBe(1000000000);
    expect(formatSpecWidth('.1000000f')).toBe(1000000);
    expect(formatSpecWidth('*^+#012,.3f')).toBe(15);
    expect(formatSpecWidth('_x')).toBe(0);
    expect(formatSpecWidth('010_x')).toBe(10);
    expect(formatSpecWidth('9223372036854775807')).toBe(9223372036854775807);
    // Unparseable specs report 0: formatting then raises the proper error.
    expect(formatSpecWidth('9'.repeat(30))).toBe(0);
    expect(formatSpecWidth('abc')).toBe(0);
  });
});
