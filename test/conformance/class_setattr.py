# __setattr__ and __delattr__ hooks
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: object is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(1)
print(f.x)
try:
    f.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.x
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"  del {name}")
        super().__delattr__(name)
l = Logged()
l.a = 1
l.b = [1]
l.a += 5
setattr(l, "c", "via setattr")
del l.b
print(sorted(vars(l).items()))
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not isinstance(value, int):
            raise TypeError(f"age must be int, not {type(value).__name__}")
        self.__dict__[name] = value
v = Validated()
v.age = 30
try:
    v.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(v.age, v.__dict__)
