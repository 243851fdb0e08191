def powers(base):
    v = 1
    while True:
        yield v
        v *= base
import itertools
print(list(itertools.islice(powers(10**5), 5)))
print(sum(itertools.islice(powers(3), 100)) % 1000000007)
def factorials():
    f, n = 1, 1
    while True:
        yield f
        n += 1
        f *= n
print([len(str(f)) for f in itertools.islice(factorials(), 0, 100, 20)])
