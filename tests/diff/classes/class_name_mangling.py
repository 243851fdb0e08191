class A:
    __secret = 1

    def __init__(self):
        self.__hidden = 2
        self._single = 3
        self.__dunder__ = 4

    def get(self):
        return self.__secret, self.__hidden

    @classmethod
    def cls_get(cls):
        return cls.__secret


a = A()
print(a.get(), A.cls_get())
print(sorted(vars(a)))
print(sorted([k for k in A.__dict__ if not k.startswith("__")]))
print(a._A__hidden, A._A__secret)


class B(A):
    def peek(self):
        try:
            return self.__hidden
        except AttributeError as e:
            return "AttributeError: " + str(e)


print(B().peek())
print(hasattr(a, "__hidden"))
