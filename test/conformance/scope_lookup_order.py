# LEGB name resolution
name = "global"
def enclosing():
    name = "enclosing"
    def local():
        name = "local"
        return name
    def uses_enclosing():
        return name
    def uses_builtin():
        return len("four")
    return local(), uses_enclosing(), uses_builtin()
print(enclosing())
def late_binding_global():
    return later_defined
later_defined = "defined after function"
print(late_binding_global())
def param_default_scope(v=name):
    name = "inside"
    return v, name
print(param_default_scope())
def nested_reads():
    a = 1
    def f():
        def g():
            return a
        return g()
    a = 2
    return f()
print(nested_reads())
def loop_closure():
    result = []
    for i in range(3):
        result.append(lambda: i)
    i = 99
    return [f() for f in result]
print(loop_closure())
def class_in_function():
    v = "function local"
    class K:
        v = "class attr"
        def m(self):
            return v
    return K().m(), K.v
print(class_in_function())
lam = lambda: name
name = "rebound global"
print(lam())
def uses_global_before_assign():
    global name
    old = name
    name = "assigned via global"
    return old
print(uses_global_before_assign(), name)
