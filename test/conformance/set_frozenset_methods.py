# frozenset methods, set/frozenset interplay, set from various iterables
fs = frozenset("abracadabra")
print(sorted(fs), len(fs), "a" in fs, "z" in fs)
print(sorted(fs.union("xyz")), sorted(fs.intersection("cab")), sorted(fs.difference("ab")), sorted(fs.symmetric_difference("az")))
print(fs.issubset("abcdr"), fs.issuperset("ab"), fs.isdisjoint("xyz"), fs == frozenset("radcab"))
s = set(fs)
s.add("z")
print(sorted(s), sorted(fs), type(s | fs).__name__, type(fs | s).__name__, type(fs & s).__name__)
print(sorted(set([1, 2, 2, 3])), sorted(set((3, 3))), sorted(set({"k": 1, "j": 2})), sorted(set(range(3))), sorted(set(b"aba")))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), sorted(sorted(x) for x in nested))
print(frozenset() == set(), frozenset([1]) in {frozenset([1]): "x"}, {1, 2} in [frozenset({1, 2})])
s2 = {1, 2, 3}
print(s2.copy() == s2, s2.copy() is s2, set.union({1}, {2}, {3}) == {1, 2, 3})
print(sorted({1, 2} | {2, 3} | {4}), sorted({1, 2, 3} - {2} - {3}), sorted({1, 2} ^ {2, 3} ^ {3, 4}))
try:
    {1} | "a"
except TypeError as e:
    print("TypeError:", e)
print(sorted({1}.union([5, 3])), {1} == {1}.union())
try:
    frozenset([[]])
except TypeError as e:
    print("TypeError:", e)
print(len(set()), len(frozenset(range(100))), bool(frozenset()), max({3, 9, 1}), min(frozenset("hello")), sum({1, 2, 3}))
