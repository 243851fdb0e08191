a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i, j = j, i = 1, 2
print(i, j)
p = q = (1, 2)
k, v = p
print(k, v, q)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 1, 9
print(idx, lst)
d = {}
d["a"] = d["b"] = 5
print(d)
