# closures, late binding, nonlocal, global
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound before call"
    return middle()()
print(outer())
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def make_acc():
    items = []
    def acc(v):
        items.append(v)
        return list(items)
    return acc
a = make_acc()
print(a(1), a(2))
def nl():
    x = 1
    def set_x():
        nonlocal x
        x = 2
    set_x()
    return x
print(nl())
def shadow():
    x = "local"
    def inner():
        x = "inner local"
        return x
    return inner(), x
print(shadow())
def deep():
    v = 0
    def l1():
        def l2():
            nonlocal v
            v += 10
        l2()
        return v
    return l1()
print(deep())
def create_global():
    global created_later
    created_later = "made in function"
create_global()
print(created_later)
print(c1.__closure__ is not None, outer.__closure__)
adders = {}
for n in (1, 2):
    def adder(x, n=n):
        return x + n
    adders[n] = adder
print(adders[1](10), adders[2](10))
