# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, type(None) is type(None), True is True)
print(id(a) == id(b), id(a) == id(c))
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], not 3 in [1, 2])
print('ell' in 'hello', 'xyz' in 'hello', '' in 'abc', '' in '')
print(2 in (1, 2), 2 in {2: 'x'}, 'x' in {2: 'x'}, 2 in {1, 2})
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 9 in range(0, 10, 3))
print(b'b' in b'abc', 98 in b'abc', [1] in [[1], 2])
nan = float('nan')
lst = [nan]
print(nan in lst, nan == nan, lst == lst, [nan] == [nan])
class Box:
    def __init__(self, items): self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
bx = Box([1, 2])
print(1 in bx, 5 not in bx)
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in {1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in 'abc')
except TypeError as e:
    print(type(e).__name__, e)
print(1 in {1.0}, True in {1}, 0 in [False])
