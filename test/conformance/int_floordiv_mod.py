# Floor division and modulo sign rules
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
    print(a, b, "ok", (r == 0) or ((r > 0) == (b > 0)))
print(-2 ** 70 // 3, -2 ** 70 % 3, 2 ** 70 // -3, 2 ** 70 % -3)
print(divmod(-10 ** 20, 7), divmod(10 ** 20, -7))
print(-1 // 2 ** 100, 1 // -2 ** 100, -1 % 2 ** 100)
print(True // 2, 5 // True, -5 % True)
