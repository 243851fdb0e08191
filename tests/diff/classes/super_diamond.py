class Base:
    def __init__(self):
        print("Base")
        super().__init__()


class Left(Base):
    def __init__(self):
        print("Left")
        super().__init__()


class Right(Base):
    def __init__(self):
        print("Right")
        super().__init__()


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom")
        super().__init__()


Bottom()
print([c.__name__ for c in Bottom.__mro__])


class L2(Base):
    def go(self):
        return ["L2"] + super().go()


class R2(Base):
    def go(self):
        return ["R2"]


class B2(L2, R2):
    pass


print(B2().go())
