# Division by zero messages for every operator
ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("pow(5, 2, 0)", lambda: pow(5, 2, 0)),
    ("2**100 // 0", lambda: 2 ** 100 // 0),
    ("2**100 % 0", lambda: 2 ** 100 % 0),
    ("True / False", lambda: True / False),
    ("5 % False", lambda: 5 % False),
]
for label, fn in ops:
    try:
        print(label, "=", fn())
    except (ZeroDivisionError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print(issubclass(ZeroDivisionError, ArithmeticError))
