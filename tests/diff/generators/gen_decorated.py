def logged(fn):
    def wrapper(*a):
        print("calling", fn.__name__)
        return fn(*a)
    return wrapper
@logged
def g(n):
    yield from range(n)
print(list(g(3)))
def primed(fn):
    def wrapper(*a):
        it = fn(*a)
        next(it)
        return it
    return wrapper
@primed
def acc():
    total = 0
    while True:
        total += yield total
a = acc()
print(a.send(5), a.send(6))
