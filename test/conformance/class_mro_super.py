# multiple inheritance, C3 MRO, cooperative super()
class Base:
    def __init__(self):
        print("Base.__init__")
    def hello(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        print("Left.__init__ start")
        super().__init__()
        print("Left.__init__ end")
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def __init__(self):
        print("Right.__init__ start")
        super().__init__()
        print("Right.__init__ end")
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def __init__(self):
        print("Child.__init__ start")
        super().__init__()
        print("Child.__init__ end")
    def hello(self):
        return ["Child"] + super().hello()
c = Child()
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Child.mro()])
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
try:
    class Bad(A, K1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()} / " + super().describe()
class Core:
    def describe(self):
        return "core"
    def extra(self):
        return "extra"
class Combined(Mixin, Core):
    pass
print(Combined().describe())
class P1:
    def __init__(self, **kw):
        print("P1 got", sorted(kw))
        self.p1 = kw.pop("p1")
        super().__init__(**kw)
class P2:
    def __init__(self, **kw):
        print("P2 got", sorted(kw))
        self.p2 = kw.pop("p2")
        super().__init__(**kw)
class Both(P1, P2):
    pass
b = Both(p1=1, p2=2)
print(b.p1, b.p2)
try:
    Both(p1=1, p2=2, p3=3)
except TypeError as e:
    print("TypeError:", e)
class X:
    def m(self): return "X.m"
class Y(X):
    def m(self): return "Y.m"
class Zed(Y):
    def m(self): return super(Y, self).m()
print(Zed().m())
