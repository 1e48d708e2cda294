# str/int/float/bool/list/tuple/set/dict constructors and repr
print(str(12), str(-0.5), str([1, "2"]), str((1,)), str({"a": None}), str(True), str(b"x"), str(1e100))
print(repr(12), repr("12"), repr(1.0), repr([]), repr(()), repr({}), repr(None), repr(...), repr(NotImplemented))
print(int("7"), int(7.9), int(True), float("7"), float(7), bool("0"), bool(0), bool([0]))
print(list("ab"), list((1, 2)), list({"a": 1}), list(range(2)), list({3: 0}.values()))
print(tuple("ab"), tuple([1]), tuple(range(0)), tuple({"x": 1}.items()))
print(sorted(set("hello")), sorted(frozenset([1, 1, 2])), dict([(1, 2)]), dict(a=1))
print(type(1), type(1.0), type("s"), type(None), type([]), type(()), type({}), type(set()), type(range(1)), type(b""), type(True))
print(type(1) == int, type(True) == int, type(int), int.__name__, str.__name__, type(type(None)()).__name__ if False else "skip")
print(bin(10), oct(10), hex(10), bin(-10), hex(2 ** 64), oct(0o777))
for fn, arg in [(bin, 1.5), (hex, "a"), (oct, None)]:
    try:
        fn(arg)
    except TypeError as e:
        print("TypeError:", e)
print(str(object) , repr(object), type(object()).__name__, isinstance(object(), object), issubclass(int, object))
print(object.__name__, object().__class__.__name__, type(object).__name__)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object().attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(repr(Ellipsis), Ellipsis is ..., repr(NotImplemented), type(Ellipsis).__name__, bool(Ellipsis))
print(None.__class__.__name__, repr(None), str(None), None == None, None is None, None == 0, None == False)
