# Walrus operator and conditional expressions
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long", n)
print(n)
results = [y for x in data if (y := x * 2) > 4]
print(results, y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print("after", i)
print((z := 10), z + 1)
def f():
    return [(last := v) for v in range(3)], last
print(f())
vals = iter([3, 0, 7])
while (v := next(vals, None)) is not None:
    print("v", v)
print("yes" if 1 else "no", "yes" if 0 else "no")
x = 7
print("big" if x > 5 else "mid" if x > 2 else "small")
x = 3
print("big" if x > 5 else "mid" if x > 2 else "small")
print([("even" if k % 2 == 0 else "odd") for k in range(4)])
def pick(c):
    print("cond", c)
    return c
print(pick("A") if pick(True) else pick("B"))
print(pick("A") if pick(False) else pick("B"))
print((a := 1, b := 2), a, b)
