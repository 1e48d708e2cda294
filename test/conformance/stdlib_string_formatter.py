# string: Formatter (parse, vformat, fields, conversions and subclass hooks)
import string

f = string.Formatter()
print(f.format('{0}{1}{a}', 1, 2, a=3), f.format('{}|{}', 'x', 'y'))
print(f.format('{0.real} {1[0]} {x[k]}', 1, [5], x={'k': 9}))
print(f.format('{0!s:>5}|{0!r}|{0!a}', 'é'), f.format('{0:{1}}', 3, '>4'), f.format('{:08.3f}', 3.14159))
print(f.vformat('{0}-{name}', (1,), {'name': 'n'}), f.get_field('0.real', (3,), {}))
print(list(f.parse('a{0}b{x!r:>{w}}c{{d}}e')), list(f.parse('')), list(f.parse('{:}')))
for s in ['{', '}', 'a{0', 'a{0:{', '{0!x}', '{0!rr}', '{a[}', '{!', '{a{b}', '{0[}]']:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for fmt, args, kw in [('{}{0}', (1, 2), {}), ('{0}{}', (1, 2), {}), ('{0:{1:{2}}}', (3, 4, 5), {}), ('{0!z}', (3,), {}),
                      ('{5}', (3,), {}), ('{x}', (3,), {}), ('{0.}', (3,), {}), ('{0[0]x}', ([1],), {})]:
    try:
        print(repr(f.format(fmt, *args, **kw)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__ + ':', e)

class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return args[key]
    def check_unused_args(self, used, args, kwargs):
        print('used:', sorted(map(str, used)))
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Defaulting().format('{a} {b!u} {0}', 'zero', a=1))
