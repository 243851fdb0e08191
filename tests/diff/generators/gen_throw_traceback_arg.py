def g():
    try:
        yield
    except ValueError as e:
        print("caught", e)
        yield "ok"
it = g()
next(it)
print(it.throw(ValueError("one")))
try:
    it.throw(object())
except TypeError as e:
    print(e)
try:
    it.throw(int)
except TypeError as e:
    print(e)
