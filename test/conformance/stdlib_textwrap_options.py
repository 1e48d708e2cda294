# textwrap: TextWrapper options (indents, tabs, whitespace, sentence endings, max_lines)
import textwrap

text = 'Hello\tworld\n\nnew  paragraph\x0bwith\x0cvarious\rwhitespace. Mr. Smith went on! Really? yes.'
print(textwrap.wrap(text, 20, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, expand_tabs=False), textwrap.wrap(text, 20, tabsize=4))
print(textwrap.wrap(text, 20, replace_whitespace=False))
print(textwrap.wrap(text, 18, drop_whitespace=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 20, max_lines=2), textwrap.wrap(text, 20, max_lines=1, placeholder='...'))
w = textwrap.TextWrapper(width=10, initial_indent='>>', subsequent_indent='..', max_lines=3)
print(w.wrap('aaa bbb ccc ddd eee fff ggg hhh'), w.fill('short'))
w.width = 30
w.max_lines = None
print(w.fill('aaa bbb ccc ddd eee fff ggg hhh iii jjj'))
print(textwrap.fill('one\ttwo\tthree\tfour', 12), textwrap.fill('a  b   c', 3, drop_whitespace=False))
