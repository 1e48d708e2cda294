# del of names, shadowing builtins, walrus scope
a = 1
b = [1, 2, 3]
del a
try:
    a
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
c, d = 1, 2
del c, d
try:
    print(c, d)
except NameError as e:
    print("NameError:", e)
def use_len():
    len = lambda x: "shadowed len"
    return len([1, 2])
print(use_len(), len([1, 2]))
list = "not a list anymore"
print(list)
del list
print(list("ok"))
def shadow_print():
    print = "x"
    return print
print(shadow_print())
str = int
print(str("42") + 1)
del str
print(str(42) + "!")
import_like = max
max = min
print(max(1, 2))
del max
print(max(1, 2), import_like(3, 4))
def walrus_scope():
    [y := v for v in range(3)]
    return y
print(walrus_scope())
if (n := 10) > 5:
    pass
print(n)
def walrus_in_genexp():
    g = (last := i for i in range(4))
    list(g)
    return last
print(walrus_in_genexp())
try:
    exec_like = None
    del undefined_name_here
except NameError as e:
    print("NameError:", e)
def del_global():
    global gvar
    del gvar
gvar = 5
del_global()
try:
    gvar
except NameError as e:
    print("NameError:", e)
x = [1, 2]
for x[0] in range(3):
    pass
print(x)
