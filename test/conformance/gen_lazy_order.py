# generators are lazy: observe evaluation order
def gen(n):
    print("  gen started")
    for i in range(n):
        print("  yielding", i)
        yield i
        print("  resumed after", i)
    print("  gen finished")
g = gen(3)
print("created", type(g).__name__)
print("next ->", next(g))
print("next ->", next(g))
for v in g:
    print("loop got", v)
print("exhausted:", next(g, "sentinel"), list(g))
def source():
    for x in [1, 2, 3]:
        print("source", x)
        yield x
def doubler(it):
    for x in it:
        print("double", x)
        yield x * 2
for y in doubler(source()):
    print("consumer", y)
ge = (print("genexpr", x) or x for x in range(2))
print("genexpr created")
print(list(ge))
def first_n(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    k = 0
    while True:
        yield k
        k += 1
print(list(first_n(naturals(), 5)))
for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break
g2 = gen(1)
print(iter(g2) is g2, hasattr(g2, "__next__"))
def empty():
    return
    yield
print(list(empty()), next(empty(), "none"))
