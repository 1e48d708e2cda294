# startswith / endswith with tuples and ranges; removeprefix/removesuffix
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.startswith(()), s.endswith(("ld", "zz")))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith("lo", 0, 5), s.endswith("o", -5, -4))
print(s.startswith("lo", 3, 5), s.startswith("lo", 3, 4), s.startswith("", 11), s.startswith("", 12))
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print("TypeError:", e)
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("body"), "x".removeprefix(""))
print("file.tar.gz".removesuffix(".gz"), "file.tar.gz".removesuffix(".zip"), "aaa".removesuffix("a"))
print("TestCase".removeprefix("Test").removesuffix("Case") == "", "ab".removeprefix("ab"))
files = ["a.py", "b.txt", "c.PY", "d.pyc"]
print([f for f in files if f.endswith((".py", ".PY"))], [f for f in files if f.lower().endswith(".py")])
