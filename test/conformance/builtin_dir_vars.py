# dir() of user objects (filtered), vars(), getattr family
class Base:
    base_attr = 1
    def base_method(self): pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.inst_attr = 1
        self._private = 2
    def method(self): pass
    @property
    def prop(self): return 3
t = Thing()
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(vars(t), sorted(k for k in vars(Thing) if not k.startswith("__")))
t.extra = [1]
print(vars(t))
print("__init__" in dir(t), "__class__" in dir(t), "method" in dir(Thing), dir(t) == sorted(dir(t)))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
print([n for n in dir({}) if not n.startswith("_")])
print(getattr(t, "prop"), getattr(Thing, "cls_attr"), getattr(t, "nope", 0), hasattr(t, "prop"), hasattr(Thing, "inst_attr"))
