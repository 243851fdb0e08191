class Base:
    def __new__(cls, kind):
        if cls is Base:
            target = {"a": SubA, "b": SubB}.get(kind, cls)
            return super().__new__(target)
        return super().__new__(cls)

    def __init__(self, kind):
        print("init", type(self).__name__, kind)
        self.kind = kind


class SubA(Base):
    pass


class SubB(Base):
    def __init__(self, kind):
        print("SubB init")
        super().__init__(kind)


for k in ["a", "b", "z"]:
    obj = Base(k)
    print(type(obj).__name__, obj.kind)
print(type(SubA("q")).__name__)
