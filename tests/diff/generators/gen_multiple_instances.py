def counter(start):
    while True:
        start += 1
        yield start

a = counter(0)
b = counter(100)
print(next(a), next(b), next(a), next(b), next(a))
gens = [counter(i * 10) for i in range(3)]
print([next(g) for g in gens], [next(g) for g in gens])
print(list(zip(counter(0), counter(5), range(3))))
