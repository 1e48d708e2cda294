# Chained comparisons evaluate each operand once and short-circuit
def v(label, value):
    print("eval", label)
    return value
print(v('a', 1) < v('b', 2) < v('c', 3))
print(v('a', 1) < v('b', 0) < v('c', 3))
print(v('a', 5) == v('b', 5) != v('c', 6))
print(v('a', 1) < v('b', 2) > v('c', 3) < v('d', 4))
x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5 > 4)
print(1 == 1.0 == True, 'a' < 'b' < 'c', [1] < [2] < [3])
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print(x is x is not None, None is None is None)
print(1 in [1] in [[1]], 2 not in [1] in [[1]])
a = [1, 2, 3]
print(0 <= a.index(2) < len(a))
def cmp_chain(n):
    return 0 <= n < 10
print([cmp_chain(n) for n in (-1, 0, 9, 10)])
