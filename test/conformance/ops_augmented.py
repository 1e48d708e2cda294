# Augmented assignment
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 0b1000; print(x)
x &= 0b1100; print(x)
x ^= 0b0101; print(x)
x /= 4; print(x)
s = "ab"; s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {'a': 1}
d['a'] += 10
print(d)
class C: pass
c = C(); c.v = 1; c.v += 1; print(c.v)
arr = [[0, 0], [0, 0]]
arr[1][0] += 7
print(arr)
def key():
    print("key evaluated")
    return 'k'
dd = {'k': 1}
dd[key()] += 1
print(dd)
