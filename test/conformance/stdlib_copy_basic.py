# copy: shallow and deep copies of builtins and user objects, memo, cycles and the copy hooks.
import copy
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "P(" + repr(self.x) + ", " + repr(self.y) + ")"


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


a = [1, [2, 3], {"k": [4]}, (5, [6]), P(7, [8])]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, c)
print(b[1] is a[1], c[1] is a[1], c[4] is a[4], c[4].y is a[4].y, b[4] is a[4], c[3][1] is a[3][1])
t = (1, 2, (3,))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
d = {"a": 1}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd)
class C:
    def __copy__(self):
        print("__copy__ called")
        return "shallow"
    def __deepcopy__(self, memo):
        print("__deepcopy__ got", type(memo).__name__)
        return "deep"
print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy([C(), C()]))
class S:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {"v": self.v * 10}
    def __setstate__(self, st):
        self.v = st["v"] + 1
s = S()
print(copy.copy(s).v, copy.deepcopy(s).v)
class L(list):
    pass
l = L([1, [2]])
l.tag = "x"
lc = copy.copy(l)
ld = copy.deepcopy(l)
print(type(lc).__name__, lc, lc.tag, ld, ld[1] is l[1], lc[1] is l[1])
class Dd(dict):
    pass
dx = Dd(a=[1])
dx.z = 3
print(copy.deepcopy(dx), copy.deepcopy(dx).z, type(copy.copy(dx)).__name__)
print(copy.deepcopy(len) is len, copy.deepcopy(int) is int, copy.copy(P) is P, copy.deepcopy(None))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
class I(int):
    pass
i = I(5)
i.a = 1
ic = copy.deepcopy(i)
print(ic, type(ic).__name__, ic.a)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], memo[id(x)] is y[0])
s1 = {1, 2, (3, 4)}
print(sorted(copy.deepcopy(s1), key=str), copy.copy(frozenset([1])))
ba = bytearray(b"ab")
bc = copy.copy(ba)
bc[0] = 0
print(ba, bc)
class Shared:
    def __init__(self):
        self.items = [1]
sh = Shared()
print(copy.copy(sh).items is sh.items, copy.deepcopy(sh).items is sh.items)
class NeedsArgs:
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.value = value
        return obj
    def __getnewargs__(self):
        return (self.value,)
print(copy.deepcopy(NeedsArgs(3)).value)
