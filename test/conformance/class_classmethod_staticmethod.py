# classmethod, staticmethod, alternative constructors
class Temperature:
    unit = "C"
    instances = 0
    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.instances += 1
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @classmethod
    def describe_class(cls):
        return f"{cls.__name__} in {cls.unit}"
    @staticmethod
    def is_freezing(deg):
        return deg <= 0
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"
class Kelvinish(Temperature):
    unit = "K"
t = Temperature.from_fahrenheit(212)
print(t, Temperature.describe_class(), t.describe_class(), Kelvinish.describe_class())
k = Kelvinish.from_fahrenheit(32)
print(k, type(k).__name__, Temperature.instances)
print(Temperature.is_freezing(-1), t.is_freezing(5), Kelvinish.is_freezing(0))
sm = Temperature.__dict__["is_freezing"]
cm = Temperature.__dict__["from_fahrenheit"]
print(type(sm).__name__, type(cm).__name__, callable(sm.__func__))
bound = Temperature.from_fahrenheit
print(bound.__self__ is Temperature, bound.__name__)
class Registry:
    _items = []
    @classmethod
    def add(cls, item):
        cls._items.append(item)
        return cls
    @staticmethod
    def helper(*args):
        return len(args)
Registry.add("a").add("b")
print(Registry._items, Registry.helper(1, 2, 3), Registry().helper())
def plain(x):
    return x * 2
class Holder:
    double = staticmethod(plain)
    name = classmethod(lambda cls: cls.__name__)
print(Holder.double(4), Holder().double(5), Holder.name(), Holder().name())
