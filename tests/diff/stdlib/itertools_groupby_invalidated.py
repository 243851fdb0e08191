import itertools as it
g = it.groupby([1, 1, 2, 2, 3])
groups = []
for k, grp in g:
    groups.append((k, grp))
print([(k, list(v)) for k, v in groups])
g = it.groupby('aaabbbccc')
_, a = next(g)
print(next(a))
_, b = next(g)
print(list(a), next(b), list(b))
print([(k, len(list(v))) for k, v in it.groupby([0.0, 0, False, 1, True, 1.0])])
