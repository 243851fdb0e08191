s = list(range(10))
print(s[2:8:2], s[::-3], s[-3:], s[:-7], s[100:], s[-100:2], s[5:2], s[5:2:-1])
t = tuple(s)
print(t[1:4], t[::-1][:3])
st = "abcdefghij"
print(st[1:9:3], st[::-2], st[-1:-4:-1])
s[2:5] = []
print(s)
s[::2] = [0] * len(s[::2])
print(s)
del s[1::3]
print(s)
print(s[slice(1, 3)], slice(1, 2, 3))
