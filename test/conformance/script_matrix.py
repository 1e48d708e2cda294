# Everyday script: matrix operations with lists
def mat_str(m):
    width = max(len(f"{x:g}") for row in m for x in row)
    return "\n".join(" ".join(f"{x:>{width}g}" for x in row) for row in m)
def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(mat_str(A), "", mat_str(B), sep="\n")
print("A@B:")
print(mat_str(mat_mul(A, B)))
print("A^T:")
print(mat_str(transpose(A)))
try:
    mat_mul(A, A)
except ValueError as e:
    print("ValueError:", e)
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(M), det(identity(4)), det([[1, 2], [2, 4]]))
print(mat_mul(M, identity(3)) == M)
P = identity(2)
F = [[1, 1], [1, 0]]
for _ in range(30):
    P = mat_mul(P, F)
print("fib via matrix:", P[0][1])
half = [[x / 2 for x in row] for row in M]
print(mat_str(half))
print([sum(col) for col in zip(*M)], [max(row) for row in M], sum(map(sum, M)))
spiral = []
m = [row[:] for row in [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]]
while m:
    spiral += m.pop(0)
    m = [list(r) for r in zip(*m)][::-1]
print("spiral:", spiral)
