# A KeyError raised inline in a try body whose handlers do not match it: the
# finally clause runs, then the exception leaves through the callers.
def lookup(d, k):
    try:
        return d[k] // len(d)
    except (IndexError, ZeroDivisionError):
        return -1
    finally:
        print("finally ran for", k)


def outer(keys):
    return [lookup({"a": 1, "b": 2}, k) for k in keys]


print(outer(["a", "b"]))
print(lookup({}, "x") if False else "skipped")
print(outer(["a", "missing", "b"]))
