a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
c = [5, 7, 9]
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, c), a.union(), a.union("ab"))
print(a.intersection(b, c), a.intersection(), a.intersection(range(3)))
print(a.difference(b, c), a.difference(), a.difference([1], (2,)))
print(a.symmetric_difference(c), a.symmetric_difference(b))
print(a, b)
x = set(a)
x.update(b, c, "z")
print(x)
x.intersection_update(range(8), [1, 2, 3, 4, 5, 6])
print(x)
x.difference_update([1], {2})
print(x)
x.symmetric_difference_update([3, 10, 11])
print(x)
y = set(range(10))
y -= {1, 2}
y |= {20}
y &= set(range(5, 30))
y ^= {5, 99}
print(y)
z = set(range(100))
z.difference_update(range(90))
print(z)
big = set(range(64))
small = {3, 70}
print(big & small, small & big, big - {i for i in range(60)}, small - big)
print(set() | set(), set() & {1}, {1} - set(), set() ^ set())
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]), frozenset([1]) & frozenset([1, 2]))
