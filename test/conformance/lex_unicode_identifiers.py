# Unicode identifiers and misc lexical bits
café = 3
π = 3.14
名前 = "name"
print(café, π, 名前)
_ = 5
__x = 6
print(_, __x)
def ñ(): return "enye"
print(ñ(), ñ.__name__)
print("é".isidentifier(), "1a".isidentifier(), "a1".isidentifier(), "_".isidentifier())
print(...,  Ellipsis is ...)
print(1 if True else 2)
