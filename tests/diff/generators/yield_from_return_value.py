def sub(n):
    for i in range(n):
        yield i
    return n * 100

def main():
    a = yield from sub(2)
    b = yield from sub(3)
    c = yield from []
    return a, b, c

g = main()
vals = []
while True:
    try:
        vals.append(next(g))
    except StopIteration as e:
        print(vals, e.value)
        break
