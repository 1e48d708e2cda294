# Everyday script: word frequency and text statistics
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
def words(text):
    cleaned = "".join(c.lower() if c.isalnum() or c.isspace() else " " for c in text)
    return cleaned.split()
ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 6:")
for rank, (w, n) in enumerate(top[:6], 1):
    print(f"{rank:>2}. {w:<8} {n:>3} {'*' * n}")
singles = sorted(w for w, n in freq.items() if n == 1)
print("hapax:", ", ".join(singles))
longest = max(ws, key=len)
print("longest:", longest, len(longest))
by_len = {}
for w in set(ws):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(f"len {n}: {sorted(by_len[n])}")
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), "clauses; first:", repr(sentences[0]), "last:", repr(sentences[-1]))
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
common = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print("common letters:", common, [letters[c] for c in common])
print("avg word length: %.3f" % (sum(map(len, ws)) / len(ws)))
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("age"), TEXT.rfind("of"))
