# rich comparisons, reflection, sorting user objects
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __repr__(self):
        return f"V{self.s}"
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.1"), Version("1.0") >= Version("1.0"))
vs.sort(reverse=True)
print(vs)
class Only_lt:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print(f"  lt({self.v}, {other.v})")
        return self.v < other.v
    def __repr__(self): return f"O{self.v}"
print(Only_lt(1) > Only_lt(2))
class Quiet_lt:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f"Q{self.v}"
print(sorted([Quiet_lt(3), Quiet_lt(1), Quiet_lt(2)]), max(Quiet_lt(1), Quiet_lt(5)), min([Quiet_lt(4), Quiet_lt(2)]))
try:
    Only_lt(1) <= Only_lt(2)
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __init__(self, name): self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other.name})")
        return NotImplemented
print(Loud("a") == Loud("b"))
print(Loud("a") != Loud("b"))
class Cmp:
    def __gt__(self, other):
        print("  Cmp.__gt__", other)
        return True
print(5 < Cmp())
try:
    Cmp() < 5
except TypeError as e:
    print("TypeError:", e)
class Inf:
    def __lt__(self, other): return False
    def __gt__(self, other): return True
    def __eq__(self, other): return isinstance(other, Inf)
    def __repr__(self): return "Inf()"
print(sorted([3, Inf(), 1], key=lambda x: (isinstance(x, Inf), x if not isinstance(x, Inf) else 0)))
print(max([1, 5, 3], key=lambda x: -x), 1 < 2 < Inf() if False else "skip")
try:
    sorted([object(), object()])
except TypeError as e:
    print("TypeError:", e)
