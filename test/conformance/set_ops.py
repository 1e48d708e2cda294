# set and frozenset operations (printed via sorted)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([4, 7])))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.issubset([1, 2]), {1, 2, 3} >= {3}, {1}.issuperset(range(2)), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), frozenset({1}) == {1}, {1} != {1.0}, set() == frozenset())
print(set(), frozenset(), repr(set()), {1}, frozenset({2}), set("a"), {(1, 2)}, {None})
print(len({1, 1, 1.0, True}), sorted({"b", "a", "c"}), sorted(set("mississippi")), sorted(frozenset([3, 1])))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.discard(99); s.discard(1)
print(sorted(s))
s.update([5, 6], {7})
print(sorted(s))
s.remove(5)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    s.remove("k")
except KeyError as e:
    print("KeyError:", e, repr(e))
popped = s.pop()
print(popped in {3, 6, 7}, len(s))
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
for bad in [lambda: {[1]}, lambda: set([[1]]), lambda: {1} | [2], lambda: {1} + {2}, lambda: frozenset().add(1), lambda: {1} < [1], lambda: {{1}}]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
fs = frozenset([1, 2])
d = {fs: "frozen", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], hash(frozenset()) == hash(frozenset()))
print(type(fs | {3}).__name__, type({3} | fs).__name__, sorted(fs | {3}), type(fs.copy()).__name__)
x = {1, 2, 3}
x &= {2, 3, 4}; print(sorted(x))
x |= {9}; print(sorted(x))
x -= {2}; print(sorted(x))
x ^= {3, 10}; print(sorted(x))
x.intersection_update([9, 10, 11]); print(sorted(x))
x.difference_update([9]); print(sorted(x))
x.symmetric_difference_update({10, 12}); print(sorted(x))
print(sorted({n % 5 for n in range(20)}), sorted({c.upper() for c in "hello"}))
print(1 in {1.0}, 1.0 in {True}, "a" in frozenset("abc"), [] if False else {2, 2}.__len__())
