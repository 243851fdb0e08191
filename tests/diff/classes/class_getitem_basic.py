class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int])
print(Box["x"])
print(Box[int, str])


class SubBox(Box):
    pass


print(SubBox[1])
print(type(Box.__dict__["__class_getitem__"]).__name__)
print(list[int], dict[str, int])


class NoGeneric:
    pass


try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
NoGeneric[int]
