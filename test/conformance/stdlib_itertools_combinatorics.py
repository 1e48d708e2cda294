# itertools: product, permutations, combinations, combinations_with_replacement (orders and edge cases).
from itertools import combinations, combinations_with_replacement, permutations, product


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('list(product("ab", "cd"))', lambda: list(product("ab", "cd")))
show('list(product([1, 2], [3], [4, 5]))', lambda: list(product([1, 2], [3], [4, 5])))
show('list(product("ab", repeat=2))', lambda: list(product("ab", repeat=2)))
show('list(product([1, 2], repeat=0))', lambda: list(product([1, 2], repeat=0)))
show('list(product())', lambda: list(product()))
show('list(product("ab", []))', lambda: list(product("ab", [])))
show('len(list(product(range(3), repeat=4)))', lambda: len(list(product(range(3), repeat=4))))
show('list(permutations("abc"))', lambda: list(permutations("abc")))
show('list(permutations(range(4), 2))', lambda: list(permutations(range(4), 2)))
show('list(permutations([1, 2, 3], 4))', lambda: list(permutations([1, 2, 3], 4)))
show('list(permutations([1, 2], None))', lambda: list(permutations([1, 2], None)))
show('list(permutations([], 0))', lambda: list(permutations([], 0)))
show('list(permutations([1], 0))', lambda: list(permutations([1], 0)))
show('len(list(permutations(range(6))))', lambda: len(list(permutations(range(6)))))
show('list(permutations("aab", 2))', lambda: list(permutations("aab", 2)))
show('list(combinations("abcd", 2))', lambda: list(combinations("abcd", 2)))
show('list(combinations(range(5), 3))', lambda: list(combinations(range(5), 3)))
show('list(combinations([1, 2, 3], 5))', lambda: list(combinations([1, 2, 3], 5)))
show('list(combinations([], 0))', lambda: list(combinations([], 0)))
show('list(combinations([1, 2], 0))', lambda: list(combinations([1, 2], 0)))
show('list(combinations_with_replacement("abc", 2))', lambda: list(combinations_with_replacement("abc", 2)))
show('list(combinations_with_replacement([1, 2, 3], 3))', lambda: list(combinations_with_replacement([1, 2, 3], 3)))
show('list(combinations_with_replacement("", 2))', lambda: list(combinations_with_replacement("", 2)))
show('list(combinations_with_replacement("", 0))', lambda: list(combinations_with_replacement("", 0)))
show('list(combinations_with_replacement("ab", 0))', lambda: list(combinations_with_replacement("ab", 0)))
show('sum(1 for _ in combinations(range(12), 6))', lambda: sum(1 for _ in combinations(range(12), 6)))
print([''.join(p) for p in permutations('xyz')])
print([a + b for a, b in product('xy', '12')])
