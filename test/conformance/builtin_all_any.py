# all / any: short-circuit and return type
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, "x"]), all("abc"), any(""))
def noisy(v):
    print("  checked", v)
    return v
print(all(noisy(v) for v in [1, 0, 2]))
print(any(noisy(v) for v in [0, 3, 0]))
print(all([[], 1]), any([[], {}, None, 0.0, "", ()]), any([[0]]), type(any([1])).__name__, all(x > 0 for x in range(1, 5)))
print(any({0: "a"}), all({1: 0}), any(range(0)), all(range(1, 3)))
for bad in [5, None]:
    try:
        all(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    any()
except TypeError as e:
    print("TypeError:", e)
