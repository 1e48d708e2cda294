# Everyday script: a tiny tokenizer and expression evaluator
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("OP", "**"))
            i += 2
        elif ch in "+-*/%()":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("EOF", None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.unary()
        while self.peek()[0] == "OP" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.unary()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def power(self):
        base = self.atom()
        if self.peek() == ("OP", "**"):
            self.take()
            return base ** self.unary()
        return base
    def unary(self):
        if self.peek() == ("OP", "-"):
            self.take()
            return -self.unary()
        return self.power()
    def atom(self):
        kind, val = self.take()
        if kind == "NUM":
            return val
        if kind == "NAME":
            if val not in self.env:
                raise NameError(f"name {val!r} is not defined")
            return self.env[val]
        if (kind, val) == ("OP", "("):
            v = self.expr()
            if self.take() != ("OP", ")"):
                raise SyntaxError("expected ')'")
            return v
        raise SyntaxError(f"unexpected token {val!r}")
def evaluate(src, **env):
    p = Parser(tokenize(src), env)
    v = p.expr()
    if p.peek()[0] != "EOF":
        raise SyntaxError(f"trailing input at token {p.pos}")
    return v
print(tokenize("x1 + 2.5*(y - 3) ** 2"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "2 ** -1", "7 % 3 + 10 / 4", "x * (y + 1)", ".5 + 1",
            "1 +", "2 $ 3", "z + 1", "1 / 0", "(1 + 2", "4 4"]:
    try:
        print(f"{src!r:>16} = {evaluate(src, x=6, y=7)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src!r:>16} -> {type(e).__name__}: {e}")
