# for/else with break and continue, nested loops, loop variable leakage
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("for-else on empty iterable")
for i in range(5):
    if i == 3:
        break
else:
    print("no")
print("i after break:", i)
for j in range(3):
    pass
print("j after loop:", j)
for k in "abc":
    continue
else:
    print("else after all-continue, k =", k)
try:
    print(never_bound)
except NameError as e:
    print("NameError:", e)
for never_bound in []:
    pass
try:
    print(never_bound)
except NameError as e:
    print("NameError:", e)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    else:
        print("inner else", i)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
    print("item", item)
print(lst)
found = None
for idx, ch in enumerate("hello world"):
    if ch == " ":
        found = idx
        break
print("space at", found)
for i in range(3):
    i = 100
    print(i, end=" ")
print()
d = {}
for d["key"] in [1, 2]:
    pass
print(d)
