# Everyday script: deterministic queue simulation with a hand-written PRNG
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
    def choice(self, seq):
        return seq[self.next() % len(seq)]
rng = LCG(42)
print([rng.randint(1, 6) for _ in range(10)])
class Customer:
    def __init__(self, ident, arrive, service):
        self.ident, self.arrive, self.service = ident, arrive, service
        self.start = None
    @property
    def wait(self):
        return self.start - self.arrive
rng = LCG(2024)
customers = []
t = 0
for i in range(12):
    t += rng.randint(0, 4)
    customers.append(Customer(i, t, rng.randint(1, 5)))
queue = []
clock = 0
served = []
pending = list(customers)
busy_until = 0
while pending or queue:
    while pending and pending[0].arrive <= clock:
        queue.append(pending.pop(0))
    if queue and clock >= busy_until:
        c = queue.pop(0)
        c.start = clock
        busy_until = clock + c.service
        served.append(c)
        print(f"t={clock:>3}: serve #{c.ident:<2} (arrived {c.arrive:>2}, waited {c.wait}, takes {c.service})")
    clock += 1
waits = [c.wait for c in served]
print("served", len(served), "max wait", max(waits), "avg wait %.2f" % (sum(waits) / len(waits)))
print("finish time", busy_until, "order ok:", [c.ident for c in served] == sorted(c.ident for c in served))
print(rng.choice(["red", "green", "blue"]), rng.choice("xyz"), rng.state)
