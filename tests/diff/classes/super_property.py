class Base:
    @property
    def label(self):
        return "base"

    def __str__(self):
        return "Base(" + self.label + ")"


class Child(Base):
    @property
    def label(self):
        return "child<" + super().label + ">"

    def __str__(self):
        return "Child:" + super().__str__()


print(Base())
print(Child())
print(Child().label)
