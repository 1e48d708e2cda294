# heapq: push/pop/heapify/replace/pushpop keep CPython's exact heap layout; errors.
from heapq import heapify, heappop, heappush, heappushpop, heapreplace


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('heappush(1, 2)', lambda: heappush(1, 2))
show('heappush([])', lambda: heappush([]))
show('heappop([])', lambda: heappop([]))
show('heappop((1,))', lambda: heappop((1,)))
show('heapify(1)', lambda: heapify(1))
show('heapify([3, 1, 2], 1)', lambda: heapify([3, 1, 2], 1))
show('heapreplace([], 1)', lambda: heapreplace([], 1))
show('heappushpop([], 1)', lambda: heappushpop([], 1))
show('heappushpop([1], 0)', lambda: heappushpop([1], 0))
show('heappushpop([1], 2)', lambda: heappushpop([1], 2))
show('heappush([1, "a"], 2)', lambda: heappush([1, "a"], 2))
show('heappush([1, "a"], "b")', lambda: heappush([1, "a"], "b"))
show('heappush.__module__', lambda: heappush.__module__)
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(3)], h)
h = [9, 8, 7, 6, 5, 4, 3, 2, 1]
heapify(h)
print(h)
print(heapreplace(h, 10), h, heappushpop(h, 0), h, heappushpop(h, 4), h)
h = [(2, "b"), (1, "a"), (2, "a")]
heapify(h)
print(h)
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(5):
    data = [rnd(100) for _ in range(rnd(25))]
    h1 = []
    for x in data:
        heappush(h1, x)
    h2 = list(data)
    heapify(h2)
    print(h1, h2, [heappop(h2) for _ in range(len(h2) // 3)], h2)
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heappush(tasks, (prio, name))
while tasks:
    print(heappop(tasks))
class Job:
    def __init__(self, p):
        self.p = p
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return "Job(" + str(self.p) + ")"
jobs = [Job(4), Job(1), Job(3)]
heapify(jobs)
print(jobs, heappop(jobs))
