# classes whose __iter__ is a generator; reusable vs one-shot iterables
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t), sum(t), max(t), 5 in t, 9 in t)
print(list(t.leaves()), sorted(t, reverse=True))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), [x * y for x in c for y in c])
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))
class OneShot:
    def __init__(self, data):
        self._it = iter(data)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._it)
o = OneShot([1, 2, 3])
print(list(o), list(o))
class Pairs:
    def __init__(self, d):
        self.d = d
    def __iter__(self):
        return iter(sorted(self.d.items()))
print(dict(Pairs({"b": 2, "a": 1})), list(Pairs({})), [k for k, _ in Pairs({"z": 0, "y": 1})])
a, *rest = Tree("root", Tree("x"), Tree("y"))
print(a, rest)
print(list(zip(Countdown(3), t)), list(enumerate(Countdown(2))))
