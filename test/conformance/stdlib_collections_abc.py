# collections.abc: isinstance on builtin types, structural checks, and the mixin methods.
from collections import Counter, OrderedDict, deque
from collections.abc import *
def gen():
    yield 1


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('isinstance([], Sequence)', lambda: isinstance([], Sequence))
show('isinstance((), Sequence)', lambda: isinstance((), Sequence))
show('isinstance("", Sequence)', lambda: isinstance("", Sequence))
show('isinstance(range(3), Sequence)', lambda: isinstance(range(3), Sequence))
show('isinstance([], MutableSequence)', lambda: isinstance([], MutableSequence))
show('isinstance((), MutableSequence)', lambda: isinstance((), MutableSequence))
show('isinstance(deque(), MutableSequence)', lambda: isinstance(deque(), MutableSequence))
show('isinstance({}, Mapping)', lambda: isinstance({}, Mapping))
show('isinstance({}, MutableMapping)', lambda: isinstance({}, MutableMapping))
show('isinstance(Counter(), MutableMapping)', lambda: isinstance(Counter(), MutableMapping))
show('isinstance(OrderedDict(), Mapping)', lambda: isinstance(OrderedDict(), Mapping))
show('isinstance(set(), Set)', lambda: isinstance(set(), Set))
show('isinstance(set(), MutableSet)', lambda: isinstance(set(), MutableSet))
show('isinstance(frozenset(), MutableSet)', lambda: isinstance(frozenset(), MutableSet))
show('isinstance(b"", ByteString)', lambda: isinstance(b"", ByteString))
show('isinstance({}.keys(), KeysView)', lambda: isinstance({}.keys(), KeysView))
show('isinstance({}.items(), Set)', lambda: isinstance({}.items(), Set))
show('isinstance({}.values(), ValuesView)', lambda: isinstance({}.values(), ValuesView))
show('isinstance(iter([]), Iterator)', lambda: isinstance(iter([]), Iterator))
show('isinstance([], Iterator)', lambda: isinstance([], Iterator))
show('isinstance([], Iterable)', lambda: isinstance([], Iterable))
show('isinstance(gen(), Generator)', lambda: isinstance(gen(), Generator))
show('isinstance((x for x in []), Iterator)', lambda: isinstance((x for x in []), Iterator))
show('isinstance(1, Hashable)', lambda: isinstance(1, Hashable))
show('isinstance([], Hashable)', lambda: isinstance([], Hashable))
show('isinstance(len, Callable)', lambda: isinstance(len, Callable))
show('isinstance(1, Callable)', lambda: isinstance(1, Callable))
show('isinstance([], Sized)', lambda: isinstance([], Sized))
show('isinstance(1, Sized)', lambda: isinstance(1, Sized))
show('isinstance([], Reversible)', lambda: isinstance([], Reversible))
show('isinstance({}, Reversible)', lambda: isinstance({}, Reversible))
show('isinstance([], Collection)', lambda: isinstance([], Collection))
show('isinstance(1, Container)', lambda: isinstance(1, Container))
show('issubclass(dict, Sized)', lambda: issubclass(dict, Sized))
show('issubclass(int, Sized)', lambda: issubclass(int, Sized))
show('issubclass(list, Reversible)', lambda: issubclass(list, Reversible))
show('issubclass(Counter, Mapping)', lambda: issubclass(Counter, Mapping))
show('Sequence', lambda: Sequence)
show('Mapping.__module__', lambda: Mapping.__module__)
show('Sized.__name__', lambda: Sized.__name__)
show('Mapping()', lambda: Mapping())
class MyMap(Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap({"a": 1, "b": 2})
print(list(m.keys()), list(m.items()), list(m.values()), m.get("z", 0), "a" in m, m == {"a": 1, "b": 2}, dict(m))
print(sorted(m.keys() & {"a", "q"}), m.keys() | {"c"} == {"a", "b", "c"}, isinstance(m, Mapping), isinstance(m, MutableMapping))
class Bag(MutableSequence):
    def __init__(self):
        self.x = []
    def __getitem__(self, i):
        return self.x[i]
    def __setitem__(self, i, v):
        self.x[i] = v
    def __delitem__(self, i):
        del self.x[i]
    def __len__(self):
        return len(self.x)
    def insert(self, i, v):
        self.x.insert(i, v)
b = Bag()
b.append(1); b.extend([2, 3]); b += [4]; b.reverse()
print(b.x, b.pop(), b.index(3), b.count(2), list(reversed(b)), 2 in b)
b.remove(3)
print(b.x)
b.clear()
print(b.x)
class Incomplete(Sequence):
    pass
show('show("Incomplete()", lambda: Incomplete())', lambda: show("Incomplete()", lambda: Incomplete()))
class Store(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
s = Store()
s.update({"a": 1}, b=2)
print(s.setdefault("c", 3), s.pop("a"), s.pop("zz", None), sorted(s.items()), s.popitem(), len(s))
class Hasher:
    def __hash__(self):
        return 1
class NoHash:
    __hash__ = None
print(isinstance(Hasher(), Hashable), isinstance(NoHash(), Hashable), issubclass(Hasher, Hashable))
