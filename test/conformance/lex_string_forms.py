# Triple quotes, raw, adjacent literal concatenation
a = """multi
line
 string"""
print(a)
print(repr(a))
b = '''it's "quoted"'''
print(b)
c = "adjacent " 'literals ' """concatenate"""
print(c)
d = ("one"
     "two"
     "three")
print(d)
e = r"raw " "not\traw"
print(repr(e))
f = """\
no leading newline"""
print(repr(f))
g = '''a\
b'''
print(g)
print(len(""""""), repr(''''''))
print("""She said "hi\"""")
print(repr(r'C:\path\to\file'))
print(repr('tab\there'), 'tab\there'.count('\t'))
print(rb'\d+' == b'\\d+', Rb'x', bR'y', BR'z')
