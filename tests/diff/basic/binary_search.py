def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)
xs = list(range(0, 100, 3))
print([bsearch(xs, t) for t in [0, 3, 4, 99, 98, -1, 1000]])
def insort(xs, v):
    i = bsearch(xs, v)
    xs.insert(i if i >= 0 else -i - 1, v)
ys = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(ys, v)
print(ys)
