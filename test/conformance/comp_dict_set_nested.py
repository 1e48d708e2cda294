# dict/set comprehensions with nesting and conditions; generator inside comprehension
words = ["apple", "avocado", "banana", "blueberry", "cherry", "kiwi"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
lengths = {w: len(w) for w in words if len(w) > 4}
print(lengths)
inverted = {}
for k, v in lengths.items():
    inverted.setdefault(v, []).append(k)
print(inverted, {v: sorted(ks) for v, ks in sorted(inverted.items())})
print(sorted({len(w) for w in words}), sorted({c for w in words for c in w if c in "aeiou"}))
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3) if (r + c) % 2 == 0}
print(grid)
print({k: v for k, v in grid.items() if v > 3})
print([[(r, c) for c in range(r)] for r in range(4)])
pairs = [(a, b) for a in range(1, 20) for b in range(a, 20) if a * b == 24]
print(pairs)
print({i: {j: i * j for j in range(i)} for i in range(3)})
print([sum(x for x in range(n)) for n in range(6)])
print({s: s.upper() for s in "aab"}, {x: None for x in []})
print([(i, c) for i, c in enumerate("abc") if i != 1], {k: v for k, v in zip("xyz", range(10))})
text = "the quick brown fox jumps over the lazy dog the end"
freq = {w: text.split().count(w) for w in text.split()}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print([y for x in [[1, 2], [3], []] for y in x], [[y * 2 for y in x] for x in [[1], [2, 3]]])
