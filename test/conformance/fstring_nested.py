# Nested fields in format specs
width = 10
prec = 3
value = 3.14159265
print(f"{value:{width}.{prec}f}|")
print(f"{value:>{width}}|")
print(f"{'x':{'*'}^{width}}|")
align = '<'
print(f"[{'hi':{align}{width}}]")
fmt = '.1f'
print(f"{value:{fmt}}")
for w in range(3, 7):
    print(f"{w:{w}}|")
print(f"{f'{1 + 1}'}")
print(f"{f'{value:.{prec}f}':>12}|")
items = [('apple', 1.5), ('banana', 0.25), ('cherry', 10)]
for name, price in items:
    print(f"{name:<{width}}{price:>{width - 2}.2f}")
print(f"{'nested' + f'{width}'}")
sign = '+'
print(f"{42:{sign}d} {42:{sign}{width}d}|")
print(f"{3:{'0'}{5}}")
