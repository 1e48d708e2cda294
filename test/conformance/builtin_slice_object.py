# slice objects
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None), slice(1, None), slice(None, None, None))
print("abcdefgh"[s], [0, 1, 2, 3, 4, 5][s], (9, 8, 7, 6, 5)[slice(None, None, -2)], range(10)[s])
print(s.indices(10), s.indices(3), slice(-1, None, -1).indices(5), slice(None, None, -2).indices(7), slice(100).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
lst = list(range(10))
lst[slice(2, 4)] = ["x"]
print(lst)
del lst[slice(None, None, 3)]
print(lst)
print(slice("a", "b", "c"), slice(1.5, [2]))
try:
    [1, 2][slice("a", None)]
except TypeError as e:
    print("TypeError:", e)
try:
    {slice(1): 1}
except TypeError as e:
    print("TypeError:", e)
