# list.append / extend / insert growth and aliasing
def show(label, value):
    print(label, value, len(value))

a = []
for i in range(20):
    a.append(i * i)
show("squares", a)
b = [1, 2]
b.extend(b)
show("self-extend", b)
b.extend((7, 8))
b.extend("xy")
b.extend(range(3))
b.extend({"k": 1, "j": 2})
show("extend mixed", b)
c = [0]
c.insert(0, -1)
c.insert(100, 99)
c.insert(-1, 50)
c.insert(-100, -100)
show("insert", c)
big = []
for i in range(10000):
    big.append(i)
print(big[-1], sum(big), len(big))
nested = [[]] * 3
nested[0].append(1)
print(nested)
fresh = [[] for _ in range(3)]
fresh[0].append(1)
print(fresh)
