# len(), isinstance() and str() (of an int or str) are called directly when
# the name is the builtin; shadowing it (globally, locally, later at run
# time) must win, and errors stay the builtin's own.
class Sized:
    def __len__(self):
        return 3


class Weird:
    def __len__(self):
        return -1


def measure(items):
    return [len(x) for x in items]


print(measure(["abc", "😀x", [1, 2], (1,), {"a": 1}, {1, 2, 3}, range(5), b"xy", Sized()]))
for bad in [5, None, Weird()]:
    try:
        len(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(3, int), isinstance(True, int), isinstance("s", (int, str)), isinstance([], dict))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)


def uses_globals():
    return len("abcd"), isinstance(1, str)


print(uses_globals())
len = lambda x: "shadowed " + str(x)
isinstance = lambda a, b: "shadowed too"
print(uses_globals(), measure(["abc"]))
del len
del isinstance
print(uses_globals())


def local_shadow(len):
    return len("xyz")


print(local_shadow(lambda s: s.upper()), local_shadow(len))

# str(x) of ints and strs likewise; other values and a shadowing str still work.
class S(str):
    pass


print([str(v) for v in [0, -5, 2 ** 53 - 1, -(2 ** 53) + 1, 2 ** 53, 10 ** 30, True, 1.5, 1e22, None, "s", S("sub")]])
print(type(str(S("sub"))).__name__, str(), str(b"x"))


def stringify(v):
    return str(v)


print(stringify(7))
str = lambda v: "<" + repr(v) + ">"
print(stringify(7), stringify("q"))
del str
print(stringify(7))
