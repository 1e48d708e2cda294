# string: constants and capwords
import string

print(repr(string.whitespace))
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.printable), len(string.printable))
print(string.capwords('  hello   world  '), string.capwords('hello-big wide-world', '-'))
print(repr(string.capwords('')), string.capwords("they're bill's friends"), string.capwords('aBC dEF'))
print(string.capwords('a\tb\nc'), string.capwords('x  y', ' '))
print(sorted(string.__all__))
try:
    string.capwords(3)
except AttributeError as e:
    print('AttributeError:', e)
