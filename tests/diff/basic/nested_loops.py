result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print(" ".join([str(x).rjust(3) for x in row]))
