# aliasing, shallow vs manual deep copies, in-place vs new lists
a = [1, [2, 3], {"k": [4]}]
alias = a
shallow = a[:]
shallow2 = list(a)
shallow3 = a.copy()
def deep(x):
    if isinstance(x, list):
        return [deep(i) for i in x]
    if isinstance(x, dict):
        return {k: deep(v) for k, v in x.items()}
    return x
deepc = deep(a)
a[1].append(99)
a[2]["k"].append(5)
a.append("new")
print(a)
print(alias, alias is a)
print(shallow, shallow is a, shallow[1] is a[1])
print(shallow2 == shallow3, shallow2)
print(deepc)
b = [0] * 3
c = b
b = b + [1]
print(b, c)
d = [0] * 3
e = d
d += [1]
print(d, e)
rows = [[0] * 2 for _ in range(2)]
rows[0][0] = 1
print(rows)
bad = [[0] * 2] * 2
bad[0][0] = 1
print(bad, bad[0] is bad[1])
def modify(lst):
    lst.append("modified")
    lst = ["rebound"]
    return lst
orig = ["orig"]
print(modify(orig), orig)
x = [3, 1, 2]
y = sorted(x)
x.sort()
print(x, y, x == y, x is y)
s = [1, 2, 3]
t = s[::-1]
s.reverse()
print(s == t, s is t)
nested = [[1, 2], [3, 4]]
flat_copy = [row[:] for row in nested]
flat_copy[0][0] = 100
print(nested, flat_copy)
