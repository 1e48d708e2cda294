// core/runtime/floatrepr.ts: repr(float), correctly rounded digits, float(str),
// float.hex/fromhex, round(x, n), as_integer_ratio. Expected values come from
// CPython 3.11 (the large tables are in numfmt.test.ts); the random tests here
// check the JS fast paths against an exact BigInt reference.

import { describe, expect, it } from 'vitest';
import {
  doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, DTSF_SIGN, floatAsIntegerRatio, floatFromHex, floatRepr,
  floatToHex, parseFloatLiteral, roundFloat, decimalValue,
} from '../core/runtime/floatrepr.js';

interface PyErr {
  cls: { name: string };
  args: { items: unknown[] };
}

function raises(fn: () => unknown): [string, unknown] {
  try {
    fn();
  } catch (e) {
    const pe = e as PyErr;
    return [pe.cls.name, pe.args.items[0]];
  }
  throw new Error('expected an exception');
}

// A deterministic PRNG (xorshift) so failures reproduce.
let seed = 0x9e3779b9;
function rand32(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed >>> 0;
}

const dv = new DataView(new ArrayBuffer(8));
function randomDouble(minExp = -1074, maxExp = 1023): number {
  for (;;) {
    dv.setUint32(0, rand32());
    dv.setUint32(4, rand32());
    const x = dv.getFloat64(0);
    if (!Number.isFinite(x) || x === 0) continue;
    const e = Math.floor(Math.log2(Math.abs(x)));
    if (e >= minExp && e <= maxExp) return x;
  }
}

/** Exact value of a finite double as num / 2**k (num a BigInt). */
function exact(x: number): { num: bigint; k: number } {
  dv.setFloat64(0, Math.abs(x));
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = BigInt(hi & 0xfffff) * 2n ** 32n + BigInt(lo);
  let e = -1074;
  if (biased !== 0) {
    m += 2n ** 52n;
    e = biased - 1075;
  }
  return e >= 0 ? { num: m << BigInt(e), k: 0 } : { num: m, k: -e };
}

/** round-half-even(num / den) for non-negative BigInts. */
function divRound(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  return r2 > den || (r2 === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** Reference '%.{p}f' of |x| (no sign), by exact rational arithmetic. */
function refFixed(x: number, p: number): string {
  const { num, k } = exact(x);
  const n = divRound(num * 10n ** BigInt(p), 2n ** BigInt(k)).toString().padStart(p + 1, '0');
  return p === 0 ? n : n.slice(0, n.length - p) + '.' + n.slice(n.length - p);
}

/** Reference '%.{p}e' of |x| (no sign). */
function refExp(x: number, p: number): string {
  const { num, k } = exact(x);
  const den = 2n ** BigInt(k);
  // Decimal exponent E with 10**E <= x < 10**(E+1).
  let E = Math.floor(Math.log10(Math.abs(x)));
  const ge = (e: number) => (e >= 0 ? num >= 10n ** BigInt(e) * den : num * 10n ** BigInt(-e) >= den);
  while (!ge(E)) E--;
  while (ge(E + 1)) E++;
  const shift = p - E; // N = round(x * 10**shift)
  let N = shift >= 0 ? divRound(num * 10n ** BigInt(shift), den) : divRound(num, den * 10n ** BigInt(-shift));
  if (N === 10n ** BigInt(p + 1)) {
    N /= 10n;
    E++;
  }
  const d = N.toString();
  const mant = p === 0 ? d : d[0] + '.' + d.slice(1);
  return mant + (E < 0 ? 'e-' : 'e+') + String(Math.abs(E)).padStart(2, '0');
}

describe('floatRepr', () => {
  it('matches CPython layout rules', () => {
    const cases: [number, string][] = [
      [1, '1.0'], [100, '100.0'], [-2.5, '-2.5'], [0.1, '0.1'], [1e16, '1e+16'], [1e15, '1000000000000000.0'],
      [9999999999999998, '9999999999999998.0'], [1e-5, '1e-05'], [1e-4, '0.0001'], [0.00012, '0.00012'],
      [1.5e300, '1.5e+300'], [5e-324, '5e-324'], [1.7976931348623157e308, '1.7976931348623157e+308'],
      [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'], [-0, '-0.0'], [0, '0.0'], [1e22, '1e+22'],
      [2 ** 70, '1.1805916207174113e+21'], [1 / 3, '0.3333333333333333'], [1e-7, '1e-07'], [123456789012345680000, '1.2345678901234568e+20'],
    ];
    for (const [x, s] of cases) expect(floatRepr(x)).toBe(s);
  });

  it('round-trips random doubles', () => {
    for (let i = 0; i < 20000; i++) {
      const x = randomDouble();
      const s = floatRepr(x);
      expect(Number(s)).toBe(x);
    }
  });
});

describe('doubleToString', () => {
  it('formats with CPython flags', () => {
    expect(doubleToString(1, 'r', 0, DTSF_ADD_DOT_0)).toBe('1.0');
    expect(doubleToString(1, 'r', 0, 0)).toBe('1');
    expect(doubleToString(1.5, 'f', 0, DTSF_ALT)).toBe('2.');
    expect(doubleToString(1, 'g', 6, DTSF_ALT)).toBe('1.00000');
    expect(doubleToString(-0, 'f', 2, DTSF_NO_NEG_0)).toBe('0.00');
    expect(doubleToString(-0.001, 'f', 2, DTSF_NO_NEG_0)).toBe('0.00');
    expect(doubleToString(-0.001, 'e', 2, DTSF_NO_NEG_0)).toBe('-1.00e-03');
    expect(doubleToString(2, 'e', 3, DTSF_SIGN)).toBe('+2.000e+00');
    expect(doubleToString(NaN, 'F', 3, DTSF_SIGN)).toBe('+NAN');
    expect(doubleToString(-Infinity, 'E', 3, 0)).toBe('-INF');
    expect(doubleToString(1e-5, 'G', 6, 0)).toBe('1E-05');
    expect(doubleToString(1234.5, 'g', 2, DTSF_ADD_DOT_0)).toBe('1.2e+03');
    expect(doubleToString(1, 'g', 0, DTSF_ADD_DOT_0)).toBe('1e+00');
  });

  it('rounds half-even on the exact binary value', () => {
    expect(doubleToString(0.125, 'f', 2, 0)).toBe('0.12');
    expect(doubleToString(0.375, 'f', 2, 0)).toBe('0.38');
    expect(doubleToString(2.675, 'f', 2, 0)).toBe('2.67'); // 2.67499999...
    expect(doubleToString(0.5, 'f', 0, 0)).toBe('0');
    expect(doubleToString(1.5, 'f', 0, 0)).toBe('2');
    expect(doubleToString(2.5, 'f', 0, 0)).toBe('2');
    expect(doubleToString(125, 'e', 1, 0)).toBe('1.2e+02');
    expect(doubleToString(135, 'e', 1, 0)).toBe('1.4e+02');
    expect(doubleToString(9.5, 'g', 1, 0)).toBe('1e+01');
    expect(doubleToString(1e21, 'f', 2, 0)).toBe('1000000000000000000000.00');
    expect(doubleToString(0.1, 'f', 60, 0)).toBe('0.100000000000000005551115123125782702118158340454101562500000');
    expect(doubleToString(5e-324, 'e', 3, 0)).toBe('4.941e-324');
  });

  it("'f' agrees with exact arithmetic on random doubles and ties", () => {
    for (let i = 0; i < 4000; i++) {
      const x = i % 2 ? randomDouble(-60, 80) : (rand32() % 100000) / 2 ** (rand32() % 12);
      const p = rand32() % 26;
      expect(doubleToString(x, 'f', p, 0)).toBe((x < 0 ? '-' : '') + refFixed(x, p));
    }
    for (let i = 0; i < 200; i++) {
      const x = randomDouble(-1074, 1023);
      const p = 100 + (rand32() % 300);
      expect(doubleToString(x, 'f', p, 0)).toBe((x < 0 ? '-' : '') + refFixed(x, p));
    }
  });

  it("'e' agrees with exact arithmetic on random doubles and ties", () => {
    for (let i = 0; i < 4000; i++) {
      const x = i % 2 ? randomDouble() : (rand32() % 100000) * 10 ** ((rand32() % 20) - 10) + (rand32() % 2) * 0.5;
      if (x === 0) continue;
      const p = rand32() % 25;
      expect(doubleToString(x, 'e', p, 0)).toBe((x < 0 ? '-' : '') + refExp(x, p));
    }
    for (let i = 0; i < 100; i++) {
      const x = randomDouble();
      const p = 99 + (rand32() % 700);
      expect(doubleToString(x, 'e', p, 0)).toBe((x < 0 ? '-' : '') + refExp(x, p));
    }
  });

  it('refuses results too long for a JS string', () => {
    expect(raises(() => doubleToString(1e300, 'f', 600000000, 0))).toEqual(['MemoryError', undefined]);
  });
});

describe('roundFloat', () => {
  it('rounds like CPython', () => {
    expect(roundFloat(2.675, 2)).toBe(2.67);
    expect(roundFloat(0.125, 2)).toBe(0.12);
    expect(roundFloat(0.375, 2)).toBe(0.38);
    expect(roundFloat(1234.5678, -2)).toBe(1200);
    expect(roundFloat(15, -1)).toBe(20);
    expect(roundFloat(25, -1)).toBe(20);
    expect(Object.is(roundFloat(-1.5, -1), -0)).toBe(true);
    expect(Object.is(roundFloat(-0.4, 0), -0)).toBe(true);
    expect(roundFloat(0.5, 0)).toBe(0);
    expect(roundFloat(9.5e307, -308)).toBe(1e308);
    expect(roundFloat(5e-324, 323)).toBe(0);
    expect(roundFloat(5e-324, 324)).toBe(5e-324);
    expect(roundFloat(1e300, 400)).toBe(1e300);
    expect(roundFloat(1.7976931348623157e308, -309)).toBe(0);
    expect(roundFloat(Infinity, 2)).toBe(Infinity);
    expect(roundFloat(NaN, 2)).toBeNaN();
    expect(roundFloat(123.456, 10n ** 30n)).toBe(123.456);
    expect(Object.is(roundFloat(-123.456, -(10n ** 30n)), -0)).toBe(true);
  });

  it('raises OverflowError when the result is too large', () => {
    expect(raises(() => roundFloat(1.7976931348623157e308, -308))).toEqual(['OverflowError', 'rounded value too large to represent']);
    expect(raises(() => roundFloat(1.5e308, -308))).toEqual(['OverflowError', 'rounded value too large to represent']);
  });

  it('agrees with exact arithmetic', () => {
    for (let i = 0; i < 3000; i++) {
      const x = i % 2 ? randomDouble(-40, 60) : (rand32() % 100000) / 2 ** (rand32() % 12);
      const n = rand32() % 20;
      const want = Number((x < 0 ? '-' : '') + refFixed(x, n));
      expect(roundFloat(x, n)).toBe(want);
    }
  });
});

describe('floatAsIntegerRatio', () => {
  it('gives normalized ints', () => {
    expect(floatAsIntegerRatio(1.5)).toEqual([3, 2]);
    expect(floatAsIntegerRatio(-2.5)).toEqual([-5, 2]);
    expect(floatAsIntegerRatio(0.1)).toEqual([3602879701896397, 36028797018963968n]);
    expect(floatAsIntegerRatio(-0)).toEqual([0, 1]);
    expect(floatAsIntegerRatio(2 ** 53)).toEqual([9007199254740992n, 1]);
    expect(floatAsIntegerRatio(2 ** 52)).toEqual([4503599627370496, 1]);
    expect(floatAsIntegerRatio(5e-324)).toEqual([1, 2n ** 1074n]);
  });

  it('refuses inf and nan', () => {
    expect(raises(() => floatAsIntegerRatio(Infinity))).toEqual(['OverflowError', 'cannot convert Infinity to integer ratio']);
    expect(raises(() => floatAsIntegerRatio(-Infinity))).toEqual(['OverflowError', 'cannot convert Infinity to integer ratio']);
    expect(raises(() => floatAsIntegerRatio(NaN))).toEqual(['ValueError', 'cannot convert NaN to integer ratio']);
  });
});

describe('parseFloatLiteral', () => {
  it('accepts what float() accepts', () => {
    const ok: [string, number][] = [
      [' 1.5 ', 1.5], ['1_000.5', 1000.5], ['1e5_0', 1e50], ['1.e5', 1e5], ['.5', 0.5], ['5.', 5], ['+.5', 0.5],
      ['-5.', -5], ['1E5', 1e5], ['00', 0], ['0_0', 0], ['infinity', Infinity], ['-iNf', -Infinity], ['INFINITY', Infinity],
      ['1e500', Infinity], ['-1e500', -Infinity], ['１２', 12], ['\u2003 1.5\u3000', 1.5], ['٣.٥', 3.5], ['\x0b1\x0c', 1],
      ['\x851.5\xa0', 1.5], ['1e-400', 0],
    ];
    for (const [s, x] of ok) expect(parseFloatLiteral(s)).toBe(x);
    expect(parseFloatLiteral('+nan')).toBeNaN();
    expect(parseFloatLiteral('-NaN')).toBeNaN();
    expect(Object.is(parseFloatLiteral('-0'), -0)).toBe(true);
  });

  it('returns null for what float() rejects', () => {
    for (const s of ['', '  ', '1__0', '_1', '1_', '1_e5', '1e_5', '.e5', '.', 'e5', '1e', '1e+', 'infinit', 'in f',
      '0x1p3', '1 2', '+-1', '1._5', '1_.5', '1.5_', '1.5\x1c', '1\x00', 'inf_', 'i_nf', '1j', '1.5\ufeff', '0b1']) {
      expect(parseFloatLiteral(s)).toBeNull();
    }
  });
});

describe('float.hex / float.fromhex', () => {
  it('formats like CPython', () => {
    expect(floatToHex(1)).toBe('0x1.0000000000000p+0');
    expect(floatToHex(5e-324)).toBe('0x0.0000000000001p-1022');
    expect(floatToHex(-0)).toBe('-0x0.0p+0');
    expect(floatToHex(0)).toBe('0x0.0p+0');
    expect(floatToHex(0.1)).toBe('0x1.999999999999ap-4');
    expect(floatToHex(1.7976931348623157e308)).toBe('0x1.fffffffffffffp+1023');
    expect(floatToHex(2.2250738585072014e-308)).toBe('0x1.0000000000000p-1022');
    expect(floatToHex(-1.5)).toBe('-0x1.8000000000000p+0');
    expect(floatToHex(Infinity)).toBe('inf');
    expect(floatToHex(NaN)).toBe('nan');
  });

  it('parses like CPython', () => {
    expect(floatFromHex('0x1.0p+0')).toBe(1);
    expect(floatFromHex('1.8')).toBe(1.5);
    expect(floatFromHex('  -0X1.8P1  ')).toBe(-3);
    expect(floatFromHex('0')).toBe(0);
    expect(floatFromHex('.8')).toBe(0.5);
    expect(floatFromHex('-Infinity')).toBe(-Infinity);
    expect(floatFromHex('nan')).toBeNaN();
    expect(floatFromHex('0x1.fffffffffffff7p1023')).toBe(1.7976931348623157e308);
    expect(floatFromHex('0x1p-1074')).toBe(5e-324);
    expect(floatFromHex('0x1p-1075')).toBe(0);
    expect(floatFromHex('0x1.0000000000001p-1075')).toBe(5e-324);
    expect(floatFromHex('0x3p-1076')).toBe(5e-324);
    expect(floatFromHex('0x1.00000000000008p0')).toBe(1);
    expect(floatFromHex('0x1.00000000000018p0')).toBe(1 + 2 ** -51);
    expect(floatFromHex('0x1p-99999999999999999999')).toBe(0);
    expect(Object.is(floatFromHex('-0x0p0'), -0)).toBe(true);
  });

  it('round-trips random doubles', () => {
    for (let i = 0; i < 5000; i++) {
      const x = randomDouble();
      expect(floatFromHex(floatToHex(x))).toBe(x);
    }
  });

  it('raises CPython errors', () => {
    const invalid = ['ValueError', 'invalid hexadecimal floating-point string'];
    for (const s of ['0x', '.', '0x1p', '0x1p+', '1_0', '0x1.8p1 x', '\u20030x1p0', '0x+1p0', 'x1', '0x.p1', 'infx', '']) {
      expect(raises(() => floatFromHex(s))).toEqual(invalid);
    }
    const overflow = ['OverflowError', 'hexadecimal value too large to represent as a float'];
    for (const s of ['0x1p1024', '0x1.fffffffffffff8p1023', '0x1p99999999999999999999', '-0x2p1023']) {
      expect(raises(() => floatFromHex(s))).toEqual(overflow);
    }
  });
});

describe('decimalValue', () => {
  it('knows Unicode decimal digits', () => {
    expect(decimalValue(0x30)).toBe(0);
    expect(decimalValue(0x39)).toBe(9);
    expect(decimalValue(0x661)).toBe(1); // ARABIC-INDIC DIGIT ONE
    expect(decimalValue(0xff15)).toBe(5); // FULLWIDTH DIGIT FIVE
    expect(decimalValue(0x1d7d9)).toBe(1); // MATHEMATICAL DOUBLE-STRUCK DIGIT ONE (runs of ten back to back)
    expect(decimalValue(0x41)).toBe(-1);
    expect(decimalValue(0xb2)).toBe(-1); // SUPERSCRIPT TWO is a digit but not decimal
  });
});
