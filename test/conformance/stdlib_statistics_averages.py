# statistics: means, medians and modes of ints, floats and mixed data.
import statistics
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median, median_low,
                        median_high, median_grouped, mode, multimode)

datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3],
    [1, 2],
    [2.5, 3.25, 5.75],
    [0.1, 0.2, 0.3],
    [0.1] * 10,
    [1, 2.5, 3],
    [True, False, True],
    [10 ** 20, 1, -10 ** 20],
    [1e50, 1, -1e50] * 3,
    [-5, -3, 0, 3, 5, 100],
    list(range(1, 101)),
    [3.7, 1.2, 9.9, 4.4, 2.8, 6.1, 5.0],
]
for data in datasets:
    m = mean(data)
    print('mean', m, type(m).__name__, fmean(data))
    print('  median', median(data), median_low(data), median_high(data), median_grouped(data))

print(mean(iter([1, 2, 3, 4])), mean(x / 4 for x in range(10)), mean(range(7)), fmean(iter([1, 2])))
print(mean([1, float('inf')]), mean([float('-inf'), 5]), mean([float('nan'), 1]))
print(fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), fmean([10, 20], [3, 1]), fmean(iter([1, 2, 3]), [1, 1, 2]))

print(geometric_mean([54, 24, 36]), geometric_mean([1, 10, 100]), geometric_mean([2.5, 7.5]))
print(harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([2.5]), harmonic_mean([1, 0, 3]))
print(harmonic_mean([1, 2, 4]), harmonic_mean([0.5, 0.25]), harmonic_mean(iter([3, 6])), harmonic_mean([7]))

print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(median_grouped([25] * 172 + [35] * 484 + [45] * 387 + [55] * 22 + [65] * 6, interval=10))
print(median(['b', 'a', 'c']), median_low(['d', 'a', 'c', 'b']), median_high(['d', 'a', 'c', 'b']))

print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']))
print(mode(['red', 'red', 'green', 'blue', 'blue']), mode('abracadabra'), mode([2.5, 1, 2.5]), mode(iter([4, 4, 5])))
print(multimode('aabbbbccddddeeffffgg'), multimode('aabbbbbbbbcc'), multimode(''), multimode([1, 2, 3]))
print(multimode([(1, 2), (1, 2), (3, 4)]), multimode(x % 3 for x in range(10)))
