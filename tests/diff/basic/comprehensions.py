print([x * x for x in range(10)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[j for j in range(i)] for i in range(4)])
print({c for c in "hello world" if c != " "} == set("helowrd"))
print({k: v for k, v in zip("abc", range(3))})
x = "outer"
print([x for x in range(3)], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print(sum([x for x in range(10)]), [y for y in [x for x in "ab"]])
