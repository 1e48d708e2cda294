# match: value (dotted) patterns and constants
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Status:
    OK = 200
    NOT_FOUND = 404
def color_name(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case _:
            return "unknown color"
print([color_name(c) for c in ["red", "green", "blue", "pink"]])
def status(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case other:
            return f"code {other}"
print(status(200), status(404), status(500))
match 1.0:
    case 1:
        print("1.0 matches literal 1 (equality)")
match False:
    case 0:
        print("False matches 0")
    case False:
        print("never reached")
match 0:
    case False:
        print("0 does not match False literal (identity for singletons)")
    case _:
        print("0 vs False: no match")
match 1:
    case True:
        print("1 matches True?")
    case _:
        print("1 does not match True")
match -0.0:
    case 0:
        print("-0.0 matches 0")
match "a" "b":
    case "ab":
        print("implicit concatenation literal")
match 3:
    case 3 if False:
        pass
    case -3 | 3:
        print("negative literal alternative")
