# sum (start), abs, divmod, pow edge cases
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([0.5, 0.25], start=1))
for bad in [lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]), lambda: sum(5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(sum([1e100, 1, -1e100]), sum([0.1, 0.2, 0.3]), sum(x * x for x in range(4)))
print(abs(-7), abs(7.5), abs(-0.0), abs(-2 ** 80), abs(False))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(-7.5, -2), divmod(True, 3))
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 8), pow(2.5, 2), pow(-2, 3), pow(4, 0.5), pow(10, -1), pow(7, 2, 10), pow(base=2, exp=3), pow(2, 3, mod=3))
try:
    pow("2", 2)
except TypeError as e:
    print("TypeError:", e)
