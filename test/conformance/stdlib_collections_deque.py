# collections.deque: both ends, maxlen, rotation, indexing, mutation during iteration, operators and errors.
from collections import deque


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('deque()', lambda: deque())
show('deque("abc")', lambda: deque("abc"))
show('deque(range(5), maxlen=3)', lambda: deque(range(5), maxlen=3))
show('deque([1, 2], maxlen=3)', lambda: deque([1, 2], maxlen=3))
show('deque(maxlen=0)', lambda: deque(maxlen=0))
show('deque(iterable=[1], maxlen=None)', lambda: deque(iterable=[1], maxlen=None))
show('deque(maxlen=-1)', lambda: deque(maxlen=-1))
show('deque(maxlen="a")', lambda: deque(maxlen="a"))
show('deque(maxlen=1.5)', lambda: deque(maxlen=1.5))
show('deque(1)', lambda: deque(1))
show('deque([1], 2, 3)', lambda: deque([1], 2, 3))
show('deque(x=1)', lambda: deque(x=1))
show('deque().pop()', lambda: deque().pop())
show('deque().popleft()', lambda: deque().popleft())
show('deque([1])[5]', lambda: deque([1])[5])
show('deque([1])[-2]', lambda: deque([1])[-2])
show('deque([1])["a"]', lambda: deque([1])["a"])
show('deque([1])[1:2]', lambda: deque([1])[1:2])
show('deque([1]).index(2)', lambda: deque([1]).index(2))
show('deque([1, 2, 3]).index(3, 0, 2)', lambda: deque([1, 2, 3]).index(3, 0, 2))
show('deque([1, 2, 3]).index(2, -2)', lambda: deque([1, 2, 3]).index(2, -2))
show('deque([1]).remove(2)', lambda: deque([1]).remove(2))
show('deque([1], maxlen=1).insert(0, 2)', lambda: deque([1], maxlen=1).insert(0, 2))
show('deque([1]).rotate("a")', lambda: deque([1]).rotate("a"))
show('deque([1]).rotate(1, 2)', lambda: deque([1]).rotate(1, 2))
show('deque([1]).count()', lambda: deque([1]).count())
show('deque([1]).appendleft()', lambda: deque([1]).appendleft())
show('deque([1]).pop(0)', lambda: deque([1]).pop(0))
show('deque([1]) + [1]', lambda: deque([1]) + [1])
show('deque([1]) * "a"', lambda: deque([1]) * "a")
show('deque([1, 2]) < deque([1, 3])', lambda: deque([1, 2]) < deque([1, 3]))
show('deque([3, 1]) >= deque([3])', lambda: deque([3, 1]) >= deque([3]))
show('deque([1]) == [1]', lambda: deque([1]) == [1])
show('deque([[1]]) == deque([[1]])', lambda: deque([[1]]) == deque([[1]]))
show('deque([1, 2, 3]) * 2', lambda: deque([1, 2, 3]) * 2)
show('2 * deque([1])', lambda: 2 * deque([1]))
show('deque([1, 2], maxlen=3) * 3', lambda: deque([1, 2], maxlen=3) * 3)
show('deque([1]) + deque([2], maxlen=1)', lambda: deque([1]) + deque([2], maxlen=1))
show('deque([1], maxlen=2) + deque([2, 3, 4])', lambda: deque([1], maxlen=2) + deque([2, 3, 4]))
show('deque([1, 2, 3]).maxlen', lambda: deque([1, 2, 3]).maxlen)
show('deque([1], maxlen=5).maxlen', lambda: deque([1], maxlen=5).maxlen)
show('list(reversed(deque([1, 2, 3])))', lambda: list(reversed(deque([1, 2, 3]))))
show('len(deque([1, 2]))', lambda: len(deque([1, 2])))
show('bool(deque())', lambda: bool(deque()))
show('1 in deque([1])', lambda: 1 in deque([1]))
show('deque([1, 2, 3, 2]).count(2)', lambda: deque([1, 2, 3, 2]).count(2))
show('deque(range(10))[-1]', lambda: deque(range(10))[-1])
d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
show("show('next(it) after append', lambda: next(it))", lambda: show('next(it) after append', lambda: next(it)))
d = deque(range(5), maxlen=3)
print(d)
d.appendleft(9)
print(d)
d.extendleft([7, 8])
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.extend(d)
print(d)
d = deque([1, 2, 3])
d += [4]
print(d)
d *= 2
print(d)
d.insert(2, "x"); d.insert(-1, "y"); d.insert(100, "z")
print(d)
d.reverse()
print(d)
d.remove("x")
print(d, d.count(1))
del d[0]
d[0] = "q"
del d[-1]
del d[3]
print(d)
q = deque()
for i in range(100):
    q.append(i)
for i in range(95):
    q.popleft()
print(q, len(q), q[0], q[-1])
q = deque()
for i in range(20):
    q.appendleft(i)
print(q, q[3], q.pop(), q.popleft())
q = deque(range(10))
q.rotate(3)
print(q)
q.rotate(-13)
print(q)
q.clear()
print(q, q.copy())
class Ring(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=3)
        self.tag = "ring"
r = Ring(range(5))
print(r, r.tag, r.maxlen)
e = deque()
e.append(e)
print(e)
# breadth-first search over a small graph
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
todo, seen, order = deque(["a"]), {"a"}, []
while todo:
    node = todo.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            todo.append(nxt)
print(order)
