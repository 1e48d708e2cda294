# __getattr__, __getattribute__ basics, getattr/setattr/delattr/hasattr
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("  __getattr__", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
class Defaults:
    x = 1
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(f"no option {name!r}")
d = Defaults()
print(d.x, d.opt_color, hasattr(d, "opt_y"), hasattr(d, "other"), getattr(d, "other", "dflt"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Plain:
    cls_attr = "c"
obj = Plain()
setattr(obj, "dyn", 5)
print(getattr(obj, "dyn"), obj.dyn, getattr(obj, "cls_attr"), hasattr(obj, "dyn"))
delattr(obj, "dyn")
print(hasattr(obj, "dyn"), getattr(obj, "dyn", None))
for fn in [lambda: getattr(obj, "missing"), lambda: delattr(obj, "missing"), lambda: Plain.missing,
           lambda: getattr(obj, 5), lambda: setattr(obj, 5, 1), lambda: (5).real.imag.foo, lambda: "s".nope,
           lambda: None.attr, lambda: [].push(1), lambda: len.x, lambda: Plain.__missing_dunder__]:
    try:
        print(fn())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
setattr(Plain, "added", "to class")
print(obj.added, Plain.added)
try:
    (1).x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    "str".upper = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    del obj.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Loud:
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
l = Loud()
l.v = 1
print(l.v, l.method())
