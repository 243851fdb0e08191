import bisect
a = list(range(0, 20, 2))
for lo, hi in [(0, 10), (2, 5), (5, 5), (7, 3), (0, 0), (9, 10)]:
    print(lo, hi, bisect.bisect_left(a, 7, lo, hi), bisect.bisect_right(a, 8, lo, hi), bisect.bisect(a, 100, lo=lo, hi=hi))
b = [1, 2, 3]
bisect.insort(b, 10, 0, 1)
print(b)
bisect.insort_left(b, 0, hi=0)
print(b)
