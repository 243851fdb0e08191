def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)))
g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.args, e.value)
print(next(g, "dflt"))
for x in count(4):
    print(x, end=" ")
print()
