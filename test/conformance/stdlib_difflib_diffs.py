# difflib: unified_diff, context_diff and diff_bytes
import difflib

t1 = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
t2 = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(t1, t2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.unified_diff(t1, t2, 'a', 'b', '2020-01-01', '2021-01-01', n=1)), end='')
print(''.join(difflib.context_diff(t1, t2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(t1, t2, n=0)), end='')
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.unified_diff([], [])), list(difflib.context_diff(['x\n'], ['x\n'])))
print(list(difflib.unified_diff([], ['a\n', 'b\n'])), list(difflib.context_diff(['a\n'], [])))
for bad in [([1], ['a']), (['a'], [b'x']), (['a'], ['b'], 5)]:
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print('TypeError:', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'x', b'y')))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))
except TypeError as e:
    print('TypeError:', e)
