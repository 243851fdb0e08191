def g():
    x = [(yield 1), (yield 2)]
    print("x", x)
    y = (yield 3) + (yield 4)
    print("y", y)
    print("call", max((yield 5), (yield 6)))
    d = {(yield 7): (yield 8)}
    print("d", d)
    yield

it = g()
v = next(it)
i = 100
while True:
    try:
        v = it.send(i)
        i += 1
    except StopIteration:
        break
print("end", v)
