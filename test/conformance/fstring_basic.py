# f-string basics
name = "World"
n = 42
pi = 3.14159
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(F"upper F {name}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}|")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}")
print(f"{'quoted'}", f'{"double"}', f"""{'tri' + "ple"}""")
print(f"{{literal braces}} {{{n}}}")
print(f"{name!r} {name!s} {'é'!a} {name!r:>10}")
d = {'key': 'value', 'n': 3}
print(f"{d['key']} {d['n'] * 2}")
lst = [10, 20, 30, 40]
print(f"{lst[1:3]} {lst[::-1]} {lst[-1]}")
print(f"{(lambda x: x * 2)(5)}")
print(f"{n if n > 40 else 0}")
print(f"{'a' 'b'}")
print(f"{[x * x for x in range(4)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{3.0}", f"{1e20}", f"{None}", f"{True}")
print(f"" == "", f"plain")
x = 5
print(rf"raw\n{x}", fr"{x}\t")
print(f"{n:x} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{'abc':*^9}")
print(f"{1000000:,} {1000000:_}")
print(f"{-5:+} {5:+} {5: }")
print(f"multi{n}ple{name}fields{pi}")
print(f"{name}" f" and {n}" " plain")
