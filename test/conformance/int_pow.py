# Exponentiation including negative exponents and 3-arg pow
print(2 ** 10, 2 ** 0, 0 ** 5, (-3) ** 3, (-3) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, type(2 ** -1).__name__)
print(pow(2, 10), pow(2, -2), pow(-8, 3))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13), pow(38, -1, 97))
print(pow(7, 0, 1), pow(0, 0, 5), pow(12345678901234567890, 987654321, 10 ** 9 + 7))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3), (0, -1, 7)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(pow(0, -2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(pow(2, 100) == 2 ** 100, 1 ** 10 ** 10 if False else 1)
print(10 ** 18, 10 ** 19, -10 ** 2)
