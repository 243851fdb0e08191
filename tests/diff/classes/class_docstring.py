class A:
    """A documented class."""

    def m(self):
        """Method doc."""
        return 1


class B:
    x = 1


class C(A):
    pass


print(A.__doc__)
print(A.m.__doc__)
print(A().m.__doc__)
print(B.__doc__)
print(C.__doc__)
print("__doc__" in A.__dict__, "__doc__" in B.__dict__)
