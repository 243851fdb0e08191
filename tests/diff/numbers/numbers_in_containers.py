vals = [3, 1.5, -2, 2**70, 0.1, True, 1e-5]
print(sorted(vals), sum(vals), max(vals), min(vals))
print(vals.index(2**70), 1.5 in vals, 1 in vals, 2.0**70 in vals, vals.count(1))
d = {}
for v in [1, 1.0, True, 2, 2.0, 2**70, 2.0**70, 0.5, 1j, 0j, 0, False]:
    d[v] = d.get(v, 0) + 1
print(d)
s = dict.fromkeys([1, 1.0, True, 0, 0.0, False, -0.0, 2**61 - 1, 2**61, 1j])
print(len(s), list(s))
print([round(x * 0.1, 3) for x in range(10)])
print(tuple([i ** 2 for i in [1, -2, 3]]))
