def gen():
    yield 1
    raise ValueError("from the generator")

for x in gen():
    print(x)
