class Outer:
    x = "outer x"

    class Inner:
        try:
            y = x
        except NameError as e:
            y = "NameError: " + str(e)

    def method(self):
        return Outer.x, self.Inner.y


print(Outer().method())


def f():
    v = "function local"

    class A:
        w = v

        def m(self):
            return v

    return A


A = f()
print(A.w, A().m())
