class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("__len__", self.n)
        return self.n


print(bool(Sized(0)), bool(Sized(3)))
print(len(Sized(4)))
if not Sized(0):
    print("empty")


class Both:
    def __bool__(self):
        print("__bool__ wins")
        return True

    def __len__(self):
        print("__len__")
        return 0


print(bool(Both()))
print(len(Both()))
