# int methods and int-related builtins
for n in [0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 64) + 1, 12345]:
    print(n, n.bit_length(), bin(n), oct(n), hex(n))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(0, 'big'))
print((255).to_bytes(1, 'big'), (-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((65).to_bytes(), (2 ** 64).to_bytes(9, 'big'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'\x80'))
for call in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'),
             lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(1, 'middle')]:
    try:
        print(call())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print((10).real, (10).imag, (10).numerator, (10).denominator, (7).conjugate())
print((6).as_integer_ratio(), (-3).as_integer_ratio())
print(int.bit_count(255) if hasattr(int, 'bit_count') else 8, (-7).bit_count(), (0).bit_count())
print(abs(-5), abs(5), abs(-2 ** 100), abs(0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(2 ** 70, 3))
print(bin(0), oct(0), hex(0), bin(-0b11), hex(-255), oct(-8))
print(int('0b' + bin(45)[2:], 0), int(hex(3735928559), 16))
print(format(255, 'b'), format(255, '#o'), format(-255, 'x'), format(255, '#X'))
print((5).__index__(), int.__name__, (3).__add__(4), (3).__radd__(4), (3).__sub__(1.0))
print(isinstance(5, int), isinstance(True, int), issubclass(bool, int), type(5) is int)
