# comprehension scoping rules
x = "global x"
lst = [x for x in range(3)]
print(lst, x)
print([x for _ in range(2)])
i = 100
sq = {i: i * i for i in range(3)}
print(sq, i)
s = {i for i in range(2)}
print(sorted(s), i)
def f():
    y = 10
    return [y + k for k in range(3)]
print(f())
def g():
    return [z for z in range(3) if (last := z) > 0], last
print(g())
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    factor = 10
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        err = str(e)
    first = [factor for _ in range(1)] if False else None
print(C.doubled, C.err, hasattr(C, "i"))
class D:
    n = 3
    rows = [[j for j in range(n)] for _ in range(2)] if False else None
    r = list(range(n))
print(D.r)
try:
    print([unknown_thing for _ in range(1)])
except NameError as e:
    print("NameError:", e)
k = "k outer"
nested = [[k for k in range(2)] for _ in range(2)]
print(nested, k)
print([(a, b) for a in range(2) for b in range(a, 2)])
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
print([m for m in range(3)])
try:
    print(m)
except NameError as e:
    print("NameError:", e)
