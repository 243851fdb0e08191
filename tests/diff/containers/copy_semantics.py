a = [[1, 2], [3]]
shallow = a.copy()
alias = a
sliced = a[:]
listed = list(a)
a.append([4])
a[0].append(99)
print(a, shallow, alias, sliced, listed)
print(alias is a, shallow is a, shallow[0] is a[0])
d = {"k": [1]}
dc = d.copy()
dd = dict(d)
d["k"].append(2)
d["new"] = 0
print(d, dc, dd)
s = {1, 2}
sc = s.copy()
s.add(3)
print(s, sc)
t = (1, [2])
t[1].append(3)
print(t)
x = y = []
x.append(1)
print(x, y, x is y)
x = x + [2]
print(x, y, x is y)
y += [3]
print(x, y)
m = [0] * 3
m[0] = 5
print(m)
rows = [[0] * 2] * 2
rows[0][0] = 1
print(rows)
