# match: sequence patterns with star, nesting
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [a, b, *_]:
            return f"at least three: {a}, {b}, ..."
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [0, 1, 2], [1, 2, 3], list(range(6)), "ab", "abc", b"ab", 5, {1: 2}, range(2), (x for x in [])]:
    print(repr(v) if not hasattr(v, "send") else "generator", "->", seq(v))
def nested(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {items}"
        case ["move", [x, y]]:
            return f"move to {x},{y}"
        case ["move", (x, y, z)]:
            return f"move3d {x},{y},{z}"
        case [("a" | "b"), *_]:
            return "starts with a or b"
        case [*_, "end"]:
            return "ends with end"
        case _:
            return "unknown"
for c in [["go", "north"], ["go", "west"], ["pick", "up", "key", "lamp"], ["pick", "up"], ["move", [1, 2]],
          ["move", (1, 2, 3)], ["b", 1], ("x", "y", "end"), ["move", "12"]]:
    print(c, "->", nested(c))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("deep", a, b, c, d)
match (1, 2, 3):
    case [*all_items]:
        print("star captures list:", all_items, type(all_items).__name__)
match "abc":
    case [*chars]:
        print("string matched as sequence?", chars)
    case str() as s:
        print("string is not a sequence pattern match:", s)
