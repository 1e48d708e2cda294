# Operators with a literal operand inside functions (the JavaScript tier skips
# the run-time check of the literal's type): every other operand type must
# still follow Python's rules and error messages.


class Tag:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "Tag(" + self.name + ")"

    def __radd__(self, other):
        return "radd(" + other + "," + self.name + ")"

    def __add__(self, other):
        return "add(" + self.name + "," + other + ")"

    def __rmod__(self, other):
        return "rmod(" + str(other) + ")"


def concat(x):
    return "pre-" + x, x + "-post", f"<{x}>" + "!", "a" + "b"


def chain(a, b, c):
    return a + ": " + b + c, a + "" + b


def arith(x):
    return x + 1, 1 + x, x - 3, 10 - x, x * 4, x // 3, x % 7, x % -7, -7 % x, x / 4


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for value in ["mid", Tag("t")]:
    attempt("concat", concat, value)
for value in [5, 3, 1, None]:
    attempt("concat", concat, value)
for value in [17, -17, 0, True, 2.5, 2 ** 60, -(2 ** 60), 2 ** 53 - 1]:
    attempt("arith", arith, value)
attempt("arith", arith, "s")
for args in [("svc", "bad port ", "70000"), ("svc", "x", 5), (Tag("t"), "x", "y"), ("s", Tag("u"), "z")]:
    attempt("chain", chain, *args)
attempt("arith", arith, Tag("t"))


def divide_by_literal_zero(x):
    return x // 0


def modulo_by_literal_zero(x):
    return x % 0


def true_divide_by_literal_zero(x):
    return x / 0


for fn in [divide_by_literal_zero, modulo_by_literal_zero, true_divide_by_literal_zero]:
    for value in [5, 2.0, 2 ** 70]:
        attempt(fn.__name__, fn, value)


def printf(x):
    return "%d items" % x, "%s/%s" % (x, x), "%r" % 5


attempt("printf", printf, 3)
attempt("printf", printf, "x")


def loop_sum(n):
    total = 0
    for i in range(n):
        total = total + i % 10 - 1
    return total


print(loop_sum(50000))


# list + list inside a function: exact lists concatenate directly; subclasses
# and other operands keep Python's dispatch and messages.
class LoudList(list):
    def __add__(self, other):
        return "LoudList.__add__"

    def __radd__(self, other):
        return "LoudList.__radd__"


def plus(a, b):
    return a + b


for pair in [([1], [2, 3]), ([], []), (LoudList([1]), [2]), ([1], LoudList([2])), ([1], (2,)), ((1,), (2,))]:
    attempt("plus", plus, *pair)
big = list(range(1000))
print(len(plus(big, big)), plus(big, big)[999:1001])
