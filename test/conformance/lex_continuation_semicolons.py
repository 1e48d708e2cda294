# Line continuation, semicolons, comments, tabs
x = 1 + \
    2 + \
    3
print(x)
a = 1; b = 2; c = a + b; print(a, b, c)
if a: print("inline if")
for i in range(3): print(i, end=" ")
print()
total = (1 +
         2 +   # comment inside parens
         3)
print(total)
lst = [
    1,
    2,  # trailing comment
    3,
]
print(lst)
d = {'a': 1,
     'b': 2}
print(d)
def f(x,
      y):
	return x + y  # tab-indented body
print(f(2,
        3))
while False: pass
class K: pass
print(K.__name__)
# comment only line
print("done");
if True:
	if True:
		print("tabs nested")
s = 'a' \
    'b'
print(s)
