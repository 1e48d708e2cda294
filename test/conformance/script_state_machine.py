# Everyday script: a traffic light / turnstile state machine
TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}
class Turnstile:
    def __init__(self):
        self.state = "locked"
        self.coins = 0
        self.passes = 0
        self.history = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"invalid event {event!r} in state {self.state!r}")
        new = TRANSITIONS[key]
        if event == "coin":
            self.coins += 1
        if self.state == "unlocked" and event == "push":
            self.passes += 1
        self.history.append(f"{self.state}--{event}-->{new}")
        self.state = new
        return new
t = Turnstile()
for ev in ["push", "coin", "coin", "push", "push", "kick", "coin", "push"]:
    try:
        print(f"{ev:>5}: now {t.fire(ev)}")
    except ValueError as e:
        print(f"{ev:>5}: error: {e}")
print("coins", t.coins, "passes", t.passes)
print("\n".join(t.history))
def traffic_light(cycles):
    order = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}
    tick = 0
    for _ in range(cycles):
        for color in order:
            for _ in range(durations[color]):
                yield tick, color
                tick += 1
changes = []
prev = None
for tick, color in traffic_light(2):
    if color != prev:
        changes.append((tick, color))
        prev = color
print(changes)
def parse_number(text):
    state = "start"
    digits = []
    for ch in text:
        match state, ch:
            case "start", ("+" | "-"):
                state = "sign"
                digits.append(ch)
            case ("start" | "sign" | "int"), c if c.isdigit():
                state = "int"
                digits.append(c)
            case "int", ".":
                state = "dot"
                digits.append(ch)
            case ("dot" | "frac"), c if c.isdigit():
                state = "frac"
                digits.append(c)
            case _:
                return f"reject at {ch!r} in state {state}"
    return "accept " + "".join(digits) if state in ("int", "frac") else f"reject: ended in {state}"
for s in ["42", "-3.14", "+", "1.", "12a", "", "0.5"]:
    print(repr(s), parse_number(s))
