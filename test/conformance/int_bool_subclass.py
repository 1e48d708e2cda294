# bool is a subclass of int
print(True + True, True - False, True * 3.5, True / True, True ** 10)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), bool.__mro__[1].__name__)
print(True == 1, False == 0, True == 1.0, False == 0.0)
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
print([10, 20][True], [10, 20][False], "abc"[True:])
print(str(True), repr(False), int(True), float(True), bool(2), bool("False"))
print(True.__class__.__name__, type(True + 0).__name__, type(True & True).__name__, type(True | 0).__name__)
print(hash(True) == hash(1), {True: 'a', 1: 'b'}, {0: 'x', False: 'y'})
print(f"{True}", f"{True:d}", f"{True:>6}", format(False, '05'), "%d %s %r" % (True, True, True))
print(bool(), bool(0), bool(1), bool([]), bool([[]]))
print(-True, ~False, abs(True), True // 2, True % 2, divmod(True, 2))
print(True > False, sorted([True, 0, -1, False, 2]))
print(True.real, True.bit_length(), True.numerator)
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
print(bool(None), bool(...), bool(NotImplemented) if False else "skip")
