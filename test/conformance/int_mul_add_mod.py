# (x * y + z) % m with int literals z and m is computed in one exact step for
# ints (products past 2**53 included); other operand types take the three
# operations as written, with their own results and errors.
vals = [0, 1, -1, 7, -7, 12345, 2**31 - 1, -(2**31), 2**52, -(2**52), 2**53 - 1, -(2**53 - 1), 1103515245, 987654321987]
mods = [1, 2, 7, 1000000007, 2147483648, 4294967296, 4294967295]
acc = 0
for x in vals:
    for y in vals:
        a = (x * y + 12345) % 2147483648
        b = (x * y) % 1000000007
        c = (x * y - 99) % 4294967296
        d = (x * y + 9007199254740991) % 7
        e = (x * y) % 1
        acc = (acc * 31 + a + b + c + d + e) % 1000000007
        if x == 12345:
            print(x, y, a, b, c, d, e)
print(acc)
seed = 12345
out = []
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    out.append(seed % 1000)
print(sum(out), out[:10])
print((2 ** 70 * 3 + 5) % 7, (1.5 * 2 + 1) % 2, (True * 3 + 1) % 3)
class N:
    def __mul__(self, o): return 10
print((N() * 3 + 2) % 5)
try:
    print((None * 3 + 1) % 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(("ab" * 2 + 1) % 5)
except TypeError as e:
    print("TypeError:", e)
print(("%d" * 2 + "!") % (1, 2))
