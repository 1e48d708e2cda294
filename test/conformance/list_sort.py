# sorting: key, reverse, stability, errors
words = ["banana", "Apple", "cherry", "apple", "date", "Fig", "elderberry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
recs = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
by_name = sorted(recs)
print(sorted(by_name, key=lambda r: -r[1]))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), nums)
nums.sort(key=lambda n: n % 3)
print(nums)
print(sorted([3.5, 1, 2.25, True, False]), sorted("hello"), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
for bad in [[1, "a"], ["a", 1], [1, None], [[1], (1,)], [{}, {}]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: "a" if x == 1 else 1)
except TypeError as e:
    print("TypeError:", e)
calls = []
def k(v):
    calls.append(v)
    return -v
print(sorted([1, 3, 2], key=k), calls)
print(sorted([]), sorted([], reverse=True), sorted([1], key=None))
data = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
data.sort(key=lambda t: t[0], reverse=True)
print(data)
