def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in g():
    print(x)
    break
print("after break")
res = [x for x in g() if x == 1]
print(res)
print(next(iter(g())))
print("end")
