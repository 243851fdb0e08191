class A:
    pass


class B:
    def __eq__(self, other):
        return NotImplemented


a = A()
print(a == a, a != a, a == A())
b = B()
print(b == b, b != b, b == B(), b != B())
print(b.__eq__(b))
print(a.__eq__(a), a.__eq__(1))
print(a.__ne__(a), a.__ne__(1))
