class A:
    x = 1


class B(A):
    def get_x(self):
        return super().x

    def get_y(self):
        return super().y


b = B()
print(b.get_x())
b.get_y()
