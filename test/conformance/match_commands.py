# match: command interpreter mixing pattern kinds
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def run(cmd, state):
    match cmd.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["add", x, y] if x.lstrip("-").isdigit() and y.lstrip("-").isdigit():
            state.append(Point(int(x), int(y)))
            return f"added {state[-1]}"
        case ["add", *args]:
            return f"add needs two ints, got {args}"
        case ["list"]:
            return ", ".join(map(repr, state)) or "(empty)"
        case ["find", "origin"]:
            for p in state:
                match p:
                    case Point(0, 0):
                        return "origin present"
            return "no origin"
        case ["find", "axis"]:
            out = []
            for p in state:
                match p:
                    case Point(x=0) | Point(y=0):
                        out.append(p)
            return f"on axis: {out}"
        case ["clear"]:
            state.clear()
            return "cleared"
        case []:
            return "empty command"
        case [verb, *_]:
            return f"unknown command {verb!r}"
state = []
for line in ["list", "add 1 2", "add 0 5", "add x y", "add 3", "add -4 0", "list", "find origin", "find axis",
             "add 0 0", "find origin", "", "fly away", "clear", "list", "exit"]:
    print(f"> {line:<12} {run(line, state)}")
def classify(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x < 0 or y < 0:
            return "click off-screen"
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": ("Enter" | "Tab") as k}:
            return f"special {k}"
        case {"type": str(t)}:
            return f"unhandled {t}"
        case _:
            return "malformed"
for ev in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": (-1, 2)}, {"type": "click", "pos": [3, 4], "btn": 1},
           {"type": "key", "key": "a"}, {"type": "key", "key": "Tab"}, {"type": "key", "key": "F1"}, {"kind": 1}, [1]]:
    print(ev, "->", classify(ev))
