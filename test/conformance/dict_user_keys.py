# user classes as dict keys and set members
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"C({self.x},{self.y})"
board = {Coord(0, 0): "rook", Coord(0, 1): "knight"}
print(board[Coord(0, 0)], Coord(0, 1) in board, Coord(5, 5) in board, board.get(Coord(9, 9), "empty"))
board[Coord(0, 0)] = "queen"
print(board, len(board))
seen = set()
for c in [Coord(1, 1), Coord(1, 1), Coord(2, 2), Coord(1, 1)]:
    seen.add(c)
print(len(seen), sorted(seen, key=lambda c: (c.x, c.y)))
class Identity:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
a1, a2 = Identity("a"), Identity("a")
d = {a1: 1, a2: 2}
print(len(d), d[a1], d[a2])
class Mutable:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"M{self.v}"
k = Mutable(1)
md = {k: "stored"}
k.v = 2
print(k in md, Mutable(1) in md, Mutable(2) in md, list(md))
class EqNoHash:
    def __eq__(self, o): return True
try:
    {EqNoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
class HashCollide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"H{self.v}"
hd = {HashCollide(i): i for i in range(5)}
print(hd[HashCollide(3)], len(hd), list(hd))
del hd[HashCollide(2)]
print(list(hd), HashCollide(2) in hd)
print({1: "int", 1.0: "float"}, {Coord(1, 2): 0} == {Coord(1, 2): 0})
