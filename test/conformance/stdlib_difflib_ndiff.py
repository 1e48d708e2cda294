# difflib: ndiff, Differ, restore and the junk predicates
import difflib

diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError:', e)
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(''.join(difflib.ndiff(['a\tb c\n', 'xyz\n'], ['a\tbc d\n', 'xyw\n', 'new\n'])), end='')
print(''.join(difflib.ndiff(['same\n', 'old line here\n'], ['same\n', 'completely different\n'])), end='')
print(list(difflib.ndiff(['x', 'y'], ['x', 'y'])), list(difflib.ndiff([], ['a'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('x'))
print(list(difflib.ndiff(['a\n', '#\n', 'b\n'], ['a\n', 'b\n', '#\n'], linejunk=difflib.IS_LINE_JUNK)))
