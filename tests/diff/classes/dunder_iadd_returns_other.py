class A:
    def __iadd__(self, other):
        return "replaced"

    def __imul__(self, other):
        return None


a = A()
a += 1
print(a)
b = A()
b *= 2
print(b)


class C:
    def __init__(self):
        self.data = [1]

    def __ior__(self, other):
        self.data = self.data + list(other)
        return self


c = C()
c |= (2, 3)
c |= [4]
print(c.data)
