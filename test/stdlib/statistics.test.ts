// The statistics module (stdlib/statistics.ts): CPython's results (exact sums,
// int results for whole int means, correctly rounded float results), its
// errors and messages, NormalDist, the private exact helpers, and the budget.
import { describe, expect, it } from 'vitest';
import { Interpreter, ResourceExhausted } from '../../core/index.js';
import { runWith, TRY } from './script.js';

const run = runWith('import statistics\nfrom statistics import *\n');

describe('statistics averages', () => {
  it('computes means exactly, keeping ints when the mean is whole', () => {
    expect(run(`
print(mean([1, 2, 3, 4, 4]), mean([1, 2, 3]), mean([1, 2]), mean([True, False, True]), mean([0.1, 0.2, 0.3]))
print(mean([1e50, 1, -1e50] * 10), mean([10 ** 20, 1, -10 ** 20]), mean(iter([1, 2.5])), mean(range(1, 100)))
print(mean([1, float('inf')]), mean([float('nan'), 1]), type(mean([2, 4])).__name__)
print(fmean([3.5, 4.0, 5.25]), fmean(iter([1, 2])), fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
print(geometric_mean([54, 24, 36]), harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([1, 0, 3]))
`)).toBe(`2.8 2 1.5 0.6666666666666666 0.2
0.3333333333333333 0.3333333333333333 1.75 50
inf nan int
4.25 1.5 2.25
36.000000000000014 48.0 56.0 0
`);
  });

  it('computes medians and modes', () => {
    expect(run(`
print(median([1, 3, 5]), median([1, 3, 5, 7]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=2), median(['b', 'a', 'c']))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode('abracadabra'), mode(['red', 'red', 'blue', 'blue']))
print(multimode('aabbbbccddddeeffffgg'), multimode(''), multimode(x % 3 for x in range(10)))
`)).toBe(`3 4.0 3 5
52.5 3.5 b
3 a red
['b', 'd', 'f'] [] [0]
`);
  });
});

describe('statistics spread', () => {
  it('computes variance and standard deviation like CPython', () => {
    expect(run(`
print(variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), variance([1, 2, 3]), variance([1, 2, 3, 4]))
print(pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), pvariance([1, 2, 3, 4]), pvariance([5, 5]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(variance([10 ** 18, 10 ** 18 + 1, 10 ** 18 + 2]), stdev([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]))
print(variance([1, 2, 3, 4], 2.5), pvariance([1, 2, 3, 4], mu=2.5), stdev([1, 2, 3], xbar=2), variance(iter([1, 5, 9])))
print(type(variance([1, 2, 3])).__name__, type(stdev([1, 2, 3])).__name__)
`)).toBe(`1.3720238095238095 1 1.6666666666666667
1.25 1.25 0
1.0810874155219827 0.986893273527251 2.0
1 0.09999996423721906
1.6666666666666667 1.25 1.0 16
int float
`);
  });

  it('computes quantiles with both methods', () => {
    expect(run(`
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(quantiles(data), quantiles(data, n=4, method='inclusive'))
print(quantiles([1, 2]), quantiles([1.5, 2.5, 10], n=5), quantiles(range(1, 11), n=3))
`)).toBe(`[87.5, 101.5, 109.75] [88.5, 101.5, 109.25]
[0.75, 1.5, 2.25] [1.3, 2.1, 5.5, 11.5] [3.6666666666666665, 7.333333333333333]
`);
  });
});

describe('statistics relations and NormalDist', () => {
  it('computes covariance, correlation and linear regression', () => {
    expect(run(`
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), correlation(x, x), correlation(x, y))
lr = linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr, lr.slope == lr[0], isinstance(lr, tuple))
print(linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
`)).toBe(`0.75 1.0 0.31622776601683794
LinearRegression(slope=0.31, intercept=-610.18) True True
LinearRegression(slope=2.2142857142857144, intercept=0.0)
`);
  });

  it('models the normal distribution', () => {
    expect(run(`
n = NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.cdf(130), n.pdf(100), n.zscore(130))
print(n.inv_cdf(0.95), n.quantiles(), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), n + 5, 2 * n, n - NormalDist(10, 20), -n)
print(n == NormalDist(100, 15), n == 3, hash(n) == hash(NormalDist(100.0, 15.0)))
`)).toBe(`NormalDist(mu=100.0, sigma=15.0) 100.0 15.0 225.0 0.9772498680518208 0.02659615202676218 2.0
124.67280440427207 [89.88265374705878, 100.0, 110.11734625294122] 0.8035050657330205
NormalDist(mu=2.716666666666667, sigma=0.5076087732365021) NormalDist(mu=105.0, sigma=15.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=90.0, sigma=25.0) NormalDist(mu=-100.0, sigma=15.0)
True False True
`);
  });
});

describe('statistics errors', () => {
  it('raises StatisticsError (a ValueError) and TypeError with CPython messages', () => {
    expect(run(`${TRY}
print(issubclass(StatisticsError, ValueError), StatisticsError.__module__)
attempt(mean, [])
attempt(mean, ['a'])
attempt(mean, 5)
attempt(fmean, [])
attempt(fmean, [1, 2], weights=[1])
attempt(geometric_mean, [0, 1])
attempt(harmonic_mean, [1, -2])
attempt(harmonic_mean, ['x'])
attempt(median, [])
attempt(median_grouped, [1], interval='x')
attempt(mode, [])
attempt(variance, [1])
attempt(pstdev, [])
attempt(stdev, [1, float('inf')])
attempt(quantiles, [1])
attempt(quantiles, [1, 2], n=0)
attempt(quantiles, [1, 2], method='x')
attempt(quantiles, [1, 2, 3], 4)
attempt(covariance, [1], [1, 2])
attempt(correlation, [1, 1], [1, 2])
attempt(linear_regression, [1, 1], [1, 2])
attempt(NormalDist, 0, -1)
attempt(NormalDist(0, 0).cdf, 1)
attempt(NormalDist().inv_cdf, 1)
attempt(NormalDist().overlap, 5)
`)).toBe(`True statistics
StatisticsError: mean requires at least one data point
TypeError: can't convert type 'str' to numerator/denominator
TypeError: 'int' object is not iterable
StatisticsError: fmean requires at least one data point
StatisticsError: data and weights must be the same length
StatisticsError: geometric mean requires a non-empty dataset containing positive numbers
StatisticsError: harmonic mean does not support negative values
TypeError: unsupported type
StatisticsError: no median for empty data
TypeError: Value cannot be converted to a float
StatisticsError: no mode for empty data
StatisticsError: variance requires at least two data points
StatisticsError: pstdev requires at least one data point
AttributeError: 'float' object has no attribute 'numerator'
StatisticsError: must have at least two data points
StatisticsError: n must be at least 1
ValueError: Unknown method: 'x'
TypeError: quantiles() takes 1 positional argument but 2 were given
StatisticsError: covariance requires that both inputs have same number of data points
StatisticsError: at least one of the inputs is constant
StatisticsError: x is constant
StatisticsError: sigma must be non-negative
StatisticsError: cdf() not defined when sigma is zero
StatisticsError: p must be in the range 0.0 < p < 1.0
TypeError: Expected another NormalDist instance
`);
  });
});

describe('statistics internals and limits', () => {
  it('rounds exact ratios and square roots correctly', () => {
    expect(run(`${TRY}
from _statistics import _ratio_to_float, _sqrt_of_ratio
print(_ratio_to_float(10 ** 300, 10 ** 600), _ratio_to_float(1, 3), _ratio_to_float(-2 ** 80 - 1, 2 ** 27), _ratio_to_float(1, 10 ** 400))
print(_sqrt_of_ratio(2, 1), _sqrt_of_ratio(1, 10 ** 600), _sqrt_of_ratio(10 ** 600, 1), _sqrt_of_ratio(0, 5))
attempt(_sqrt_of_ratio, 10 ** 700, 1)
attempt(_ratio_to_float, 10 ** 400, 1)
attempt(_ratio_to_float, 1, 0)
attempt(_ratio_to_float, 1.5, 2)
attempt(_sqrt_of_ratio, -1, 2)
`)).toBe(`1e-300 0.3333333333333333 -9007199254740992.0 0.0
1.4142135623730951 1e-300 1e+300 0.0
OverflowError: integer division result too large for a float
OverflowError: integer division result too large for a float
ZeroDivisionError: division by zero
TypeError: _ratio_to_float() argument must be int, not float
ValueError: math domain error
`);
  });

  it('charges the budget on large data', () => {
    const interp = new Interpreter({ limits: { maxOps: 50_000 } });
    expect(() => interp.run('import statistics\nstatistics.mean(range(10 ** 7))')).toThrow(ResourceExhausted);
    const again = new Interpreter({ limits: { maxOps: 50_000 } });
    expect(() => again.run('import statistics\nstatistics.median(list(range(10 ** 7)))')).toThrow(ResourceExhausted);
  });
});
