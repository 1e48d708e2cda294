# if/elif/else and while/else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 10, 99)])
for v in [0, 1, "", "x", [], [0], None, 0.0]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
n = 0
while n < 3:
    print("loop", n)
    n += 1
else:
    print("while-else ran, n =", n)
n = 0
while True:
    n += 1
    if n == 2:
        continue
    if n > 4:
        break
    print("body", n)
else:
    print("never printed")
print("after break n =", n)
while False:
    print("never")
else:
    print("else of empty while")
i = 10
while i:
    i //= 2
    print(i, end=" ")
print()
if not []: pass
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    if count == 8:
        break
else:
    print("not reached")
print("count", count)
