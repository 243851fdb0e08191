m = [[1, 2, 3], [4, 5, 6]]
print(list(x for row in m for x in row))
print(list(list(r[i] for r in m) for i in range(3)))
print(sum(sum(x for x in row) for row in m))
g = ((i, j) for i in range(3) for j in range(i))
print(list(g))
print(list(x for x in (y * 2 for y in range(5)) if x > 2))
