import bisect
recs = sorted([('x', 5), ('y', 1), ('z', 3), ('w', 3)], key=lambda r: r[1])
print(recs, bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
for name, v in [('q', 3), ('p', 0), ('r', 9)]:
    bisect.insort_right(recs, (name, v), key=lambda r: r[1])
print(recs)
s = ['a', 'bb', 'ccc']
bisect.insort(s, 'dd', key=len)
print(s, bisect.bisect(s, 2, key=len), bisect.bisect(s, 2, lo=1, key=len))
bisect.bisect(s, 'x', key=len)
