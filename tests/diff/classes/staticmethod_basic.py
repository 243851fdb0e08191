class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

    def use(self):
        return self.add(1, 2)

    sq = staticmethod(lambda x: x * x)


print(MathUtil.add(2, 3))
print(MathUtil().add(4, 5))
print(MathUtil().use())
print(MathUtil.sq(7))
sm = MathUtil.__dict__["add"]
print(type(sm).__name__)
print(sm.__func__ is MathUtil.add)
print(sm(10, 20))
print(callable(sm))


class Sub(MathUtil):
    pass


print(Sub.add(1, 1), Sub().sq(3))
