xs = [0, 1, -1, 6, -6, 255, -256, 2**47 - 1, -2**47, 2**64 - 1, -(2**64), 2**100 + 2**50 + 1, -(2**90) + 7]
for a in xs:
    for b in xs:
        print(a & b, a | b, a ^ b)
for a in xs:
    print(~a, ~~a, -a, abs(a))
