# str.maketrans / translate
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "12", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 99, "d": "δ"})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({104: "J"}), "hello".translate({}))
print("vowels removed".translate(str.maketrans("", "", "aeiou")))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
class Upper:
    def __getitem__(self, k):
        if k == ord("z"):
            raise LookupError
        return chr(k).upper()
print("xyz".translate(Upper()))
for args in [("ab", "c"), ("a",), (1,), ({"ab": "x"},)]:
    try:
        print(str.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "abc".translate({97: 5.5})
except TypeError as e:
    print("TypeError:", e)
