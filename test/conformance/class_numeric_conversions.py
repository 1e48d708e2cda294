# __int__, __float__, __index__, __round__, __abs__, __bool__ conversions
class Meters:
    def __init__(self, v): self.v = v
    def __int__(self):
        print("  __int__")
        return int(self.v)
    def __float__(self):
        print("  __float__")
        return float(self.v)
    def __round__(self, n=None):
        print("  __round__", n)
        return Meters(round(self.v, n)) if n is not None else round(self.v)
    def __abs__(self):
        return Meters(abs(self.v))
    def __repr__(self):
        return f"Meters({self.v})"
m = Meters(-3.75)
print(int(m), float(m), round(m), round(m, 1), abs(m))
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self):
        return self.i
i = Idx(2)
print("abcde"[i], [10, 20, 30][i], range(10)[Idx(3):Idx(6)], bin(i), hex(Idx(255)), oct(Idx(8)), int(i), "x" * Idx(3))
print([1, 2, 3, 4][Idx(1):], list(range(Idx(2))), (1, 2, 3)[Idx(-1)])
class OnlyFloat:
    def __float__(self): return 2.5
print(float(OnlyFloat()))
for bad in [lambda: int(OnlyFloat()), lambda: [1][OnlyFloat()], lambda: range(OnlyFloat())]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class BadInt:
    def __int__(self): return "nope"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self): return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
