total = 0
for i in range(100):
    total += i
print(total)
acc = []
for i in range(10, 0, -2):
    acc.append(i)
print(acc)
for i in range(3):
    for j in range(i):
        print(i, j)
print([i * 2 for i in range(5)], sum(range(101)), max(range(7)), min(range(3, 9)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
rv = reversed(range(5))
print(list(rv), list(rv))
print(list(reversed(range(0))), list(reversed(range(1, 2))), list(reversed(range(0, 10, 4))))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
r = range(5)
print(list(r), list(r), sorted(r, reverse=True))
print(tuple(range(3)), set(range(3)), dict.fromkeys(range(3), 0))
