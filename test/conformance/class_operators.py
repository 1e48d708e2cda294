# arithmetic dunders, reflected operators, NotImplemented fallback
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ called with", other)
        return self.__add__(other)
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 1, 1 + v, v - w, v * 3, 3 * v, -v, abs(w), v @ w, v == Vec(1, 2))
print(sum([v, w]), sum([v, w], Vec(0, 0)))
for label, fn in [("v + 'x'", lambda: v + "x"), ("'x' + v", lambda: "x" + v), ("v * v", lambda: v * v),
                  ("v / 2", lambda: v / 2), ("v < w", lambda: v < w), ("~v", lambda: ~v), ("v ** 2", lambda: v ** 2),
                  ("[] + v", lambda: [] + v), ("v % 2", lambda: v % 2), ("2 - v", lambda: 2 - v)]:
    try:
        print(label, "=", fn())
    except TypeError as e:
        print(label, "->", "TypeError:", e)
class A:
    def __add__(self, other):
        print("  A.__add__")
        return NotImplemented
class B:
    def __radd__(self, other):
        print("  B.__radd__")
        return "B handled"
print(A() + B())
class SubB(B):
    def __radd__(self, other):
        print("  SubB.__radd__")
        return "SubB handled"
class BaseAdd:
    def __add__(self, other):
        print("  BaseAdd.__add__")
        return "base"
class SubAdd(BaseAdd):
    def __radd__(self, other):
        print("  SubAdd.__radd__")
        return "sub reflected first"
print(BaseAdd() + SubAdd())
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self): return f"Acc{self.items}"
a = Acc()
a += 1
a += 2
print(a)
class NoIadd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return NoIadd(self.n + o)
    def __repr__(self): return f"NoIadd({self.n})"
x = NoIadd(1)
y = x
x += 5
print(x, y, x is y)
class Num:
    def __init__(self, n): self.n = n
    def __floordiv__(self, o): return f"floordiv {o}"
    def __rtruediv__(self, o): return f"rtruediv {o}"
    def __pow__(self, o, mod=None): return f"pow {o} {mod}"
    def __lshift__(self, o): return f"lshift {o}"
    def __and__(self, o): return f"and {o}"
    def __ror__(self, o): return f"ror {o}"
    def __invert__(self): return "inverted"
    def __pos__(self): return "positive"
    def __index__(self): return self.n
n = Num(3)
print(n // 2, 1 / n, n ** 2, pow(n, 2, 5), n << 1, n & 1, 1 | n, ~n, +n)
print([10, 20, 30, 40][Num(2)], bin(Num(5)), hex(Num(255)), "abcdef"[Num(1):Num(3)], range(Num(3)))
