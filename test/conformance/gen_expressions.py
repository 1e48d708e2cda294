# generator expressions: laziness, scope, usage in calls
ge = (x * x for x in range(5))
print(type(ge).__name__, next(ge), next(ge), list(ge), list(ge))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]), all(x for x in []))
print(sorted((c for c in "banana"), reverse=True), "".join(c.upper() for c in "abc"), tuple(i for i in "xy"))
x = "outer x"
g = (x for x in range(3))
print(list(g), x)
data = [1, 2, 3]
g = (d * 10 for d in data)
data.append(4)
print(list(g))
data2 = [1, 2]
g2 = (d for d in data2)
data2 = [9, 9]
print(list(g2))
try:
    gbad = (1 / n for n in [1, 0])
    print("created without error")
    print(list(gbad))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    gbad2 = (v for v in 5)
except TypeError as e:
    print("TypeError at creation:", e)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
filtered = (n for n in range(20) if n % 3 == 0 if n % 2 == 0)
print(list(filtered))
print(list(zip((a for a in "ab"), (b for b in range(10)))))
it = iter([1, 2, 3, 4, 5])
pairs = list(zip(it, it))
print(pairs, list(it))
print(next((w for w in ["x", "yy", "zzz"] if len(w) > 1), None), next((w for w in [] if w), "none"))
