class Outer:
    class Inner:
        class Deep:
            def m(self):
                pass

        def f(self):
            pass

    def g(self):
        class Local:
            pass

        return Local


print(Outer.__qualname__, Outer.__name__)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.m.__qualname__)
print(Outer.Inner.f.__qualname__)
L = Outer().g()
print(L.__qualname__, L.__name__)
print(repr(Outer.Inner))
print(repr(L))
