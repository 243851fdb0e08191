class A:
    def who(self):
        return __class__.__name__

    def cls_of_self(self):
        return type(self).__name__


class B(A):
    def who(self):
        return __class__.__name__ + "/" + super().who()


b = B()
print(b.who(), b.cls_of_self())
print(A().who())
