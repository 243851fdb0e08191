def g():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
it = g()
next(it)
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
print(list(it))
