def g():
    print("body starts")
    yield 1
    print("body continues")
it = g()
print("created")
print(next(it))
print("between")
print(list(it))
