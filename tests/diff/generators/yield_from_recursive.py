def tree(n):
    if n == 0:
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)

print(list(tree(3)))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))

def depth(n):
    if n:
        r = yield from depth(n - 1)
        return r + 1
    yield "bottom"
    return 0

g = depth(50)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)
