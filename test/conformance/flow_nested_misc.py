# nested loops with flags, early exits, pass, and loop-else search patterns
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v == target:
            print("found", target, "at", (r, c))
            break
    else:
        continue
    break
def find_pair(nums, goal):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == goal:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))
for i in range(3):
    pass
else:
    pass
print("pass statements ok", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
out = []
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    j = 0
    while True:
        j += 1
        if j >= i:
            break
    out.append((i, j))
print(out)
for outer in "ab":
    for inner in "xy":
        if inner == "y":
            continue
        print(outer + inner, end=" ")
print()
def first_negative(rows):
    for row in rows:
        for x in row:
            if x < 0:
                return x
    return "none"
print(first_negative([[1, 2], [3, -4, -5]]), first_negative([[1]]))
if True:
    pass
elif False:
    print("no")
else:
    pass
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a < b < c:
                count += 1
print("increasing triples", count)
