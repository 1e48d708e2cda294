# f-strings inside functions and loops (compiled with the rest of the
# function): fields evaluate left to right, specs after their value, and
# conversions, nested specs, errors and side effects behave as in CPython.
log = []


def note(v):
    log.append(v)
    return v


class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")

    def __repr__(self):
        return "Money(%r)" % self.v


def render(i, name, width):
    plain = f"literal only"
    one = f"{name}"
    many = f"{note(i):05d}|{note(name).upper()}|{name!r:>{note(width)}}|{i * 3 % 1000:>4}|{Money(i / 4)}|{Money(2):>8}"
    debug = f"{i=} {name=!s} {i + 1 = }"
    return plain, one, many, debug


for i in range(3):
    print(render(i, "al" + str(i), 6 + i))
print(log)


def failing(x):
    try:
        return f"before {x} {1 / x:.2f} after"
    except ZeroDivisionError as e:
        return f"failed: {e!r}"


print(failing(4), failing(0))
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
print(f"{3.14159:{'.3f'}} {'x':*^{7}} {12345:,} {255:#x} {-0.0:+.1f}")
