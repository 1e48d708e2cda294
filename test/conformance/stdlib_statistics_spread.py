# statistics: variance, standard deviation and quantiles (exact internally).
from statistics import variance, pvariance, stdev, pstdev, quantiles, mean

datasets = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [1, 2, 3],
    [1, 2, 3, 4],
    [2, 4, 4, 4, 5, 5, 7, 9],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [0.1, 0.2, 0.3, 0.4],
    [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3],
    [10 ** 18, 10 ** 18 + 1, 10 ** 18 + 2],
    [5, 5, 5, 5],
    [1, 2.5, 4, 7.25],
    [-3.5, 0, 2, 11],
]
for data in datasets:
    v = variance(data)
    pv = pvariance(data)
    print('var', v, type(v).__name__, pv, type(pv).__name__)
    print('  std', stdev(data), pstdev(data))

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = mean(data)
print(variance(data, m), pvariance(data, mu=m), stdev(data, xbar=m), pstdev(data, m))
print(variance([1, 2, 3, 4], 2.5), pvariance([1, 2, 3, 4], 2), stdev([1, 2, 3], 2), variance(iter([1, 5, 9])))
print(variance([True, False, False, True]), pvariance(range(10)), stdev(range(1, 11)), pstdev(x * 0.5 for x in range(8)))
print(variance([1, float('inf')]), pvariance([float('nan'), 2.0]))

scores = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91,
          103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88,
          89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(quantiles(scores))
print([round(q, 1) for q in quantiles(scores, n=10)])
print(quantiles(scores, n=4, method='inclusive'), quantiles(scores, n=1), quantiles(scores, n=2))
print(quantiles([1, 2]), quantiles([1, 2], method='inclusive'), quantiles([1.5, 2.5, 10], n=5))
print(quantiles(range(1, 11), n=3), quantiles([3, 1, 2], n=6, method='inclusive'))
