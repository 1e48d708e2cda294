# statistics: an everyday report over exam scores and measurements.
import statistics as st

scores = {
    'ana': [88, 92, 79, 95],
    'ben': [72, 65, 80, 70],
    'chen': [90, 90, 85, 100],
    'dora': [55, 61, 58, 70],
    'eli': [99, 97, 100, 98],
}

print(f"{'name':<6}{'mean':>8}{'median':>8}{'stdev':>8}")
for name, marks in scores.items():
    print(f'{name:<6}{st.mean(marks):>8.2f}{st.median(marks):>8}{st.stdev(marks):>8.3f}')

everyone = [m for marks in scores.values() for m in marks]
print('all:', len(everyone), 'marks, mean', st.mean(everyone), 'median', st.median(everyone))
print('spread:', st.pvariance(everyone), st.pstdev(everyone))
print('quartiles:', st.quantiles(everyone), 'mode:', st.mode(everyone), st.multimode(everyone))

averages = {name: st.mean(marks) for name, marks in scores.items()}
best = max(averages, key=averages.get)
print('best:', best, averages[best])
cut = st.quantiles(averages.values(), n=4)[2]
print('top quarter:', sorted(n for n, a in averages.items() if a >= cut))

dist = st.NormalDist.from_samples(everyone)
print('fitted:', dist)
for mark in (60, 75, 90):
    print(f'  P(mark <= {mark}) = {dist.cdf(mark):.4f}, z = {dist.zscore(mark):+.3f}')

temps = [21.5, 22.0, 23.25, 19.75, 20.5, 24.0, 22.75]
hours = [1, 2, 3, 4, 5, 6, 7]
fit = st.linear_regression(hours, temps)
print('trend: %.4f per hour, start %.4f' % fit)
print('correlation:', round(st.correlation(hours, temps), 6), 'covariance:', st.covariance(hours, temps))
print('geometric/harmonic:', st.geometric_mean(temps), st.harmonic_mean(temps))
