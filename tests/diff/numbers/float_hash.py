xs = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 0.1, 1e300, -1e300, 5e-324, 2.0**61, 2.0**62, 2.0**64, 1e16, 123.456, float('inf'), float('-inf')]
for x in xs:
    print(x, hash(x))
print(hash(2.0) == hash(2), hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0), hash(2.0**100) == hash(2**100))
d = {1.0: 'one', 2: 'two', 0.5: 'half'}
print(d[1], d[2.0], d[0.5], 1.0 in d, True in d)
