# center/ljust/rjust/zfill
for s in ["abc", "", "abcdef", "é😀"]:
    for w in [0, 3, 6, 7, 10]:
        print(repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, "0")))
print("ab".center(5), "|" + "ab".center(5, ".") + "|", "|" + "abc".center(6, ".") + "|", "|" + "a".center(4, ".") + "|")
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5", "1e5", "+", "++1"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)))
for bad in ["ab", "", 1]:
    try:
        print("x".center(5, bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    print("x".ljust("5"))
except TypeError as e:
    print("TypeError:", e)
print("x".rjust(-5), "x".center(-1))
