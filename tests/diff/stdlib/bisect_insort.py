import bisect
a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
print(a)
b = [1, 2, 3]
bisect.insort_left(b, 2)
bisect.insort_right(b, 2.0)
print(b, [type(x).__name__ for x in b])
c = [(1, 'a'), (3, 'c')]
bisect.insort(c, (2, 'b'))
print(c)
bisect.insort(b, 0, 1)
print(b)
