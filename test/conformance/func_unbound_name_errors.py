# UnboundLocalError and NameError messages
x = 10
def read_then_assign():
    print(x)
    x = 5
try:
    read_then_assign()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
def augmented():
    x += 1
try:
    augmented()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
def conditional(flag):
    if flag:
        z = "set"
    return z
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, "|", e, "| is NameError:", isinstance(e, NameError))
try:
    print(no_such_name)
except NameError as e:
    print(type(e).__name__, "|", e)
def uses_global():
    return missing_global
try:
    uses_global()
except NameError as e:
    print(type(e).__name__, "|", e)
def free_var():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    later = 1
    return inner()
print(free_var())
g = 1
del g
try:
    g
except NameError as e:
    print(type(e).__name__, "|", e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, "|", e)
def del_local():
    del q
    q = 1
try:
    del_local()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
