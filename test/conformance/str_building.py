# building strings: iteration, join vs concatenation, multiplication, chr/ord arithmetic
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word[0].upper() + word[1:])
print(" ".join(parts), "-".join(parts).lower(), "".join(reversed(parts)))
print("=" * 20)
print("ab" * 3 + "c" * 2, ("x" + "y") * 2)
box_w = 12
print("+" + "-" * box_w + "+")
for line in ["hello", "wörld", "😀 wide?"]:
    print("|" + line.ljust(box_w) + "|")
print("+" + "-" * box_w + "+")
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world xyz")
print(caesar)
print("".join(sorted("sandling")), "".join(sorted(set("sandling"))), "".join(c for c in "a1b2c3" if c.isdigit()))
table = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
widths = [max(len(row[i]) for row in table) for i in range(2)]
for row in table:
    print(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)))
acc = []
for ch in "Hello World":
    acc.append(ch.swapcase() if ch.isalpha() else "_")
print("".join(acc))
print(str(1) + str(2.0) + str(None) + str([3]) + str((4,)) + str({5}) + str({6: 7}))
n = 1234567
print(",".join(reversed([str(n)[::-1][i:i + 3][::-1] for i in range(0, len(str(n)), 3)])))
print("%s=%d" % ("x", 5) + "; " + "{}={}".format("y", 6) + "; " + f"{'z'}={7}")
lines = ["first", "second", "third"]
print("\n".join(f"{i}: {l}" for i, l in enumerate(lines, 1)))
print(repr("\n".join(lines) + "\n"), "".join(lines).count("i"))
