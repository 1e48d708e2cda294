# __call__, __format__, callable()
class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x, *rest, scale=1):
        return self.k * x * scale + sum(rest)
m = Multiplier(3)
print(m(2), m(2, 1, 1), m(2, scale=10), callable(m), callable(Multiplier), callable(5), callable(len), callable(lambda: 0))
print(list(map(Multiplier(2), [1, 2, 3])))
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        print("  __format__ spec=%r" % spec)
        if spec == "short":
            return f"${self.cents // 100}"
        if spec == "":
            return str(self)
        return format(self.cents / 100, spec)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
price = Money(123456)
print(f"{price}")
print(f"{price:short}")
print(f"{price:,.2f}")
print("{:>10}".format(price))
print(format(price, "e"))
w = 12
print(f"{price:>{w}.1f}")
class Unformattable:
    pass
try:
    format(Unformattable(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(Unformattable(), "") == str(Unformattable()) if False else "skip")
