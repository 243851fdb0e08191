class Falsy:
    def __bool__(self):
        return False

    def __len__(self):
        return 0


print(bool(Falsy), bool(Falsy()), len(Falsy()))
print("class is truthy" if Falsy else "no")


class MetaFalse(type):
    def __bool__(cls):
        return False


class Nothing(metaclass=MetaFalse):
    pass


print(bool(Nothing), bool(Nothing()), Nothing or "fallback")
