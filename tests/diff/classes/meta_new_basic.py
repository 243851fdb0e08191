class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases])
        print("  ns keys:", [k for k in ns if not k.startswith("__")])
        ns["injected"] = "by meta"
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta):
    x = 1

    def m(self):
        return self.x


class B(A):
    y = 2


print(type(A).__name__, type(B).__name__)
print(A.injected, B().injected, B().m())
print(isinstance(A, Meta), isinstance(A, type))
