def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(count(100000)))
print(sum(x for x in count(100000) if x % 7 == 0))
total = 0
for a in count(300):
    for b in count(a):
        total += b
print(total)
