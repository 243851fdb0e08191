class X:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        print("X.__gt__ with", type(other).__name__)
        return True

    def __le__(self, other):
        print("X.__le__ with", type(other).__name__)
        return False

    def __eq__(self, other):
        print("X.__eq__ with", type(other).__name__)
        return "eq"


print(5 < X(1))
print(5 >= X(1))
print(5 == X(1))
print(5 != X(1))
print("s" < X(2))
print([1] >= X(3))
