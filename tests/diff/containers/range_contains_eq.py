r = range(0, 30, 3)
for x in [0, 3, 4, 27, 30, -3, 3.0, 4.5, True, "3", None]:
    print(repr(x), x in r)
print(range(0) == range(5, 1), range(1, 2, 3) == range(1, 3, 5), range(3) == range(0, 3, 1))
print(range(3) == range(4), range(3) != range(3), range(3) == [0, 1, 2], range(0, 3) == range(0, 3, 2))
print(hash(range(0)) == hash(range(5, 1)), hash(range(1, 2, 3)) == hash(range(1, 3, 5)))
print(hash(range(0)), hash(range(7)), hash(range(1, 2)))
try:
    print(range(3) < range(4))
except TypeError as e:
    print("TypeError", e)
d = {range(3): "r3", range(0): "empty"}
print(d[range(0, 3)], d[range(10, 5)])
print(range(-5, 5).count(0), range(10).index(9), range(10, 0, -1).index(1))
neg = range(10, -10, -3)
print([x in neg for x in [10, 7, -8, -10, 9]])
print(range(5).index(True), range(5).count(1.0), 2.0 in range(5))
