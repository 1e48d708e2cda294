# sorted() and reversed() over many iterables
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"], key=str.lower), sorted([], key=len))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed({"x": 1, "y": 2})))
print("".join(reversed("stressed")), list(reversed([])), list(reversed(range(10, 0, -3))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), sorted(Seq(), reverse=True))
class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev())))
for bad in [5, {1, 2}, (x for x in [1]), None]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
