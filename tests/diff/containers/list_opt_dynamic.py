# Attribute names built at run time reach every optional runtime method.
x = [3, 1, 2]
name = "so" + "rt"
getattr(x, name)()
print(x)
print(hasattr([], name), name in vars(list), name in list.__dict__)
getattr(x, name)(reverse=True)
print(x)
print(("{0.so" + "rt.__name__}").format(x))
print(type(list.__dict__[name]).__name__)
f = list.__dict__[name]
y = [9, 8, 7]
f(y, key=lambda v: v % 3)
print(y)
