# Instance attributes are stored in records keyed by name: names that mean
# something to JavaScript objects are ordinary attributes here, order is the
# order of assignment (index-like names and non-str keys too), and deleting,
# re-adding, copying and the __dict__ view all behave as in CPython.
import copy


class Box:
    def __init__(self):
        self.a = 1


b = Box()
for name in ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype", "length"]:
    print(name, hasattr(b, name) and name not in dir(object), getattr(b, name, "absent"))
    setattr(b, name, name.upper())
    print(name, getattr(b, name))
print(list(vars(b)))

# Deleting and re-adding moves a name to the end; a deleted name is gone.
c = Box()
c.b = 2
c.c = 3
del c.a
c.a = 4
print(vars(c))
del c.b
try:
    c.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.b
except AttributeError as e:
    print("AttributeError:", e)
print(vars(c), len(vars(c)))

# Index-like names keep their place in the order.
d = Box()
setattr(d, "10", "ten")
d.z = 26
setattr(d, "2", "two")
setattr(d, "01", "oh-one")
print(vars(d), getattr(d, "10"), getattr(d, "2"))
print(sorted(dir(d))[:4])

# The __dict__ view writes through, including non-str keys.
e = Box()
e.__dict__["b"] = "via dict"
e.__dict__[1] = "int key"
e.__dict__[(1, 2)] = "tuple key"
print(e.b, vars(e))
e.__dict__.update({"c": 3, "a": 0})
print(vars(e), len(e.__dict__))
e.__dict__.clear()
print(vars(e), hasattr(e, "a"))
e.a = 5
print(vars(e), e.a)

# Copies are independent; the copies keep the order.
f = Box()
f.items = [1, 2]
f.name = "f"
g = copy.copy(f)
h = copy.deepcopy(f)
g.name = "g"
h.items.append(3)
print(vars(f), vars(g), vars(h))

# Iterating a __dict__ view and changing it.
k = Box()
k.b = 2
k.c = 3
print([(n, v) for n, v in k.__dict__.items()])
try:
    for n in k.__dict__:
        k.__dict__["new_" + n] = 1
except RuntimeError as err:
    print("RuntimeError:", err)

# Many instances with different attribute orders and counts.
objs = []
for i in range(300):
    o = Box()
    if i % 2:
        o.x = i
        o.y = -i
    else:
        o.y = -i
        o.x = i
    if i % 3 == 0:
        o.extra = "e"
    if i % 7 == 0:
        del o.a
    objs.append(o)
print(sum(o.x + o.y for o in objs), sum(1 for o in objs if hasattr(o, "extra")),
      sum(1 for o in objs if hasattr(o, "a")), [list(vars(objs[i])) for i in range(4)])

# One __dict__ per instance; attributes set on the instance during a loop
# over it are noticed.
m = Box()
print(m.__dict__ is m.__dict__, vars(m) is m.__dict__)
m.b = 2
try:
    for n in vars(m):
        setattr(m, "set_" + n, 1)
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    for n in m.__dict__:
        delattr(m, n)
except RuntimeError as err:
    print("RuntimeError:", err)
print(sorted(vars(m)))
