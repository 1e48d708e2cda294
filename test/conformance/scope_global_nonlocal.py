# global and nonlocal declarations
x = "module"
def read_global():
    return x
def write_global():
    global x
    x = "changed by function"
def local_shadow():
    x = "local"
    return x
print(read_global(), local_shadow(), x)
write_global()
print(x)
def outer():
    y = 1
    def middle():
        nonlocal y
        y += 1
        def inner():
            nonlocal y
            y *= 10
        inner()
        return y
    r = middle()
    return r, y
print(outer())
def global_in_nested():
    def inner():
        global new_global
        new_global = "created in inner"
    inner()
global_in_nested()
print(new_global)
def counter_factory():
    count = 0
    def incr(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return incr, get
inc, get = counter_factory()
inc(); inc(5)
print(get())
def shadows_param(x):
    def inner():
        return x
    x = x * 2
    return inner()
print(shadows_param(21))
g_list = []
def mutate_without_global():
    g_list.append("appended")
mutate_without_global()
print(g_list)
def nonlocal_loop():
    fs = []
    total = 0
    for i in range(3):
        def add(i=i):
            nonlocal total
            total += i
        fs.append(add)
    for f in fs:
        f()
    return total
print(nonlocal_loop())
def multiple_globals():
    global ga, gb
    ga, gb = 1, 2
multiple_globals()
print(ga, gb)
