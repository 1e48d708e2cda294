# default arguments: evaluated once, mutable default pitfall
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 0
def next_default():
    global counter
    counter += 1
    print("default evaluated", counter)
    return counter
def f(x=next_default()):
    return x
print("defined f")
print(f(), f(), f(10))
n = 5
def g(v=n):
    return v
n = 6
print(g())
def h(a, b=2, c=3):
    return (a, b, c)
print(h(1), h(1, 20), h(1, c=30), h(1, 20, 30), h(c=3, b=2, a=1))
def k(a, b=[], *args, c={}, **kw):
    b.append(a)
    c[a] = len(b)
    return b, c, args, kw
print(k(1))
print(k(2, [], 9, c={}, z=0))
print(k(3))
print(h.__defaults__, k.__kwdefaults__ if False else "skip")
