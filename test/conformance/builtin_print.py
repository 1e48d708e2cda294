# print(): sep, end, multiple args, None/empty, nested containers
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", end="!\n")
print(1, 2, sep="\n")
print("multi", "end", sep="-", end=" END\n")
print(None, True, False, 0, 0.0, "", [], (), {}, sep="|")
print("sep None", "works", sep=None)
print("end None", end=None)
print([1, [2, [3, (4, {5: {"six": [7.0, None]}})]]])
print((1,), ((),), [(), []], {"t": (1,)}, [None, True, ...])
print("tab\tand\nnewline")
print(*range(5))
print(*"abc", sep="-")
print(*[], sep="x")
print("unicode: é 😀 日本")
print(repr("quotes ' \""), ["it's"], ['"'], ["both ' \""])
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
class Custom:
    def __str__(self): return "custom-str"
print(Custom(), [Custom()] if False else "", str(Custom()))
print(print("inner"))
