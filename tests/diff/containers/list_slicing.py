a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2])
print(a[100:], a[-100:2], a[5:1], a[::-100], a[-1:-11:-1])
print(a[2:8:3], a[9:-11:-4], a[None:None:None])
s = a[:]
s[2:4] = ["x", "y", "z"]
print(s)
s[::3] = [0, 0, 0, 0]
print(s)
s[1:1] = [7, 7]
print(s)
s[-2:] = []
print(s)
s[:] = "abc"
print(s)
del s[::2]
print(s)
t = list(range(12))
del t[1:10:3]
print(t)
del t[::-2]
print(t)
u = [1, 2, 3]
u[len(u):] = [4, 5]
print(u)
u[:0] = u
print(u)
