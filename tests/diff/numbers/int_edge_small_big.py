lim = 2**47
vals = [lim - 2, lim - 1, lim, lim + 1, -lim - 1, -lim, -lim + 1]
for a in vals:
    for b in [1, -1, 2, -2]:
        print(a + b, a - b, a * b, a // b, a % b, -a, abs(a), a << 1, a >> 1)
print((lim - 1) + 1 == lim, lim - 1 == 140737488355327, -lim == -140737488355328)
print(type(lim).__name__, type(lim - lim).__name__, lim - lim, lim * 0)
s = 0
for i in range(1000):
    s += 2**40
print(s, s // 1000 == 2**40, s - 1000 * 2**40)
print(2**63 - 1 + 1, -(2**63) - 1, (2**63) * (2**63), (2**64) // 3)
