# TypeError messages for bad calls
def f(x): pass
def g(x, y): pass
def h(x, y=1): pass
def k(*, k): pass
def kk(*, a, b): pass
def p(a, /, b): pass
def pp(a, b, /): pass
def v(a, *args): pass
def n(): pass
def three(x, y, z): pass
def kw(a, **kw): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
five = 5
text = 's'
nothing = None
cases = [
    ("f()", lambda: f()),
    ("g()", lambda: g()),
    ("three()", lambda: three()),
    ("three(1)", lambda: three(1)),
    ("f(1, 2)", lambda: f(1, 2)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("h(1, 2, 3)", lambda: h(1, 2, 3)),
    ("h()", lambda: h()),
    ("n(1)", lambda: n(1)),
    ("f(z=1)", lambda: f(z=1)),
    ("f(1, z=1)", lambda: f(1, z=1)),
    ("f(1, x=2)", lambda: f(1, x=2)),
    ("k()", lambda: k()),
    ("kk()", lambda: kk()),
    ("k(1)", lambda: k(1)),
    ("k(1, k=2)", lambda: k(1, k=2)),
    ("p(a=1, b=2)", lambda: p(a=1, b=2)),
    ("pp(a=1, b=2)", lambda: pp(a=1, b=2)),
    ("p(1)", lambda: p(1)),
    ("v()", lambda: v()),
    ("n(x=1)", lambda: n(x=1)),
    ("kw(1, 2)", lambda: kw(1, 2)),
    ("kw(a=1, a2=2, b=3) ok", lambda: kw(a=1, a2=2, b=3)),
    ("kw(1, a=2)", lambda: kw(1, a=2)),
    ("C().m()", lambda: C().m()),
    ("C().m(1, 2)", lambda: C().m(1, 2)),
    ("C.m(1)", lambda: C.m(1)),
    ("C.s()", lambda: C.s()),
    ("C.c()", lambda: C.c()),
    ("C().c(1, 2)", lambda: C().c(1, 2)),
    ("lambda", lambda: (lambda a: a)()),
    ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
    ("five()", lambda: five()),
    ("text()", lambda: text()),
    ("nothing()", lambda: nothing()),
    ("C()(1)", lambda: C()(1)),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len([], [])),
    ("len(5)", lambda: len(5)),
    ("int(x=1)", lambda: int(x=1)),
    ("abs()", lambda: abs()),
    ("g(1, y=2, x=3)", lambda: g(1, y=2, x=3)),
    ("h(y=2)", lambda: h(y=2)),
]
for label, fn in cases:
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", e)
