# f-strings: quotes, dict/slice colons, lambdas, format specs with colons
d = {"key": "value", "a:b": "colon key"}
lst = list(range(10))
print(f"{d['key']}", f'{d["key"]}', f"""{d["a:b"]}""", f'''{d['a:b']}''')
print(f"{lst[2:5]}", f"{lst[::3]}", f"{lst[-3:]!r}", f"{lst[1:3]=}")
print(f"{(lambda x: x + 1)(1)}", f"{dict(a=1)['a']}", f"{'{'}{'}'}")
print(f"{'a' if True else 'b'}", f"{1 if False else 2:>3}")
print(f"{3.14159:.{2}f}", f"{'s':{'>'}{5}}", f"{10:#{'x'}}")
print(f"{ {'nested': 'dict'}['nested'] }", f"{ {1, 2} == {2, 1} }")
print(f"{d!r}", f"{d['key']!r:>10}", f"{d['key']:*^11}")
width = 6
print(f"{'%':>{width}}", f"{100:>{width},}", f"{0.5:>{width}.0%}")
x = 255
print(f"{x:x}{x:o}", f"{x!s:>5}", f"{x = :#06x}", f"{x=!r:>6}")
print(f"{'a' 'b'!r}", f"{'' or 'empty string falsy'}", f"{[]!s}")
print(f"{3:{'='}{'+'}{8}}", f"{-3:=8}", f"{'x':_<4}", f"{1234567:_}")
t = (1, 2)
print(f"{t}", f"{t[0]}", f"{(*t, 3)}", f"{t!r:>10}")
print(f"{chr(10).join(['a', 'b'])}", f"{f'{1 + 1}' * 2}", f"{'multi' + 'part'}")
