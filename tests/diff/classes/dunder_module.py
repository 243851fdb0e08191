class A:
    def m(self):
        pass


print(A.__module__)
print(A.m.__module__)
print(A().__module__)
print(__name__)
print(int.__module__, object.__module__)
A.__module__ = "fake.mod"
print(repr(A))
print(repr(A()).startswith("<fake.mod.A object at "))
