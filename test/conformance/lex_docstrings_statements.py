"""Module docstring: the first statement."""
# Docstrings, expression statements, pass, and statements on one line
print(__doc__)
def f():
    """Function docstring."""
    "second string is not a docstring"
    return f.__doc__
print(f())
class C:
    'single-quoted class doc'
    x = 1
print(C.__doc__)
class D:
    x = 1
    "not a docstring (not first)"
print(D.__doc__)
def g():
    # comment before docstring is fine
    """Doc after comment."""
print(g.__doc__)
def h():
    f"""f-string is not a docstring"""
print(h.__doc__)
def k():
    r"""raw \n docstring"""
print(k.__doc__, len(k.__doc__))
def m():
    """
    Multi-line docstring
        indented line
    """
print(repr(m.__doc__))
42
"expression statement"
[1, 2, 3]
None
...
x = 1; y = 2; print(x + y)
if x: print("one-line if"); print("same suite")
for i in range(2): print("loop", i); print("body", i)
while x < 3: x += 1; print("while", x)
class E: pass
def n(): return "one-liner"
print(n(), E.__name__)
