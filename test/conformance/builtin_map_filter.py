# map (multiple iterables) and filter, laziness
print(list(map(str, [1, 2, 3])), list(map(abs, (-1, -2))), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(max, [1, 9], [5, 2], [3, 3])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "h3e4y")))
def loud(x):
    print("  mapping", x)
    return x * 10
m = map(loud, [1, 2, 3])
print("map object created")
print(next(m))
print(list(m))
f = filter(lambda x: print("  testing", x) or x > 1, [1, 2, 3])
print("filter created")
print(list(f))
for bad in [lambda: map(), lambda: map(str), lambda: list(map(1, [1])), lambda: filter(None), lambda: list(map(int, ["x"]))]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(list(map(lambda *a: a, "ab", "cd", "ef")), sum(map(int, "12345")))
