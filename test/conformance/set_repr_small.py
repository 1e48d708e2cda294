# set repr where iteration order does not matter (0 or 1 elements)
print({1}, {"x"}, set(), frozenset(), frozenset({"a"}), {(1, 2)}, [set(), {5}], {frozenset()})
s = {42}
print(s, str(s), repr(s), f"{s}", "%s" % (s,), len(s))
print(set([7]), set((8,)), set({9: 0}), set(range(1)), set("z"))
e = set()
print(e, e == set(), e is not set(), bool(e), bool({0}))
print(type({1}).__name__, type(frozenset()).__name__, isinstance(frozenset(), set), issubclass(frozenset, set))
print({x for x in "aaaa"}, {n for n in range(10) if n == 3}, {v: k for k, v in {"k": 1}.items()})
