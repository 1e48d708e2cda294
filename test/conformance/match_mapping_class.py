# match: mapping patterns, class patterns, builtin type patterns, AS
def mp(x):
    match x:
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={rest}"
        case {"type": t}:
            return f"unknown shape {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for v in [{"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2, "color": "red"}, {"type": "tri"}, {"r": 1}, {}, [("type", "circle")], "type"]:
    print(v, "->", mp(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 3), (0, 0)]:
    print(type(p).__name__, "->", where(p))
def types(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case float(f) if f != f and False:
            return "never"
        case float():
            return "float"
        case str() as s if len(s) > 3:
            return f"long str {s!r}"
        case str(s):
            return f"str {s!r}"
        case [int(), *_] as lst:
            return f"list starting with int, len {len(lst)}"
        case (list() | tuple()) as seq:
            return f"other sequence {type(seq).__name__}"
        case dict(d):
            return f"dict {d}"
        case None:
            return "none"
        case _:
            return "other"
for v in [True, 7, 1.5, "hello", "hi", [1, "a"], ["a"], (), {"k": 1}, None, {1}]:
    print(repr(v), "->", types(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others:", others)
match 42:
    case (1 | 42) as n:
        print("as binds", n)
