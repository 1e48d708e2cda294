# replace, find/rfind/index/rindex, count
s = "the cat sat on the mat"
print(s.replace("at", "AT"), s.replace("at", "AT", 1), s.replace("at", "AT", 0), s.replace("at", "AT", -1))
print(s.replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""))
print(s.replace("the", "a"), "aaaa".replace("aa", "b"), s.replace("zz", "yy"))
print(s.find("at"), s.find("at", 6), s.find("at", 6, 8), s.find("zz"), s.find(""), s.find("", 100), s.find("", 22))
print(s.rfind("at"), s.rfind("at", 0, 10), s.rfind("zz"), s.rfind(""), s.find("t", -5), s.find("the", -3))
print(s.index("sat"), s.rindex("the"), s.index("t", 5), s.rindex("t", 0, 5))
for call in [lambda: s.index("dog"), lambda: s.rindex("dog"), lambda: s.index("the", 5, 10), lambda: "".index("a")]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError:", e)
print(s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"), s.count("at", 10), s.count("at", 0, 8), "".count(""))
print("abcabc".find("c", -1), "abcabc".rfind("a", -4), "ab😀cd😀".find("😀"), "ab😀cd😀".rfind("😀"))
try:
    s.find(3)
except TypeError as e:
    print("TypeError:", e)
try:
    s.replace("a")
except TypeError as e:
    print("TypeError:", e)
