class A:
    pass


a = A()
b = a
c = A()
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
print(type(id(a)).__name__, id(a) > 0)
ids = {id(x) for x in (a, b, c)}
print(len(ids))
items = [A() for _ in range(5)]
print(len({id(x) for x in items}))
print(id(A) == id(A), id(A) != id(a))
