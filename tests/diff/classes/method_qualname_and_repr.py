class Outer:
    def method(self):
        def helper():
            pass

        return helper

    @staticmethod
    def sm():
        pass

    @classmethod
    def cm(cls):
        pass

    @property
    def prop(self):
        return 1

    lam = lambda self: 0


print(Outer.method.__qualname__, Outer().method().__qualname__)
print(Outer.sm.__qualname__, Outer.cm.__qualname__, Outer.lam.__qualname__)
print(Outer.prop.fget.__qualname__, Outer.method.__name__)
print(repr(Outer.method).startswith("<function Outer.method at "))
print(repr(Outer().method).startswith("<bound method Outer.method of <__main__.Outer object at "))
print(repr(Outer.cm).startswith("<bound method Outer.cm of <class '__main__.Outer'>>"))
print(type(Outer().method).__name__, type(Outer.cm).__name__, type(Outer.sm).__name__)
