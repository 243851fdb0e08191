xs = [0, 1, -1, 2**47 - 1, 2**47, -2**47, -(2**47) - 1, 2**63, -(2**63), 10**30, -(10**30), True, False]
for a in xs:
    row = []
    for b in xs:
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(a, row)
print(sorted([5, -3, 2**70, -(2**70), 0, 2**47, True, -1]))
print(max(3, 2**80, -5), min(3, -(2**80), 5))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 2**53 + 1 == 2.0**53)
