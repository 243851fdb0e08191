nums = list(range(10))
print([n * n for n in nums if n % 2], {n: n * n for n in nums if n > 6}, {n % 4 for n in nums})
print([(i, j) for i in range(3) for j in range(i)], [[i * j for j in range(3)] for i in range(3)])
words = ["Zeta", "alpha", "Beta", "alpha", "gamma"]
print({w.lower(): i for i, w in enumerate(words)}, sorted({w.lower() for w in words}))
print([w for w in words if w.islower()], [len(w) for w in words])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2 == 0])
print({k: [v for v in range(k)] for k in range(4)})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print(sum([x for x in range(1000) if x % 3 == 0 or x % 5 == 0]))
print(dict([(c, ord(c)) for c in "abc"]), list(zip(*[[1, 2, 3], [4, 5, 6]])))
