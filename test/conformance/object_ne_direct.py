# object.__ne__ called directly: the inverse of type(self).__eq__, with
# NotImplemented passed through (it does not fall back to identity).
class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Eq):
            return self.v == other.v
        return NotImplemented


class Truthy:
    def __eq__(self, other):
        return [1]


o = object()
print(o.__ne__(1), o.__ne__(o), o != 1, o != o)
a, b = Eq(1), Eq(1)
print(a.__ne__(b), a.__ne__(Eq(2)), a.__ne__(5), a != 5, a != b)
print(Truthy().__ne__(0), Truthy() != 0)
print(object.__ne__(a, b), object.__ne__(3, 3), object.__ne__(3, 4))
