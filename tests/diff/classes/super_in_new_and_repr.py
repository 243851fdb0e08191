class A:
    def __repr__(self):
        return "A()"


class B(A):
    def __repr__(self):
        return "B<" + super().__repr__() + ">"


class C(B):
    def __new__(cls):
        print("C.__new__")
        return super().__new__(cls)

    def __repr__(self):
        return "C<" + super().__repr__() + ">"


print(repr(C()))
print([B(), C()])
s = super(B, B())
print(s.__repr__())
print(super(A, A()).__repr__().startswith("<__main__.A object"))
