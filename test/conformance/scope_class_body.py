# class body scope: names not visible from methods, order of execution
value = "global value"
class C:
    value = "class value"
    print("class body runs at definition, value =", value)
    doubled = value * 2 if False else value.upper()
    def method(self):
        return value
    def method_with_class(self):
        return C.value, self.value, type(self).value
    names = [n for n in ("a", "b")]
    lookup = value
print(C().method())
print(C().method_with_class())
print(C.doubled, C.lookup, C.names)
def factory(arg):
    class Local:
        captured = arg
        def get(self):
            return arg
    return Local
L = factory("closure arg")
print(L.captured, L().get(), L.__qualname__)
x = "global x"
class Shadow:
    x = "class x"
    y = x
    def m(self):
        return x
print(Shadow.y, Shadow().m())
def func_scope():
    z = "function z"
    class InFunc:
        w = z
        def m(self):
            return z
    return InFunc.w, InFunc().m()
print(func_scope())
class Counter:
    count = 0
    count += 1
    count += 1
print(Counter.count)
class Order:
    print("  first statement")
    a = 1
    print("  second statement, a =", a)
    def f(self): pass
    print("  defined f:", callable(f), f.__name__)
print("Order done")
class Deleting:
    temp = 1
    kept = temp + 1
    del temp
print(hasattr(Deleting, "temp"), Deleting.kept)
