# super().method(...) calls from methods: plain functions run directly with
# the instance as self; raising methods, generators, classmethods, defaults
# and keyword arguments take the general path with the same results.
class Base:
    def __init__(self, x):
        if x < 0:
            raise ValueError("negative: " + str(x))
        self.x = x

    def describe(self, prefix="base"):
        return prefix + ":" + str(self.x)

    def items(self):
        yield self.x
        yield self.x + 1

    @classmethod
    def make(cls, x):
        return cls(x)


class Mid(Base):
    def __init__(self, x):
        super().__init__(x * 2)

    def describe(self, prefix="mid"):
        return super().describe(prefix) + "|" + super().describe()

    def items(self):
        return list(super().items())

    @classmethod
    def make(cls, x):
        obj = super().make(x + 1)
        obj.made = True
        return obj


class Leaf(Mid):
    def __init__(self, x):
        super().__init__(x + 1)

    def describe(self, prefix="leaf"):
        return super().describe(prefix=prefix)


for v in [1, 5, -3]:
    try:
        leaf = Leaf(v)
        print(leaf.x, leaf.describe(), leaf.items(), Mid(v).describe("p"))
    except ValueError as e:
        print("ValueError:", e)
m = Mid.make(3)
print(type(m).__name__, m.x, m.made)
total = 0
for i in range(2000):
    total += Leaf(i).x
print(total)
