# bisect: searches and insertions with lo/hi/key, any sequence, and CPython's errors.
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('bisect_left([1, 2, 3], 2)', lambda: bisect_left([1, 2, 3], 2))
show('bisect_right([1, 2, 3], 2)', lambda: bisect_right([1, 2, 3], 2))
show('bisect.bisect([1, 2, 3], 2)', lambda: bisect.bisect([1, 2, 3], 2))
show('bisect_left([1, 2, 2, 2, 3], 2)', lambda: bisect_left([1, 2, 2, 2, 3], 2))
show('bisect_right([1, 2, 2, 2, 3], 2)', lambda: bisect_right([1, 2, 2, 2, 3], 2))
show('bisect_left([1, 2, 3], 0)', lambda: bisect_left([1, 2, 3], 0))
show('bisect_left([1, 2, 3], 9)', lambda: bisect_left([1, 2, 3], 9))
show('bisect_left([], 1)', lambda: bisect_left([], 1))
show('bisect_left([1, 2, 3], 2, -1)', lambda: bisect_left([1, 2, 3], 2, -1))
show('bisect_left([1, 2, 3], 2, 1, 2)', lambda: bisect_left([1, 2, 3], 2, 1, 2))
show('bisect_left([1, 2, 3], 2, hi=-5)', lambda: bisect_left([1, 2, 3], 2, hi=-5))
show('bisect_left([1, 2, 3], 2, hi=-1)', lambda: bisect_left([1, 2, 3], 2, hi=-1))
show('bisect_left([1, 2, 3], 2, 0, 10)', lambda: bisect_left([1, 2, 3], 2, 0, 10))
show('bisect_left(1, 2)', lambda: bisect_left(1, 2))
show('bisect_left([1, "a"], 2)', lambda: bisect_left([1, "a"], 2))
show('bisect_left([(1, "a"), (2, "b")], 2, key=lambda t: t[0])', lambda: bisect_left([(1, "a"), (2, "b")], 2, key=lambda t: t[0]))
show('bisect_right([(1, "a"), (2, "b"), (2, "c")], 2, key=lambda t: t[0])', lambda: bisect_right([(1, "a"), (2, "b"), (2, "c")], 2, key=lambda t: t[0]))
show('bisect_right((1, 2, 2, 3), 2)', lambda: bisect_right((1, 2, 2, 3), 2))
show('bisect_left("abc", "b")', lambda: bisect_left("abc", "b"))
show('bisect_left(range(0, 100, 5), 42)', lambda: bisect_left(range(0, 100, 5), 42))
show('bisect_left([1], 1, lo=None)', lambda: bisect_left([1], 1, lo=None))
show('bisect_left([1], 1, "a")', lambda: bisect_left([1], 1, "a"))
show('bisect_left([])', lambda: bisect_left([]))
show('bisect_left([1], 2, 0, None, key=None)', lambda: bisect_left([1], 2, 0, None, key=None))
show('bisect_left(x=1, a=[1])', lambda: bisect_left(x=1, a=[1]))
show('insort([1], 1, -1)', lambda: insort([1], 1, -1))
a = [1, 3]
insort(a, 2)
insort_left(a, 3)
insort_right(a, 0)
insort(a, 2, 0, 2)
print(a)
b = [(1, "x"), (3, "y")]
insort(b, (2, "z"), key=lambda t: t[0])
insort_left(b, (3, "w"), key=lambda t: t[0])
insort_right(b, (3, "v"), key=lambda t: t[0])
print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect_right(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
from collections import deque
d = deque([1, 5, 9])
insort(d, 6)
print(d)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(bisect_left(Seq(100), 50), bisect_right(Seq(100), 49))
seed = 3
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
data = []
for _ in range(40):
    insort(data, rnd(30))
print(data == sorted(data), [bisect_left(data, x) for x in range(0, 30, 3)], [bisect_right(data, x) for x in range(0, 30, 3)])
