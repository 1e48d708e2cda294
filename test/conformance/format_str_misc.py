# Format specs for str and other types; format() builtin
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".3", "10.3", "-^5", ".0", "x>4"]:
    print(repr(spec), repr(format("héllo", spec)), repr(format("", spec)))
print(format([1, 2]), format(None), format((1,), ""), format({"a": 1}))
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        return f"${self.v:{spec}}"
m = Money(1234.5)
print(format(m), format(m, ",.2f"), f"{m}", f"{m:>12,.1f}", "{:.0f}".format(m))
class NoFormat:
    def __str__(self): return "nf"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!s:>5}")
try:
    format(NoFormat(), "5")
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec): return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(format(True), format(1.5), format(3), format("x"), format(b"x") if False else "skip")
