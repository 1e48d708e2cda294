# match: literal, capture, wildcard, OR, guards, no match
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello" | "hi":
            return "greeting"
        case True:
            return "True literal"
        case None:
            return "None"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case b"bytes":
            return "bytes literal"
        case n if isinstance(n, int) and n > 100:
            return f"big int {n}"
        case _:
            return f"other {x!r}"
for v in [0, 1, 3, "hi", "hello", True, None, -1, 2.5, b"bytes", 1000, 50, "x", 1.0, False, 0.0]:
    print(repr(v), "->", describe(v))
def capture(x):
    match x:
        case value:
            return f"captured {value}"
print(capture(42), capture([1]))
def no_match(x):
    match x:
        case 1:
            print("one")
        case 2:
            print("two")
    print("after match", x)
no_match(1)
no_match(99)
def guard(p):
    match p:
        case n if n < 0:
            return "negative"
        case n if n % 2 == 0:
            return f"even {n}"
        case n:
            return f"odd {n}"
print([guard(i) for i in (-3, 4, 7)])
def guard_side_effect(x):
    match x:
        case y if print("guard checked", y) or y > 5:
            return "matched big"
        case _:
            return "fallback"
print(guard_side_effect(3), guard_side_effect(9))
m = "bound"
match 5:
    case m:
        pass
print("capture rebinds:", m)
match "text":
    case "other":
        print("no")
    case _:
        print("wildcard")
