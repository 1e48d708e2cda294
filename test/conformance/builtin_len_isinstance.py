# len() across types, isinstance/issubclass with tuples and nested tuples
print(len(""), len("héllo"), len(b"\x00\x01"), len([1, [2, 3]]), len(()), len({"a": 1, "b": 2}), len({1, 2, 2}), len(range(0, 10, 3)))
print(len(frozenset("aab")), len(bytearray(5)), len({}.keys()), len("😀" * 3), len(range(-5)))
for bad in [5, None, 1.5, (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(1, int), isinstance(1, float), isinstance(1, (float, int)), isinstance("s", (int, (list, (str,)))), isinstance(None, type(None)))
print(isinstance(True, int), isinstance(1, bool), isinstance([], (tuple,)), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(isinstance(1, ()), issubclass(int, ()), issubclass(bool, (str, int)), issubclass(int, int), issubclass(type, object), issubclass(object, type))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
for bad in [lambda: isinstance(1, "int"), lambda: isinstance(1, (int, "x")), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
