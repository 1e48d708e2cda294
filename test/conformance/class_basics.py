# instance and class attributes, methods, __init__
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, tricks=None):
        self.name = name
        self.tricks = list(tricks or [])
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return f"{self.name} ({self.species}) knows {', '.join(self.tricks) or 'nothing'}"
a = Dog("Rex")
b = Dog("Fido", ["sit"])
a.add_trick("roll").add_trick("beg")
print(a.describe())
print(b.describe())
print(Dog.count, a.count, b.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "domestic"
print(a.species, b.species)
print(type(a).__name__, a.__class__.__name__, type(a) is Dog, isinstance(a, Dog), Dog.__name__, Dog.__qualname__)
print(sorted(k for k in vars(a)), vars(b))
print(a.__dict__ == {"name": "Rex", "tricks": ["roll", "beg"]})
m = a.describe
print(m(), m.__name__, m.__self__ is a, Dog.describe(b))
a.extra = 42
print(a.extra, hasattr(b, "extra"), getattr(b, "extra", "no extra"))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__name__, type(Empty).__name__, type(type).__name__)
class WithDoc:
    "Class docstring."
    def method(self):
        "Method doc."
print(WithDoc.__doc__, WithDoc.method.__doc__, Empty.__doc__)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
c = Counter()
for _ in range(5):
    c.inc()
print(c.n)
print([d for d in dir(a) if not d.startswith("__")])
