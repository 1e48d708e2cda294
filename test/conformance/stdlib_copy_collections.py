# copy: the collections types and partial objects survive copy and deepcopy.
import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from functools import partial


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


dq = deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[1] is dq[1], copy.copy(dq), copy.copy(dq)[1] is dq[1])
od = OrderedDict(a=[1], b=2)
print(copy.deepcopy(od), copy.copy(od), copy.deepcopy(od)["a"] is od["a"])
df = defaultdict(list, a=[1])
dfc = copy.deepcopy(df)
dfc["z"].append(1)
print(dfc, df, copy.copy(df))
print(copy.deepcopy(Counter("aab")), copy.copy(Counter("ab")))
Pt = namedtuple("Pt", "x y")
pt = Pt(1, [2])
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y, copy.copy(pt) is pt)
pp = partial(max, key=len)
print(copy.copy(pp)(["a", "bbb"]), copy.deepcopy(pp)(["cc", "d"]))
config = {"servers": [{"host": "a", "ports": [1, 2]}], "retries": 3, "tags": ("x", ["y"])}
clone = copy.deepcopy(config)
clone["servers"][0]["ports"].append(3)
clone["tags"][1].append("z")
print(config)
print(clone)
