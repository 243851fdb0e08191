import bisect
a = [(1, 'x')]
k = lambda p: p[0]
bisect.insort_right(a, (1, 'right'), key=k)
bisect.insort_left(a, (1, 'left'), key=k)
bisect.insort(a, (0, 'zero'), key=k)
bisect.insort(a, (2, 'two'), key=k)
print(a)
b = [1.0, 1, True]
bisect.insort_left(b, 1)
print(b, [type(v).__name__ for v in b])
