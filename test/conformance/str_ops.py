# str operators: * + in, comparisons, iteration, immutability
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100), "x" * True)
print("con" + "cat", "a" + "", "" + "")
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" - "b", lambda: -"a"]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z", "😀" > "\uffff")
print("abc" == "abc", "abc" != "ABC", "a" <= "a", max("apple", "banana", "Cherry"), min("xyz"))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x", "ä"]))
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" == 1, "" == [])
for ch in "héllo":
    print(ch, end="|")
print()
s = "abc"
t = s
s += "d"
print(s, t, s is not t)
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str("already"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"))
print(len("".join(["ab"] * 1000)), "-".join("x" * 3))
print(list(reversed("abc")), "".join(sorted("hello")), sorted(set("mississippi")))
print("abc".__len__(), "abc".__contains__("b"), "a".__add__("b"), "ab".__getitem__(1), "ab".__mul__(2))
