xs = [0.0, -0.0, 1.0, 1.5, -2.5, 2.0**53, 2.0**53 + 2, 1e300, float('inf'), float('-inf'), float('nan')]
ys = [0, 1, -2, 2**53, 2**53 + 1, 2**53 + 2, 10**300, 10**400, -(10**400), True]
for a in xs:
    for b in ys:
        print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
for a in xs:
    print([a < b for b in xs], [a == b for b in xs])
n = float('nan')
print(n == n, n != n, n < n, [n] == [n], (n,) == (n,), 2**1024 > float('inf'), -(2**1024) < float('-inf'))
print(0.1 + 0.2 == 0.3, 1 == 1.0000000000000002, 9007199254740993 == 9007199254740992.0)
