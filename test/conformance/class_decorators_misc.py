# class decorators, class attributes as registries, __class__, type()
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
def add_method(cls):
    def greet(self):
        return f"hello from {type(self).__name__}"
    cls.greet = greet
    return cls
@register
@add_method
class Widget:
    pass
@register
class Gadget(Widget):
    pass
print(registry, Widget.registered, Gadget().greet(), Widget().greet())
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, value):
        print("Config created with", value)
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value)
x = 5
print(x.__class__, x.__class__.__name__, type(x) is int, type(type(x)).__name__, type("s").__name__, type(None).__name__)
print(type(print).__name__, type(len).__name__, type(lambda: 0).__name__, type(Widget).__name__, type(Widget.greet).__name__,
      type(Widget().greet).__name__, type(range).__name__, type(...).__name__, type(NotImplemented).__name__)
Dyn = type("Dyn", (Widget,), {"attr": 42, "method": lambda self: self.attr * 2})
d = Dyn()
print(Dyn.__name__, d.attr, d.method(), d.greet(), [k.__name__ for k in Dyn.__mro__])
print(isinstance(d, Widget), issubclass(Dyn, object), Dyn.__bases__[0].__name__)
class WithClassAttr:
    counter = 0
    def __init__(self):
        type(self).counter += 1
        self.id = type(self).counter
class Sub(WithClassAttr):
    pass
WithClassAttr(); WithClassAttr(); s = Sub()
print(WithClassAttr.counter, Sub.counter, s.id)
class Outer:
    class Inner:
        value = "inner"
    def make(self):
        return self.Inner()
print(Outer().make().value, Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Widget.__module__, Widget().__module__)
