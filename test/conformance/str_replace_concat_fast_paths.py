# Fast paths of str.replace, case mapping and list/tuple concatenation, at the
# sizes where they switch strategy.
for s, old, new in [
    ("svc-12", "-", "_"),
    ("a-b-c-", "-", "$&"),
    ("price: 5", "5", "$$1 and $1"),
    ("aaaa", "aa", "b"),
    ("abc", "x", "y"),
    ("", "a", "b"),
    ("abc", "", "-"),
    ("ab" * 40, "b", "xyz"),
    ("x" * 100 + "-" + "y" * 100, "-", ""),
    ("😀-😀-", "-", "😃"),
    ("😀😀", "\ude00", "?"),
]:
    print(repr(s.replace(old, new)), repr(s.replace(old, new, 1)))

for s in ["svc-12", "straße", "ǅungla", "x" * 40 + "ß", "ÀÉÎ" * 12, "plain ascii words"]:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.isascii(), s.swapcase())
print(("é" * 33).isascii(), ("e" * 33).isascii(), "".isascii())

for n, m in [(0, 0), (3, 1), (1, 0), (0, 2), (40, 24), (40, 25), (70, 3)]:
    a = list(range(n))
    b = [str(i) for i in range(m)]
    c = a + b
    t = tuple(a) + tuple(b)
    print(len(c), c[:2], c[-2:], len(t), t[-1:] if t else t, c == list(t))
    a.append("mutated")
    print(len(c), "mutated" in c)
