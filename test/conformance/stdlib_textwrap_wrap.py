# textwrap: wrap/fill/shorten with hyphen and long-word handling
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Look, goof-ball -- use the -b option! "
        "A well-known, self-contained x-ray re-do--now. supercalifragilisticexpialidocious!")
for width in (8, 15, 30, 60):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap('a-b-c-d-e-f-g-h long-hyphenated-compound-word---and--dashes-- end-', 10))
print(textwrap.wrap('éèà ünïcödé wörds-with-hyphens ça-va 12-34 ab-12 a1-b2', 9))
print(textwrap.TextWrapper()._split('Look, goof-ball -- use the -b option!'))
print(textwrap.TextWrapper(break_on_hyphens=False)._split('Look, goof-ball -- use the -b option!'))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten(text, 30), textwrap.shorten(text, 25, placeholder='...'))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('x', 1))
for kwargs in [dict(width=0), dict(width=5, max_lines=1, placeholder=' [........]')]:
    try:
        textwrap.wrap('hello world', **kwargs)
    except ValueError as e:
        print('ValueError:', e)
