# __repr__ / __str__ and fallbacks
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only str"
    def __repr__(self):
        return "OnlyStr<repr>"
class Both:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Both({self.v!r})"
    def __str__(self): return f"<{self.v}>"
o = OnlyRepr()
print(o, str(o), repr(o), [o], f"{o}", "%s %r" % (o, o), "{} {!r}".format(o, o))
s = OnlyStr()
print(s, str(s), repr(s), [s], (s,), {"k": s}, f"{s!r}")
b = Both("x")
print(b, repr(b), [b, Both(1)], f"{b} {b!r} {b!s}", str([b]))
class Child(Both):
    pass
print(Child(2), repr(Child(3)))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val}, {self.children})"
        return f"Node({self.val})"
print(Node(1, [Node(2), Node(3, [Node(4)])]))
print(repr(Both("it's")), str(Both([1, "a"])))
class ReprUsesStr:
    def __str__(self): return "s"
    __repr__ = __str__
print([ReprUsesStr()])
print(str(Child), repr(Both) == "<class '__main__.Both'>", repr(int), str(type(None)), repr(type))
