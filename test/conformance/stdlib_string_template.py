# string: Template substitution, errors, identifiers and subclass hooks
import string

t = string.Template('$who likes $what; ${who}s cost $$10')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.get_identifiers(), t.is_valid(), t.template)
for text, kwargs in [('$x', {}), ('ab\n c$', {}), ('$', {}), ('$1', {}), ('${x', {'x': 1}), ('$x $$ $', {'x': 1})]:
    try:
        print(repr(string.Template(text).substitute(**kwargs)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(string.Template('$x $ ${y').safe_substitute(x=1), string.Template('$é').safe_substitute())
print(string.Template('$x $').is_valid(), string.Template('$_a1 $Bc').substitute(_a1='x', Bc='y'))
print(string.Template('${a}${b}').substitute(a=1, b=[2]))

class Percent(string.Template):
    delimiter = '%'
print(Percent('%x %% %{y}').substitute(x=1, y=2))

class Lower(string.Template):
    idpattern = r'[a-z]+'
    flags = 0
print(Lower('$abc $ABC').safe_substitute(abc=1, ABC=2))

class Braces(string.Template):
    braceidpattern = r'[^}]+'
print(Braces('${a b} $c').substitute({'a b': 1, 'c': 2}))

class Custom(string.Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\[(?P<braced>\w+)\]|(?P<invalid>))'
print(Custom('@a @[b] @@').substitute(a='A', b='B'))
try:
    string.Template('$x').substitute({}, {})
except TypeError as e:
    print('TypeError:', e)
