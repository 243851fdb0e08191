import heapq
def evens(n):
    for i in range(0, n, 2):
        yield i
def odds(n):
    for i in range(1, n, 2):
        yield i
print(list(heapq.merge(evens(10), odds(10))))
def merge(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
print(list(merge(evens(7), odds(9))))
