def g(n):
    for i in range(n):
        yield i

print(list(g(4)), tuple(g(3)), set(g(3)), sum(g(5)))
print(sorted(g(4), key=lambda x: -x))
print(list(zip(g(3), g(5))))
print(list(map(lambda a, b: a * b, g(4), g(4))))
print(list(enumerate(g(3), 1)))
print(dict(zip(g(3), "abc")))
print(3 in g(5), 7 in g(5))
a, b, *c = g(5)
print(a, b, c)
print(" ".join(str(x) for x in g(3)))
print(min(g(5)), max(g(5)), len(list(g(7))))
print(list(reversed(list(g(3)))))
print(list(filter(None, g(4))))
import itertools
print(list(itertools.chain(g(2), g(3))))
print(list(itertools.accumulate(g(5))))
print([list(v) for k, v in itertools.groupby(x // 2 for x in g(6))])
print(bytes(g(3)), bytearray(g(2)))
print("".join(map(str, g(10))))
