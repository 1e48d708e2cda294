# Uncaught ValueError from int()
for s in ["10", "0x1f", "-3"]:
    try:
        print(s, int(s))
    except ValueError as e:
        print(s, "error:", e)
print(int("twelve"))
