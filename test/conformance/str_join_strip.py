# join and strip family
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join("abc"), "|".join([]), "|".join(["solo"]))
print(", ".join(str(i) for i in range(5)), "\n".join(("l1", "l2")))
print("-".join({"k1": 1, "k2": 2}), "+".join(map(str, [1.5, 2])))
for bad in [["a", 1, "b"], [1, 2], ["a", None], ["a", b"b"], 5]:
    try:
        print("".join(bad))
    except TypeError as e:
        print("TypeError:", e)
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHELLOcba".strip("abc"), "hello".strip(""))
print("www.example.com".lstrip("w."), "www.example.com".rstrip(".moc"), "www.example.com".strip("cmowz."))
print(repr("   ".strip()), repr("".strip()), "aaa".strip("a") == "", "\xa0x\u3000".strip())
print("  x  ".strip(None), "0012300".strip("0"), "0012300".lstrip("0"), "0012300".rstrip("0"))
try:
    "x".strip(1)
except TypeError as e:
    print("TypeError:", e)
