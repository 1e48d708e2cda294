# CPython's 4300-digit limit for int <-> str conversion
ok = int("9" * 4300)
print(len(str(ok)), str(ok)[:10], str(ok)[-5:])
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 5000)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    print(big)
except ValueError as e:
    print("ValueError:", e)
try:
    repr(-big)
except ValueError as e:
    print("ValueError:", e)
try:
    f"{big}"
except ValueError as e:
    print("ValueError:", e)
print(big.bit_length(), len(hex(big)))
print(hex(2 ** 20000)[:8], len(bin(2 ** 20000)))
print(int("f" * 5000, 16).bit_length())
x = 10 ** 4299
print(len(str(x)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4300 - 1)))
