# Float arithmetic, mixing with ints, floor div and mod with negatives
print(7.0 // 2, -7.0 // 2, 7.0 // -2, -7.0 // -2, 7.5 // 2.5, 0.3 // 0.1)
print(7.0 % 2, -7.0 % 2, 7.0 % -2, -7.0 % -2, 5.5 % 1, -5.5 % 1, 0.3 % 0.1)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(1.0, 0.1))
print(-0.0 % 5, 0.0 % -5, 6.0 % 3, -6.0 % 3, 6.0 % -3)
print(1 + 1.0, 2 * 0.5, 3 - 1.5, 7 / 2.0, 2 ** 0.5, 10 - 0.1)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9)
print(1e308 + 1e308, -1e308 * 10, 1e-323 / 10, 5e-324 / 2)
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, inf // 1 if False else "skip")
print(nan + 1, nan * 0, abs(-inf), abs(-nan))
print(inf % 5 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(2.0 ** 0.5, (-8.0) ** 2, 9.0 ** 0.5, 0.0 ** 0, 1.0 ** inf, inf ** 0)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2 ** 10000 + 0.5)
except OverflowError as e:
    print("OverflowError:", e)
print(abs(-2.5), -(-2.5), +2.5, abs(-0.0))
print(sum([0.1] * 10), 0.1 * 10)
print(3.0 * 4, 3.0 / 4, 2 / 4 * 4, 1e10 * 1e10)
