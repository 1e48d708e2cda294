# operator: itemgetter, attrgetter (dotted names), methodcaller, and their reprs and errors.
from operator import attrgetter, itemgetter, methodcaller
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __repr__(self):
        return "Node(" + self.name + ")"
tree = Node("root", Node("kid", Node("leaf")))


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('itemgetter(1)([4, 5, 6])', lambda: itemgetter(1)([4, 5, 6]))
show('itemgetter(0, -1)("hello")', lambda: itemgetter(0, -1)("hello"))
show('itemgetter("a")({"a": 9})', lambda: itemgetter("a")({"a": 9}))
show('itemgetter(slice(1, 3))("abcd")', lambda: itemgetter(slice(1, 3))("abcd"))
show('attrgetter("name")(tree)', lambda: attrgetter("name")(tree))
show('attrgetter("child.name")(tree)', lambda: attrgetter("child.name")(tree))
show('attrgetter("child.child.name", "name")(tree)', lambda: attrgetter("child.child.name", "name")(tree))
show('attrgetter("real", "imag")(5)', lambda: attrgetter("real", "imag")(5))
show('methodcaller("split", ",")("a,b")', lambda: methodcaller("split", ",")("a,b"))
show('methodcaller("split", sep="-", maxsplit=1)("a-b-c")', lambda: methodcaller("split", sep="-", maxsplit=1)("a-b-c"))
show('methodcaller("upper")("abc")', lambda: methodcaller("upper")("abc"))
show('itemgetter(1)', lambda: itemgetter(1))
show('itemgetter(1, "a")', lambda: itemgetter(1, "a"))
show('attrgetter("a.b", "c")', lambda: attrgetter("a.b", "c"))
show('methodcaller("f", 1, x=2)', lambda: methodcaller("f", 1, x=2))
show('methodcaller("f")', lambda: methodcaller("f"))
show('type(itemgetter(1))', lambda: type(itemgetter(1)))
show('itemgetter()', lambda: itemgetter())
show('attrgetter()', lambda: attrgetter())
show('attrgetter(1)', lambda: attrgetter(1))
show('methodcaller()', lambda: methodcaller())
show('methodcaller(1)', lambda: methodcaller(1))
show('itemgetter(1)()', lambda: itemgetter(1)())
show('itemgetter(1)(1, 2)', lambda: itemgetter(1)(1, 2))
show('attrgetter("x")()', lambda: attrgetter("x")())
show('methodcaller("x")()', lambda: methodcaller("x")())
show('itemgetter(1)(x=1)', lambda: itemgetter(1)(x=1))
show('itemgetter(5)([1])', lambda: itemgetter(5)([1]))
show('itemgetter("k")({})', lambda: itemgetter("k")({}))
show('attrgetter("missing")(tree)', lambda: attrgetter("missing")(tree))
show('attrgetter("child.missing")(tree)', lambda: attrgetter("child.missing")(tree))
show('attrgetter("a..b")(1)', lambda: attrgetter("a..b")(1))
show('methodcaller("nope")(1)', lambda: methodcaller("nope")(1))
rows = [("bob", 3), ("ann", 3), ("cy", 1)]
print(sorted(rows, key=itemgetter(1, 0)), max(rows, key=itemgetter(1)), list(map(itemgetter(0), rows)))
people = [Node("zed"), Node("amy")]
print(sorted(people, key=attrgetter("name")))
