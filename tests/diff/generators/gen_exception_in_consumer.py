def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
try:
    for x in g():
        raise KeyError(x)
except KeyError as e:
    print("caught", e)
print("end")
