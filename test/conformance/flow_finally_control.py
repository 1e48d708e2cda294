# return/break/continue interacting with finally
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    try:
        print("in try")
        return print("evaluating return value") or "value"
    finally:
        print("in finally")
print(order())
def mutate():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutate())
def rebinding():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebinding())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("finally before break", i)
print("broke at", i)
def break_swallows():
    for i in range(3):
        try:
            raise RuntimeError("gone")
        finally:
            break
    return "break swallowed exception"
print(break_swallows())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    exc_in_finally()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("while finally", n)
print(while_finally())
def except_return():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    else:
        return "from else"
    finally:
        print("finally after except return")
print(except_return())
def else_return():
    try:
        pass
    except KeyError:
        return "from except"
    else:
        return "from else"
    finally:
        print("finally after else return")
print(else_return())
