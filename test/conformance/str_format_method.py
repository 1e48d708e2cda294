# str.format: positional, keyword, index, attribute, conversion, nesting
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]} {1[key]}".format(["x", "y"], {"key": "v"}))
class Pt:
    x = 3
    y = 4
    tags = ["t0", "t1"]
print("{p.x},{p.y} {p.tags[1]}".format(p=Pt()))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{w}}|{:<{w}}|".format("r", "l", w=4))
print("{:{fill}{align}{width}}".format("c", fill="*", align="^", width=7))
print("{0:{1}.{2}f}".format(3.14159, 10, 2))
print("{{}} {{{}}} {{0}}".format("in"))
print("{0!r:>8}|{0!s:^8}|".format("ab"))
print("{:,} {:_} {:+.3e} {:%} {:#x}".format(1234567, 1234567, 12345.678, 0.25, 255))
print("{0[2]}".format("abcdef"), "{0[-1]}".format({"-1": "str key -1"}))
print("{a[0][1]}".format(a=[[1, 2]]))
print("{0.real} {0.imag}".format(5))
print("{} {}".format(*["star", "args"]), "{x}-{y}".format(**{"x": 1, "y": 2}))
print("{:d}".format(True), "{}".format(None), "{:5}|".format(None) if False else "", "{!s:5}|".format(None))
print("{:10}|{:<10}|{:>10}|".format(42, 42, "s"))
print("{}".format([1, {"a": (2,)}]))
print("{0}{1}{0}".format("ab", "-") * 2)
print("{:%Y}".format(5) if False else "skip")
print(str.format("{}+{}", 1, 2))
