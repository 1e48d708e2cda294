# Float ** and int / int must be correctly rounded, like CPython's libm pow and long division.
for b in [10, 3, 7, 1.1, 2.5, 0.1, 123.456, 1e-3]:
    print([b ** e for e in [-20, -7, -4, -1, 0.5, 1.5, 3, 7, 10, 0.1, 2.2]])
print(10 ** -4, 10 ** -20, 10.0 ** -300, 2.0 ** -1074, 2.0 ** 1023, 0.5 ** 1075)
print(10**300 / 10**600, (10**400 + 1) / 10**399, 2**1000 / 3, -(2**70) / 7, (2**53 + 1) / 1, 1 / 3)
for n in [3, 7, 11, 13, 10**20 + 3, 2**80 - 1]:
    print(n, [k * 10**15 / n for k in (1, 2, 3)], (10**30 + k) / n if (k := 5) else 0)
try:
    10**400 / 1
except OverflowError as e:
    print('OverflowError', e)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError', e)
