def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]
def transpose(a):
    return [list(row) for row in zip(*a)]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B), transpose(A))
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(I, B) == B)
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum([(-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m))])
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1.5, 2], [3, 4]]))
