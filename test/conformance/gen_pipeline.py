# generator pipelines over text data
LOG = """\
2024-01-01 INFO start service
2024-01-01 WARN disk 81%
2024-01-02 ERROR failed to connect db
2024-01-02 INFO retry ok

2024-01-03 ERROR timeout after 30s
2024-01-03 INFO shutdown
"""
def lines(text):
    for ln in text.splitlines():
        print("  read:", repr(ln[:16]))
        yield ln
def non_empty(it):
    for ln in it:
        if ln.strip():
            yield ln
def parse(it):
    for ln in it:
        date, level, msg = ln.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, it):
    return (r for r in it if r["level"] == level)
errors = only("ERROR", parse(non_empty(lines(LOG))))
print("pipeline built")
first = next(errors)
print("first error:", first)
print("rest:", [r["msg"] for r in errors])
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def take(n, it):
    for i, x in enumerate(it):
        if i == n:
            return
        yield x
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(10, primes())))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
counts = {}
for rec in parse(non_empty(LOG.splitlines())):
    counts[rec["level"]] = counts.get(rec["level"], 0) + 1
print(counts)
