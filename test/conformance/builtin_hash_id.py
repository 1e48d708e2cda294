# hash() of ints/tuples/floats/bools (deterministic), id() equality only
print(hash(1), hash(0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.0), hash(0.5), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(float("inf")), hash(float("-inf")), hash(None) == hash(None))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((True, 1.0)) == hash((1, 1)), hash((-1,)), hash((-2,)))
print(hash(1) == hash(1.0) == hash(True), {1.0: "a"}[1], hash(10 ** 30) == hash(float(10 ** 30)) if False else "skip")
print(hash(frozenset()) == hash(frozenset()), hash(range(3)) == hash(range(0, 3, 1)))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), a is b)
class K:
    pass
k = K()
print(hash(k) == hash(k), id(k) == id(k), k == k)
