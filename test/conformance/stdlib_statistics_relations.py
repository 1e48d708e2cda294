# statistics: covariance, correlation, linear regression and NormalDist.
from statistics import covariance, correlation, linear_regression, NormalDist, LinearRegression

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(x, z), covariance(z, x), covariance([1.5, 2.5], [3.0, 1.0]))
print(correlation(x, x), correlation(x, z), correlation(x, y), correlation([1, 2, 4], [2.5, 3.5, 9.25]))

year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
lr = linear_regression(year, films_total)
print(lr, lr.slope, lr.intercept, round(lr.slope * 2019 + lr.intercept))
print(linear_regression([1, 2, 3], [2, 4, 6]), linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
slope, intercept = linear_regression([0, 1, 2], [1.5, 3.5, 5.5])
print(slope, intercept, lr[0] == lr.slope, len(lr), isinstance(lr, tuple), LinearRegression(1, 2))

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.cdf(130), n.cdf(100), n.cdf(55), n.pdf(100), n.pdf(130), n.zscore(130), n.zscore(85))
print(n.inv_cdf(0.95), n.inv_cdf(0.5), n.inv_cdf(0.01), n.inv_cdf(1e-10), n.inv_cdf(0.999999))
print(n.quantiles(), NormalDist().quantiles(10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)))
temps = NormalDist.from_samples([4, 12, -3, 2, 7, 14])
print(temps, temps.mean, temps.stdev)
print(n + 5, n - 10, n * 2, n / 2, 5 + n, 10 - n, 3 * n, -n, +n)
print(NormalDist(1, 2) + NormalDist(3, 4), NormalDist(1, 2) - NormalDist(3, 4))
print(n == NormalDist(100, 15), n == NormalDist(100, 16), n == 5, hash(n) == hash(NormalDist(100.0, 15.0)))
print(NormalDist(), NormalDist(mu=3), NormalDist(sigma=0.5), NormalDist(True, 2))
