# Arbitrary precision integer arithmetic
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a // 7, -a % 7)
print(a // -b, a % -b)
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(f // (2 ** 30), f % 1000003)
print(10 ** 50 - 1, len(str(10 ** 50 - 1)))
print((10 ** 20 + 1) * (10 ** 20 - 1))
print(-(2 ** 64), abs(-(2 ** 64)), -(-(2 ** 64)))
print(2 ** 63 - 1 + 1, -2 ** 63 - 1)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
print(x % 1000000007, x.bit_length())
print(12345678901234567890123 == 12345678901234567890123, 2 ** 100 > 2 ** 99)
print(2 ** 100 / 2 ** 98, type(2 ** 100 / 2 ** 98).__name__)
print(7 ** 77 // 7 ** 76, 0 ** 0, (-1) ** 101, (-2) ** 65)
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[99])
