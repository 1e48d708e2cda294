# textwrap: dedent and indent
import textwrap

print(repr(textwrap.dedent('    a\n      b\n\n    c\n  \t \n')))
print(repr(textwrap.dedent('\ta\n    b')), repr(textwrap.dedent('  a\n  \n   b')), repr(textwrap.dedent('')))
print(repr(textwrap.dedent('  x\r\n  y')), repr(textwrap.dedent('   hello\n\t  world\n   !')))
print(textwrap.dedent('''
    def f():
        return 1
'''))
print(repr(textwrap.indent('a\nb\n\n  \nc', '> ')))
print(repr(textwrap.indent('a\r\nb\x0bc', '+', lambda line: True)))
print(repr(textwrap.indent('x\ny', '# ', lambda line: line.startswith('y'))))
