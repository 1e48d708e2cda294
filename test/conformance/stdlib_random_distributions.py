# Continuous distributions. They use log/exp/sin/cos/pow, which CPython takes
# from the C library; values are printed to 10 significant digits so a last-bit
# difference in the platform libm cannot show.
import random


def show(name, values):
    print(name, ' '.join('%.10g' % v for v in values))


r = random.Random(1234)
show('random', [r.random() for _ in range(5)])
show('uniform', [r.uniform(2, 8) for _ in range(5)])
show('triangular', [r.triangular(1, 4, 2) for _ in range(5)])
show('gauss', [r.gauss() for _ in range(6)])
show('gauss mu sigma', [r.gauss(100, 15) for _ in range(5)])
show('normalvariate', [r.normalvariate() for _ in range(6)])
show('normalvariate mu sigma', [r.normalvariate(-3, 0.5) for _ in range(5)])
show('lognormvariate', [r.lognormvariate(0, 0.25) for _ in range(5)])
show('expovariate', [r.expovariate(0.5) for _ in range(5)])
show('expovariate negative', [r.expovariate(-2) for _ in range(3)])
show('vonmisesvariate', [r.vonmisesvariate(1.0, 4.0) for _ in range(5)])
show('vonmisesvariate kappa 0', [r.vonmisesvariate(2.0, 0) for _ in range(3)])
show('gammavariate a<1', [r.gammavariate(0.4, 2.0) for _ in range(5)])
show('gammavariate a=1', [r.gammavariate(1.0, 3.0) for _ in range(3)])
show('gammavariate a>1', [r.gammavariate(9.0, 0.5) for _ in range(5)])
show('betavariate', [r.betavariate(2, 5) for _ in range(5)])
show('paretovariate', [r.paretovariate(3) for _ in range(5)])
show('weibullvariate', [r.weibullvariate(2, 1.5) for _ in range(5)])
print('still in step:', r.random(), r.getrandbits(32))

# gauss keeps the second value of each pair; seeding clears it.
r.seed(8)
a = r.gauss()
state = r.getstate()
print(state[2] is not None, '%.10g' % a)
b = r.gauss()
r.setstate(state)
print(r.gauss() == b)
r.seed(8)
print(r.gauss() == a, r.gauss_next is not None)

# Statistics over many draws stay near the expected values.
r = random.Random(77)
n = 2000
mean = sum(r.gauss(10, 2) for _ in range(n)) / n
print(round(mean, 1))
print(round(sum(r.expovariate(4) for _ in range(n)) / n, 2))
print(round(sum(r.uniform(0, 1) for _ in range(n)) / n, 2))
print(all(0 <= r.betavariate(0.5, 0.5) <= 1 for _ in range(200)))
print(all(r.paretovariate(1.5) >= 1 for _ in range(200)))
print(all(0 <= r.vonmisesvariate(3, 1) < 6.2832 for _ in range(200)))
