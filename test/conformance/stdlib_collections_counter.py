# collections.Counter: construction, missing keys, most_common, elements, update/subtract, arithmetic, comparisons, repr.
from collections import Counter


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('Counter("abracadabra")', lambda: Counter("abracadabra"))
show('Counter("abracadabra").most_common(3)', lambda: Counter("abracadabra").most_common(3))
show('Counter("abracadabra").most_common()', lambda: Counter("abracadabra").most_common())
show('Counter("abracadabra").most_common(0)', lambda: Counter("abracadabra").most_common(0))
show('Counter("abracadabra").most_common(-1)', lambda: Counter("abracadabra").most_common(-1))
show('Counter([1, 2, 2, 3, 3, 3]).most_common(2)', lambda: Counter([1, 2, 2, 3, 3, 3]).most_common(2))
show('Counter(a=3, b=-1)', lambda: Counter(a=3, b=-1))
show('Counter({"x": 2, "y": 5})', lambda: Counter({"x": 2, "y": 5}))
show('Counter()', lambda: Counter())
show('Counter()["missing"]', lambda: Counter()["missing"])
show('Counter("aab").total()', lambda: Counter("aab").total())
show('sorted(Counter(a=2, b=1, c=0, d=-1).elements())', lambda: sorted(Counter(a=2, b=1, c=0, d=-1).elements()))
show('Counter({1: "a"})', lambda: Counter({1: "a"}))
show('Counter(1)', lambda: Counter(1))
show('Counter.fromkeys("ab")', lambda: Counter.fromkeys("ab"))
show('Counter("ab", "cd")', lambda: Counter("ab", "cd"))
c = Counter("hello world")
print(c, len(c), c["l"], c["z"], "z" in c)
c.update("lol")
print(c)
c.update({"q": 5, "l": -1})
print(c)
c.update(w=10)
print(c)
c.subtract("llll")
print(c)
c.subtract({"w": 20}, x=1)
print(c)
del c["w"]
del c["not there"]
print(c)
c2 = Counter(a=1, b=2, c=0, d=-2)
print(+c2, -c2)
print(c2 + Counter(a=5), c2 - Counter(b=1, e=1))
print(c2 | Counter(a=4, d=1), c2 & Counter(a=4, b=1))
x = Counter(a=1)
x += Counter(a=2, b=-1)
print(x)
x -= Counter(a=5)
print(x)
y = Counter(a=3, b=1)
y |= Counter(b=4, c=-1)
print(y)
y &= Counter(a=1, b=9)
print(y)
show('Counter(a=1) == Counter(a=1, b=0)', lambda: Counter(a=1) == Counter(a=1, b=0))
show('Counter(a=1) <= Counter(a=2)', lambda: Counter(a=1) <= Counter(a=2))
show('Counter(a=1) < Counter(a=1)', lambda: Counter(a=1) < Counter(a=1))
show('Counter(a=1) >= Counter()', lambda: Counter(a=1) >= Counter())
show('Counter("ab") != Counter("ba")', lambda: Counter("ab") != Counter("ba"))
show('Counter(a=1) == {"a": 1}', lambda: Counter(a=1) == {"a": 1})
show('Counter(a=1) + {"a": 1}', lambda: Counter(a=1) + {"a": 1})
show('type(Counter("a").copy()).__name__', lambda: type(Counter("a").copy()).__name__)
show('isinstance(Counter(), dict)', lambda: isinstance(Counter(), dict))
class Tally(Counter):
    pass
t = Tally("aab")
print(t, type(t + t).__name__, type(t.copy()).__name__)
words = "the quick brown fox jumps over the lazy dog the end".split()
for word, n in Counter(words).most_common(3):
    print(word, n)
print(Counter({"a": 1, "b": "x"}))
