# Call sites and constructors cache what a class resolves to; every change to
# a class (or a base) that can change the result must be seen, and plain
# class-level counters must not disturb them.
class Base:
    count = 0

    def __init__(self, v):
        self.v = v
        Base.count += 1

    def get(self):
        return self.v


class Child(Base):
    pass


def calls(objs):
    return [o.get() for o in objs]


objs = [Base(1), Child(2), Base(3)]
print(calls(objs), Base.count, Child.count)

# Replacing a method on the base, then shadowing it in the subclass.
Base.get = lambda self: self.v * 10
print(calls(objs))
Child.get = lambda self: -self.v
print(calls(objs))
del Child.get
print(calls(objs))

# A data value shadowing a method, then a method again.
Child.get = 5
try:
    calls(objs)
except TypeError as e:
    print("TypeError:", e)
Child.get = lambda self: "back"
print(calls(objs))

# An instance attribute shadows the class method.
o = Base(7)
o.get = lambda: "instance"
print(o.get(), calls([o, Base(8)]))

# __init__ replaced after instances were made; __new__ added later.
def new_init(self, v):
    self.v = v + 100


Base.__init__ = new_init
print(Base(1).v, Child(1).v, Base.count)


def counted_new(cls, v):
    inst = object.__new__(cls)
    inst.made_by_new = True
    return inst


Base.__new__ = counted_new
b = Child(5)
print(b.v, b.made_by_new)

# Hooks and descriptors added to a class after its instances were used.
class P:
    def __init__(self):
        self.x = 1


p = P()
p.x = 2
print(p.x)


def loud_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = loud_setattr
p.x = 3
print(p.x)
del P.__setattr__
p.x = 4
print(p.x)

P.x = property(lambda self: "property wins", lambda self, v: print("property set", v))
print(p.x)
p.x = 5
print(p.x, p.__dict__)
del P.x
print(p.x)

# __class__ reassignment between classes with different attribute rules.
class Q:
    def __init__(self):
        self.y = "q"

    def who(self):
        return "Q"


class R:
    @property
    def y(self):
        return "R.y"

    def who(self):
        return "R"


q = Q()
print(q.who(), q.y)
q.__class__ = R
print(q.who(), q.y)
q.__class__ = Q
print(q.who(), q.y)

for bad in [5, int]:
    try:
        q.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del q.__class__
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = Q
except TypeError as e:
    print("TypeError:", e)

# Counters at class level keep working (and keep caches warm).
class Counter:
    n = 0

    def __init__(self):
        Counter.n += 1

    def value(self):
        return Counter.n


cs = [Counter() for _ in range(50)]
print(sum(c.value() for c in cs), Counter.n)


# Reads through an instance that fall through to the class.
class K:
    label = "k"
    size = 3

    def __init__(self):
        self.own = 1

    def method(self):
        return "bound " + self.label

    @staticmethod
    def static():
        return "static"

    @classmethod
    def klass(cls):
        return "class " + cls.__name__


k = K()
print(k.label, k.size, k.own, k.method(), k.static(), k.klass())
m = k.method
print(m(), m.__self__ is k, type(m).__name__)
k.label = "own label"
print(k.label, K.label, k.method())
try:
    k.missing
except AttributeError as e:
    print("AttributeError:", e)


class WithGetattr(K):
    def __getattr__(self, name):
        return "fallback " + name


w = WithGetattr()
print(w.label, w.own, w.nothing, w.method())

# __class__ assignment needs both classes to be plain (no builtin base with state).
import io


class MyIO(io.StringIO):
    pass


class Plain:
    pass


for make in [io.StringIO, MyIO]:
    s = make()
    try:
        s.__class__ = Plain
        print("assigned", type(s).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    Plain().__class__ = MyIO
except TypeError as e:
    print("TypeError:", e)
