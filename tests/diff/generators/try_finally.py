def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)

for v in gen():
    print("got", v)

g = gen()
next(g)
del g
print("after del")

def gen2():
    try:
        yield 1
        return
    finally:
        print("return through finally")
print(list(gen2()))
