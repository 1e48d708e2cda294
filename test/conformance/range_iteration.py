# range in loops and conversions
for i in range(3):
    print("up", i)
for i in range(10, 0, -4):
    print("down", i)
for i in range(-3, -10, -3):
    print("neg", i)
print(list(range(0, 1)), list(range(1, 0)), list(range(5, 5)), list(range(-2, 2)), list(range(0, -3, -1)))
r = range(2, 20, 3)
print(r, list(r), r[1:4], list(r[1:4]), r[::-1], list(r[::-1]), r[-2], len(r), r.index(11))
print([i for i in range(0, 100, 10) if i % 20], sum(range(1, 11)), list(map(lambda x: x * x, range(4))))
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), "abc")), list(enumerate(range(5, 8))))
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print("euler1", total)
for i in range(3):
    for j in range(i, 3):
        print(f"({i},{j})", end=" ")
print()
print(range(3) == range(0, 3), range(0, 5, 2) == range(0, 6, 2), list(range(0, 5, 2)) == list(range(0, 6, 2)))
print(range(0, 3, 2) == range(0, 4, 2), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))
big = range(0, 10 ** 30, 10 ** 28)
print(len(big), big[5], big[-1], 10 ** 29 in big, 10 ** 29 + 1 in big, big.index(10 ** 29))
print(list(range(3, -1, -1)), [*range(2)], (*range(2), *range(3, 5)))
