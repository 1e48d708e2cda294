// The math module (stdlib/math.ts): results identical to CPython's (including
// the last digit of transcendental functions), int handling (big ints, dunders),
// CPython's exceptions and argument errors, and the sandbox limits inside the
// big-int functions.
import { describe, expect, it } from 'vitest';
import type { LimitOptions } from '../../core/index.js';
import { expectLimitThenRun, runWith, TRY } from './script.js';

const run = runWith('import math\n');

/** Runs `src` expecting a limit of `kind`, within seconds; the interpreter must stay usable. */
function expectLimit(src: string, limits: LimitOptions, kind: string): void {
  const started = Date.now();
  expectLimitThenRun(`import math\n${src}`, limits, kind, 'import math\nprint(math.factorial(5))', '120\n');
  expect(Date.now() - started).toBeLessThan(5000);
}

describe('math float functions', () => {
  it('returns floats, with CPython constants', () => {
    expect(run(`
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), type(math.sqrt(16)).__name__, math.fabs(-3), math.exp(0), math.log(1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
`)).toBe(`3.141592653589793 2.718281828459045 6.283185307179586 inf nan
4.0 float 3.0 1.0 0.0
180.0 3.141592653589793 5.0 5.0
`);
  });

  it('matches CPython to the last digit where JavaScript Math differs', () => {
    // Each of these differs in the last place between V8's Math.* and glibc.
    expect(run(`
print(math.cos(0.1), math.sin(2.5), math.tan(4), math.log(3))
print(math.exp(1), math.exp(2.5), math.cos(90), math.sin(1e22), math.cos(1e300))
print(math.cbrt(-27), math.cbrt(2), math.exp2(0.5), math.pow(2, 0.5), math.pow(-5, 23))
print(math.asin(0.3), math.acos(0.7), math.atan(2), math.atan2(0.5, 2), math.sinh(25), math.cosh(0.7))
print(math.erf(0.5), math.erfc(10), math.gamma(0.5), math.lgamma(2.5), math.gamma(-1.5), math.log10(5e-324))
`)).toBe(`0.9950041652780258 0.5984721441039565 1.1578212823495775 1.0986122886681098
2.718281828459045 12.182493960703473 -0.4480736161291701 -0.8522008497671888 -0.5753861119575491
-3.0000000000000004 1.2599210498948734 1.4142135623730951 1.4142135623730951 -1.1920928955078124e+16
0.3046926540153975 0.7953988301841436 1.1071487177940904 0.24497866312686414 36002449668.69294 1.255169005630943
0.5204998778130465 2.088487583762545e-45 1.7724538509055159 0.2846828704729196 2.3632718012073544 -323.3062153431158
`);
  });

  it('handles special values like C99 / CPython', () => {
    expect(run(`
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.copysign(1, -0.0))
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-1, math.inf), math.pow(-math.inf, -3))
print(math.fmod(1, math.inf), math.fmod(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-0.0, 1))
print(math.frexp(0.0), math.frexp(5e-324), math.ldexp(0.75, -1074), math.ldexp(1.0, -2000), math.modf(-3.5), math.modf(math.inf))
print(math.nextafter(0, -1), math.nextafter(1, 2), math.ulp(1), math.ulp(0), math.ulp(1.7976931348623157e308))
print(math.hypot(), math.hypot(math.inf, math.nan), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324))
print(math.isclose(1, 1 + 1e-10), math.isclose(math.nan, math.nan), math.isclose(0, 1e-12, abs_tol=1e-9))
`)).toBe(`3.141592653589793 -3.141592653589793 2.356194490192345 -1.0
1.0 1.0 1.0 -0.0
1.0 -1.0 1.0 -1.0 -0.0
(0.0, 0) (0.5, -1073) 5e-324 0.0 (-0.5, -3.0) (0.0, inf)
-5e-324 1.0000000000000002 2.220446049250313e-16 5e-324 1.99584030953472e+292
0.0 inf 1.4142135623730951e+308 5e-324
True False True
`);
  });

  it('sums exactly with fsum', () => {
    expect(run(`
print(math.fsum([0.1] * 10), math.fsum([1e-16, 1, 1e16]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum(x / 7 for x in range(100)), math.fsum([]), math.fsum([math.inf, 1]), math.fsum([-0.0]))
`)).toBe(`1.0 1.0000000000000002e+16 1e-100
707.1428571428571 0.0 inf 0.0
`);
  });

  it('takes logarithms of ints of any size', () => {
    expect(run(`
print(math.log(10 ** 400), math.log(10 ** 400, 10), math.log2(2 ** 5000), math.log10(10 ** 500), math.log(True))
class Big(int):
    def __float__(self):
        return 9.0
print(math.log(Big(8), 2), math.sqrt(Big(4)))
`)).toBe(`921.0340371976182 399.99999999999994 5000.0 500.0 0.0
3.0 3.0
`);
  });

  it('rounds to int through __floor__, __ceil__, __trunc__, __float__ and __index__', () => {
    expect(run(`
class Num:
    def __floor__(self): return 'f'
    def __ceil__(self): return 'c'
    def __trunc__(self): return 't'
class Flt:
    def __float__(self): return 2.5
class Idx:
    def __index__(self): return 7
class MyFloat(float):
    pass
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.floor(Flt()), math.ceil(Flt()), math.floor(Idx()), math.sqrt(Idx()), math.floor(MyFloat(-2.5)))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.floor(True), math.ceil(1e300) == int(1e300))
`)).toBe(`f c t
2 3 7 2.6457513110645907 -3
-1 0 -2 1 True
`);
  });
});

describe('math integer functions', () => {
  it('computes exact big-int results', () => {
    expect(run(`
print(math.factorial(25), math.factorial(0), len(str(math.factorial(1000))))
print(math.comb(100, 50), math.comb(5, 7), math.perm(5), math.perm(20, 10), math.comb(10 ** 20, 3))
print(math.isqrt(10 ** 40), math.isqrt(10 ** 40 - 1), math.isqrt(2 ** 53 + 1), math.isqrt(99))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18, 27), math.gcd(2 ** 100 * 3, 2 ** 80 * 9))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(3, 0), math.lcm(*range(1, 21)))
print(math.prod([]), math.prod(range(1, 26)), math.prod([1.5, 2]), math.prod(['ab', 3]), math.prod([2, 3], start=10))
`)).toBe(`15511210043330985984000000 1 2568
100891344545564193334812497256 0 120 670442572800 166666666666666666661666666666666666666700000000000000000000
100000000000000000000 99999999999999999999 94906265 9
0 12 3 3626777458843887524118528
1 60 12 0 232792560
1 15511210043330985984000000 3.0 ababab 60
`);
  });

  it('raises CPython errors for bad integer arguments', () => {
    expect(run(`${TRY}
attempt(math.factorial, -1)
attempt(math.factorial, 5.0)
attempt(math.factorial, 2 ** 70)
attempt(math.comb, -1, 2)
attempt(math.comb, 5, -2)
attempt(math.comb, 2 ** 70, 2 ** 65)
attempt(math.perm, 2 ** 70, 2 ** 66)
attempt(math.isqrt, -1)
attempt(math.gcd, 1.0, 2)
attempt(math.lcm, 'a')
`)).toBe(`ValueError: factorial() not defined for negative values
TypeError: 'float' object cannot be interpreted as an integer
OverflowError: factorial() argument should not exceed 9223372036854775807
ValueError: n must be a non-negative integer
ValueError: k must be a non-negative integer
OverflowError: min(n - k, k) must not exceed 9223372036854775807
OverflowError: k must not exceed 9223372036854775807
ValueError: isqrt() argument must be nonnegative
TypeError: 'float' object cannot be interpreted as an integer
TypeError: 'str' object cannot be interpreted as an integer
`);
  });
});

describe('math errors', () => {
  it('raises domain, range and conversion errors', () => {
    expect(run(`${TRY}
attempt(math.sqrt, -1)
attempt(math.sqrt, 'x')
attempt(math.sqrt, None)
attempt(math.sqrt, 10 ** 400)
attempt(math.exp, 1000)
attempt(math.log, 0)
attempt(math.log, 10, 1)
attempt(math.acos, 2)
attempt(math.sin, math.inf)
attempt(math.cosh, 1000)
attempt(math.pow, 0, -1)
attempt(math.pow, 10, 400)
attempt(math.gamma, 0)
attempt(math.lgamma, 1e308)
attempt(math.fmod, 1, 0)
attempt(math.ldexp, 1.0, 1.5)
attempt(math.ldexp, 1.0, 10 ** 30)
attempt(math.floor, math.nan)
attempt(math.ceil, math.inf)
attempt(math.trunc, 'x')
attempt(math.fsum, [1e308, 1e308])
attempt(math.fsum, [math.inf, -math.inf])
attempt(math.dist, [1, 2], [1])
attempt(math.isclose, 1, 2, rel_tol=-1)
class Bad:
    def __float__(self): return 1
attempt(math.sqrt, Bad())
`)).toBe(`ValueError: math domain error
TypeError: must be real number, not str
TypeError: must be real number, not NoneType
OverflowError: int too large to convert to float
OverflowError: math range error
ValueError: math domain error
ZeroDivisionError: float division by zero
ValueError: math domain error
ValueError: math domain error
OverflowError: math range error
ValueError: math domain error
OverflowError: math range error
ValueError: math domain error
OverflowError: math range error
ValueError: math domain error
TypeError: Expected an int as second argument to ldexp.
OverflowError: math range error
ValueError: cannot convert float NaN to integer
OverflowError: cannot convert float infinity to integer
TypeError: type str doesn't define __trunc__ method
OverflowError: intermediate overflow in fsum
ValueError: -inf + inf in fsum
ValueError: both points must have the same number of dimensions
ValueError: tolerances must be non-negative
TypeError: Bad.__float__ returned non-float (type int)
`);
  });

  it('checks argument counts and keywords with CPython messages', () => {
    expect(run(`${TRY}
attempt(math.sqrt)
attempt(math.sqrt, 1, 2)
attempt(math.sqrt, x=1)
attempt(math.atan2, 1)
attempt(math.copysign, x=1, y=2)
attempt(math.log)
attempt(math.log, x=1)
attempt(math.perm)
attempt(math.perm, 1, 2, 3)
attempt(math.gcd, a=1)
attempt(math.prod)
attempt(math.prod, [1], 2)
attempt(math.prod, [1], 2, 3)
attempt(math.prod, [1], begin=1)
attempt(math.isclose, 1)
attempt(math.isclose, 1, 2, 3)
attempt(math.isclose, 1, zz=2)
print(math.isclose(a=1, b=1), math.perm(5, None))
`)).toBe(`TypeError: math.sqrt() takes exactly one argument (0 given)
TypeError: math.sqrt() takes exactly one argument (2 given)
TypeError: math.sqrt() takes no keyword arguments
TypeError: atan2 expected 2 arguments, got 1
TypeError: math.copysign() takes no keyword arguments
TypeError: math.log requires 1 to 2 arguments
TypeError: log() takes no keyword arguments
TypeError: perm expected at least 1 argument, got 0
TypeError: perm expected at most 2 arguments, got 3
TypeError: math.gcd() takes no keyword arguments
TypeError: prod() takes exactly 1 positional argument (0 given)
TypeError: prod() takes exactly 1 positional argument (2 given)
TypeError: prod() takes at most 2 arguments (3 given)
TypeError: 'begin' is an invalid keyword argument for prod()
TypeError: isclose() missing required argument 'b' (pos 2)
TypeError: isclose() takes exactly 2 positional arguments (3 given)
TypeError: isclose() missing required argument 'b' (pos 2)
True 120
`);
  });
});

describe('math limits', () => {
  it('refuses oversized big-int results before computing them', () => {
    const small = { maxValueBytes: 100_000 };
    expectLimit('math.factorial(10 ** 6)', small, 'size');
    expectLimit('math.factorial(2 ** 62)', small, 'size');
    expectLimit('math.perm(10 ** 6, 10 ** 5)', small, 'size');
    expectLimit('math.comb(10 ** 7, 5 * 10 ** 6)', small, 'size');
    expectLimit('math.lcm(*[2 ** 400000 + 1, 3 ** 300000])', small, 'size');
    expectLimit('x = 2 ** 300000\nmath.prod([x, x, x])', small, 'size');
    // Without a value limit, the engine's own BigInt ceiling still applies.
    expectLimit('math.factorial(10 ** 9)', {}, 'size');
  });

  it('charges the instruction budget for big-int and per-element work', () => {
    const budget = { maxOps: 20_000 };
    expectLimit('math.factorial(200000)', budget, 'budget');
    expectLimit('math.fsum(x * 0.5 for x in range(10 ** 7))', budget, 'budget');
    expectLimit('math.prod(range(1, 10 ** 7))', budget, 'budget');
    expectLimit('math.hypot(*range(10 ** 6))', budget, 'budget');
    expectLimit('math.gcd(3 ** 200000, 2 ** 300000 + 1)', budget, 'budget');
  });

  it('stays within budget for ordinary use', () => {
    expect(run('print(math.factorial(300) % 1000003, math.fsum(range(1000)))', { maxOps: 100_000 })).toBe('943844 499500.0\n');
  });
});

describe('libm constants', () => {
  it('the written-out ln 2, pi and pi/2 splits equal their derivation from series', async () => {
    const { deriveConstants, SPLIT_CONSTANTS } = await import('../../core/runtime/libm.js');
    expect(deriveConstants()).toEqual(SPLIT_CONSTANTS);
  });
});
