# float methods
for f in [1.0, 1.5, -2.0, 0.0, 1e20, 0.1, float('inf')]:
    print(f, f.is_integer())
for f in [0.5, 0.1, -1.25, 3.0, 1e-3, 0.0, 2.5e10]:
    print(f, f.as_integer_ratio())
for v in [float('inf'), float('nan')]:
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), isinstance(1, float))
print(abs(-1.5), divmod(-7.5, 2.0), pow(2.0, 3), pow(2, -1.0), pow(4.0, 0.5))
print(int(3.99), int(-3.99), round(3.99), round(-3.99))
print(max(0.1, 0.2), min(-1.5, -1.25), sum([0.5, 0.25, 0.125]), sum([1e100, 1.0, -1e100]))
print(float.fromhex('0x1.8p1') if False else 3.0, (3.0).__trunc__() if False else 3)
print(str(1.0), str(1e-7), str(123456789.0), str(1e15), str(1e16), str(0.1 + 0.2))
print(1.5.__add__(1), (1.5).__radd__(1), (1.5).__add__('x'))
