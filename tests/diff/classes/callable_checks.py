class WithCall:
    def __call__(self):
        return "called"


class NoCall:
    def method(self):
        pass


w, n = WithCall(), NoCall()
print(callable(w), callable(n), callable(WithCall), callable(n.method))
print(callable(NoCall.method), callable(staticmethod(len)), callable(property()))
print(callable(lambda: 0), callable(print), callable(None), callable(type))
n.__call__ = lambda: "inst"
print(callable(n))


class Sub(WithCall):
    pass


print(callable(Sub()), Sub()())
