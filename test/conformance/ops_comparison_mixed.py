# equality and ordering across types
print(1 == "1", 1 == 1.0, 1 == True, "a" == b"a", [1] == (1,), {} == [], None == 0, None == None, 0 == 0.0 == -0.0)
print(1 != "1", [] != (), {1: 2} == {1: 2.0}, {1, 2} == [1, 2], frozenset() == set(), range(0) == range(2, 2))
pairs = [(1, "1"), ("a", 1), (None, 0), ([], ()), ({}, {}), (1, [1]), (b"a", "a"), (1.5, None), ((), []), ({1}, [1])]
for a, b in pairs:
    for op, fn in [("<", lambda x, y: x < y), (">=", lambda x, y: x >= y)]:
        try:
            print(repr(a), op, repr(b), "=", fn(a, b))
        except TypeError as e:
            print(repr(a), op, repr(b), "-> TypeError:", e)
print({1} < {1, 2}, {1, 2} > {1}, {1} <= {1}, {2} < {1, 3}, frozenset({1}) < {1, 2})
print(True < 2, False < True, 1.5 < 2, -1 < False, 2 ** 100 > 1e30, 2 ** 100 < 1e31)
print("abc" < "abd", "Z" < "a", "" < " ", b"abc" < b"abd", [1, 2] < [1, 2, 3], (1, 2) > (1,))
print(max("a", "B"), min([3], [1, 2]), sorted([b"b", b"A", b"a"]))
