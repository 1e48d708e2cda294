# math: exact integer functions (factorial, comb, perm, isqrt, gcd, lcm, prod).
import math

print([math.factorial(n) for n in range(0, 21)])
print(math.factorial(30), math.factorial(52))
f = math.factorial(500)
print(f.bit_length(), f % 10 ** 30, str(f)[:40])
print(math.factorial(True), type(math.factorial(3)).__name__)

print([math.comb(10, k) for k in range(0, 12)])
print([math.perm(6, k) for k in range(0, 8)])
print(math.perm(5), math.perm(5, None), math.comb(52, 5), math.comb(100, 50))
print(math.comb(10 ** 20, 3), math.perm(10 ** 12, 2), math.comb(2 ** 70, 2))
print(math.comb(1000, 998) == math.comb(1000, 2), sum(math.comb(20, k) for k in range(21)) == 2 ** 20)

print([math.isqrt(n) for n in range(0, 30)])
print(math.isqrt(10 ** 40), math.isqrt(10 ** 40 - 1), math.isqrt(2 ** 127), math.isqrt(99999999999999999999))
for n in [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 10 ** 30 + 7]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(0, 5))
print(math.gcd(2 ** 100 * 3, 2 ** 80 * 9), math.gcd(10 ** 50, 15 ** 30), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(3, 0), math.lcm(2 ** 64, 3 ** 40))
print(math.lcm(*range(1, 21)))

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 26)), math.prod([1.5, 2, 4]))
print(math.prod([2, 3], start=10), math.prod([], start=7), math.prod(['ab', 3]), math.prod([3, 'ab']))
print(math.prod([0.1] * 5), math.prod(x / 2 for x in range(1, 6)))

class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(math.factorial(Index(6)), math.comb(Index(7), Index(3)), math.gcd(Index(12), 8), math.isqrt(Index(50)))
