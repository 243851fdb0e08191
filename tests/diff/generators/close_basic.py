def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
print(g.close())
print(list(g))
g.close()
g2 = gen()
g2.close()
print("closed unstarted")
