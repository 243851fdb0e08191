def gen():
    print("never")
    try:
        yield 1
    finally:
        print("no finally either")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("got", e)
print(list(g))
