# min / max: key, default, multiple args, errors
print(max(3, 1, 2), min(3, 1, 2), max([4, 8, 1]), min("hello"), max("apple", "pear", "fig"))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max([-3, 2, -5], key=abs))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([1, 1.0]), min([1.0, 1]))
print(max([], default="empty"), min([], default=None), max([5], default=0), max((), key=len, default="d"))
print(max([("a", 2), ("b", 1)], key=lambda t: t[1]), max({"x": 1, "y": 3}), max({"x": 1, "y": 3}.items(), key=lambda kv: kv[1]))
print(max([[1, 2], [1, 3], [0, 9]]), min(range(5, 0, -1)), max(True, 2), min(-0.0, 0.0), max(0, -0.0))
print(max(2, 1, key=lambda x: -x), min(2, 1, key=lambda x: -x))
cases = [lambda: max([]), lambda: min([]), lambda: max(), lambda: max(1), lambda: min(()), lambda: max(1, 2, default=0),
         lambda: max([1, "a"]), lambda: min([None, None]), lambda: max("", key=len), lambda: max(1, 2, key=5)]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
nan = float("nan")
print(max([nan, 1]), max([1, nan]), min([nan, 1]), min([1, nan]))
