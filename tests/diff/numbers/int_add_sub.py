xs = [0, 1, -1, 7, -7, 140737488355327, -140737488355328, 140737488355328, 2**63 - 1, -2**63, 2**64, -2**100, 10**30, True, False]
for a in xs:
    for b in xs:
        print(a, b, a + b, a - b, b - a)
n = 140737488355327
print(n + 1, (n + 1) - 1, -n - 1, -n - 2, (-n - 2) + 1)
total = 0
for i in range(100):
    total += i * 123456789123
print(total, total - total, -total)
