class A:
    pass


a = A()
try:
    a.xyz
except AttributeError as e:
    print(e.name, e.obj is a, e.args)
try:
    getattr(a, "qq")
except AttributeError as e:
    print(e.name, e.obj is a)
try:
    A.clsattr
except AttributeError as e:
    print(e.name, e.obj is A)
e = AttributeError("custom", name="n", obj=5)
print(e, e.name, e.obj)
e2 = AttributeError("plain")
print(e2.name, e2.obj)
