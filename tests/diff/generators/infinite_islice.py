from itertools import islice, count, takewhile

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(islice(naturals(), 5)))
print(list(islice(fib(), 15)))
print(list(takewhile(lambda x: x < 100, fib())))
print(list(islice(naturals(), 10, 20, 3)))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(islice(primes(), 12)))
