# and/or return operands; truthiness
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" and "x")
print([] or {} or "fallback", [0] or "no")
print(not [], not [0], not "", not " ", not 0.0, not None)
def t(label, val):
    print("call", label)
    return val
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 0))
print(t('a', 0) or t('b', 2))
print(t('a', 3) or t('b', 4))
print(t('a', 0) or t('b', 0) or t('c', 'end'))
print(bool(None), bool(0), bool(1), bool(-1), bool(0.0), bool(float('nan')))
print(bool(()), bool((0,)), bool(range(0)), bool(range(1)), bool(set()), bool(b''))
x = None
y = x or "default"
print(y)
z = 0
print(z is None and "none" or "not none")
print((1 and [] or 'x'))
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
