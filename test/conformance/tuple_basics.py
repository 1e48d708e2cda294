# tuples: packing, repr, methods, comparisons, hashing
t = 1, 2, 3
print(t, type(t).__name__, len(t))
print((1,), (), tuple(), (1, 2) + (3,), (0,) * 3, ("a",) * 0, tuple("ab"), tuple([1, [2]]))
single = 5,
print(single, (5), ((5,),), (((),),))
print(t.count(2), (1, 1, 2).count(1), t.index(3), (1, 2, 1).index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, "a") == (1, "a"), (1, 2) == [1, 2])
print(t[::-1], t[1:], t[-1], t[:0])
d = {(1, 2): "pair", (): "empty", (1, (2, 3)): "nested"}
print(d[(1, 2)], d[()], d[1, (2, 3)], d[1, 2])
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)), hash(()), hash((1,)), hash((-1, -2)), hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
mt = ([1], 2)
mt[0].append(3)
print(mt)
try:
    mt[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(mt)
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]), tuple(x * x for x in range(4)))
print(repr((1, "a", None, 2.5, (1,))), str(("x",)))
