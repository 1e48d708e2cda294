# recursion and lambdas
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(30))
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(80))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(6, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2), (lambda: "no args")())
print(sq.__name__, (lambda: 0).__name__, add.__qualname__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda v: v + 1)(3))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]), list(map(lambda x: x * 2, [1, 2])))
Y = (lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a))))
print(Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))(6))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
