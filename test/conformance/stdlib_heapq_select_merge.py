# heapq: nlargest / nsmallest (ties, key, iterators) and merge (key, reverse, stability).
from heapq import merge, nlargest, nsmallest


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('nlargest(2, [1, 5, 3])', lambda: nlargest(2, [1, 5, 3]))
show('nsmallest(2, [1, 5, 3], key=lambda x: -x)', lambda: nsmallest(2, [1, 5, 3], key=lambda x: -x))
show('nlargest(-1, [1])', lambda: nlargest(-1, [1]))
show('nsmallest(0, [1])', lambda: nsmallest(0, [1]))
show('nsmallest(1, [])', lambda: nsmallest(1, []))
show('nlargest(1, [], key=abs)', lambda: nlargest(1, [], key=abs))
show('nsmallest(3, iter([5, 4, 3, 2, 1]))', lambda: nsmallest(3, iter([5, 4, 3, 2, 1])))
show('nlargest(3, "hello world")', lambda: nlargest(3, "hello world"))
show('nsmallest(10, [3, 1, 2])', lambda: nsmallest(10, [3, 1, 2]))
show('nlargest(1, [(1, "a"), (1, "b")], key=lambda t: t[0])', lambda: nlargest(1, [(1, "a"), (1, "b")], key=lambda t: t[0]))
show('nsmallest(2, [(1, "a"), (0, "z"), (1, "b"), (0, "y")], key=lambda t: t[0])', lambda: nsmallest(2, [(1, "a"), (0, "z"), (1, "b"), (0, "y")], key=lambda t: t[0]))
show('nlargest(2, iter([(1, "a"), (2, "z"), (1, "b"), (2, "y")]), key=lambda t: t[0])', lambda: nlargest(2, iter([(1, "a"), (2, "z"), (1, "b"), (2, "y")]), key=lambda t: t[0]))
show('nlargest(3, {"a": 5, "b": 1, "c": 9}.items(), key=lambda kv: kv[1])', lambda: nlargest(3, {"a": 5, "b": 1, "c": 9}.items(), key=lambda kv: kv[1]))
show('list(merge([1, 3, 5], [2, 4, 6], [0]))', lambda: list(merge([1, 3, 5], [2, 4, 6], [0])))
show('list(merge([5, 3], [4, 1], reverse=True))', lambda: list(merge([5, 3], [4, 1], reverse=True)))
show('list(merge(["a", "BB", "ccc"], ["dd"], key=len))', lambda: list(merge(["a", "BB", "ccc"], ["dd"], key=len)))
show('list(merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0]))', lambda: list(merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0])))
show('list(merge([(2, "x"), (1, "x")], [(2, "y"), (1, "y")], key=lambda t: t[0], reverse=True))', lambda: list(merge([(2, "x"), (1, "x")], [(2, "y"), (1, "y")], key=lambda t: t[0], reverse=True)))
show('list(merge())', lambda: list(merge()))
show('list(merge([], [1], []))', lambda: list(merge([], [1], [])))
show('list(merge([1], 2))', lambda: list(merge([1], 2)))
show('merge([1], x=1)', lambda: merge([1], x=1))
seed = 11
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(6):
    data = [(rnd(6), i) for i in range(rnd(30))]
    print(nlargest(4, data, key=lambda t: t[0]), nsmallest(4, iter(data), key=lambda t: t[0]))
    a = sorted(x for x, _ in data[:7])
    b = sorted(x for x, _ in data[7:])
    print(list(merge(a, b)), list(merge(sorted(a, reverse=True), sorted(b, reverse=True), reverse=True)))
m = merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))
