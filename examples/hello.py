# A first Sandling script: everyday Python, run in a sandbox.
from_names = ["Ada", "Grace", "Linus"]


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return f"{self.greeting}, {name}!"


g = Greeter("Hello")
for name in sorted(from_names, key=len):
    print(g.greet(name))

squares = {n: n * n for n in range(1, 6)}
print("squares:", squares)
print("total:", sum(squares.values()))
