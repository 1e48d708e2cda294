# math: gamma, lgamma, erf, erfc and the normal-distribution style uses.
import math

for x in [0.5, 1, 1.5, 2, 2.5, 3, 4.5, 5, 10, 20.5, 50, 100.5, 170, 171.5, 0.1, 0.01, -0.5, -1.5, -2.5, -10.5]:
    print('gamma', x, math.gamma(x), math.lgamma(x))
for x in [1000, 1e5, 1e10, -1000.5]:
    print('lgamma', x, math.lgamma(x))
for n in range(1, 25):
    print('gamma int', n, math.gamma(n))

for x in [0, 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 10, -0.5, -1, -3]:
    print('erf', x, math.erf(x), math.erfc(x))

# Probability that a normal variable is within k standard deviations.
for k in range(1, 5):
    print('within', k, math.erf(k / math.sqrt(2)))

# Normal cumulative distribution function via erfc.
def phi(z):
    return 0.5 * math.erfc(-z / math.sqrt(2))
print([round(phi(z), 6) for z in (-3, -2, -1, 0, 1, 2, 3)])
print(phi(1.96), phi(-1.64))
