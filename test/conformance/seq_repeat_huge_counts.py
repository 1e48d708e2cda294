tests = [lambda: '0' * 2**70, lambda: [1] * 2**70, lambda: len('' * 2**60), lambda: len([] * 2**62), lambda: len(b'' * 2**60),
         lambda: (1,) * -2**70, lambda: 2**70 * 'x', lambda: len([] * 10**12), lambda: len(b'' * 10**12), lambda: len(bytearray() * 10**15),
         lambda: len(() * 2**63), lambda: () * -2**63, lambda: () * (-2**63 - 1)]
for t in tests:
    try:
        print(repr(t()))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
x = []
x *= 2**62
print(x)
b = bytearray()
b *= 2**62
print(b)
try:
    x *= 2**64
except OverflowError as e:
    print('OverflowError', e)
