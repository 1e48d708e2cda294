# itertools: count, cycle, repeat, accumulate, chain, compress, the predicate iterators, starmap, pairwise, zip_longest.
from itertools import (accumulate, chain, compress, count, cycle, dropwhile, filterfalse, islice, pairwise,
                       repeat, starmap, takewhile, zip_longest)
import operator


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


show('list(islice(count(), 5))', lambda: list(islice(count(), 5)))
show('list(islice(count(10, -3), 4))', lambda: list(islice(count(10, -3), 4)))
show('list(islice(count(0.5, 0.25), 4))', lambda: list(islice(count(0.5, 0.25), 4)))
show('list(islice(count(2**70, 2**69), 3))', lambda: list(islice(count(2**70, 2**69), 3)))
show('repr(count())', lambda: repr(count()))
show('repr(count(1.5))', lambda: repr(count(1.5)))
show('repr(count(0, 0.5))', lambda: repr(count(0, 0.5)))
show('repr(count(5, 1))', lambda: repr(count(5, 1)))
show('repr(count(5, 1.0))', lambda: repr(count(5, 1.0)))
show('count(start=1, step=2)', lambda: count(start=1, step=2))
show('list(islice(cycle("ab"), 5))', lambda: list(islice(cycle("ab"), 5)))
show('list(cycle([]))', lambda: list(cycle([])))
show('repr(repeat("a"))', lambda: repr(repeat("a")))
show('repr(repeat("a", 3))', lambda: repr(repeat("a", 3)))
show('repr(repeat("a", -3))', lambda: repr(repeat("a", -3)))
show('list(repeat(1, -1))', lambda: list(repeat(1, -1)))
show('list(repeat([0], 3))', lambda: list(repeat([0], 3)))
show('list(map(pow, range(5), repeat(2)))', lambda: list(map(pow, range(5), repeat(2))))
show('list(accumulate([1, 2, 3, 4]))', lambda: list(accumulate([1, 2, 3, 4])))
show('list(accumulate([3, 1, 4, 1, 5], max))', lambda: list(accumulate([3, 1, 4, 1, 5], max)))
show('list(accumulate([1, 2, 3], initial=10))', lambda: list(accumulate([1, 2, 3], initial=10)))
show('list(accumulate([], initial=10))', lambda: list(accumulate([], initial=10)))
show('list(accumulate([1, 2, 3, 4], operator.mul))', lambda: list(accumulate([1, 2, 3, 4], operator.mul)))
show('list(accumulate([1, 2, 3, 4], lambda a, b: a - b, initial=100))', lambda: list(accumulate([1, 2, 3, 4], lambda a, b: a - b, initial=100)))
show('list(accumulate("abc"))', lambda: list(accumulate("abc")))
show('list(chain("ab", [1], (), range(2)))', lambda: list(chain("ab", [1], (), range(2))))
show('list(chain.from_iterable(["ab", "cd"]))', lambda: list(chain.from_iterable(["ab", "cd"])))
show('list(chain())', lambda: list(chain()))
show('list(compress("abcdef", [1, 0, 1, 0, 1, 1]))', lambda: list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
show('list(compress(range(10), cycle([1, 0, 0])))', lambda: list(compress(range(10), cycle([1, 0, 0]))))
show('list(compress("abc", [1]))', lambda: list(compress("abc", [1])))
show('list(dropwhile(lambda x: x < 3, [1, 2, 3, 1]))', lambda: list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
show('list(takewhile(lambda x: x < 3, [1, 2, 3, 1]))', lambda: list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
show('list(filterfalse(lambda x: x % 2, range(10)))', lambda: list(filterfalse(lambda x: x % 2, range(10))))
show('list(filterfalse(None, [0, 1, "", "x", None]))', lambda: list(filterfalse(None, [0, 1, "", "x", None])))
show('list(starmap(pow, [(2, 3), (3, 2)]))', lambda: list(starmap(pow, [(2, 3), (3, 2)])))
show('list(starmap(lambda *a: sum(a), [(1, 2, 3), [4], ()]))', lambda: list(starmap(lambda *a: sum(a), [(1, 2, 3), [4], ()])))
show('list(pairwise("abcde"))', lambda: list(pairwise("abcde")))
show('list(pairwise("a"))', lambda: list(pairwise("a")))
show('list(pairwise([]))', lambda: list(pairwise([])))
show('list(zip_longest("abc", "d", [1, 2]))', lambda: list(zip_longest("abc", "d", [1, 2])))
show('list(zip_longest("ab", "xyz", fillvalue="-"))', lambda: list(zip_longest("ab", "xyz", fillvalue="-")))
show('list(zip_longest())', lambda: list(zip_longest()))
show('type(count()).__name__', lambda: type(count()).__name__)
show('type(chain()).__name__', lambda: type(chain()).__name__)

# Laziness: nothing is consumed before it is asked for.
it = iter(range(10))
z = zip(range(3), it)
print(list(z), next(it))
t = takewhile(lambda x: x < 5, it)
print(list(t), list(it))
r = repeat(7, 3)
next(r)
print(repr(r), list(r), repr(r))
c = count(5)
next(c)
next(c)
print(repr(c))
seen = []
def noisy(x):
    seen.append(x)
    return x < 3
d = dropwhile(noisy, [1, 2, 5, 1, 0])
print(seen, list(d), seen)
