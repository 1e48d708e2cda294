/**
 * The `statistics` module: averages, spread, quantiles, correlation, linear
 * regression and NormalDist, with CPython's results and messages.
 *
 * Like CPython, mean/variance/stdev work on exact fractions internally
 * (float.as_integer_ratio), so their results are the correctly rounded ones
 * and print identically. `fractions` does not exist here, so the module keeps
 * its own small exact-fraction class; the private native `_statistics`
 * module supplies the two roundings that need exact big-int arithmetic.
 * Fraction and Decimal inputs are not supported (those modules do not exist).
 */
import type { ModuleDef } from '../core/modules.js';
import type { Runtime } from '../core/runtime/runtime.js';
import type { Value } from '../core/runtime/object.js';
import { nativeFunction } from '../core/native.js';
import { PyFloat } from '../core/runtime/values.js';
import { overflowError, typeError, valueError, zeroDivisionError } from '../core/runtime/exceptions.js';
import { big, isInt, type Int } from '../core/runtime/int.js';
import { typeName } from '../core/runtime/ops.js';
import { bigToDouble } from '../core/runtime/libm.js';

function intArg(v: Value, fname: string): bigint {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (!isInt(v)) throw typeError(`${fname}() argument must be int, not ${typeName(v)}`);
  return big(v as Int);
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

/** n / d correctly rounded to a float, like CPython's int true division (d != 0). */
export function ratioToFloat(n: bigint, d: bigint): number {
  if (d === 0n) throw zeroDivisionError('division by zero');
  if (n === 0n) return d < 0n ? -0 : 0;
  const negative = (n < 0n) !== (d < 0n);
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  // Scale so the integer quotient has at least 55 bits; a nonzero remainder
  // is folded into the lowest bit, below the rounding position.
  const shift = Math.max(0, bitLength(ad) - bitLength(an) + 55);
  const scaled = an << BigInt(shift);
  let q = scaled / ad;
  if (q * ad !== scaled) q |= 1n;
  const r = bigToDouble(q, -shift);
  if (!Number.isFinite(r)) throw overflowError('integer division result too large for a float');
  return negative ? -r : r;
}

/** Integer square root (floor) of a non-negative bigint. */
function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** sqrt(n / d) correctly rounded to a float, for n >= 0 and d > 0. */
export function sqrtOfRatio(n: bigint, d: bigint): number {
  if (d <= 0n || n < 0n) throw valueError('math domain error');
  if (n === 0n) return 0;
  // Choose an even scale 2k so that n * 4**k / d has at least 110 bits: its
  // integer square root then has 55+, and inexactness becomes a sticky bit.
  const k = Math.ceil((110 - (bitLength(n) - bitLength(d))) / 2);
  let num = n;
  let den = d;
  if (k >= 0) num <<= BigInt(2 * k);
  else den <<= BigInt(-2 * k);
  const quotient = num / den;
  let root = bigIsqrt(quotient);
  if (root * root !== quotient || quotient * den !== num) root |= 1n;
  const r = bigToDouble(root, -k);
  if (!Number.isFinite(r)) throw overflowError('integer division result too large for a float');
  return r;
}

function buildNativeHelpers(): Record<string, Value> {
  return {
    _ratio_to_float: nativeFunction('_statistics', '_ratio_to_float', ['n', 'd', '/'],
      (_rt: Runtime, [n, d]) => new PyFloat(ratioToFloat(intArg(n, '_ratio_to_float'), intArg(d, '_ratio_to_float'))),
      'The int ratio n / d correctly rounded to a float.'),
    _sqrt_of_ratio: nativeFunction('_statistics', '_sqrt_of_ratio', ['n', 'd', '/'],
      (_rt: Runtime, [n, d]) => new PyFloat(sqrtOfRatio(intArg(n, '_sqrt_of_ratio'), intArg(d, '_sqrt_of_ratio'))),
      'The square root of the int ratio n / d (n >= 0, d > 0), correctly rounded to a float.'),
  };
}

const STATISTICS_SOURCE = String.raw`"""Basic statistics for numeric data.

Averages (mean, fmean, geometric_mean, harmonic_mean, median and its
variants, mode, multimode), spread (variance, pvariance, stdev, pstdev),
quantiles, covariance, correlation, linear_regression and the NormalDist
class. Results follow CPython's statistics module: sums are exact, so mean
and variance of ints and floats are correctly rounded.
"""

import math
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau
from _statistics import _ratio_to_float, _sqrt_of_ratio

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
    'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    """Raised for statistically invalid input, such as empty data."""


# ---------------------------------------------------------------- exact sums

class _Fraction:
    """An exact rational number in lowest terms (the denominator is positive).

    A private stand-in for fractions.Fraction, with just what the module needs.
    """

    def __init__(self, numerator, denominator=1):
        if denominator < 0:
            numerator, denominator = -numerator, -denominator
        g = math.gcd(numerator, denominator)
        if g > 1:
            numerator //= g
            denominator //= g
        self.numerator = numerator
        self.denominator = denominator

    def __float__(self):
        return _ratio_to_float(self.numerator, self.denominator)

    def __repr__(self):
        return f'_Fraction({self.numerator}, {self.denominator})'


def _add(a, b):
    """a + b for exact fractions."""
    return _Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                     a.denominator * b.denominator)


def _sub(a, b):
    return _Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                     a.denominator * b.denominator)


def _mul(a, b):
    return _Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _div(a, b):
    """a / b where each is an exact fraction, an int, or a float (an inf or nan total)."""
    if isinstance(a, float) or isinstance(b, float):
        return float(a) / float(b)
    if isinstance(a, int):
        a = _Fraction(a)
    if isinstance(b, int):
        b = _Fraction(b)
    if b.numerator == 0:
        raise ZeroDivisionError('Fraction(%d, 0)' % (a.numerator * b.denominator))
    return _Fraction(a.numerator * b.denominator, a.denominator * b.numerator)


def _exact_ratio(x):
    """(numerator, denominator) of a number; (x, None) for an infinity or a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    """The result type for data of types T and S (int gives way to anything)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _fraction_total(partials, scale_denominator=False):
    """The exact sum of numerator partials keyed by denominator."""
    total = _Fraction(0)
    for d, n in partials.items():
        total = _add(total, _Fraction(n, d * d if scale_denominator else d))
    return total


def _sum(data):
    """(type, exact sum, count) of numeric data; the sum is a float for inf/nan data."""
    count = 0
    types = set()
    partials = {}
    for x in data:
        types.add(type(x))
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = _fraction_total(partials)
    return (_result_type(types), total, count)


def _squared_deviations(data, c):
    for x in data:
        d = x - c
        yield d * d


def _ss(data, c=None):
    """(type, sum of squared deviations, mean, count), exactly, in one pass."""
    if c is not None:
        T, ssd, count = _sum(_squared_deviations(data, c))
        return (T, ssd, c, count)
    count = 0
    types = set()
    sx = {}
    sxx = {}
    for x in data:
        types.add(type(x))
        n, d = _exact_ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = _Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = _fraction_total(sx)
        total_sq = _fraction_total(sxx, True)
        ssd = _div(_sub(_mul(_Fraction(count), total_sq), _mul(total, total)), count)
        c = _div(total, count)
    return (_result_type(types), ssd, c, count)


def _convert(value, T):
    """An exact result as type T (an int result that is not whole becomes a float)."""
    if type(value) is T:
        return value
    if isinstance(value, float):
        return T(value)
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if T is int:
        return value.numerator
    if T is float:
        return float(value)
    if issubclass(T, int):
        return T(value.numerator)
    return T(float(value))


def _sqrt_of_fraction(value):
    """Correctly rounded square root of an exact fraction."""
    return _sqrt_of_ratio(value.numerator, value.denominator)


def _is_negative(value):
    if isinstance(value, _Fraction):
        return value.numerator < 0
    return value < 0


def _is_positive(value):
    if isinstance(value, _Fraction):
        return value.numerator > 0
    return value > 0


# ---------------------------------------------------------------- averages

def mean(data):
    """Arithmetic mean of the data, computed exactly then converted.

    An int result is returned when the data are ints and the mean is whole:
    mean([1, 2, 3]) == 2, mean([1, 2]) == 1.5.
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_div(total, n), T)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean, optionally weighted; always a float."""
    try:
        n = len(data)
        sized = True
    except TypeError:
        data = list(data)
        n = len(data)
        sized = False
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if not sized:
        # An iterator is counted as it is consumed alongside the weights.
        n = min(n, num_weights + 1)
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return exp(fmean(log(x) for x in data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _reject_negative(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data (the reciprocal of the mean of reciprocals).

    Optional weights give each value a relative importance. A zero in the
    data makes the result 0.
    """
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _reject_negative(weights, errmsg))
    try:
        checked = _reject_negative(data, errmsg)
        T, total, count = _sum((w / x if w else 0) for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if not _is_positive(total):
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_div(sum_weights, total), T)


def median(data):
    """Median of the data: the middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Low median: the smaller of the two middle values when there are two."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """High median: the larger of the two middle values when there are two."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def _first_index(a, x, lo=0):
    """Index of the first item >= x in sorted a (bisect_left)."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _after_index(a, x, lo=0):
    """Index after the last item <= x in sorted a (bisect_right)."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def median_grouped(data, interval=1.0):
    """Median of data grouped in bins of width interval centred on the values (interpolated)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    i = _first_index(data, x)
    j = _after_index(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def _counts(data):
    counts = {}
    for x in iter(data):
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one seen among equally common values)."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    return best


def multimode(data):
    """List of the most common values, in order of first appearance ([] for no data)."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing the data into n groups of equal probability.

    method='exclusive' (default) treats the data as a sample; 'inclusive'
    as a whole population (its minimum and maximum are the 0th and 100th
    percentiles). Cut points are interpolated linearly.
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------- spread

def variance(data, xbar=None):
    """Sample variance (divides by n - 1); xbar, if given, is used as the mean."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_div(ss, n - 1), T)


def pvariance(data, mu=None):
    """Population variance (divides by n); mu, if given, is used as the mean."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_div(ss, n), T)


def stdev(data, xbar=None):
    """Sample standard deviation: the correctly rounded square root of variance()."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of_fraction(_div(ss, n - 1))


def pstdev(data, mu=None):
    """Population standard deviation: the correctly rounded square root of pvariance()."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of_fraction(_div(ss, n))


def _mean_stdev(data):
    """(mean, sample standard deviation) as floats, in one pass."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = _div(ss, n - 1)
    try:
        return (float(xbar), _sqrt_of_fraction(mss))
    except AttributeError:
        return (float(xbar), float(xbar) / float(ss))


# ---------------------------------------------------------------- two variables

def _check_pair(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    """Sample covariance of two equally long sequences."""
    n = _check_pair(x, y, 'covariance')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long sequences (-1 to +1)."""
    n = _check_pair(x, y, 'correlation')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    """LinearRegression(slope, intercept): the result of linear_regression()."""

    _fields = ('slope', 'intercept')

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def _asdict(self):
        return {'slope': self[0], 'intercept': self[1]}

    def __repr__(self):
        return f'LinearRegression(slope={self[0]!r}, intercept={self[1]!r})'


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares fit y = slope * x + intercept (intercept 0 when proportional)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------- the normal distribution

def _inverse_normal(p, mu, sigma):
    """Inverse of the normal CDF (Wichura's algorithm AS 241, about 16 digits)."""
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r +
                     3.3430575583588128105e+4) * r +
                     6.7265770927008700853e+4) * r +
                     4.5921953931549871457e+4) * r +
                     1.3731693765509461125e+4) * r +
                     1.9715909503065514427e+3) * r +
                     1.3314166789178437745e+2) * r +
                     3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r +
                     2.8729085735721942674e+4) * r +
                     3.9307895800092710610e+4) * r +
                     2.1213794301586595867e+4) * r +
                     5.3941960214247511077e+3) * r +
                     6.8718700749205790830e+2) * r +
                     4.2313330701600911252e+1) * r +
                     1.0)
        return mu + (num / den) * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r +
                     2.27238449892691845833e-2) * r +
                     2.41780725177450611770e-1) * r +
                     1.27045825245236838258e+0) * r +
                     3.64784832476320460504e+0) * r +
                     5.76949722146069140550e+0) * r +
                     4.63033784615654529590e+0) * r +
                     1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r +
                     5.47593808499534494600e-4) * r +
                     1.51986665636164571966e-2) * r +
                     1.48103976427480074590e-1) * r +
                     6.89767334985100004550e-1) * r +
                     1.67638483018380384940e+0) * r +
                     2.05319162663775882187e+0) * r +
                     1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r +
                     2.71155556874348757815e-5) * r +
                     1.24266094738807843860e-3) * r +
                     2.65321895265761230930e-2) * r +
                     2.96560571828504891230e-1) * r +
                     1.78482653991729133580e+0) * r +
                     5.46378491116411436990e+0) * r +
                     6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r +
                     1.42151175831644588870e-7) * r +
                     1.84631831751005468180e-5) * r +
                     7.86869131145613259100e-4) * r +
                     1.48753612908506148525e-2) * r +
                     1.36929880922735805310e-1) * r +
                     5.99832206555887937690e-1) * r +
                     1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + x * sigma


_SQRT2 = sqrt(2.0)


class NormalDist:
    """Normal distribution of a random variable, with mean mu and standard deviation sigma."""

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """A normal distribution estimated from sample data (mean and sample stdev)."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random samples for the distribution's mean and standard deviation."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        """Probability density function: the relative likelihood that the variable is near x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """Cumulative distribution function: the probability that the variable is <= x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse CDF: the x for which the variable is <= x with probability p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _inverse_normal(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient of two normal distributions (between 0.0 and 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """Number of standard deviations x lies above (or below) the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """Arithmetic mean of the distribution."""
        return self._mu

    @property
    def median(self):
        """Median of the distribution (equal to the mean)."""
        return self._mu

    @property
    def mode(self):
        """Mode of the distribution (equal to the mean)."""
        return self._mu

    @property
    def stdev(self):
        """Standard deviation of the distribution."""
        return self._sigma

    @property
    def variance(self):
        """Variance of the distribution (sigma squared)."""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'
`;

export const modules: ModuleDef[] = [
  {
    name: 'statistics',
    summary: 'Averages, spread, quantiles, correlation, linear regression and NormalDist for numeric data.',
    source: STATISTICS_SOURCE,
  },
  {
    name: '_statistics',
    summary: 'Private exact helpers of statistics (correctly rounded ratio and square root).',
    build: buildNativeHelpers,
  },
];
