# Control flow through every shape the JavaScript tier compiles: loop bodies
# and try statements that become functions of their own (module level, large
# bodies), break/continue/return crossing try/finally, loop else clauses, and
# exceptions unwinding through them.

log = []

# --- module level: loop bodies are separate functions here
for i in range(10):
    if i == 2:
        continue
    try:
        if i == 5:
            break
        log.append(i)
    finally:
        log.append(-i)
else:
    log.append("no-break")
print(log)

n = 0
while True:
    n += 1
    try:
        if n % 2:
            continue
        if n > 6:
            break
    finally:
        log.append(n)
else:
    log.append("unreachable")
print(n, log[-5:])

for x in []:
    pass
else:
    print("empty for runs else")

k = 0
while k < 3:
    k += 1
else:
    print("while else", k)


def finally_overrides():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"


print(finally_overrides())


def return_through_finally():
    out = []
    try:
        try:
            out.append("body")
            return out
        finally:
            out.append("inner")
    finally:
        out.append("outer")


print(return_through_finally())


def swallow_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "swallowed"


print(swallow_in_finally())


def context_in_finally():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except ValueError as e:
        return type(e.__context__).__name__, e.__context__.args


print(context_in_finally())


def handler_context():
    try:
        try:
            1 // 0
        except ZeroDivisionError:
            raise ValueError("from handler")
    except ValueError as e:
        return repr(e.__context__), e.__suppress_context__


print(handler_context())


def bare_reraise():
    try:
        try:
            [][1]
        except IndexError:
            raise
    except IndexError as e:
        return "reraised " + str(e)


print(bare_reraise())


def except_name_unbound():
    try:
        raise TypeError("t")
    except TypeError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "unbound: " + str(e)


print(except_name_unbound())


def except_tuple_and_else():
    results = []
    for v in [1, 0, "x", None]:
        try:
            r = 10 // v
        except (ZeroDivisionError, TypeError) as e:
            results.append(type(e).__name__)
        else:
            results.append(r)
        finally:
            results.append("f")
    return results


print(except_tuple_and_else())


def big_loop_body(items):
    # Enough statements to be compiled as a function of its own.
    total = 0
    seen = []
    for idx, item in enumerate(items):
        if item is None:
            continue
        if item == "stop":
            break
        if isinstance(item, str):
            seen.append(item.upper())
            total += len(item)
        elif isinstance(item, list):
            for sub in item:
                if sub < 0:
                    break
                total += sub
            else:
                seen.append("full")
        else:
            try:
                total += 100 // item
            except ZeroDivisionError:
                seen.append("zero")
                continue
            if total > 1000:
                return "too big", idx
        seen.append(idx)
    else:
        seen.append("exhausted")
    return total, seen


print(big_loop_body([5, "ab", None, [1, 2, -1, 4], [3, 4], 0, 7]))
print(big_loop_body([1, "stop", 9]))
print(big_loop_body([0.05]))


def iterables():
    out = []
    for c in "héllo":
        out.append(c)
    for k in {"a": 1, "b": 2}:
        out.append(k)
    for k, v in {"x": 1}.items():
        out.append((k, v))
    for i in range(10, 0, -3):
        out.append(i)
    for t in (1, 2):
        out.append(t)
    for g in (y * y for y in range(3)):
        out.append(g)
    for a, *rest in [(1, 2, 3)]:
        out.append((a, rest))
    lst = [1, 2, 3]
    for v in lst:
        if v < 3:
            lst.append(v + 10)
        out.append(v)
    return out


print(iterables())


def mutate_dict_while_iterating():
    d = {"a": 1}
    try:
        for k in d:
            d["b"] = 2
    except RuntimeError as e:
        return str(e)


print(mutate_dict_while_iterating())


def evaluation_order():
    x = 1
    y = x + (x := 5)
    calls = []

    def f(tag, v):
        calls.append(tag)
        return v

    z = f("a", 1) + f("b", 2) * f("c", 3)
    d = {f("k", "key"): f("v", 1)}
    return y, x, z, calls, d


print(evaluation_order())


def unbound_and_deleted():
    out = []
    try:
        print(later)
    except UnboundLocalError as e:
        out.append(str(e))
    later = 1
    del later
    try:
        later
    except UnboundLocalError as e:
        out.append(str(e))
    return out


print(unbound_and_deleted())


def closures_and_cells():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    for _ in range(3):
        bump()
    return count


print(closures_and_cells())

total = 0
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        total += i * j
print("nested", total)


def ints_overflow_to_big():
    a = 2 ** 52
    b = a * a + a - 7
    c = -b // 3
    return b, c, c % 1000, 7 - 2 ** 70, (2 ** 53 + 1) + 1


print(ints_overflow_to_big())

# A raise at module level inside a loop that is compiled as its own function.
errors = 0
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        {}["missing" + str(i)]
    except ValueError as e:
        errors += int(str(e))
    except KeyError as e:
        errors += 100
print("errors", errors)


def dict_loops():
    d = {"a": 1, 2: "two", (3, 4): [5], 1.5: None, True: "t"}
    out = []
    for k in d.keys():
        out.append(k)
    for v in d.values():
        out.append(v)
    for kv in d.items():
        out.append(kv)
    for k, v in d.items():
        out.append((v, k))
    for k, v in d.items():
        d[k] = str(v)  # replacing values is allowed
    out.append(d)
    try:
        for k in d:
            del d[k]
    except RuntimeError as e:
        out.append(str(e))
    try:
        for a, b in {"ab": 1, "c": 2}:
            out.append(a + b)
    except ValueError as e:
        out.append(str(e))
    return out


print(dict_loops())


class Box:
    def __init__(self):
        self.n = 1
        self.items = [1, 2]
        self.text = "a"


def augmented():
    calls = []

    def get(v, tag):
        calls.append(tag)
        return v

    b = Box()
    get(b, "obj").n += 2
    b.items += [3]
    b.text *= 3
    d = {"k": 5, 1: [0]}
    get(d, "dict")[get("k", "key")] -= 7
    d[1] += [9]
    lst = [1, 2, 3]
    lst[-1] **= 2
    lst[0] <<= 4
    try:
        lst[10] += 1
    except IndexError as e:
        calls.append(str(e))
    try:
        d["missing"] += 1
    except KeyError as e:
        calls.append(repr(e))
    try:
        b.nothing += 1
    except AttributeError as e:
        calls.append(str(e))
    big = 2 ** 53
    big += big
    return b.n, b.items, b.text, d, lst, big, calls


print(augmented())
