def g():
    for i in range(3):
        for j in range(3):
            if j == i:
                continue
            if j > 1 and i == 0:
                break
            yield i, j
    else:
        yield "for-else"
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            continue
        yield n
    else:
        yield "while-else"
print(list(g()))
