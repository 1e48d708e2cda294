# list methods
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend("ab"); print(a)
a.extend(range(2)); print(a)
a.insert(0, "first"); print(a)
a.insert(100, "last"); print(a)
a.insert(-1, "before-last"); print(a)
a.insert(-100, "very-first"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a"); print(a)
print(a.index(2), a.index(0), a.count(1), a.count("zz"))
print(a.index(2, 2), a.index(0, -3))
b = [5, 3, 8, 1]
c = b.copy()
b.reverse(); print(b, c)
b.sort(); print(b)
b.sort(reverse=True); print(b)
print(b.sort(), b.reverse(), b.append(9), b)
b.clear(); print(b, c)
lst = [1, 2, 3, 2, 1]
lst.remove(2); print(lst)
for call, label in [(lambda: [].pop(), "[].pop()"), (lambda: [1].pop(5), "[1].pop(5)"), (lambda: [1, 2].remove(3), "remove(3)"),
                    (lambda: [1].index(2), "[1].index(2)"), (lambda: ["a"].index("b"), "index('b')"),
                    (lambda: [1, 2, 3].index(1, 1), "index(1, 1)"), (lambda: [None].index([]), "index([])"),
                    (lambda: [1].pop("0"), "pop('0')"), (lambda: [].insert(1), "insert(1)"), (lambda: [].append(1, 2), "append(1,2)")]:
    try:
        print(label, call())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
x = [1, 2]
x.extend(x)
print(x)
y = [[1, 2], [3]]
z = y.copy()
z[0].append(99)
z.append("new")
print(y, z)
