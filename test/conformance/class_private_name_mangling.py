# Private names (__x) inside a class body are mangled to _Class__x, like CPython.
def f(**kw):
    return sorted(kw)


class C:
    __k = 1
    _C__other = 'direct'

    def m(self, __p=2):
        __local = 3
        return f(__a=1), __p, __local, self.__k

    def __priv(self):
        return 'priv'

    def call(self):
        return self.__priv(), getattr(self, '_C__priv')(), hasattr(self, '__priv')

    def set_secret(self, v):
        self.__secret = v
        return sorted(k for k in vars(self))

    @classmethod
    def cls_k(cls):
        return cls.__k, cls.__other if hasattr(cls, '_C__other') else None

    def lam(self):
        return (lambda __z=5: __z)()

    def dunder(self):
        return self.__class__.__name__, (lambda: __name__)()


class _Under:
    def __init__(self):
        self.__v = 1


class __Only:
    def __init__(self):
        self.__w = 2


class D(C):
    __k = 10

    def both(self):
        return self.__k, self._C__k


c = C()
print(c.m(), c.call(), c.set_secret(9), C.cls_k(), c.lam(), c.dunder())
print(sorted(k for k in C.__dict__ if 'priv' in k or k.endswith('k') or 'other' in k))
print(sorted(vars(_Under())), sorted(vars(__Only())))
print(D().both(), sorted(k for k in D.__dict__ if k.endswith('k')))
try:
    c.__priv()
except AttributeError as e:
    print('AttributeError', e)
x = 1
class E:
    __x = x
    y = [__x for _ in range(2)] if False else None
    def get(self):
        return self.__x
print(E().get(), E._E__x)
