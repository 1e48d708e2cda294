# Uncaught chained exception: the last stderr line is the outermost exception
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not parse {text!r}") from e
print(parse("12"))
print(parse("x1"))
